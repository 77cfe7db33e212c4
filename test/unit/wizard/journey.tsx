import { readFileSync } from 'node:fs';
// Node's URL: readFileSync does not take happy-dom's.
import { URL as NodeURL } from 'node:url';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { queryClient } from '../../../src/app/queries.tsx';
import { Root, loadApp } from '../../../src/app/Root.tsx';
import type { Step as StepOf } from '../../journeys/answers.ts';
import { CHECK_ANSWERS, Q, journeys, startsWith } from '../../journeys/answers.ts';
import { setupMockBackend } from '../../msw.ts';

export {
  CHECK_ANSWERS,
  CONTACT,
  DESCRIPTION,
  PON,
  Q,
  TN_BOX,
  startsWith,
} from '../../journeys/answers.ts';
export type { AnswerSet } from '../../journeys/answers.ts';

/*
 * Walks the wizard the way a user does: read the question, answer it by the labels on screen,
 * press Continue. The component-level twin of test/e2e/journey.ts: both take their journeys from
 * test/journeys/answers.ts, so a journey here is the one the browser suite takes.
 */

// Submitting a ticket and the outbox talk to the API: against the mock backend.
setupMockBackend();

// A journey answers a dozen pages, each with a render and a save.
vi.setConfig({ testTimeout: 30_000 });

// The wizard's chunk, loaded before the first test, as the start page preloads it while the user
// reads. Until it has loaded, the first question is its light copy (FirstQuestion.tsx), which the
// wizard's page replaces; the journeys answer the wizard's own pages.
beforeAll(async () => {
  await loadApp();
});

// happy-dom has neither HTMLSelectElement.size nor HTMLOptionElement.defaultSelected, which
// react-hook-form reads to tell a select the user changed before the form was ready from one it
// must fill in: without them, a select never shows its saved answer (the state, the time zone).
if (!('size' in HTMLSelectElement.prototype)) {
  Object.defineProperty(HTMLSelectElement.prototype, 'size', {
    configurable: true,
    get(this: HTMLSelectElement) {
      return Number(this.getAttribute('size') ?? 0);
    },
  });
}
if (!('defaultSelected' in HTMLOptionElement.prototype)) {
  Object.defineProperty(HTMLOptionElement.prototype, 'defaultSelected', {
    configurable: true,
    get(this: HTMLOptionElement) {
      return this.hasAttribute('selected');
    },
  });
}

/** The sample list the project ships, as the app fetches it beside index.html. */
export const SAMPLE_CONTACTS_TEXT = readFileSync(
  new NodeURL('../../../public/center-contacts.json', import.meta.url),
  'utf8',
);

/**
 * The organisation's Center Contacts list as an administrator publishes it: the shipped entries
 * without the sample flag, and with their numbers moved out of the fictional 555-0100 to 0199
 * block (214-555-0100 becomes 214-555-0200), so its numbers reach the report (a fictional
 * number never does, whatever the list says).
 */
export const CENTER_CONTACTS_TEXT = JSON.stringify(
  {
    ...(JSON.parse(SAMPLE_CONTACTS_TEXT.replace(/(\d{3}-555-)01(\d{2})/g, '$102$2')) as Record<
      string,
      unknown
    >),
    sample: undefined,
  },
  null,
  2,
);

let servedContacts = CENTER_CONTACTS_TEXT;
/** What center-contacts.json answers for the rest of this test. */
export function serveContacts(text: string): void {
  servedContacts = text;
}

/** Empties every IndexedDB store (drafts, outbox, contacts, the mock's tickets). */
async function clearIndexedDb(): Promise<void> {
  // The app's stores keep their connections open, so the databases cannot be deleted: their
  // object stores are emptied instead.
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error(`Cannot open ${name}`));
      };
    });
    const stores = [...db.objectStoreNames];
    if (stores.length > 0) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(stores, 'readwrite');
        for (const store of stores) tx.objectStore(store).clear();
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = () => {
          reject(tx.error ?? new Error(`Cannot clear ${name}`));
        };
      });
    }
    db.close();
  }
}

/** A tick for writes the page started as it went away (a draft flushed on unmount). */
const settle = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 20);
  });

beforeEach(async () => {
  // Nothing from the test before: no draft, no current draft for this tab, no contact.
  await clearIndexedDb();
  sessionStorage.clear();
  localStorage.clear();
  // center-contacts.json answers with the organisation's list; the API goes to the mock.
  servedContacts = CENTER_CONTACTS_TEXT;
  // Each test reads the lists afresh, as a new visit does.
  queryClient.clear();
  const through = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.endsWith('center-contacts.json')
      ? Promise.resolve(
          new Response(servedContacts, {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          }),
        )
      : through(input, init);
  });
});

// Without vitest globals, Testing Library cannot register its own cleanup.
afterEach(async () => {
  cleanup();
  await settle();
  await clearIndexedDb();
  sessionStorage.clear();
  localStorage.clear();
});

export type Action = (user: UserEvent) => Promise<void>;

/** A question, known by its h1, and what the user does on it before pressing Continue. */
export type Step = StepOf<Action>;

export interface OpenedApp {
  readonly user: UserEvent;
  readonly unmount: () => void;
}

/** The wizard is a lazily loaded chunk: its first page may take a moment the first time. */
const FIRST_PAGE_TIMEOUT = 10_000;

/**
 * Opens the app at a URL with whatever this device already holds (drafts in IndexedDB, this
 * tab's current draft in sessionStorage, the remembered contact), as a page load does, and waits
 * for the page the URL names: the start page, or a wizard page once the draft is read.
 */
