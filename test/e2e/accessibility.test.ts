// Accessibility in a real browser (issue #5): axe on every kind of page, as found and in its
// error state, and a whole journey with the keyboard alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, launch, readClipboard, startStaticServer } from './harness.ts';
import {
  ANSWERS,
  CONTACT,
  freshStart,
  journey,
  pressContinue,
  Q,
  questionHeading,
  reportText,
  startNow,
  toResult,
  walk,
  type Step,
} from './journey.ts';

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });

/** Optional fields have no "empty" error: these inputs are wrong the way users get them wrong. */
const WRONG_INPUT: Partial<Record<string, string>> = {
  [Q.order]: 'PON 77',
  [Q.telephoneNumbers]: '312 55',
  [Q.serviceOrders]: '12345678',
};

/** The step as found, then with its error shown: Continue pressed empty, or with wrong input. */
async function auditStep(page: Page, { question }: Step): Promise<void> {
  await expectNoAxeViolations(page);
  const wrong = WRONG_INPUT[question];
  if (wrong !== undefined) await page.getByLabel(question).fill(wrong);
  await pressContinue(page);
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await expectNoAxeViolations(page);
}

await test('axe: every step of the premature-disconnect path and its error, check answers, the result', async () => {
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, ANSWERS.lnpPrematureDisconnect, auditStep);
  await page
    .getByRole('heading', { level: 1, name: 'Check your answers before you escalate' })
    .waitFor();
  await expectNoAxeViolations(page);
  await toResult(page);
  await expectNoAxeViolations(page);
});

await test('axe: the facility and completion questions, and a state flagged as historical', async () => {
  const audited: string[] = [];
  const onlyThese =
    (...questions: string[]) =>
    async (page: Page, step: Step) => {
      if (!questions.includes(step.question)) return;
      audited.push(step.question);
      await auditStep(page, step);
      if (step.question !== Q.state) return;
      await page.getByLabel(Q.state).selectOption('CT');
      await page.getByText(/sold SNET \(Connecticut\) to Frontier/).waitFor();
      await expectNoAxeViolations(page);
    };
  let page = await freshStart(session);
  await startNow(page);
  await walk(page, ANSWERS.loopFacility, onlyThese(Q.facility, Q.state));
  page = await freshStart(session);
  await startNow(page);
  await walk(page, ANSWERS.maintenance, onlyThese(Q.completion));
  assert.deepEqual(audited, [Q.facility, Q.state, Q.completion]);
});

await test('axe: a redirect, the start page with a saved draft, and the start-again question', async () => {
  const page = await journey(session, 'isolateFirst');
  await page.getByRole('heading', { level: 1, name: 'Isolate the trouble first' }).waitFor();
  await expectNoAxeViolations(page);
  // A returning user: a new page load with the draft saved.
  await page.goto('about:blank');
  await session.openApp();
  await page.getByRole('link', { name: 'Resume your saved escalation' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Start again' }).click();
  await page.getByRole('heading', { name: 'Delete your answers and start again?' }).waitFor();
  await expectNoAxeViolations(page);
});

await test('axe: a ticket’s detail and My escalations', async () => {
  const page = await journey(session, 'mcpsc');
  await toResult(page);
  await page.getByRole('button', { name: 'Submit as a ticket' }).click();
  const sent = await page.getByText(/^Sent\. Your ticket reference is /).innerText();
  const reference = /is (\S+)\.$/.exec(sent)?.[1];
  assert.ok(reference, `no reference in "${sent}"`);
  await page.getByRole('link', { name: `Open ${reference} in My escalations` }).click();
  await page.getByRole('heading', { level: 1, name: `Escalation ${reference}` }).waitFor();
  await page.getByRole('heading', { name: 'Report' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'My escalations', exact: true }).click();
  await page.getByRole('link', { name: reference }).waitFor();
  await expectNoAxeViolations(page);
});

/** The label (or text) of the focused element: what a screen reader would announce first. */
const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return '';
    const label = element.id
      ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)
      : null;
    return (label ?? element).textContent.trim();
  });

/** Presses Tab (or Shift+Tab) until the element named `name` has the focus. */
async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press(key);
    const focused = await focusedName(page);
    if (focused === name) return;
    seen.push(focused);
  }
  throw new Error(`${key} never reached "${name}"; it went through: ${seen.join(' | ')}`);
}

async function continueWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');
}

await test('a whole journey with the keyboard alone, to the result and its copy', async () => {
  await session.grantClipboard();
  const page = await freshStart(session);
  const keys = page.keyboard;
  await tabTo(page, 'Start now');
  await keys.press('Enter');

  await questionHeading(page, Q.problem).waitFor();
  await tabTo(page, 'A billing issue');
  await keys.press('ArrowDown');
  await keys.press('ArrowUp');
  assert.ok(await page.getByLabel('A billing issue').isChecked(), 'arrows select a radio');
  await continueWithKeyboard(page);

  await questionHeading(page, Q.serviceRep).waitFor();
  await tabTo(page, 'Yes');
  await keys.press('Space');
  await tabTo(page, 'The Service Representative’s name or the ticket number');
  await keys.type('Ticket 4471');
  await continueWithKeyboard(page);

  await questionHeading(page, Q.state).waitFor();
  await tabTo(page, Q.state);
  await keys.type('Texas');
  assert.equal(await page.getByLabel(Q.state).inputValue(), 'TX');
  await continueWithKeyboard(page);

  await questionHeading(page, Q.telephoneNumbers).waitFor();
  await tabTo(page, 'Continue');
  await tabTo(page, `${Q.telephoneNumbers} (optional)`, 'Shift+Tab');
  await keys.type('214 555 0101');
  await continueWithKeyboard(page);

  await questionHeading(page, Q.describe).waitFor();
  await tabTo(page, Q.describe);
  await keys.type('Billed twice for the same port');
  await continueWithKeyboard(page);

  await questionHeading(page, Q.contact).waitFor();
  await tabTo(page, 'Your name');
  await keys.type(CONTACT.name);
  await tabTo(page, 'Company (the CLEC)');
  await keys.type(CONTACT.company);
  await tabTo(page, 'Call-back telephone number');
  await keys.type(CONTACT.phone);
  await continueWithKeyboard(page);

  await page
    .getByRole('heading', { level: 1, name: 'Check your answers before you escalate' })
    .waitFor();
  await continueWithKeyboard(page);

  await page.getByRole('heading', { level: 1, name: 'Escalate to Billing' }).waitFor();
  await tabTo(page, 'Copy the report');
  await keys.press('Enter');
  await page.getByText('Copied. Paste the report into your e-mail or ticket.').waitFor();
  const report = await reportText(page);
  assert.match(report, /Trouble in detail: Billed twice for the same port/);
  assert.equal(await readClipboard(page), report);
});

await session.close();
await server.close();
