// Accessibility in a real browser (issue #5): axe on every kind of page, as found and in its
// error state, and a whole journey with the keyboard alone.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { TN_BOX } from '../journeys/answers.ts';
import {
  DIST,
  expectNoAxeViolations,
  launch,
  readClipboard,
  startStaticServer,
} from './harness.ts';
import {
  ANSWERS,
  CHECK_ANSWERS,
  CONTACT,
  TELEPHONE_NUMBERS,
  choose,
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
  escalationsTable,
} from './journey.ts';

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });

/** What a user gets wrong on a question: a choice, then text in fields known by their labels. */
interface WrongInput {
  readonly choose?: string;
  readonly type: readonly (readonly [RegExp, string])[];
}

/**
 * Besides Continue pressed with nothing, these inputs are wrong the way users get them wrong, so
 * each kind of message (format, date, a pasted list's line, a missing circuit ID) is audited.
 */
const WRONG_INPUT: Partial<Record<string, WrongInput>> = {
  [Q.order]: { type: [[/^PON/, 'PON 77']] },
  [Q.foc]: { choose: 'Yes', type: [[/^FOC date/, '13/45/2026']] },
  [Q.numbersOnFoc]: { type: [[TN_BOX, '312 555 0101\n312 55']] },
  [Q.ds1]: { choose: 'Yes', type: [] },
  [Q.bill]: {
    type: [
      [/^Bill date/, '31/31/2026'],
      [/^Amount in dispute/, 'a lot'],
    ],
  },
};

/** The step as found, then with its error shown: Continue pressed empty, or with wrong input. */
async function auditStep(page: Page, { question }: Step): Promise<void> {
  await expectNoAxeViolations(page);
  const wrong = WRONG_INPUT[question];
  if (wrong?.choose) await choose(wrong.choose)(page);
  for (const [label, text] of wrong?.type ?? []) await page.getByLabel(label).fill(text);
  await pressContinue(page);
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await expectNoAxeViolations(page);
  // Leave the page as found, for the step's own answers.
  for (const [label] of wrong?.type ?? []) await page.getByLabel(label).fill('');
}

await test('axe: every step of the premature-disconnect path and its error, check answers, the result', async () => {
  const audited: string[] = [];
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, ANSWERS.lnpPrematureDisconnect, async (p, step) => {
    audited.push(step.question);
    await auditStep(p, step);
    if (step.question !== Q.numbersOnFoc) return;
    // The list box with its line numbers and the live count of what was understood.
    await p.getByLabel(TN_BOX).fill(TELEPHONE_NUMBERS);
    await p.getByText('3 numbers understood').waitFor();
    await expectNoAxeViolations(p);
  });
  assert.ok(audited.includes(Q.escalation), 'the "What else should AT&T know?" step');
  assert.ok(audited.includes(Q.numbersOnFoc), 'the numbers step');
  await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
  await expectNoAxeViolations(page);
  await toResult(page);
  await page.getByText(/^Call .+: \d{3}-\d{3}-\d{4}$/).waitFor();
  await expectNoAxeViolations(page);
});

await test('axe: the facility, completion, bill and symptom questions, and a state flagged as historical', async () => {
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
  await walk(page, ANSWERS.maintenance, onlyThese(Q.completion, Q.serviceAffected));
  page = await freshStart(session);
  await startNow(page);
  await walk(page, ANSWERS.billing, onlyThese(Q.bill, Q.describe));
  assert.deepEqual(audited, [
    Q.facility,
    Q.state,
    Q.completion,
    Q.serviceAffected,
    Q.bill,
    Q.describe,
  ]);
});

await test('axe: a redirect, the start page listing saved drafts, and the delete confirmation', async () => {
  const page = await journey(session, 'isolateFirst');
  await page.getByRole('heading', { level: 1, name: 'Isolate the trouble first' }).waitFor();
  await expectNoAxeViolations(page);
  // A second unfinished escalation, with a PON.
  await page.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
  await startNow(page);
  await walk(page, ANSWERS.ordering.slice(0, 4));
  await questionHeading(page, Q.facility).waitFor();
  // A returning user: a new page load with the drafts saved.
  await page.goto('about:blank');
  await session.openApp();
  const drafts = page.getByRole('region', { name: 'Unfinished escalations on this device' });
  await drafts.getByRole('link', { name: 'Continue PON PRT-20261125' }).waitFor();
  assert.equal(await drafts.getByRole('listitem').count(), 2);
  await expectNoAxeViolations(page);
  await drafts.getByRole('button', { name: 'Delete PON PRT-20261125' }).click();
  await page.getByRole('group', { name: 'Delete PON PRT-20261125?' }).waitFor();
  await expectNoAxeViolations(page);
});

await test('axe: a ticket’s detail and My escalations', async () => {
  const page = await journey(session, 'mcpsc');
  await toResult(page);
  await page.getByRole('button', { name: 'Submit as a ticket' }).click();
  const filed = page.getByRole('region', { name: 'Escalation filed' });
  const said = await filed.getByText(/^Your ticket reference is /).innerText();
  const reference = /reference is (\S+)\. /.exec(said)?.[1];
  assert.ok(reference, `no reference in "${said}"`);
  await expectNoAxeViolations(page);
  await filed.getByRole('link', { name: `Open ${reference} in My escalations` }).click();
  await page.getByRole('heading', { level: 1, name: `Escalation ${reference}` }).waitFor();
  await page.getByRole('heading', { name: 'Report' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'My escalations', exact: true }).click();
  await escalationsTable(page).getByRole('link', { name: reference }).waitFor();
  await expectNoAxeViolations(page);
});

