/*
 * The first question's hand-off (ADR 0008), as a plain engine: the question shows before the
 * wizard's code has run (in index.html, shown by CSS for its URL, then as a light page rendered
 * from the same data, FirstQuestion.tsx), and the wizard's own page (StepPage) takes over once
 * that code has loaded. What the user did on the earlier page (the choice, Continue, where the
 * focus was) is kept here and taken over by the next, so switching pages underneath loses
 * nothing. The engine also decides when the wizard's code loads: once the page shows anything but
 * the start page, after that page has painted, never while the start page is only being read.
 *
 * Its inputs are injected (the loader, the clock's tasks, the address, the page's events), so unit
 * tests drive it without React and without real timing. Kept free of zod and the form library:
 * it is on the first-load path.
 */

import type { ComponentType } from 'react';
import { FIRST_QUESTION, FIRST_QUESTION_HASHES, isStartHash } from './startLinks.ts';

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

/** The wizard's component, as Root renders it in the frame. */
export type WizardComponent = ComponentType<{ focusFirstPage?: boolean }>;

export interface HandOffSnapshot {
  /**
   * The address the frame shows. While the HTML's copy of the question is in the page, a tap on
   * Start now changes it only once the browser has painted that copy, so the tap runs no render.
   */
  readonly hash: string;
  /** What was done on the first question before the wizard's page took over (focus aside). */
  readonly answer: Omit<EarlyAnswer, 'focus'>;
  /**
   * The wizard, once its code has loaded and no press is under way on the light page: from then
   * on it is shown (and stays shown, as it holds the answers).
   */
  readonly wizard?: {
    readonly App: WizardComponent;
    /** The light page was on screen when it came: that page has placed the focus already. */
    readonly afterLightPage: boolean;
  };
  /** The wizard's code did not arrive (offline before it was ever saved, or a new version). */
  readonly failed: boolean;
  /**
   * The first question in index.html is still in the page: the browser shows it by CSS the moment
   * the address names it (a tap on Start now), before any script does anything.
   */
  readonly htmlCopy: boolean;
}

