// Never lose work, never file the wrong ticket (issue #16): the eight defects the issue reproduced
// in the previous version, each replayed the way the issue describes it, through the real UI. The
// tab cases use two pages of one browser context, which share IndexedDB, BroadcastChannel and Web
// Locks as two tabs of one browser do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromium, type Page } from 'playwright-core';
import {
  ISOLATION_LABELS,
  PROBLEM_KIND_LABELS,
  REQTYP_LABELS,
  SYMPTOM_LABELS,
} from '../../src/domain/labels.ts';
import { TN_BOX } from '../journeys/answers.ts';
import { expectNoAxeViolations, launch, paste, startStaticServer } from './harness.ts';
import {
  acceptLeaving,
  ANSWERS,
  answer,
  CHECK_ANSWERS,
  choose,
  fill,
  freshStart,
  holdBackAutosave,
  journey,
  pressContinue,
  Q,
  questionHeading,
  reportText,
  select,
  startNow,
  step,
  toResult,
  walk,
  type Step,
  escalationsTable,
} from './journey.ts';

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });
await session.grantClipboard();

// ---- What reaches the mock backend ---------------------------------------------------------
// The mock runs inside each page by patching window.fetch (MSW's interceptor), so its requests
// never reach the network where Playwright's 'request' event would see them. To count what the
// app sends to it, each page wraps the fetch MSW installs, at the moment MSW installs it.

const TICKETS_URL = 'https://mock.escalations.invalid/tmf-api/troubleTicket/v5/troubleTicket';

interface ApiCall {
  readonly method: string;
  readonly url: string;
  /** The request sends a report (a description), not only the escalation's timeline. */
  readonly report: boolean;
}
const apiCalls: ApiCall[] = [];
const posts = () =>
  apiCalls.filter((call) => call.method === 'POST' && call.url === TICKETS_URL).length;
/** Updates that send a report: the timeline the app keeps beside a ticket is sent on its own. */
const patches = () =>
  apiCalls.filter(
    (call) => call.method === 'PATCH' && call.url.startsWith(`${TICKETS_URL}/`) && call.report,
  ).length;

await session.context.exposeBinding(
  '__countApiCall',
  (_source, method: string, url: string, report: boolean) => {
    apiCalls.push({ method, url, report });
  },
);
await session.context.addInitScript(() => {
  const report = (
    window as unknown as { __countApiCall: (m: string, u: string, r: boolean) => void }
  ).__countApiCall;
  const define = Object.defineProperty;
  Object.defineProperty = function <T>(
    target: T,
    key: PropertyKey,
    descriptor: PropertyDescriptor & ThisType<unknown>,
  ): T {
    const inner: unknown = descriptor.value;
    if ((target as unknown) === window && key === 'fetch' && typeof inner === 'function') {
      const patched = inner as typeof fetch;
      const counted = (input: RequestInfo | URL, init?: RequestInit) => {
        const request = input instanceof Request ? input : undefined;
        const url: string = request
          ? request.url
          : input instanceof URL
            ? input.href
            : (input as string);
        if (url.startsWith('https://mock.escalations.invalid/')) {
          const body = typeof init?.body === 'string' ? init.body : '';
          report(init?.method ?? request?.method ?? 'GET', url, body.includes('"description"'));
        }
        return patched(input, init);
      };
      return define(target, key, { ...descriptor, value: counted });
    }
    return define(target, key, descriptor);
  };
});

// ---- Reading what the device and the mock server hold ----------------------------------------

/** A record of one of the app's IndexedDB stores, without creating the database if missing. */
function readRecord<T>(page: Page, database: string, store: string, key?: string): Promise<T> {
  return page.evaluate(
    ([name, storeName, recordKey]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => {
          open.transaction?.abort();
        };
        open.onerror = () => {
          resolve((recordKey === undefined ? [] : undefined) as T);
        };
        open.onsuccess = () => {
          const db = open.result;
          const objects = db.transaction(storeName, 'readonly').objectStore(storeName);
          const request = recordKey === undefined ? objects.getAll() : objects.get(recordKey);
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T);
          };
          request.onerror = () => {
            db.close();
            reject(request.error ?? new Error('IndexedDB read failed'));
          };
        };
      }),
    [database, store, key] as const,
  );
}

interface MockDb {
  readonly tickets: readonly { readonly id: string }[];
  /** Idempotency-Key (the escalation's id) -> ticket id. */
  readonly idempotency: Readonly<Record<string, string>>;
}

