// Two tabs typing into one escalation at once, and work that is only pasted or typed (issue 20,
// items 1 and 11), replayed through the real UI. Two pages of one browser context share
// IndexedDB and BroadcastChannel as two tabs of one browser do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PROBLEM_KIND_LABELS } from '../../src/domain/labels.ts';
import { expectNoAxeViolations, launch, startStaticServer } from './harness.ts';
import {
  acceptLeaving,
  ANSWERS,
  answer,
  choose,
  fill,
  freshStart,
  holdBackAutosave,
  pressContinue,
  Q,
  questionHeading,
  select,
  startNow,
  walk,
} from './journey.ts';

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });

/** The drafts the device holds, read as another tab would. */
function deviceDrafts(page: Page): Promise<{ focText?: string; pending: object }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('att-escalation-wizard-drafts');
        open.onsuccess = () => {
          const read = open.result.transaction('drafts').objectStore('drafts').getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result as { focText?: string; pending: object }[]);
          };
          read.onerror = () => {
            reject(read.error ?? new Error('IndexedDB read failed'));
          };
        };
      }),
  );
}

/** Waits until `check` holds: what another tab does takes a moment. */
async function eventually(what: string, check: () => Promise<boolean>) {
  const end = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** A second tab at `hash` whose typing stays unsaved until a Continue commits it. */
async function typingTab(hash: string): Promise<Page> {
  const page = await session.context.newPage();
  acceptLeaving(page);
  await holdBackAutosave(page);
  await page.goto(new URL(hash, server.appUrl).href);
  return page;
}

async function closeOtherTabs(): Promise<void> {
  for (const page of session.context.pages().slice(1)) await page.close();
}

const conflictAlert = (page: Page) =>
  page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: 'This escalation was changed in another tab' }),
  });

await test('two tabs typing on different pages: both answers kept, no question asked', async () => {
  // Item 1: B got a conflict notice, and keeping B's answers emptied A's description.
  const errors = session.pageErrors.length;
  const a = await freshStart(session);
  await startNow(a);
  await walk(a, ANSWERS.provisioning.slice(0, 8));
  await questionHeading(a, Q.describe).waitFor();
  try {
    const b = await typingTab('#/step/order');
    await questionHeading(b, Q.order).waitFor();
    const pon = (page: Page) => page.getByLabel(/^PON/);
    await b.bringToFront();
    await pon(b).fill('PON-FROM-B');

    await a.bringToFront();
    await a.getByLabel(Q.describe).fill('Typed in tab A');
    await eventually('A’s typing is saved', async () =>
      (await deviceDrafts(a)).some((d) => JSON.stringify(d.pending).includes('Typed in tab A')),
    );

    // B goes on: its PON is kept, A's description is kept, and nobody is asked anything.
    await b.bringToFront();
    await pressContinue(b);
    await questionHeading(b, Q.foc).waitFor();
    await eventually('the device holds both tabs’ answers', async () => {
      const [draft] = await deviceDrafts(b);
      const text = JSON.stringify(draft);
      return text.includes('PON-FROM-B') && text.includes('Typed in tab A');
    });
    assert.equal(await conflictAlert(b).count(), 0);
    assert.equal(await conflictAlert(a).count(), 0);

    // A, which had nothing unsaved, shows both.
    await a.bringToFront();
    assert.equal(await a.getByLabel(Q.describe).inputValue(), 'Typed in tab A');
    await a.goto(new URL('#/step/order', server.appUrl).href);
    await questionHeading(a, Q.order).waitFor();
    assert.equal(await pon(a).inputValue(), 'PON-FROM-B');
    assert.deepEqual(session.pageErrors.slice(errors), []);
  } finally {
    await closeOtherTabs();
  }
});