export async function openApp(hash = '#/'): Promise<OpenedApp> {
  window.history.replaceState(null, '', hash);
  const user = userEvent.setup();
  const { unmount } = render(<Root />);
  await screen.findByRole('heading', { level: 1 }, { timeout: FIRST_PAGE_TIMEOUT });
  await wizardTookOver();
  return { user, unmount };
}

/**
 * A reload: the page goes away (saving what was being typed, as on pagehide), then the app opens
 * again at the same URL in the same tab.
 */
export async function reload(app: OpenedApp): Promise<OpenedApp> {
  const hash = window.location.hash;
  window.dispatchEvent(new Event('pagehide'));
  app.unmount();
  await settle();
  return openApp(hash);
}

export const heading = (): HTMLElement => screen.getByRole('heading', { level: 1 });

/** Waits for the page whose h1 starts with `question`. */
export const findQuestion = (question: string | RegExp): Promise<HTMLElement> =>
  screen.findByRole('heading', {
    level: 1,
    name: typeof question === 'string' ? startsWith(question) : question,
  });

/** Checks the radio or checkbox whose label is exactly `label`. */
export const choose =
  (label: string): Action =>
  async (user) => {
    await user.click(screen.getByLabelText(label, { exact: true }));
  };

/** Replaces the text of the one field whose label matches, as a paste. */
export const fill =
  (label: string | RegExp, text: string): Action =>
  async (user) => {
    const field = screen.getByLabelText(label);
    await user.clear(field);
    await user.click(field);
    await user.paste(text);
  };

/** Types into the one field whose label matches, key by key, after what is there. */
export const typeInto =
  (label: string | RegExp, text: string): Action =>
  async (user) => {
    await user.type(screen.getByLabelText(label), text);
  };

/** Picks an option, by value or visible text, in the one select whose label matches. */
export const selectOption =
  (label: string | RegExp, option: string): Action =>
  async (user) => {
    await user.selectOptions(screen.getByLabelText(label), option);
  };

export async function pressContinue(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

export async function clickLink(user: UserEvent, name: string | RegExp): Promise<void> {
  await user.click(screen.getByRole('link', { name }));
}

/** Waits for the question, answers it and continues. */
export async function answer(
  user: UserEvent,
  question: string,
  ...actions: readonly Action[]
): Promise<void> {
  expect(await findQuestion(question)).toBeInTheDocument();
  for (const action of actions) await action(user);
  await pressContinue(user);
}

/** Answers each step in turn; returns the h1 of every page answered, in order. */
export async function walk(user: UserEvent, steps: readonly Step[]): Promise<string[]> {
  const seen: string[] = [];
  for (const s of steps) {
    seen.push((await findQuestion(s.question)).textContent);
    await answer(user, s.question, ...s.actions);
  }
  return seen;
}

/** "Start now" on the start page: a new escalation, from its first question. */
export async function startNow(user: UserEvent): Promise<void> {
  await user.click(await screen.findByRole('link', { name: 'Start now' }));
  await findQuestion(Q.problem);
  await wizardTookOver();
}

/**
 * Waits until the wizard's own page has replaced the first question's light copy, which shows
 * while the wizard's code loads: the journeys answer the wizard's pages. (A press begun on the
 * copy holds it back, in a browser; a test tool that keeps pressing an element gone from the
 * page would lose its click. firstQuestion.test.tsx and the browser suite cover the hand-over.)
 */
async function wizardTookOver(): Promise<void> {
  await waitFor(
    () => {
      expect(document.querySelector('.first-question')).toBeNull();
    },
    { timeout: FIRST_PAGE_TIMEOUT },
  );
}

/** From the check-answers page to the result page, once its report is shown. */
export async function toResult(user: UserEvent): Promise<void> {
  await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS });
  await pressContinue(user);
  await screen.findByText((_, element) => element?.matches('pre.report') ?? false);
}

/** The report (or a redirect's note) as shown on the result page. */
export const reportText = (): string => document.querySelector('pre.report')?.textContent ?? '';

/** The report's lines. */
export const reportLines = (): string[] => reportText().split('\n');

/** The row of the check page for a key ("PON"), to look inside with `within`. */
export function checkRow(key: string): HTMLElement {
  const term = screen.getByText(key, { selector: 'dt' });
  const row = term.parentElement;
  if (!row) throw new Error(`No row for ${key}`);
  return row;
}

/** The values of a check page row, line by line. */
export const checkRowLines = (key: string): string[] =>
  within(checkRow(key))
    .queryAllByText((_, element) => element?.matches('.summary-list__line') ?? false)
    .map((line) => line.textContent);

// ---- The journeys, in this suite's vocabulary ------------------------------------------------

export const {
  step,
  state,
  isolatedToAtt,
  numbersAndOrders,
  describeProblem,
  checklist,
  escalation,
  contact,
  orderPrefix,
  afterCompletion,
  ANSWERS,
} = journeys<Action>({ choose, fill, select: selectOption });

/**
 * From the start page, with nothing saved on this device, through every answer of `set`:
 * returns the user and the h1 of every question asked on the way.
 */
export async function journey(
  set: keyof typeof ANSWERS,
): Promise<{ user: UserEvent; asked: string[]; app: OpenedApp }> {
  const app = await openApp();
  await startNow(app.user);
  const asked = await walk(app.user, ANSWERS[set]);
  return { user: app.user, asked, app };
}