export interface HandOffInputs {
  /** Loads the wizard's code (in tasks that yield) and gives its component. */
  readonly load: () => Promise<WizardComponent>;
  /** Runs `job` once the page has painted what it shows now. */
  readonly afterPaint: (job: () => void) => void;
  /** Runs `job` in a task of its own, after the ones already queued. */
  readonly nextTask: (job: () => void) => void;
  /** The address's #fragment now, and a way to hear it change. */
  readonly hash: () => string;
  readonly watchHash: (listener: () => void) => () => void;
  /** Where a press ends: pointer and key releases, and the page losing focus, are heard here. */
  readonly events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

export interface HandOff {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => HandOffSnapshot;
  /** A radio chosen on the first question. */
  readonly choose: (value: string) => void;
  /** Continue: true if there is a choice to continue with, else the error shows. */
  readonly submit: () => boolean;
  /** A pointer or a key went down on the light page: the wizard waits until the press is over. */
  readonly hold: () => void;
  /** Where the focus is in `page` as it goes, kept for the page that replaces it at its address. */
  readonly keepFocus: (page: Element) => void;
  /** Puts the focus back where the replaced page had it; false if it had none. */
  readonly restoreFocus: () => boolean;
  /** What the user did, if anything. */
  readonly peek: () => EarlyAnswer | undefined;
  /** What the user did, for the wizard's page, which then owns it: empty afterwards. */
  readonly take: () => EarlyAnswer | undefined;
  /**
   * The app hydrated the start page with the first question's copy left in index.html: the CSS
   * shows it for a tap on Start now, and the engine takes it over once it has painted.
   */
  readonly keepHtmlCopy: () => void;
  /**
   * Takes over from the page in index.html before the app renders in its place: what its first
   * question holds (the radio chosen, the focus), or its form sent before any script ran (the
   * browser then reloaded with the choice, or with nothing chosen, in the query, which is taken
   * out of the address).
   */
  readonly takeOverFromHtml: (page: Element | null) => void;
}

const NOTHING: EarlyAnswer = { continued: false, showError: false };

/** A field only the HTML's copy sends with its form: Continue was pressed there. */
export const HTML_FORM_SENT = 'continued';

/**
 * The events that end a press begun on the light page: the click a pointer press makes (not its
 * pointerup, which comes before the click, a task before it in some test tools), a cancelled
 * press, a key let go, the page losing focus.
 */
const RELEASES = ['click', 'pointercancel', 'keyup', 'blur'] as const;

const isChoice = (value: string | null | undefined): value is string =>
  FIRST_QUESTION.choices.some((choice) => choice.value === value);

/** A selector for the focused element, if it is one the first question's pages share. */
function focusedSpot(within: Element): string | undefined {
  const active = within.ownerDocument.activeElement;
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

export function createHandOff(inputs: HandOffInputs): HandOff {
  const { afterPaint, nextTask, hash, watchHash, events } = inputs;
  let snapshot: HandOffSnapshot = { hash: '', answer: NOTHING, failed: false, htmlCopy: false };
  // Where the focus was on the page just replaced: read only by the page that replaces it, as it
  // arrives, so no reader of the snapshot is told when it changes.
  let focus: string | undefined;
  const listeners = new Set<() => void>();
  let watching = false;
  let loading = false;
  let loaded: WizardComponent | undefined;
  let held = false;

  function update(next: Partial<HandOffSnapshot>): void {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  }
  const setAnswer = (answer: HandOffSnapshot['answer']): void => {
    update({ answer });
  };

  /** The wizard is shown once loaded and free: never in the middle of a press on the light page. */
  function showWizardIfReady(): void {
    if (!loaded || held || snapshot.wizard) return;
    update({ wizard: { App: loaded, afterLightPage: FIRST_QUESTION_HASHES.includes(hash()) } });
  }

  const takeOverHtmlCopy = (): void => {
    handOff.takeOverFromHtml(document.querySelector('.html-first-question'));
  };

  function onRoute(): void {
    const now = hash();
    const onFirstQuestion = FIRST_QUESTION_HASHES.includes(now);
    // The question in index.html shows by CSS: taken over, and the address shown, once that is
    // on screen, if the user is still there. Any other page needs the app at once.
    if (snapshot.htmlCopy && onFirstQuestion) {
      afterPaint(() => {
        const at = hash();
        if (snapshot.htmlCopy && FIRST_QUESTION_HASHES.includes(at)) takeOverHtmlCopy();
        if (snapshot.hash !== at) update({ hash: at });
      });
    } else {
      if (snapshot.htmlCopy && !isStartHash(now)) takeOverHtmlCopy();
      if (snapshot.hash !== now) update({ hash: now });
    }
    // Left the first question for another page before the wizard took over: what was done there
    // goes (a new escalation starts empty).
    if (!onFirstQuestion && !snapshot.wizard) {
      focus = undefined;
      if (snapshot.answer !== NOTHING) setAnswer(NOTHING);
    }
    if (isStartHash(now) || loading) return;
    loading = true;
    // After the page that shows now has painted: nothing stands between a tap and that page.
    afterPaint(() => {
      inputs.load().then(
        (App) => {
          loaded = App;
          showWizardIfReady();
        },
        () => {
          update({ failed: true });
        },
      );
    });
  }

  function release(): void {
    if (!held) return;
    for (const event of RELEASES) events.removeEventListener(event, release, true);
    // After the click's own handlers, and a key's click, which the same input dispatches.
    nextTask(() => {
      held = false;
      showWizardIfReady();
    });
  }

  const handOff: HandOff = {
    subscribe(listener) {
      listeners.add(listener);
      // The address is watched from the first reader on, for the page's life.
      if (!watching) {
        watching = true;
        watchHash(onRoute);
        onRoute();
      }
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      // Before the address is watched (the first render), it is read as it is.
      if (!watching && snapshot.hash !== hash()) snapshot = { ...snapshot, hash: hash() };
      return snapshot;
    },
    choose(value) {
      if (isChoice(value)) setAnswer({ ...snapshot.answer, value });
    },
    submit() {
      const ok = snapshot.answer.value !== undefined;
      setAnswer({ ...snapshot.answer, continued: ok, showError: !ok });
      return ok;
    },
    hold() {
      if (held) return;
      held = true;
      for (const event of RELEASES) events.addEventListener(event, release, true);
    },
    keepFocus(page) {
      // Kept only for a page that replaces it at the same address: one left for another page
      // takes nothing with it.
      focus = FIRST_QUESTION_HASHES.includes(hash()) ? focusedSpot(page) : undefined;
    },
    restoreFocus() {
      const spot = focus;
      focus = undefined;
      return focusAgain(spot);
    },
    peek() {
      const { answer } = snapshot;
      return answer.value === undefined && !answer.continued && !answer.showError && !focus
        ? undefined
        : { ...answer, focus };
    },
    take() {
      const taken = handOff.peek();
      focus = undefined;
      if (snapshot.answer !== NOTHING) setAnswer(NOTHING);
      return taken;
    },
    keepHtmlCopy() {
      update({ htmlCopy: true });
    },
    takeOverFromHtml(page) {
      // The empty markers its stylesheet targets go: while they stand, Chromium moves the focus to
      // the marker a link or the address names, away from the page's own h1.
      for (const marker of document.querySelectorAll('.html-route')) marker.remove();
      if (snapshot.htmlCopy) update({ htmlCopy: false });
      const params = new URLSearchParams(location.search);
      const sent = params.has(HTML_FORM_SENT);
      const submitted = params.get(FIRST_QUESTION.field);
      if (sent || params.has(FIRST_QUESTION.field)) {
        params.delete(HTML_FORM_SENT);
        params.delete(FIRST_QUESTION.field);
        const query = params.size > 0 ? `?${params.toString()}` : '';
        history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
      }
      const { answer } = snapshot;
      if (isChoice(submitted)) {
        setAnswer({ ...answer, value: submitted, continued: true });
        return;
      }
      // Sent with nothing chosen: the error, as Continue shows it, with the focus on it.
      if (sent) {
        focus = '.error-summary';
        setAnswer({ ...answer, showError: true });
        return;
      }
      if (!page) return;
      const checked = page.querySelector<HTMLInputElement>(
        `input[name="${FIRST_QUESTION.field}"]:checked`,
      );
      if (isChoice(checked?.value)) setAnswer({ ...answer, value: checked.value });
      handOff.keepFocus(page);
    },
  };
  return handOff;
}
