// Browser storage that fails or holds junk never costs the user the escalation (issue #6): with
// IndexedDB (and localStorage, for the remembered contact) full or turned off the wizard works from
// memory and says so; a damaged saved draft is set aside with a notice and the wizard starts
// afresh; a draft saved by the previous version (in localStorage) is moved into this one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PROBLEM_KIND_LABELS } from '../../src/domain/labels.ts';
import { launch, startStaticServer, type Session } from './harness.ts';
import {
  ANSWERS,
  CHECK_ANSWERS,
  CONTACT,
  Q,
  acceptLeaving,
  answer,
  choose,
  freshStart,
  pressContinue,
  questionHeading,
  reportText,
  startNow,
  toResult,
  walk,
} from './journey.ts';

const MEMORY_ONLY = /Your answers cannot be saved on this device \(storage is full or turned off\)/;
const SAVED = /Your answers are saved on this device/;

// Run in the page before any app script, as init scripts.
const BROKEN_STORAGE = {
  full: () => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
    Storage.prototype.setItem = full;
  },
  'turned off': () => {
    const denied = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    IDBFactory.prototype.open = denied;
    Object.defineProperty(window, 'localStorage', { get: denied });
    Object.defineProperty(window, 'sessionStorage', { get: denied });
  },
};

/** The text of the page's save status: the last status line of the wizard. */
const saveStatus = async (page: Page): Promise<string> =>
  (await page.getByRole('status').last().textContent()) ?? '';

const server = await startStaticServer();

for (const [how, breakStorage] of Object.entries(BROKEN_STORAGE)) {
  await test(`with storage ${how}, a whole escalation works from memory and the page says so`, async () => {
    const session = await launch({ appUrl: server.appUrl });
    try {
      await session.context.addInitScript(breakStorage);
      const page = await session.openApp();
      await startNow(page);
      const steps = ANSWERS.billing;
      await walk(page, steps.slice(0, 1));
      await questionHeading(page, steps[1].question).waitFor();
      await page.getByText(MEMORY_ONLY).waitFor();

      // Back and forward within the tab keep the answers held in memory.
      await page.goBack();
      await questionHeading(page, Q.problem).waitFor();
      assert.ok(await page.getByLabel(PROBLEM_KIND_LABELS.billing, { exact: true }).isChecked());
      await page.goForward();

      await walk(page, steps.slice(1));
      await toResult(page);
      assert.match(await reportText(page), new RegExp(`^Contact: ${CONTACT.name}, `, 'm'));
      assert.match(await saveStatus(page), MEMORY_ONLY);
      assert.deepEqual(session.pageErrors, []);
    } finally {
      await session.close();
    }
  });
}

const DRAFTS_DB = 'att-escalation-wizard-drafts';
const CURRENT_DRAFT = 'att-escalation-wizard:current-draft';

/** Replaces (or reads, with `value` undefined) the stored record of this tab's draft. */
function draftRecord(page: Page, value?: unknown): Promise<unknown> {
  return page.evaluate(
    ([db, key, replace, record]) =>
      new Promise((resolve, reject) => {
        const id = sessionStorage.getItem(key);
        if (!id) {
          reject(new Error('this tab has no draft'));
          return;
        }
        const open = indexedDB.open(db);
        open.onerror = () => {
          reject(open.error ?? new Error('cannot open the drafts'));
        };
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', replace ? 'readwrite' : 'readonly');
          const store = tx.objectStore('drafts');
          const request = replace ? store.put(record, id) : store.get(id);
          tx.oncomplete = () => {
            open.result.close();
            resolve(replace ? undefined : request.result);
          };
          tx.onerror = () => {
            reject(tx.error ?? new Error('cannot write the draft'));
          };
        };
      }),
    [DRAFTS_DB, CURRENT_DRAFT, value !== undefined, value] as const,
  );
}

