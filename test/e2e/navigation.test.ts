// Moving around the wizard with the browser itself (issue #5): Back and Forward, a reload in the
// middle of a journey, a bookmarked step the answers do not reach yet, a fresh tab opening the
// newest unfinished draft, and "Start now" starting a fresh draft without losing the others.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PROBLEM_KIND_LABELS } from '../../src/domain/labels.ts';
import { launch, startStaticServer } from './harness.ts';
import {
  acceptLeaving,
  answer,
  choose,
  fill,
  freshStart,
  Q,
  questionHeading,
  select,
  startNow,
  TELEPHONE_NUMBERS,
} from './journey.ts';

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });

const BAN = 'Billing account number (BAN)';
const BAN_VALUE = '214 555-0100 123';
const TN_BOX = 'Which telephone numbers are affected? (optional)';

const hash = (page: Page) => new URL(page.url()).hash;

// The in-app Back link: read as "Back" alone (the chevron CSS draws has empty alternative text).
const backLink = (page: Page) => page.getByRole('link', { name: 'Back', exact: true });

/** Billing, worked with the Service Representative, in Texas, with a BAN: the numbers are next. */
async function toNumbersQuestion(): Promise<Page> {
  const page = await freshStart(session);
  await startNow(page);
  await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
  await answer(page, Q.serviceRep, choose('Yes'));
  await answer(page, Q.state, select(Q.state, 'TX'));
  await answer(page, Q.bill, fill(/^Billing account number/, BAN_VALUE));
  await questionHeading(page, Q.numbers).waitFor();
  return page;
}

async function expectOn(page: Page, question: string, step: string): Promise<void> {
  await questionHeading(page, question).waitFor();
  assert.equal(hash(page), `#/step/${step}`);
}

await test('Back and Forward move between steps with the answers intact', async () => {
  const page = await toNumbersQuestion();
  await page.goBack();
  await expectOn(page, Q.bill, 'bill');
  assert.equal(await page.getByLabel(BAN).inputValue(), BAN_VALUE);
  await page.goBack();
  await expectOn(page, Q.state, 'state');
  assert.equal(await page.getByLabel(Q.state).inputValue(), 'TX');
  await page.goBack();
  await expectOn(page, Q.serviceRep, 'serviceRep');
  assert.ok(await page.getByLabel('Yes', { exact: true }).isChecked());
  await page.goBack();
  await expectOn(page, Q.problem, 'problem');
  assert.ok(await page.getByLabel(PROBLEM_KIND_LABELS.billing, { exact: true }).isChecked());

  await page.goForward();
  await expectOn(page, Q.serviceRep, 'serviceRep');
  assert.ok(await page.getByLabel('Yes', { exact: true }).isChecked());
  await page.goForward();
  await page.goForward();
  await expectOn(page, Q.bill, 'bill');
  assert.equal(await page.getByLabel(BAN).inputValue(), BAN_VALUE);
  await page.goForward();
  await expectOn(page, Q.numbers, 'numbers');
});

await test('a reload mid-journey resumes on the same step, half-typed text and answers intact', async () => {
  const page = await toNumbersQuestion();
  // Typed, never submitted: the draft keeps it as it is typed.
  await page.getByLabel(TN_BOX).fill(TELEPHONE_NUMBERS);
  await page.getByText('3 numbers understood').waitFor();
  await page.reload();
  await expectOn(page, Q.numbers, 'numbers');
  assert.equal(await page.getByLabel(TN_BOX).inputValue(), TELEPHONE_NUMBERS);
  await page.getByText('3 numbers understood').waitFor();
  await page.goBack();
  await expectOn(page, Q.bill, 'bill');
  assert.equal(await page.getByLabel(BAN).inputValue(), BAN_VALUE);
});

await test('a link to a step the answers do not reach yet lands on the furthest reachable one', async () => {
  const page = await freshStart(session);
  await startNow(page);
  await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
  await questionHeading(page, Q.serviceRep).waitFor();
  // As a bookmark opens it: a new page load, not a move within the app.
  await page.goto('about:blank');
  await session.openApp('#/step/contact');
  await expectOn(page, Q.serviceRep, 'serviceRep');
  // The check and result pages give way too.
  await page.goto('about:blank');
  await session.openApp('#/result');
  await expectOn(page, Q.serviceRep, 'serviceRep');
});

await test('a fresh tab opening a deep link continues the newest unfinished escalation', async () => {
  const page = await freshStart(session);
  await startNow(page);
  await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
  await questionHeading(page, Q.serviceRep).waitFor();
  // A second escalation in the same tab, saved later: the newest.
  await page.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
  await startNow(page);
  await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.lnp));
  await questionHeading(page, Q.lnpTrouble).waitFor();

  const tab = await session.context.newPage();
  try {
    acceptLeaving(tab);
    await tab.goto(new URL('#/step/contact', server.appUrl).href);
    await expectOn(tab, Q.lnpTrouble, 'lnpTrouble');
    await backLink(tab).click();
    await expectOn(tab, Q.problem, 'problem');
    assert.ok(await tab.getByLabel(PROBLEM_KIND_LABELS.lnp, { exact: true }).isChecked());
  } finally {
    await tab.close();
  }
});

await test('"Start now" starts a fresh escalation and keeps the unfinished one to continue', async () => {
  const page = await toNumbersQuestion();
  await page.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Escalate a problem to AT&T Wholesale' })
    .waitFor();
  const drafts = page.getByRole('region', { name: 'Unfinished escalations on this device' });
  await drafts.getByText(PROBLEM_KIND_LABELS.billing, { exact: false }).waitFor();

  await startNow(page);
  // #/new is an action: it is replaced by the first question of a draft with no answers.
  await expectOn(page, Q.problem, 'problem');
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
  // Back goes to the start page, not to #/new again (which would start yet another draft).
  await page.goBack();
  await page.getByRole('link', { name: 'Start now' }).waitFor();
  assert.equal(hash(page), '#/');
  const listed = drafts.getByRole('listitem');
  assert.equal(await listed.count(), 1, 'a draft with no answers is not listed');

  await listed.getByRole('link', { name: /^Continue/ }).click();
  await expectOn(page, Q.numbers, 'numbers');
  await backLink(page).click();
  await expectOn(page, Q.bill, 'bill');
  assert.equal(await page.getByLabel(BAN).inputValue(), BAN_VALUE);
});

await session.close();
await server.close();