const FOC_TEXT = 'PON: PRT-1\nVER: 01\nDD: 11/24/2026\nORD: N12345678\nTN: 214-555-0101';

await test('axe: the FOC paste page, its error and its review panel', async () => {
  const page = await freshStart(session);
  await page.getByRole('link', { name: 'paste the FOC first' }).click();
  await page.getByRole('heading', { level: 1, name: 'Paste the FOC' }).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Read the FOC' }).click();
  // The error shows twice, GOV.UK style: in the summary (a link to the box) and above the box.
  await page.getByRole('alert').getByText('Paste the text of the FOC into the box first').waitFor();
  await expectNoAxeViolations(page);

  await page.getByLabel('The FOC’s text').fill(FOC_TEXT);
  await page.getByRole('button', { name: 'Read the FOC' }).click();
  const review = page.getByRole('region', { name: 'What the FOC says' });
  await review.getByText('PRT-1', { exact: true }).waitFor();
  await expectNoAxeViolations(page);

  await review.getByRole('button', { name: 'Use these' }).click();
  await questionHeading(page, Q.problem).waitFor();
  await expectNoAxeViolations(page);
});

const BAD_CSV = [
  'function,region,product_type,name,phone,extension,hours,email,notes,level1_name,level1_phone',
  'maintenance,midwest,all,Good center,312-555-0111',
  'maintenance,midwest,loop,Short number,312-555-011',
  'billing,northwest,all,Unknown region,404-555-0100',
].join('\n');

await test('axe: Center contacts, a center’s edit form and its error, an import with problems', async () => {
  const page = await freshStart(session);
  await page.getByRole('link', { name: 'Center contacts' }).click();
  await page.getByRole('heading', { level: 1, name: 'Center contacts' }).waitFor();
  await page.getByRole('table').waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Edit Midwest Maintenance (LOC): Loop' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit a center' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel('Phone', { exact: true }).fill('312-555-01');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('table').waitFor();
  // The whole list was audited above: a search keeps the next audit short.
  await page.getByLabel('Search the centers').fill('Midwest maintenance');
  await page.getByText(/^Showing 4 of \d+ centers$/).waitFor();
  await page.getByLabel('Choose a CSV or JSON file').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(BAD_CSV),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('heading', { name: 'bad.csv has 2 problems' }).waitFor();
  await page.getByRole('button', { name: 'Import only the 1 valid row' }).waitFor();
  await expectNoAxeViolations(page);
});

await test('axe: the notice that a new version is available', async () => {
  // A copy of the build whose service worker then changes, as a deployment changes it.
  const root = await mkdtemp(join(tmpdir(), 'e2e-update-'));
  await cp(DIST, root, { recursive: true });
  const host = await startStaticServer(root);
  const visitor = await launch({ appUrl: host.appUrl });
  try {
    const page = await visitor.openApp();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    const worker = join(root, 'sw.js');
    await writeFile(worker, `${await readFile(worker, 'utf8')}\n// the next version\n`);
    await page.reload();
    await page.getByText('A new version of this tool is available').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Reload' }).waitFor();
    await expectNoAxeViolations(page);
  } finally {
    await visitor.close();
    await host.close();
    await rm(root, { recursive: true, force: true });
  }
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
  await continueWithKeyboard(page);

  await questionHeading(page, Q.state).waitFor();
  await tabTo(page, Q.state);
  await keys.type('Texas');
  assert.equal(await page.getByLabel(Q.state).inputValue(), 'TX');
  await continueWithKeyboard(page);

  await questionHeading(page, Q.bill).waitFor();
  await tabTo(page, 'Billing account number (BAN) (optional)');
  await keys.type('214 555-0100 123');
  await continueWithKeyboard(page);

  await questionHeading(page, Q.numbers).waitFor();
  await tabTo(page, 'Continue');
  await tabTo(page, `${Q.numbers} (optional)`, 'Shift+Tab');
  await keys.type('214 555 0101');
  await continueWithKeyboard(page);

  await questionHeading(page, Q.describe).waitFor();
  await tabTo(page, Q.describe);
  await keys.type('Billed twice for the same port');
  await continueWithKeyboard(page);

  await questionHeading(page, Q.escalation).waitFor();
  await tabTo(page, 'AT&T ticket numbers already open (optional)');
  await keys.type('TT-4471');
  await continueWithKeyboard(page);

  await questionHeading(page, Q.contact).waitFor();
  await tabTo(page, 'Your name');
  await keys.type(CONTACT.name);
  await tabTo(page, 'Company (the CLEC)');
  await keys.type(CONTACT.company);
  await tabTo(page, 'Call-back telephone number');
  await keys.type(CONTACT.phone);
  await continueWithKeyboard(page);

  await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
  await continueWithKeyboard(page);

  await page.getByRole('heading', { level: 1, name: 'Escalate to Billing' }).waitFor();
  // The user reads whom to call (looked up once the page shows), then copies.
  await page.getByText(/^Call .+: \d{3}-\d{3}-\d{4}$/).waitFor();
  await tabTo(page, 'Copy the report');
  await keys.press('Enter');
  await page.getByText('Copied. Paste the report into your e-mail or ticket.').waitFor();
  const report = await reportText(page);
  assert.match(report, /^Details: Billed twice for the same port$/m);
  assert.match(report, /TT-4471/);
  assert.equal(await readClipboard(page), report);
});

await session.close();
await server.close();
