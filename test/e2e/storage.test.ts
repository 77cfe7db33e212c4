// Browser storage that fails or holds junk never costs the user the escalation (issue #6): with
// storage full or blocked the wizard works from memory and says so; a damaged, foreign or older
// saved draft is set aside with a notice and the wizard starts afresh.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRAFT_KEY } from '../../src/features/drafts/peek.ts';
import { launch, startStaticServer } from './harness.ts';
import {
  ANSWERS,
  CONTACT,
  Q,
  questionHeading,
  reportText,
  startNow,
  toResult,
  walk,
} from './journey.ts';

const MEMORY_ONLY = /Your answers cannot be saved on this device \(storage is full or turned off\)/;

// Run in the page before any app script, as init scripts.
const BROKEN_STORAGE = {
  full: () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'turned off': () => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  },
};

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
      assert.match((await page.getByRole('status').last().textContent()) ?? '', MEMORY_ONLY);

      await walk(page, steps.slice(1));
      await toResult(page);
      assert.match(await reportText(page), new RegExp(`CLEC contact: ${CONTACT.name}`));
      assert.match((await page.getByRole('status').last().textContent()) ?? '', MEMORY_ONLY);
      assert.deepEqual(session.pageErrors, []);
    } finally {
      await session.close();
    }
  });
}

// What a user's browser may hold under the draft keys: each must give the notice, not a crash.
const SAVED = {
  'damaged JSON': { key: DRAFT_KEY, value: '{"version":1,"escalationId":"e1","answers":{"proble' },
  'a draft that fails the check': {
    key: DRAFT_KEY,
    value: JSON.stringify({
      version: 1,
      escalationId: 'e1',
      answers: { problemKind: '<img src=x onerror=alert(1)>', unknownField: true },
      savedAt: '2026-11-25T10:00:00.000Z',
    }),
  },
  'a draft of an older version': {
    key: 'att-escalation-wizard:draft:v0',
    value: JSON.stringify({ answers: { problem: 'billing' }, step: 3 }),
  },
};

for (const [what, { key, value }] of Object.entries(SAVED)) {
  await test(`${what} in storage: a notice and a fresh start, the bad draft removed`, async () => {
    const session = await launch({ appUrl: server.appUrl });
    try {
      let page = await session.openApp();
      await page.evaluate(
        ([k, v]) => {
          localStorage.setItem(k, v);
        },
        [key, value] as const,
      );
      page = await session.openApp();
      // A draft that looks like one is offered to resume; the check happens when it is opened.
      const resume = page.getByRole('link', { name: 'Resume your saved escalation' });
      await ((await resume.isVisible()) ? resume.click() : startNow(page));

      await questionHeading(page, Q.problem).waitFor();
      await page
        .getByRole('heading', { level: 2, name: 'Your saved answers could not be restored' })
        .waitFor();
      assert.equal(
        await page.evaluate((k) => localStorage.getItem(k), key),
        null,
        'the bad draft was left in storage',
      );
      // The fresh start works: the next answer is taken and saved.
      await walk(page, ANSWERS.billing.slice(0, 1));
      await questionHeading(page, ANSWERS.billing[1].question).waitFor();
      assert.match(
        (await page.getByRole('status').last().textContent()) ?? '',
        /Your answers are saved on this device/,
      );
      assert.deepEqual(session.pageErrors, []);
    } finally {
      await session.close();
    }
  });
}

await server.close();
