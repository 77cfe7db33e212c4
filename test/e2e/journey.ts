// Walks the wizard in a real browser the way a user does: read the question, answer it by the
// labels on screen, press Continue. The browser twin of test/unit/wizard/journey.tsx; both take
// their journeys from test/journeys/answers.ts.
import type { Page } from 'playwright-core';
import type { Step as StepOf } from '../journeys/answers.ts';
import { CHECK_ANSWERS, journeys, startsWith } from '../journeys/answers.ts';
import type { Session } from './harness.ts';

export {
  CHECK_ANSWERS,
  CIRCUIT_ID,
  CONTACT,
  COMPLETION_DATE,
  DESCRIPTION,
  DUE_DATE,
  FOC_DATE,
  PON,
  Q,
  SERVICE_ORDER,
  TELEPHONE_NUMBERS,
} from '../journeys/answers.ts';
export type { AnswerSet } from '../journeys/answers.ts';

/** One thing a user does on a page: pick a choice, type into a field. */
export type Action = (page: Page) => Promise<void>;

/** A question, known by its h1, and what the user does on it before pressing Continue. */
export type Step = StepOf<Action>;

/** The h1 of a question: it may end with " (optional)". */
export const questionHeading = (page: Page, question: string) =>
  page.getByRole('heading', { level: 1, name: startsWith(question) });

/** Checks the radio or checkbox whose label is exactly `label` ("Yes" is not "Yes, delete"). */
export const choose =
  (label: string): Action =>
  (page) =>
    page.getByLabel(label, { exact: true }).check();

/** Replaces the text of the one field whose label contains `label`. */
export const fill =
  (label: string | RegExp, text: string): Action =>
  (page) =>
    page.getByLabel(label).fill(text);

/** Picks an option, by value or visible text, in the one select whose label contains `label`. */
export const select =
  (label: string | RegExp, option: string): Action =>
  async (page) => {
    await page.getByLabel(label).selectOption(option);
  };

export const pressContinue = (page: Page) =>
  page.getByRole('button', { name: 'Continue', exact: true }).click();

/** Waits for the question, answers it and continues. */
export async function answer(page: Page, question: string, ...actions: Action[]): Promise<void> {
  await questionHeading(page, question).waitFor();
  for (const action of actions) await action(page);
  await pressContinue(page);
}

/**
 * Answers each step in turn. `onStep` runs once each question is on screen, before it is
 * answered: to check every page of a path (axe, screenshots).
 */
export async function walk(
  page: Page,
  steps: readonly Step[],
  onStep?: (page: Page, step: Step) => Promise<void>,
): Promise<void> {
  for (const s of steps) {
    await questionHeading(page, s.question).waitFor();
    await onStep?.(page, s);
    await answer(page, s.question, ...s.actions);
  }
}

const leavingAccepted = new WeakSet<Page>();

/**
 * The app asks before a reload drops work not yet taken away (beforeunload); a test that reloads
 * on purpose answers "Leave". Safe to call more than once.
 */
export function acceptLeaving(page: Page): void {
  if (leavingAccepted.has(page)) return;
  leavingAccepted.add(page);
  page.on('dialog', (dialog) => {
    void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
  });
}

/**
 * Holds back the autosave of what is typed in `page` (300 ms after the last key) until the page
 * hides or a Continue commits: what it types stays unsaved for as long as a test needs, so a
 * clash with another tab's save happens every time instead of when the machine is fast enough.
 * Call before the page loads the app.
 */
export async function holdBackAutosave(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = window.setTimeout.bind(window);
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
      original(handler, delay === 300 ? 3_600_000 : delay, ...rest)) as typeof setTimeout;
  });
}

/**
 * Opens the start page with nothing saved on this device (no draft, contact, ticket or contact
 * list), so a journey does not depend on the one before it. Reuses the session's page.
 */
export async function freshStart(session: Session): Promise<Page> {
  const current = session.context.pages()[0];
  if (current && /^(https?|file):/.test(current.url())) {
    acceptLeaving(current);
    // Leave first: the app writes a draft still being typed as it goes (pagehide).
    await current.goto('about:blank');
    // A new tab: sessionStorage (this tab's current draft, its unsaved copy) is per tab.
    await session.context.newPage();
    await current.close();
  }
  await session.clearAppData();
  const page = await session.openApp();
  acceptLeaving(page);
  return page;
}

export const startNow = (page: Page) => page.getByRole('link', { name: 'Start now' }).click();

/** From the check-answers page to the result page. */
export async function toResult(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
  await pressContinue(page);
  await page.locator('pre.report').waitFor();
}

/** The report as shown on the result page. */
/**
 * The My escalations table (by its caption): the page also lists, below it, the open escalations
 * a timeline tracks.
 */
export const escalationsTable = (page: Page) =>
  page.getByRole('table', { name: 'Your escalations, newest first' });

export const reportText = async (page: Page): Promise<string> =>
  (await page.locator('pre.report').textContent()) ?? '';

// ---- The journeys, in this suite's vocabulary ------------------------------------------------

export const { step, problem, lnpTrouble, state, isolatedToAtt, orderPrefix, ANSWERS } =
  journeys<Action>({
    choose,
    fill,
    select,
  });

/** From the start page (nothing saved) through every answer of `set`. */
export async function journey(session: Session, set: keyof typeof ANSWERS): Promise<Page> {
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, ANSWERS[set]);
  return page;
}
