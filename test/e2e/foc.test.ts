// "Paste the FOC" (issue #12): the user pastes AT&T's Firm Order Confirmation, checks what the
// wizard read from it field by field, and the wizard asks only what the FOC does not say.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  ISOLATION_LABELS,
  LNP_TROUBLE_LABELS,
  PROBLEM_KIND_LABELS,
  REQTYP_LABELS,
  SYMPTOM_LABELS,
} from '../../src/domain/labels.ts';
import { fieldSpec } from '../../src/domain/questions.ts';
import {
  expectNoAxeViolations,
  launch,
  paste,
  readClipboard,
  startStaticServer,
} from './harness.ts';
import {
  CHECK_ANSWERS,
  CONTACT,
  Q,
  answer,
  choose,
  fill,
  freshStart,
  pressContinue,
  questionHeading,
  reportText,
  select,
  startNow,
  toResult,
  walk,
  orderPrefix,
} from './journey.ts';

// An FOC as AT&T's Local Service Center e-mails it, reply chain and signature included. The
// numbers are fictional (555-01XX).
const FOC_EMAIL = [
  'From: AT&T Wholesale Local Service Center <lsc@example.com>',
  'Subject: Firm Order Confirmation',
  '',
  'Hello,',
  '',
  'Your LSR PON PRT-77 VER 02 was confirmed on 11/20/2026. Due date 11/24/2026.',
  'Service orders N12345678, C23456789. TN 214-555-0101 thru 0112. CCNA PRT',
  '',
  'Please reply to this e-mail with any questions.',
  '',
  'AT&T Wholesale Local Service Center',
].join('\n');

/** The review panel's fields, in order, as each checkbox is named (value and line). */
const REVIEW = [
  'FOC received: Yes',
  'PON: PRT-77 (line 6)',
  'Version (VER): 02 (line 6)',
  'FOC date (D/TSENT): 11/20/2026 (line 6)',
  'Due date (DD): 11/24/2026 (line 6)',
  'AT&T service order numbers (ORD): N12345678, C23456789 (2 orders) (line 7)',
  'Telephone numbers (TN): 214-555-0101 to 0112 (12 numbers) (line 7)',
  // The contact page's own name for the company code.
  `${fieldSpec('contact', 'companyCode').checkLabel}: PRT (line 7)`,
];

/**
 * From the check page to the result page, once it shows the center's number: the report then
 * holds the center's contact lines too (the contact list is read after the page shows).
 */
async function toResultPage(page: Page): Promise<void> {
  await toResult(page);
  await page.getByText('Looking up the center’s number…').waitFor({ state: 'detached' });
}

const NUMBERS_12 = Array.from(
  { length: 12 },
  (_, i) => `214-555-${String(101 + i).padStart(4, '0')}`,
);

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });
session.context.setDefaultTimeout(10_000);
await session.grantClipboard();

/** The back link (its accessible name may carry the arrow drawn before it). */
const BACK = 'Back';
const focBox = (page: Page) => page.getByLabel('The FOC’s text');
const review = (page: Page) => page.getByRole('region', { name: 'What the FOC says' });

/** The start page's "paste the FOC first" link, to the FOC page. */
async function openFocPage(): Promise<Page> {
  const page = await freshStart(session);
  await page.getByRole('link', { name: 'paste the FOC first' }).click();
  await page.getByRole('heading', { level: 1, name: 'Paste the FOC' }).waitFor();
  return page;
}

async function readTheFoc(page: Page, text: string, where: Page | Locator = page): Promise<void> {
  await paste(focBox(page), text);
  await where.getByRole('button', { name: 'Read the FOC' }).click();
}

/** A row of the check-answers page, by its key. */
const checkRow = (page: Page, key: string) =>
  page.locator('dl > div').filter({ has: page.getByRole('term').getByText(key, { exact: true }) });