/** The mock server's state, as every tab shares it. */
async function serverState(page: Page): Promise<MockDb> {
  const db = await readRecord<MockDb | undefined>(
    page,
    'att-escalation-wizard-mock-backend',
    'mock-backend',
    'db',
  );
  return db ?? { tickets: [], idempotency: {} };
}

interface StoredDraft {
  readonly id: string;
  readonly rev: number;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly pending: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;
}

async function storedDrafts(page: Page): Promise<StoredDraft[]> {
  return readRecord<StoredDraft[]>(page, 'att-escalation-wizard-drafts', 'drafts');
}

/**
 * Waits until `check` holds, polling: what another tab or the outbox does takes a moment. The
 * ceiling is only for a real hang: on a loaded machine each step can take seconds.
 */
async function eventually(what: string, check: () => Promise<boolean>, ms = 60_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

// ---- Tabs and pages ------------------------------------------------------------------------

/** A second tab of the same browser, opened at `path` (relative to the app's URL). */
async function openTab(path = ''): Promise<Page> {
  const page = await session.context.newPage();
  acceptLeaving(page);
  await page.goto(new URL(path, server.appUrl).href);
  await page.locator('h1').first().waitFor();
  return page;
}

/** Closes every tab but the first, so the next test starts with one. */
async function closeOtherTabs(): Promise<void> {
  for (const page of session.context.pages().slice(1)) await page.close();
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

const CHANGED_ELSEWHERE = 'This escalation was changed in another tab';
/** The notice of a tab that took another tab's save over (it had nothing unsaved). */
const changedElsewhere = (page: Page) => page.getByRole('region', { name: CHANGED_ELSEWHERE });

const submitButton = (page: Page) => page.getByRole('button', { name: 'Submit as a ticket' });
const QUEUED = 'Queued — it will be sent when you are back online.';

/** The confirmation panel's reference, once the report shown is filed. */
async function filedReference(page: Page): Promise<string> {
  const panel = page.getByRole('region', { name: 'Escalation filed' });
  await panel.waitFor();
  const reference = await panel.getByText(/^TT-\d+$/).innerText();
  assert.match(reference, /^TT-\d+$/);
  return reference;
}

/** The references in the My escalations table ("Not filed yet" for a queued one). */
async function listedReferences(page: Page): Promise<string[]> {
  return escalationsTable(page).getByRole('row').getByRole('rowheader').allInnerTexts();
}

const myEscalations = async (page: Page) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My escalations' })
    .click();
  await heading(page, 'My escalations').waitFor();
};

/** Everything the check page lists: each question, then each answer and its Change link. */
const checkRows = async (page: Page) =>
  [
    ...(await page.getByRole('term').allInnerTexts()),
    ...(await page.getByRole('definition').allInnerTexts()),
  ].map((text) => text.replaceAll('\u2011', '-')); // numbers are shown with non-breaking hyphens

const changeLink = (page: Page, row: string) =>
  page.getByRole('link', { name: `Change ${row}`, exact: true });

const lines = (report: string) => report.split('\n');

// ---- Answers ---------------------------------------------------------------------------------

const FIFTY_NUMBERS = Array.from(
  { length: 50 },
  (_, i) => `312 555 ${String(1000 + i * 7).padStart(4, '0')}`,
).join('\n');

// =============================================================================================

await test('1. answers changed after filing: the page says so, and the changes go to the same ticket', async () => {
  // Defect 1: after "Check or change your answers", the result page still said the report was
  // sent, with the old reference in the new report; the changed report was never filed.
  const page = await journey(session, 'billing');
  await toResult(page);
  const before = { posts: posts(), patches: patches() };
  await submitButton(page).click();
  const reference = await filedReference(page);
  assert.ok(lines(await reportText(page)).includes(`Ticket reference: ${reference}`));

  await page.getByRole('link', { name: 'Check or change your answers' }).click();
  await heading(page, CHECK_ANSWERS).waitFor();
  await changeLink(page, 'Telephone numbers').click();
  await answer(page, Q.numbers, fill(TN_BOX, '469 555 0177\n469 555 0178'));
  await heading(page, CHECK_ANSWERS).waitFor();
  await changeLink(page, 'State').click();
  await answer(page, Q.state, select(Q.state, 'OK'));
  await toResult(page);

  // Outdated: no claim that it was sent, no reference in the report, an offer to send the changes.
  await page
    .getByText(
      `Your answers changed after ${reference} was filed: that ticket still holds the earlier report.`,
    )
    .waitFor();
  assert.equal(await page.getByRole('region', { name: 'Escalation filed' }).count(), 0);
  const outdated = await reportText(page);
  assert.doesNotMatch(outdated, /Ticket reference/);
  assert.ok(lines(outdated).includes('Telephone numbers (2): 469-555-0177, 469-555-0178'));
  assert.ok(lines(outdated).includes('State: Oklahoma (OK)'));

  await page.getByRole('button', { name: `Send the changes to ${reference}` }).click();
  assert.equal(await filedReference(page), reference);
  const sent = await reportText(page);
  assert.ok(lines(sent).includes(`Ticket reference: ${reference}`));

  // The ticket on the server holds the changed report and a note listing what changed.
  await page.getByRole('link', { name: `Open ${reference} in My escalations` }).click();
  await heading(page, `Escalation ${reference}`).waitFor();
  const filed = (await page.locator('pre.report').textContent()) ?? '';
  assert.ok(lines(filed).includes('Telephone numbers (2): 469-555-0177, 469-555-0178'), filed);
  assert.ok(lines(filed).includes('State: Oklahoma (OK)'), filed);
  assert.doesNotMatch(filed, /312-555-0101|Texas/);
  const note = page.getByText(/The CLEC changed the escalation after filing it\./);
  await note.waitFor();
  const noteText = await note.innerText();
  // One change, with both counts: not an "added" list and a "removed" one.
  assert.match(
    noteText,
    /Telephone numbers \(2\): 469-555-0177, 469-555-0178 \(was \(3\): 312-555-0101, /,
  );
  assert.doesNotMatch(noteText, /\(added\)|removed/);
  assert.match(noteText, /State: Oklahoma \(OK\) \(was: Texas \(TX\)\)/);

  // One ticket: filed once, updated once.
  await myEscalations(page);
  await escalationsTable(page).getByRole('link', { name: reference }).waitFor();
  assert.deepEqual(await listedReferences(page), [reference]);
  assert.deepEqual(
    { posts: posts() - before.posts, patches: patches() - before.patches },
    { posts: 1, patches: 1 },
  );
  assert.equal((await serverState(page)).tickets.length, 1);
});

await test('2. two tabs on one draft: a save is taken over when idle, a clash is asked, never overwritten', async () => {
  // Defect 2: both tabs loaded the same draft and the last to write won, silently.
  const errors = session.pageErrors.length;
  const a = await freshStart(session);
  await startNow(a);
  await answer(a, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
  await answer(a, Q.serviceRep, choose('Yes'));
  await questionHeading(a, Q.state).waitFor();

  // Tab B holds back the autosave of what is typed: the clash below happens every time.
  const b = await session.context.newPage();
  acceptLeaving(b);
  await holdBackAutosave(b);
  // Each tab is brought to the front before it is used, as a user switches tabs (a tab behind
  // gets few animation frames, which Playwright's clicks wait for).
  try {
    // A deep link to a question opens the newest unfinished draft: A's.
    await b.goto(new URL('#/step/state', server.appUrl).href);
    await questionHeading(b, Q.state).waitFor();
    const [draft] = await storedDrafts(b);
    assert.ok(draft);

    // B has nothing unsaved: A's answer shows in B, and B says it changed elsewhere.
    await a.bringToFront();
    await answer(a, Q.state, select(Q.state, 'TX'));
    await questionHeading(a, Q.bill).waitFor();
    await changedElsewhere(b).waitFor();
    assert.equal(await b.getByLabel(Q.state).inputValue(), 'TX');

    // Both on the bill question; B types (unsaved) while A commits a different BAN.
    await b.bringToFront();
    await answer(b, Q.state);
    await questionHeading(b, Q.bill).waitFor();
    // B's Continue saved the draft again: A, idle on the bill question, takes it over first.
    await changedElsewhere(a).waitFor();
    const ban = (page: Page) => page.getByLabel('Billing account number (BAN)');
    await ban(b).fill('B typed 111');
    await a.bringToFront();
    await answer(a, Q.bill, fill(/^Billing account number/, 'A committed 222'));
    await questionHeading(a, Q.numbers).waitFor();

    const conflict = b.getByRole('alert').filter({
      has: b.getByRole('heading', { name: CHANGED_ELSEWHERE }),
    });
    await conflict.waitFor();
    // Nothing overwritten until B chooses: B keeps its typing, the device keeps A's answer.
    assert.equal(await ban(b).inputValue(), 'B typed 111');
    let stored = (await storedDrafts(a)).find((d) => d.id === draft.id);
    assert.equal(stored?.answers.ban, 'A committed 222');
    assert.equal(stored.pending.bill?.ban, undefined);

    // "Use the other tab's answers": B shows A's BAN, and the device still holds it.
    await b.bringToFront();
    await conflict.getByRole('button', { name: 'Use the other tab’s answers' }).click();
    await conflict.waitFor({ state: 'detached' });
    await eventually(
      'B shows A’s answer',
      async () => (await ban(b).inputValue()) === 'A committed 222',
    );
    stored = (await storedDrafts(a)).find((d) => d.id === draft.id);
    assert.equal(stored?.answers.ban, 'A committed 222');

    // Again, and this time B keeps its own answers.
    await a.bringToFront();
    await a.getByRole('link', { name: 'Back' }).click();
    await questionHeading(a, Q.bill).waitFor();
    await b.bringToFront();
    await ban(b).fill('B kept 333');
    await a.bringToFront();
    await answer(a, Q.bill, fill(/^Billing account number/, 'A second 444'));
    await questionHeading(a, Q.numbers).waitFor();
    await conflict.waitFor();
    assert.equal(await ban(b).inputValue(), 'B kept 333');
    stored = (await storedDrafts(a)).find((d) => d.id === draft.id);
    assert.equal(stored?.answers.ban, 'A second 444');

    await b.bringToFront();
    await conflict.getByRole('button', { name: 'Keep the answers in this tab' }).click();
    await conflict.waitFor({ state: 'detached' });
    assert.equal(await ban(b).inputValue(), 'B kept 333');
    await eventually('the device holds B’s answers', async () => {
      const saved = (await storedDrafts(a)).find((d) => d.id === draft.id);
      return saved?.pending.bill?.ban === 'B kept 333';
    });
    // A, with nothing unsaved, takes B's answers over and says so.
    await changedElsewhere(a).waitFor();
    await a.bringToFront();
    await a.getByRole('link', { name: 'Back' }).click();
    await questionHeading(a, Q.bill).waitFor();
    assert.equal(await ban(a).inputValue(), 'B kept 333');

    await b.bringToFront();
    await answer(b, Q.bill);
    await questionHeading(b, Q.numbers).waitFor();
    await eventually('B’s answer is saved', async () => {
      const saved = (await storedDrafts(b)).find((d) => d.id === draft.id);
      return saved?.answers.ban === 'B kept 333';
    });
    assert.deepEqual(session.pageErrors.slice(errors), []);
  } finally {
    await closeOtherTabs();
  }
});

await test('3. two tabs offline each queue a ticket: both are kept, and both filed once online', async () => {
  // Defect 3: each tab kept the outbox in memory and wrote its whole copy back, so the last tab
  // to queue erased the other's ticket.
  const errors = session.pageErrors.length;
  const a = await journey(session, 'billing');
  await toResult(a);
  const b = await openTab();
  try {
    await startNow(b);
    await walk(b, ANSWERS.ordering);
    await toResult(b);
    const before = posts();

    await session.setOffline(true);
    await a.bringToFront();
    await submitButton(a).click();
    await a.getByText(QUEUED).waitFor();
    await b.bringToFront();
    await submitButton(b).click();
    await b.getByText(QUEUED).waitFor();

    // Both are in the outbox, whichever tab lists it.
    for (const tab of [a, b]) {
      await tab.bringToFront();
      await myEscalations(tab);
      await eventually('both queued tickets are listed', async () => {
        const references = await listedReferences(tab);
        return references.length === 2 && references.every((r) => r === 'Not filed yet');
      });
      assert.equal(await tab.getByRole('cell', { name: 'Queued (not sent yet)' }).count(), 2);
    }

    await session.setOffline(false);
    await eventually('both tickets are filed', async () => {
      const references = await listedReferences(a);
      return references.length === 2 && references.every((r) => /^TT-\d+$/.test(r));
    });
    const references = await listedReferences(a);
    assert.notEqual(references[0], references[1]);
    const held = await serverState(a);
    assert.deepEqual(held.tickets.map((t) => t.id).sort(), [...references].sort());
    assert.equal(Object.keys(held.idempotency).length, 2);
    assert.equal(posts() - before, 2, 'each queued ticket is sent once');
    assert.deepEqual(session.pageErrors.slice(errors), []);
  } finally {
    await session.setOffline(false);
    await closeOtherTabs();
  }
});

await test('4. one queued ticket seen in two tabs is sent once; the tabs share one numbering', async () => {
  // Defect 4: every open tab resumed the queued ticket and sent it. And each tab's copy of the
  // demo backend numbered its tickets from the same start, so two tabs filed two TT-100001.
  const errors = session.pageErrors.length;
  const a = await journey(session, 'ordering');
  await toResult(a);
  // B lists the escalations (which starts its copy of the mock backend) before anything is filed.
  const b = await openTab('#/escalations');
  try {
    await b.getByText('You have not filed an escalation as a ticket yet.').waitFor();
    const before = posts();

    await session.setOffline(true);
    await a.bringToFront();
    await submitButton(a).click();
    await a.getByText(QUEUED).waitFor();
    await b.getByRole('cell', { name: 'Queued (not sent yet)' }).waitFor();

    await session.setOffline(false);
    const reference = await filedReference(a);
    await escalationsTable(b).getByRole('link', { name: reference }).waitFor();
    // Give the other tab's outbox the time to (wrongly) send it too.
    await a.waitForTimeout(1500);
    assert.equal(posts() - before, 1, 'one POST for one queued ticket');
    let held = await serverState(a);
    assert.deepEqual(
      held.tickets.map((t) => t.id),
      [reference],
    );
    assert.equal(Object.keys(held.idempotency).length, 1);

    // B files another escalation: the server gives it the next number, not A's again.
    await b.bringToFront();
    await b.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
    await startNow(b);
    await walk(b, ANSWERS.billing);
    await toResult(b);
    await submitButton(b).click();
    const second = await filedReference(b);
    assert.notEqual(second, reference);
    held = await serverState(b);
    assert.deepEqual(held.tickets.map((t) => t.id).sort(), [reference, second].sort());
    assert.equal(posts() - before, 2);
    assert.deepEqual(session.pageErrors.slice(errors), []);
  } finally {
    await session.setOffline(false);
    await closeOtherTabs();
  }
});

await test('5. a queued ticket is sent back online from the start page or My escalations', async () => {
  // Defect 5: the queued ticket was sent only once the wizard's result page was open again.
  const a = await journey(session, 'ordering');
  await toResult(a);
  const b = await openTab('#/escalations');
  try {
    await b.getByText('You have not filed an escalation as a ticket yet.').waitFor();
    await session.setOffline(true);
    await a.bringToFront();
    await submitButton(a).click();
    await a.getByText(QUEUED).waitFor();
    await b.getByRole('cell', { name: 'Queued (not sent yet)' }).waitFor();

    // A goes to the start page; B stays on My escalations. Then the connection comes back.
    await a.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
    await a.getByRole('link', { name: 'Start now' }).waitFor();
    await session.setOffline(false);
    await eventually(
      'the ticket is filed',
      async () => (await serverState(a)).tickets.length === 1,
    );
    const [ticket] = (await serverState(a)).tickets;
    assert.ok(ticket);
    // B's list shows the reference without a reload; so does A's, opened from the start page.
    await escalationsTable(b).getByRole('link', { name: ticket.id }).waitFor();
    assert.deepEqual(await listedReferences(b), [ticket.id]);
    await heading(a, 'Escalate a problem to AT&T Wholesale').waitFor();
    await a.bringToFront();
    await myEscalations(a);
    await escalationsTable(a).getByRole('link', { name: ticket.id }).waitFor();
    assert.deepEqual(await listedReferences(a), [ticket.id]);
  } finally {
    await session.setOffline(false);
    await closeOtherTabs();
  }

  // A tab opened on the start page alone (the wizard never shown) sends what waits too: the user
  // queued a ticket offline, closed the tab, and opens the tool again once online.
  const page = await journey(session, 'billing');
  await toResult(page);
  await session.setOffline(true);
  await submitButton(page).click();
  await page.getByText(QUEUED).waitFor();
  await page.goto('about:blank');
  await session.setOffline(false);
  await page.goto(server.appUrl);
  await page.getByRole('link', { name: 'Start now' }).waitFor();
  await eventually(
    'the ticket is filed from the start page',
    async () => (await serverState(page)).tickets.length === 1,
  );
});

await test('5b. a ticket queued offline leaves with the answer corrected before the connection came back', async () => {
  // Issue 20, item 4: the outbox kept a frozen copy of the report, so the corrected answer never
  // reached the ticket, while the page said "Queued".
  const errors = session.pageErrors.length;
  const page = await journey(session, 'ordering');
  await toResult(page);
  const before = posts();
  try {
    await session.setOffline(true);
    await submitButton(page).click();
    await page.getByText(QUEUED).waitFor();

    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    await heading(page, CHECK_ANSWERS).waitFor();
    await changeLink(page, 'Telephone numbers').click();
    await answer(page, Q.numbers, fill(TN_BOX, '469 555 0177\n469 555 0178'));
    await heading(page, CHECK_ANSWERS).waitFor();
    await toResult(page);
    // Still queued, and saying that the corrected answer goes with it.
    await page.getByText(`${QUEUED} An answer you correct before then goes with it.`).waitFor();
    assert.equal(posts() - before, 0, 'nothing is sent while offline');

    await session.setOffline(false);
    // The page shows the reference: the ticket holds the report on screen, the corrected one.
    const reference = await filedReference(page);
    const [ticket, ...others] = (await serverState(page)).tickets;
    assert.equal(ticket?.id, reference);
    assert.deepEqual(others, []);
    assert.equal(posts() - before, 1);

    await page.getByRole('link', { name: `Open ${reference} in My escalations` }).click();
    await heading(page, `Escalation ${reference}`).waitFor();
    const filed = (await page.locator('pre.report').textContent()) ?? '';
    assert.match(filed, /^Affected telephone numbers \(2\): 469-555-0177, 469-555-0178$/m);
    assert.doesNotMatch(filed, /312-555-0101/);
    assert.deepEqual(session.pageErrors.slice(errors), []);
  } finally {
    await session.setOffline(false);
  }
});

await test('5c. a ticket the service refused is listed with "Send again" on My escalations and the start page, and sent from there', async () => {
  // Issue 20, item 5: a refused ticket could not be sent again: "Not sent" with no action, and
  // nothing on the start page.
  const page = await journey(session, 'ordering');
  await toResult(page);
  // The service answers every request with an unreadable body from now on (src/mocks/faults.ts).
  const faulty = new URL(server.appUrl);
  faulty.search = '?fault=malformed';
  faulty.hash = '#/result';
  await page.goto(faulty.href);
  await submitButton(page).click();
  await page
    .getByText(/^Not sent\. AT&T’s ticket service sent an answer this app cannot read\./)
    .waitFor();

  await myEscalations(page);
  const row = page.getByRole('row').filter({ hasText: 'PON PRT-20261125' });
  await row.getByRole('cell', { name: /^Not sent/ }).waitFor();
  await row.getByRole('button', { name: 'Send again PON PRT-20261125' }).waitFor();
  assert.equal(
    await row.getByRole('link', { name: 'Open the report PON PRT-20261125' }).getAttribute('href'),
    `#/resume?draft=${(await storedDrafts(page))[0]?.id ?? ''}`,
  );

  // The service works again; the start page lists the ticket not sent, and sends it again.
  await page.goto(server.appUrl);
  const waiting = page.getByRole('region', { name: 'Tickets not sent yet' });
  await waiting.getByText('PON PRT-20261125 — Not sent').waitFor();
  await expectNoAxeViolations(page);
  await waiting.getByRole('button', { name: 'Send again PON PRT-20261125' }).click();
  await eventually(
    'the ticket is filed',
    async () => (await serverState(page)).tickets.length === 1,
  );
  await waiting.waitFor({ state: 'detached' });
  await myEscalations(page);
  const [ticket] = (await serverState(page)).tickets;
  await page.getByRole('link', { name: ticket?.id ?? 'TT-' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Send again/ }).count(), 0);
});

await test('5d. My escalations on a phone: each escalation readable without a sideways swipe, its PON in view', async () => {
  // Issue 24, item 7: at 390 px the table was cut at "Type"; the summary needed a swipe.
  const page = await journey(session, 'ordering');
  await toResult(page);
  await submitButton(page).click();
  await filedReference(page);
  await myEscalations(page);
  const viewport = page.viewportSize();
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    // Every summary with the PON (an earlier test may have filed the same order) fits the screen.
    const pons = page.getByRole('cell', { name: /PON PRT-20261125/ });
    await pons.first().waitFor();
    const overflow = await page.evaluate(() => {
      const box = document.querySelector('.table-scroll');
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        table: box ? box.scrollWidth - box.clientWidth : -1,
      };
    });
    assert.deepEqual(overflow, { page: 0, table: 0 });
    for (const pon of await pons.all()) {
      const where = await pon.boundingBox();
      assert.ok(where && where.x >= 0 && where.x + where.width <= 390, JSON.stringify(where));
    }
    await expectNoAxeViolations(page);
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
});

// A service request completed, then a line trouble: every kind of answer on one path.
const FULL_PATH: readonly Step[] = [
  step(Q.problem, choose(PROBLEM_KIND_LABELS.serviceRequest)),
  step(Q.accessTariff, choose('No')),
  step(Q.serviceRep, choose('Yes')),
  step(Q.order, choose(REQTYP_LABELS.CB), fill(/^PON/, 'PRT-50NUMBERS')),
  step(Q.foc, choose('Yes'), fill(/^FOC date/, '11/20/2026'), fill(/^Due date/, '11/24/2026')),
  step(Q.completion, choose('Yes'), fill(/^Completion date/, '11/26/2026')),
  step(Q.serviceAffected, choose('Yes: a line or circuit trouble')),
  step(Q.isolation, choose(ISOLATION_LABELS.attNetwork), choose('Yes')),
  step(Q.state, select(Q.state, 'GA')),
  step(
    Q.numbersAndOrders,
    (page) => paste(page.getByLabel(TN_BOX), FIFTY_NUMBERS),
    fill(/^AT&T service order numbers/, 'N12345678, N87654321'),
  ),
  step(
    Q.checklist,
    choose(SYMPTOM_LABELS.disconnectRecording),
    choose(SYMPTOM_LABELS.noDialTone),
    fill('Describe the trouble in your own words', 'Intercept on every number since the port'),
    fill('Date', '11/25/2026'),
  ),
  step(Q.escalation),
  step(
    Q.contact,
    fill('Your name', 'Dana Reyes'),
    fill('Company (the CLEC)', 'Prairie Telecom'),
    fill('Call-back telephone number', '312 555 0142'),
  ),
];

/** Presses Continue page after page, each keeping its answers, until the check page. */
async function continueToCheck(page: Page): Promise<void> {
  for (let i = 0; i < 20; i++) {
    if (await heading(page, CHECK_ANSWERS).isVisible()) return;
    await page.locator('h1').first().waitFor();
    const title = await page.locator('h1').first().innerText();
    if (title === CHECK_ANSWERS) return;
    await pressContinue(page);
    // The next page, or an error summary saying what this page misses.
    await page.waitForFunction(
      (before) =>
        document.querySelector('h1')?.textContent !== before ||
        document.querySelector('[role="alert"]') !== null,
      title,
    );
    assert.equal(
      await page.getByRole('alert').filter({ hasText: 'There is a problem' }).count(),
      0,
      `an answer was lost on "${title}"`,
    );
  }
  assert.fail('never reached the check page');
}

await test('6. one Change to a redirect and back keeps every later answer; a left branch is not reported', async () => {
  // Defect 6: changing an early answer to one that redirects dropped every answer after it (the
  // 50 numbers, the PON, the dates, the symptoms), so "back to Yes" meant typing them all again.
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, FULL_PATH);
  await heading(page, CHECK_ANSWERS).waitFor();
  const rows = await checkRows(page);
  const all = rows.join('\n');
  for (const expected of [
    '50 telephone numbers',
    '312-555-1000',
    'PRT-50NUMBERS',
    'N12345678',
    'N87654321',
    '11/20/2026',
    '11/24/2026',
    '11/26/2026',
    SYMPTOM_LABELS.disconnectRecording,
    SYMPTOM_LABELS.noDialTone,
    'Intercept on every number since the port',
  ]) {
    assert.ok(all.includes(expected), `the check page lists ${expected}:\n${all}`);
  }

  await changeLink(page, 'Worked with the Service Representative').click();
  await answer(page, Q.serviceRep, choose('No'));
  await heading(page, 'Work it with the Service Representative first').waitFor();
  await page.getByRole('link', { name: 'Change your last answer' }).click();
  await answer(page, Q.serviceRep, choose('Yes'));
  await continueToCheck(page);
  assert.deepEqual(await checkRows(page), rows);

  // FOC received: No leaves the FOC dates' branch; they are out of the report...
  await changeLink(page, 'FOC received').click();
  await answer(page, Q.foc, choose('No'));
  await continueToCheck(page);
  await toResult(page);
  const withoutFoc = await reportText(page);
  assert.doesNotMatch(withoutFoc, /FOC date|Due date|11\/20\/2026|11\/24\/2026/);
  assert.match(withoutFoc, /PRT-50NUMBERS/);

  // ...and back when the branch is taken again.
  await page.getByRole('link', { name: 'Check or change your answers' }).click();
  await changeLink(page, 'FOC received').click();
  await questionHeading(page, Q.foc).waitFor();
  await page.getByLabel('Yes', { exact: true }).check();
  assert.equal(await page.getByLabel(/^FOC date/).inputValue(), '11/20/2026');
  assert.equal(await page.getByLabel(/^Due date/).inputValue(), '11/24/2026');
  await pressContinue(page);
  await continueToCheck(page);
  assert.deepEqual(await checkRows(page), rows);
  await toResult(page);
  const report = lines(await reportText(page));
  for (const line of [
    'FOC date: 11/20/2026',
    'Due date (DD): 11/24/2026',
    'Completion date: 11/26/2026',
  ]) {
    assert.ok(report.includes(line), `the report has ${line}`);
  }
});