// One browser for the tests below, which break nothing in it (the two above break its storage for
// good, with init scripts, so they have their own). Each starts from a device with nothing saved.
const session = await launch({ appUrl: server.appUrl });

/** What `session` reports from now on: its page errors and CSP violations since this call. */
function fromNow(watched: Session) {
  const errors = watched.pageErrors.length;
  const violations = watched.cspViolations.length;
  return {
    pageErrors: () => watched.pageErrors.slice(errors),
    cspViolations: () => watched.cspViolations.slice(violations),
  };
}

/** A tab with a billing escalation saved on the device, on its second question. */
async function savedEscalation(): Promise<{ page: Page; close: () => void }> {
  const seen = fromNow(session);
  const page = await freshStart(session);
  await startNow(page);
  await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
  await questionHeading(page, Q.serviceRep).waitFor();
  await page.getByText(SAVED).waitFor();
  return {
    page,
    close: () => {
      assert.deepEqual(seen.pageErrors(), []);
    },
  };
}

const DAMAGED = {
  'a damaged record': '{"version":2,"id":"e1","rev":3,"answers":{"proble',
  'a record that fails the check': {
    version: 2,
    id: 'e1',
    answers: { problemKind: '<img src=x onerror=alert(1)>', unknownField: true },
    savedAt: 'yesterday',
  },
};

for (const [what, record] of Object.entries(DAMAGED)) {
  await test(`${what} in IndexedDB: a notice and a fresh start, the bad draft removed`, async () => {
    const { page, close } = await savedEscalation();
    try {
      await draftRecord(page, record);
      await page.reload();
      await page
        .getByRole('heading', { level: 2, name: 'Your saved answers could not be restored' })
        .waitFor();
      await questionHeading(page, Q.problem).waitFor();
      assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
      // The fresh start works: the next answer is taken and saved.
      await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
      await questionHeading(page, Q.serviceRep).waitFor();
      await page.getByText(SAVED).waitFor();
      const saved = await draftRecord(page);
      assert.ok(saved && typeof saved === 'object', 'the fresh draft is not saved');
      assert.ok(!JSON.stringify(saved).includes('onerror'), 'the bad draft was kept');
    } finally {
      close();
    }
  });
}

await test('an answer this version no longer accepts is dropped on its own, the rest kept', async () => {
  const { page, close } = await savedEscalation();
  try {
    const stored = (await draftRecord(page)) as { answers: Record<string, unknown> };
    await draftRecord(page, {
      ...stored,
      answers: { ...stored.answers, workedWithServiceRep: 'yes', state: 'ZZ' },
    });
    await page.reload();
    await page
      .getByRole('heading', { level: 2, name: 'Some saved answers could not be restored' })
      .waitFor();
    // Billing and the Service Representative stay; the state went, so it is asked again.
    await questionHeading(page, Q.serviceRep).waitFor();
    assert.ok(await page.getByLabel('Yes', { exact: true }).isChecked());
    await pressContinue(page);
    await questionHeading(page, Q.state).waitFor();
    assert.equal(await page.getByLabel(Q.state).inputValue(), '');
  } finally {
    close();
  }
});

const OLD_DRAFT_KEY = 'att-escalation-wizard:draft:v1';

/** What the previous version saved: one draft in localStorage. */
const OLD_DRAFT = {
  version: 1,
  escalationId: 'e1c3a8f0-5b7d-4c21-9a3e-2f6b8d0c4e11',
  answers: {
    problemKind: 'billing',
    workedWithServiceRep: 'yes',
    serviceRepReference: 'J. Alvarez, ticket 88121',
    state: 'TX',
    telephoneNumbers: '214 555 0101',
  },
  savedAt: '2026-11-25T10:00:00.000Z',
};

