/*
 * The first question before the wizard's code has loaded: the page in index.html (shown by CSS
 * when the URL names the question, JavaScript or not), then a light page rendered from the same
 * data (FirstQuestion.tsx), then the wizard's own page for the step (StepPage). What the user did
 * on the earlier ones (the choice, Continue, where the focus was) is kept here and taken over by
 * the next, so switching pages underneath loses nothing. Kept free of zod and the form library:
 * it is on the first-load path.
 */

import { FIRST_QUESTION } from './startLinks.ts';

export interface EarlyAnswer {
  /** The choice made, if any. */
  readonly value?: string;
  /** Continue was pressed: the wizard's page continues as soon as it has taken over. */
  readonly continued: boolean;
  /** Continue was pressed with nothing chosen: the error shows. */
  readonly showError: boolean;
  /** Where the focus was when the page was replaced (a selector), to put it back. */
  readonly focus?: string;
}

const NOTHING: EarlyAnswer = { continued: false, showError: false };

/*
 * A press under way on the light page (a pointer or a key down): the wizard's page waits until it
 * is over to take over, so the click it makes lands where it began.
 */
const RELEASES = ['pointerup', 'pointercancel', 'keyup', 'blur'] as const;
let held = false;
let waiting: (() => void)[] = [];
function release(): void {
  if (!held) return;
  held = false;
  for (const event of RELEASES) window.removeEventListener(event, release, true);
  // After the click that follows the release, which the same input dispatches.
  setTimeout(() => {
    const ready = waiting;
    waiting = [];
    for (const done of ready) done();
  }, 0);
}

let state: EarlyAnswer = NOTHING;
const listeners = new Set<() => void>();

function update(next: EarlyAnswer): void {
  state = next;
  for (const listener of listeners) listener();
}

const isChoice = (value: string | null | undefined): value is string =>
  FIRST_QUESTION.choices.some((choice) => choice.value === value);

/** A selector for the focused element, if it is one the first question's pages share. */
function focusedSpot(within: Element): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !within.contains(active)) return undefined;
  if (active.id) return `#${CSS.escape(active.id)}`;
  if (active.classList.contains('error-summary')) return '.error-summary';
  if (active.classList.contains('back-link')) return '.back-link';
  if (active instanceof HTMLButtonElement && active.type === 'submit')
    return 'form button[type=submit]';
  return undefined;
}

/** Focuses what `spot` (from keepFocus) names on the page now shown; false if nothing. */
export function focusAgain(spot: string | undefined): boolean {
  if (spot === undefined) return false;
  const target = document.querySelector<HTMLElement>(`#main ${spot}`);
  target?.focus();
  return target !== null;
}

/** A field only the HTML's copy sends with its form: Continue was pressed there. */
export const HTML_FORM_SENT = 'continued';

export const earlyAnswer = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): EarlyAnswer => state,
  choose(value: string): void {
    if (isChoice(value)) update({ ...state, value });
  },
  /** Continue: true if there is a choice to continue with, else the error shows. */
  submit(): boolean {
    const ok = state.value !== undefined;
    update({ ...state, continued: ok, showError: !ok });
    return ok;
  },
  /** Where the focus is in `page`, kept for the page that replaces it. */
  keepFocus(page: Element): void {
    const focus = focusedSpot(page);
    if (focus !== state.focus) state = { ...state, focus };
  },
  /** Puts the focus back where the replaced page had it; false if it had none. */
  restoreFocus(): boolean {
    const { focus } = state;
    state = { ...state, focus: undefined };
    return focusAgain(focus);
  },
  /** A pointer or a key went down on the light page. */
  hold: (): void => {
    if (held) return;
    held = true;
    for (const event of RELEASES) window.addEventListener(event, release, true);
  },
  /** Resolves once no press is under way on the light page. */
  whenFree: (): Promise<void> =>
    held ? new Promise((done) => waiting.push(done)) : Promise.resolve(),
  /** What the user did, if anything. */
  peek: (): EarlyAnswer | undefined =>
    state.value === undefined && !state.continued && !state.showError && state.focus === undefined
      ? undefined
      : state,
  /** What the user did, for the wizard's page, which then owns it: empty afterwards. */
  take(): EarlyAnswer | undefined {
    const taken = earlyAnswer.peek();
    state = NOTHING;
    return taken;
  },
  /**
   * Takes over from the page in index.html once the app runs: what its first question holds (the
   * radio chosen, the focus), or its form sent before any script ran (the browser then reloaded
   * with the choice, or with nothing chosen, in the query, which is taken out of the address). The
   * empty markers its stylesheet targets go: while they stand, Chromium moves the focus to the
   * marker a link or the address names, away from the page's own h1.
   */
  takeOverFromHtml(page: Element | null): void {
    for (const marker of document.querySelectorAll('.html-route')) marker.remove();
    const params = new URLSearchParams(location.search);
    const sent = params.has(HTML_FORM_SENT);
    const submitted = params.get(FIRST_QUESTION.field);
    if (sent || params.has(FIRST_QUESTION.field)) {
      params.delete(HTML_FORM_SENT);
      params.delete(FIRST_QUESTION.field);
      const query = params.size > 0 ? `?${params.toString()}` : '';
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    }
    if (isChoice(submitted)) {
      update({ ...state, value: submitted, continued: true });
      return;
    }
    // Sent with nothing chosen: the error, as Continue shows it, with the focus on it.
    if (sent) {
      update({ ...state, showError: true, focus: '.error-summary' });
      return;
    }
    if (!page) return;
    const checked = page.querySelector<HTMLInputElement>(
      `input[name="${FIRST_QUESTION.field}"]:checked`,
    );
    if (isChoice(checked?.value)) update({ ...state, value: checked.value });
    earlyAnswer.keepFocus(page);
  },
};