await test('the same question answered differently in two tabs: both shown, picked one by one', async () => {
  const errors = session.pageErrors.length;
  const a = await freshStart(session);
  await startNow(a);
  await answer(a, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
  await answer(a, Q.serviceRep, choose('Yes'));
  await answer(a, Q.state, select(Q.state, 'TX'));
  await questionHeading(a, Q.bill).waitFor();
  try {
    const b = await typingTab('#/step/bill');
    await questionHeading(b, Q.bill).waitFor();
    const ban = (page: Page) => page.getByLabel('Billing account number (BAN)');
    const claim = (page: Page) => page.getByLabel(/^Claim or dispute number/);
    await b.bringToFront();
    await ban(b).fill('B-111');
    await claim(b).fill('B-CLAIM');

    await a.bringToFront();
    await answer(
      a,
      Q.bill,
      fill('Billing account number (BAN)', 'A-222'),
      fill(/^Claim or dispute number/, 'A-CLAIM'),
    );

    const alert = conflictAlert(b);
    await alert.waitFor();
    // Both values of each question are shown; nothing is chosen for the user.
    await b.bringToFront();
    const banChoice = alert.getByRole('group', { name: 'Billing account number (BAN)' });
    const claimChoice = alert.getByRole('group', { name: 'Claim or dispute number' });
    assert.equal(await banChoice.getByRole('radio', { checked: true }).count(), 0);
    await expectNoAxeViolations(b);
    // Keeping the answers chosen before every question has a choice says what is missing.
    await alert.getByRole('button', { name: 'Keep the answers chosen' }).click();
    await alert.getByText('Choose which answer to keep for each question').waitFor();
    await banChoice.getByRole('radio', { name: 'Other tab: A-222' }).check();
    await claimChoice.getByRole('radio', { name: 'This tab: B-CLAIM' }).check();
    await alert.getByRole('button', { name: 'Keep the answers chosen' }).click();
    await alert.waitFor({ state: 'detached' });
    assert.equal(await ban(b).inputValue(), 'A-222');
    assert.equal(await claim(b).inputValue(), 'B-CLAIM');

    // A takes B's choice over: the BAN it gave, the claim number B kept.
    await a.bringToFront();
    await a.getByRole('link', { name: 'Back' }).click();
    await questionHeading(a, Q.bill).waitFor();
    await eventually('A shows the answers chosen in B', async () => {
      return (await claim(a).inputValue()) === 'B-CLAIM' && (await ban(a).inputValue()) === 'A-222';
    });
    assert.deepEqual(session.pageErrors.slice(errors), []);
  } finally {
    await closeOtherTabs();
  }
});

await test('an FOC pasted with no answer yet is listed, found by a new tab, and asked about before leaving', async () => {
  // Item 11: it survived a reload of its tab, but a new tab neither listed nor found it.
  const page = await freshStart(session);
  await page.getByRole('link', { name: 'paste the FOC first' }).click();
  await page.getByRole('heading', { level: 1, name: 'Paste the FOC' }).waitFor();
  const FOC = 'PON: PASTED-ONLY\nDD: 12/01/2026';
  await page.getByLabel('The FOC’s text').fill(FOC);
  await eventually('the pasted FOC is saved', async () =>
    (await deviceDrafts(page)).some((d) => d.focText === FOC),
  );

  try {
    // A new tab's start page lists it, and its Continue opens the FOC as pasted.
    const other = await session.context.newPage();
    acceptLeaving(other);
    await other.goto(server.appUrl);
    const list = other.getByRole('region', { name: 'Unfinished escalations on this device' });
    await list.getByRole('listitem').first().waitFor();
    assert.equal(await list.getByRole('listitem').count(), 1);
    // Named for what it holds, not as an escalation with no PON.
    await list.getByRole('strong').filter({ hasText: 'An FOC pasted, not read yet' }).waitFor();
    await list.getByRole('link', { name: /^Continue/ }).click();
    await other.getByRole('heading', { level: 1, name: 'Paste the FOC' }).waitFor();
    assert.equal(await other.getByLabel('The FOC’s text').inputValue(), FOC);

    // Leaving the tab that pasted it asks first.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      if (dialog.type() === 'beforeunload') asked.push(page.url());
    });
    await page.bringToFront();
    await page.getByRole('heading', { level: 1, name: 'Paste the FOC' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Paste the FOC' }).waitFor();
    assert.equal(asked.length, 1, 'leaving a pasted FOC asks first');
    assert.equal(await page.getByLabel('The FOC’s text').inputValue(), FOC);
  } finally {
    await closeOtherTabs();
  }
});

await session.close();
await server.close();