/** The field whose label starts with `label` and ends with the "From the FOC" tag. */
const fromTheFoc = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* From the FOC$`));

/** Each checkbox of the review panel: its name and whether it starts ticked. */
async function reviewed(page: Page): Promise<{ name: string; checked: boolean }[]> {
  const boxes = review(page).getByRole('checkbox');
  const found: { name: string; checked: boolean }[] = [];
  for (const box of await boxes.all()) {
    const id = await box.getAttribute('id');
    const name = (
      await review(page)
        .locator(`label[for="${id ?? ''}"]`)
        .innerText()
    ).trim();
    found.push({ name, checked: await box.isChecked() });
  }
  return found;
}

await test('an e-mailed FOC fills the order’s answers; the wizard asks only what it does not say', async () => {
  const page = await openFocPage();
  await readTheFoc(page, FOC_EMAIL);
  await review(page).waitFor();
  const fields = await reviewed(page);
  assert.deepEqual(
    fields.map((f) => f.name),
    REVIEW,
  );
  // A value left unticked says why: the reader was not sure (a sentence, not "PON:"), and
  // shows the line of the FOC to check.
  for (const [index, field] of fields.entries()) {
    if (field.checked) continue;
    const item = review(page).getByRole('listitem').nth(index);
    assert.match(
      await item.innerText(),
      /The reader was not sure: check line \d+ of the FOC, “(Your LSR PON|Service orders)/,
    );
  }
  await expectNoAxeViolations(page);
  // The user checks them against the FOC and keeps them all.
  for (const box of await review(page).getByRole('checkbox').all()) await box.check();
  await review(page).getByRole('button', { name: 'Use these' }).click();

  // The FOC does not say what the problem is: the first question still open.
  await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.lnp));
  await answer(page, Q.lnpTrouble, choose(LNP_TROUBLE_LABELS.prematureDisconnect));
  await answer(page, Q.isolation, choose(ISOLATION_LABELS.attNetwork), choose('Yes'));

  // The order page is asked (the FOC has no REQTYP), its PON and VER filled from the FOC.
  await questionHeading(page, Q.order).waitFor();
  assert.equal(await page.getByLabel('PON (optional) From the FOC').inputValue(), 'PRT-77');
  assert.equal(await page.getByLabel('Version (VER) (optional) From the FOC').inputValue(), '02');
  await answer(page, Q.order, choose(REQTYP_LABELS.BB));
  await questionHeading(page, Q.state).waitFor();
  const counter = () => page.getByText(/^Question \d+( of \d+)?$/).innerText();
  const [, asked] = /^Question (\d+)$/.exec(await counter()) ?? [];
  await answer(page, Q.state, select(Q.state, 'TX'));

  // The FOC question and the numbers page are skipped: the FOC answered both.
  await questionHeading(page, Q.checklist).waitFor();
  // The counter goes on by one: the pages passed over count neither as asked nor to come.
  const [, now] = /^Question (\d+) of \d+$/.exec(await counter()) ?? [];
  assert.equal(Number(now), Number(asked) + 1);
  // Back shows them, filled in from the FOC and marked so.
  await page.getByRole('link', { name: BACK, exact: true }).click();
  await questionHeading(page, Q.numbersOnFoc).waitFor();
  assert.equal(
    await fromTheFoc(page, 'Telephone numbers on the FOC').inputValue(),
    '214-555-0101-0112',
  );
  await page.getByText('12 numbers understood').waitFor();
  assert.equal(
    await fromTheFoc(page, 'AT&T service order numbers on the FOC').inputValue(),
    'N12345678\nC23456789',
  );
  await page.getByRole('link', { name: BACK, exact: true }).click();
  await questionHeading(page, Q.foc).waitFor();
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /From the FOC$/);
  assert.ok(await page.getByLabel('Yes', { exact: true }).isChecked());
  assert.equal(await fromTheFoc(page, 'FOC date').inputValue(), '11/20/2026');
  assert.equal(await fromTheFoc(page, 'Due date (DD)').inputValue(), '11/24/2026');
  await pressContinue(page);

  await answer(page, Q.checklist, choose(SYMPTOM_LABELS.disconnectRecording));
  await answer(page, Q.ds1, choose('No'));
  await answer(page, Q.escalation, choose('No'));
  await questionHeading(page, Q.contact).waitFor();
  assert.equal(
    await page.getByLabel('Company code (CCNA) (optional) From the FOC').inputValue(),
    'PRT',
  );
  await answer(
    page,
    Q.contact,
    fill('Your name', CONTACT.name),
    fill('Company (the CLEC)', CONTACT.company),
    fill('Call-back telephone number', CONTACT.phone),
  );

  await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
  for (const [key, value] of [
    ['FOC received', 'Yes'],
    ['PON', 'PRT-77'],
    ['Version (VER)', '02'],
    ['FOC date', '11/20/2026'],
    ['Due date (DD)', '11/24/2026'],
    ['Telephone numbers', '12 telephone numbers'],
    ['AT&T service order numbers', '2 service order numbers'],
    ['Company code (CCNA)', 'PRT'],
  ] as const) {
    const row = await checkRow(page, key).innerText();
    assert.ok(row.includes(value), `the check page’s ${key} is not ${value}: ${row}`);
    assert.match(row, /From the FOC/, `the check page’s ${key}`);
  }
  // What the user answered is not marked as the FOC's.
  for (const key of ['REQTYP', 'State', 'Your name']) {
    assert.doesNotMatch(await checkRow(page, key).innerText(), /From the FOC/);
  }

  await toResultPage(page);
  await page.getByRole('button', { name: 'Copy the report' }).click();
  await page.getByText('Copied. Paste the report into your e-mail or ticket.').waitFor();
  const report = await readClipboard(page);
  assert.equal(report, await reportText(page));
  const lines = report.split('\n');
  for (const line of [
    'PON: PRT-77',
    'VER: 02',
    'FOC date: 11/20/2026',
    'Due date (DD): 11/24/2026',
    'AT&T service order numbers on the FOC (2): N12345678, C23456789',
    `Telephone numbers on the FOC (12): ${NUMBERS_12.join(', ')}`,
    'CLEC: Prairie Telecom (PRT)',
  ]) {
    assert.ok(lines.includes(line), `the report lacks “${line}”:\n${report}`);
  }
});

await test('text that is not an FOC: no FOC fields found, and what the reader looks for', async () => {
  const page = await openFocPage();
  await readTheFoc(page, 'Hi Dana, the meeting moved to Tuesday at 10. Thanks!');
  const error = page.getByText(/^Error: No FOC fields found/);
  await error.waitFor();
  assert.match(await error.innerText(), /looks for the labels PON, VER, REQTYP, D\/TSENT, DD/);
  assert.equal(await review(page).count(), 0);
  assert.equal(await focBox(page).getAttribute('aria-invalid'), 'true');
});

await test('a 1 MB paste is refused with a clear message and kept in the box', async () => {
  const page = await openFocPage();
  const megabyte =
    `${FOC_EMAIL}\n${'Please keep this thread for your records. '.repeat(30_000)}`.slice(
      0,
      1_048_576,
    );
  await readTheFoc(page, megabyte);
  const error = page.getByText(/^Error: The pasted text is over 1,000,000 characters/);
  await error.waitFor();
  assert.match(await error.innerText(), /Paste only the FOC of this order/);
  assert.equal(await review(page).count(), 0);
  assert.equal((await focBox(page).inputValue()).length, megabyte.length);
});

await test('markup in a paste stays text: no element is made from it', async () => {
  const page = await openFocPage();
  const hostile =
    '<img src=x onerror="window.__focInjected=1"><b id="foc-injected">PON</b>: PRT-77\n' +
    'DD: <script>window.__focInjected=1</script>11/24/2026';
  await readTheFoc(page, hostile);
  await review(page).waitFor();
  assert.equal(await page.locator('#foc-injected').count(), 0);
  assert.equal(await review(page).locator('img, b, script').count(), 0);
  assert.equal(await page.evaluate(() => 'window.__focInjected' in window), false);
  assert.ok(
    (await reviewed(page)).some((f) => f.name.startsWith('PON: PRT-77')),
    'the PON was not read from the text around the markup',
  );
});

await test('an FOC value that would replace the user’s answer shows both and starts unticked', async () => {
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, orderPrefix('serviceRequest'));
  await answer(page, Q.order, choose(REQTYP_LABELS.BB), fill(/^PON/, 'PRT-70'));
  await questionHeading(page, Q.foc).waitFor();
  await page.getByRole('link', { name: BACK, exact: true }).click();
  await questionHeading(page, Q.order).waitFor();

  await page.getByText('Paste the FOC to fill in the order’s details').click();
  await readTheFoc(page, FOC_EMAIL);
  await review(page).waitFor();
  const pon = review(page).getByRole('listitem').filter({ hasText: 'PON: PRT-77' });
  assert.match(
    await pon.innerText(),
    /Your answer now: PRT-70\. Tick to replace it with the FOC’s\./,
  );
  assert.equal(await pon.getByRole('checkbox').isChecked(), false);
  // The user keeps their own PON and takes the rest.
  for (const field of await reviewed(page)) {
    if (field.name.startsWith('PON:')) continue;
    await review(page).getByRole('checkbox', { name: field.name }).check();
  }
  await review(page).getByRole('button', { name: 'Use these' }).click();
  // On to the first question still open; back on the order page, the user's PON stands.
  await questionHeading(page, Q.completion).waitFor();
  await page.getByRole('link', { name: BACK, exact: true }).click();
  await questionHeading(page, Q.foc).waitFor();
  await page.getByRole('link', { name: BACK, exact: true }).click();
  await questionHeading(page, Q.order).waitFor();
  assert.equal(await page.getByLabel(/^PON/).inputValue(), 'PRT-70');
  assert.equal(await page.getByLabel('PON (optional)', { exact: true }).count(), 1);
  assert.equal(await page.getByLabel('Version (VER) (optional) From the FOC').inputValue(), '02');
});

await test('a PON typed on the REQTYP page, not yet continued, counts as the user’s answer in the review', async () => {
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, orderPrefix('serviceRequest'));
  await questionHeading(page, Q.order).waitFor();
  await page.getByLabel(REQTYP_LABELS.BB, { exact: true }).check();
  await page.getByLabel(/^PON/).fill('PRT-70');
  await page.getByText('Paste the FOC to fill in the order’s details').click();
  // Labelled lines: the reader is sure of the PON.
  await readTheFoc(page, 'PON: PRT-77\nVER: 02\nDD: 11/24/2026');
  const pon = review(page).getByRole('listitem').filter({ hasText: 'PON: PRT-77' });
  assert.match(await pon.innerText(), /Your answer now: PRT-70\./);
  assert.equal(await pon.getByRole('checkbox').isChecked(), false);
  // Using the rest keeps the PON typed.
  await review(page).getByRole('button', { name: 'Use these' }).click();
  await questionHeading(page, Q.order).waitFor();
  assert.equal(await page.getByLabel(/^PON/).inputValue(), 'PRT-70');
});

await test('the paste is kept in the draft until the user dismisses it', async () => {
  const page = await openFocPage();
  await readTheFoc(page, FOC_EMAIL);
  await review(page).waitFor();
  // The page reloads at once (an update, a slip of the finger): the paste is kept all the same.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Paste the FOC' }).waitFor();
  assert.equal(await focBox(page).inputValue(), FOC_EMAIL);

  await page.getByRole('button', { name: 'Read the FOC' }).click();
  await review(page).getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await focBox(page).inputValue(), '');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Paste the FOC' }).waitFor();
  assert.equal(await focBox(page).inputValue(), '');
});

await test('“Paste the FOC” works inline on the REQTYP question', async () => {
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, orderPrefix('serviceRequest'));
  await questionHeading(page, Q.order).waitFor();
  await page.getByText('Paste the FOC to fill in the order’s details').click();
  await readTheFoc(page, `${FOC_EMAIL}\nREQTYP: AB`);
  await review(page).waitFor();
  await expectNoAxeViolations(page);
  for (const box of await review(page).getByRole('checkbox').all()) await box.check();
  await review(page).getByRole('button', { name: 'Use these' }).click();
  // The REQTYP came from the FOC too: the order question is answered, the wizard goes on.
  await questionHeading(page, Q.facility).waitFor();
  await page.getByRole('link', { name: BACK, exact: true }).click();
  await questionHeading(page, Q.order).waitFor();
  assert.ok(await page.getByLabel(REQTYP_LABELS.AB, { exact: true }).isChecked());
  assert.equal(await page.getByLabel('PON (optional) From the FOC').inputValue(), 'PRT-77');
  await pressContinue(page);
  await answer(page, Q.facility, choose('No'));
  // The FOC question, answered by the paste, is skipped; Back shows it filled in.
  await questionHeading(page, Q.completion).waitFor();
  await page.getByRole('link', { name: BACK, exact: true }).click();
  await questionHeading(page, Q.foc).waitFor();
  assert.ok(await page.getByLabel('Yes', { exact: true }).isChecked());
  assert.equal(await fromTheFoc(page, 'Due date (DD)').inputValue(), '11/24/2026');
  await pressContinue(page);
  await questionHeading(page, Q.completion).waitFor();
});

await test('“paste the FOC first” on the start page starts a new escalation, leaving the one in progress', async () => {
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, orderPrefix('serviceRequest'));
  await answer(page, Q.order, choose(REQTYP_LABELS.AB), fill('PON (optional)', 'PRT-70'));
  await questionHeading(page, Q.facility).waitFor();

  await page.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
  await page.getByRole('link', { name: 'paste the FOC first' }).click();
  await page.getByRole('heading', { level: 1, name: 'Paste the FOC' }).waitFor();
  await readTheFoc(page, FOC_EMAIL);
  // Nothing to replace: the FOC fills a new escalation, not the one with PRT-70.
  const pon = review(page).getByRole('listitem').filter({ hasText: 'PON: PRT-77' });
  assert.doesNotMatch(await pon.innerText(), /Your answer now/);
  for (const box of await review(page).getByRole('checkbox').all()) await box.check();
  await review(page).getByRole('button', { name: 'Use these' }).click();
  await questionHeading(page, Q.problem).waitFor();

  // Both are kept, each with its own PON.
  await page.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
  const drafts = page.getByRole('region', { name: 'Unfinished escalations on this device' });
  await drafts.getByRole('link', { name: 'Continue PON PRT-70' }).waitFor();
  await drafts.getByRole('link', { name: 'Continue PON PRT-77' }).waitFor();
});

await test('“Read the FOC” on nothing or on other text: the error is announced and takes the focus', async () => {
  const page = await openFocPage();
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  await page.getByRole('button', { name: 'Read the FOC' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await alert.getByText('Paste the text of the FOC into the box first').waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');
  assert.match(await focused(), /Paste the text of the FOC into the box first/);

  await readTheFoc(page, 'Lunch at noon?');
  await alert.getByText(/^No FOC fields found/).waitFor();
  await page.waitForFunction(() =>
    (document.activeElement?.textContent ?? '').includes('No FOC fields found'),
  );
  await expectNoAxeViolations(page);
  // The summary's link takes the user to the box.
  await alert.getByRole('link').click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');

  // "Clear the pasted text" and "Dismiss" leave the focus in the emptied box, not on the page.
  await page.getByRole('button', { name: 'Clear the pasted text' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  assert.equal(await focBox(page).inputValue(), '');
  await readTheFoc(page, 'PON: PRT-77\nVER: 02');
  await review(page).getByRole('button', { name: 'Dismiss' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  assert.equal(await focBox(page).inputValue(), '');
});

await test('two FOCs in one paste: the orders are shown apart, nothing ticked until one is picked', async () => {
  const page = await openFocPage();
  await readTheFoc(page, [FOC_EMAIL, '', 'PON: PRT-78', 'VER: 01', 'TN: 214-555-0150'].join('\n'));
  await review(page).waitFor();
  assert.equal(await review(page).getByRole('checkbox').count(), 0);
  assert.ok(await review(page).getByRole('button', { name: 'Use these' }).isDisabled());
  await review(page)
    .getByRole('radio', { name: /^PON PRT-78/ })
    .check();
  const fields = await reviewed(page);
  assert.deepEqual(fields, [
    { name: 'FOC received: Yes', checked: true },
    { name: 'PON: PRT-78 (line 13)', checked: true },
    { name: 'Version (VER): 01 (line 14)', checked: true },
    { name: 'Telephone numbers (TN): 214-555-0150 (1 number) (line 15)', checked: true },
  ]);
  await expectNoAxeViolations(page);
});

await test('a due date the reader cannot settle is asked on the FOC page, as the FOC writes it', async () => {
  const page = await openFocPage();
  await readTheFoc(page, 'PON: PRT-79\nVER: 01\nDD: 12/1/26');
  const due = review(page).getByRole('listitem').filter({ hasText: 'Due date (DD): ' });
  assert.match(await due.innerText(), /December 1, 2026 or January 12, 2026/);
  await review(page).getByRole('button', { name: 'Use these' }).click();
  await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.lnp));
  await answer(page, Q.lnpTrouble, choose(LNP_TROUBLE_LABELS.prematureDisconnect));
  await answer(page, Q.isolation, choose(ISOLATION_LABELS.attNetwork), choose('Yes'));
  await answer(page, Q.order, choose(REQTYP_LABELS.BB));
  await answer(page, Q.state, select(Q.state, 'TX'));
  // The FOC page is not passed over: its due date waits for the user, the FOC's text in its box.
  await questionHeading(page, Q.foc).waitFor();
  assert.equal(
    await page.getByLabel('Due date (DD) (optional)', { exact: true }).inputValue(),
    '12/1/26',
  );
});

await session.close();
await server.close();