/** A device with nothing saved but `value` under `key` in localStorage, the app opened at `path`. */
async function withOldStorage(key: string, value: string, path: string) {
  const seen = fromNow(session);
  // The app closed first, so that it writes nothing after the device is cleared.
  await (await freshStart(session)).goto('about:blank');
  // Written from a document of the app's origin that runs none of its scripts: its icon. Not a
  // routed stand-in for the app's page: the app's service worker answers that navigation with the
  // real app, whose start page, when it ran before this tab closed, moved the old draft itself.
  const blank = await session.context.newPage();
  await blank.goto(new URL('favicon.svg', server.appUrl).href);
  await blank.evaluate(
    ([k, v]) => {
      localStorage.setItem(k, v);
    },
    [key, value] as const,
  );
  await blank.close();
  const page = await session.openApp(path);
  acceptLeaving(page);
  return { seen, page };
}

const OLD_JUNK = {
  'damaged JSON': { key: OLD_DRAFT_KEY, value: '{"version":1,"escalationId":"e1","answers":{"pro' },
  'a draft of an even older version': {
    key: 'att-escalation-wizard:draft:v0',
    value: JSON.stringify({ answers: { problem: 'billing' }, step: 3 }),
  },
};

for (const [what, { key, value }] of Object.entries(OLD_JUNK)) {
  await test(`${what} left by the previous version: a notice and a fresh start, the key removed`, async () => {
    const { seen, page } = await withOldStorage(key, value, '#/resume');
    await page
      .getByRole('heading', { level: 2, name: 'Your saved answers could not be restored' })
      .waitFor();
    await questionHeading(page, Q.problem).waitFor();
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), null);
    await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
    await page.getByText(SAVED).waitFor();
    assert.deepEqual(seen.pageErrors(), []);
  });
}

await test('a draft saved by the previous version is moved into this one and resumes', async () => {
  const { seen, page } = await withOldStorage(OLD_DRAFT_KEY, JSON.stringify(OLD_DRAFT), '#/resume');
  await page
    .getByRole('heading', { level: 2, name: 'Your saved answers were moved to this version' })
    .waitFor();
  // Billing, worked with the Service Representative, in Texas: the bill is asked next.
  await questionHeading(page, Q.bill).waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), OLD_DRAFT_KEY), null);

  await walk(page, ANSWERS.billing.slice(3, 4));
  await questionHeading(page, Q.numbers).waitFor();
  assert.equal(await page.getByLabel(/^Which telephone numbers/).inputValue(), '214 555 0101');
  await walk(page, ANSWERS.billing.slice(4, 6));
  // The old "Service Representative's name or ticket number" has its place in this version.
  await questionHeading(page, Q.escalation).waitFor();
  assert.equal(
    await page.getByLabel(/^The AT&T Service Representative you worked with/).inputValue(),
    'J. Alvarez, ticket 88121',
  );
  await walk(page, ANSWERS.billing.slice(6));
  await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
  await toResult(page);
  const report = await reportText(page);
  assert.match(report, /J\. Alvarez, ticket 88121/);
  assert.match(report, /^State: Texas \(TX\)$/m);
  // The same escalation: the old draft's id carries on as this one's.
  assert.equal(
    await page.evaluate((k) => sessionStorage.getItem(k), CURRENT_DRAFT),
    OLD_DRAFT.escalationId,
  );
  assert.deepEqual(seen.pageErrors(), []);
});

await test('a draft saved by the previous version is listed on the start page, and continues', async () => {
  const { seen, page } = await withOldStorage(OLD_DRAFT_KEY, JSON.stringify(OLD_DRAFT), '');
  const drafts = page.getByRole('region', { name: 'Unfinished escalations on this device' });
  await drafts.getByRole('link', { name: 'Continue No PON yet' }).click();
  await questionHeading(page, Q.bill).waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), OLD_DRAFT_KEY), null);
  assert.deepEqual(seen.cspViolations(), [], 'zod set up before the move');
  assert.deepEqual(seen.pageErrors(), []);
});

await session.close();
await server.close();