await test('7. a paste not yet continued survives two steps Back and forward, and a reload', async () => {
  // Defect 7: typed-but-not-continued text was kept for one step Back only.
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, ANSWERS.billing.slice(0, 4));
  await questionHeading(page, Q.numbers).waitFor();
  const box = page.getByLabel(TN_BOX);
  await paste(box, FIFTY_NUMBERS);
  await page.getByText('50 numbers understood').waitFor();

  await page.getByRole('link', { name: 'Back' }).click();
  await questionHeading(page, Q.bill).waitFor();
  await page.getByRole('link', { name: 'Back' }).click();
  await questionHeading(page, Q.state).waitFor();
  await answer(page, Q.state);
  await answer(page, Q.bill);
  await questionHeading(page, Q.numbers).waitFor();
  assert.equal(await box.inputValue(), FIFTY_NUMBERS);

  await page.reload();
  await questionHeading(page, Q.numbers).waitFor();
  assert.equal(await box.inputValue(), FIFTY_NUMBERS);
  await page.getByText('50 numbers understood').waitFor();
});

await test('8a. a date without its year is an error that says to add the year', async () => {
  // Defect 8: "11/30" was taken as no date at all, silently.
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, ANSWERS.provisioning.slice(0, 4));
  await answer(page, Q.foc, choose('Yes'), fill(/^FOC date/, '11/30'));
  await page
    .getByRole('alert')
    .getByText(/Add the year: enter the date as MM\/DD\/YYYY/)
    .waitFor();
  await questionHeading(page, Q.foc).waitFor();
  assert.equal(await page.getByLabel(/^FOC date/).inputValue(), '11/30');
});

await test('8b. the downloaded report is named with the local date, on a US evening', async () => {
  // Defect 8: the file name used the UTC date, tomorrow's on a US evening.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({
      timezoneId: 'America/Chicago',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-26T23:30:00-06:00') });
    await page.goto(server.appUrl);
    await startNow(page);
    await walk(page, ANSWERS.ordering);
    await toResult(page);
    assert.match(await reportText(page), /^Reported: 11\/26\/2026 11:3\d PM CST$/m);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as .txt' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'att-escalation-PRT-20261125-2026-11-26.txt');
  } finally {
    await browser.close();
  }
});

await test('8c. once the ticket is filed, leaving or reloading does not ask "Leave site?"', async () => {
  // Defect 8: the page kept asking before unload after the report was filed.
  const page = await journey(session, 'billing');
  await toResult(page);
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') asked.push(page.url());
  });
  // Before the report leaves the app, a reload asks (the check can fail)...
  await page.getByRole('heading', { level: 2, name: 'Your report' }).click();
  await page.reload();
  await page.locator('pre.report').waitFor();
  assert.equal(asked.length, 1, 'an unfiled report asks before a reload');

  // ...once it is filed, nothing asks.
  await submitButton(page).click();
  await filedReference(page);
  await page.reload();
  await filedReference(page);
  await page.getByRole('heading', { level: 2, name: 'Your report' }).click();
  await page.goto('about:blank');
  assert.equal(asked.length, 1, 'a filed report asked before leaving');
});

await test('8d. Back on a page opened by "Change" returns to the check page', async () => {
  // Defect 8: Back went to the question before, out of the check-and-change loop.
  const page = await journey(session, 'billing');
  await heading(page, CHECK_ANSWERS).waitFor();
  await changeLink(page, 'State').click();
  await questionHeading(page, Q.state).waitFor();
  await page.getByRole('link', { name: 'Back' }).click();
  await heading(page, CHECK_ANSWERS).waitFor();
});

await session.close();
await server.close();
