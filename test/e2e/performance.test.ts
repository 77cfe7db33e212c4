// Large input in the hosted build (issue #6): a paste of 10,000 telephone numbers goes from the
// paste to the result page, and a megabyte is refused with a message and kept. The longest
// main-thread task of each step is printed for a reader; no test asserts a duration, which a busy
// machine would break (the project's rule): time is `npm run perf`'s to measure.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { launch, longTasksDuring, paste, startStaticServer } from './harness.ts';
import {
  ANSWERS,
  CHECK_ANSWERS,
  Q,
  freshStart,
  pressContinue,
  questionHeading,
  reportText,
  startNow,
  walk,
} from './journey.ts';

const COUNT = 10_000;
const MEGABYTE = 1_048_576;

/** `count` distinct numbers as they come out of spreadsheets and ticket exports: mixed formats. */
function pastedNumbers(count: number): string {
  const formats = [
    (a: string, x: string, l: string) => `(${a}) ${x}-${l}`,
    (a: string, x: string, l: string) => `${a}.${x}.${l}`,
    (a: string, x: string, l: string) => `${a}${x}${l}`,
    (a: string, x: string, l: string) => `+1 ${a} ${x} ${l}`,
    (a: string, x: string, l: string) => `${a}-${x}-${l}`,
  ];
  const areaCodes = ['312', '214', '404', '713'];
  return Array.from({ length: count }, (_, i) => {
    const area = areaCodes[Math.floor(i / 10_000) % areaCodes.length] ?? '312';
    const line = String(i % 10_000).padStart(4, '0');
    return (formats[i % formats.length] ?? formats[0])?.(area, String(220 + (i % 7)), line);
  }).join('\n');
}

/** A megabyte of what lands in the field by mistake: a ticket-system export, notes and all. */
function pastedExport(): string {
  const row = (i: number) =>
    `2026-11-25T09:${String(i % 60).padStart(2, '0')}:00Z,ACCT-${String(i).padStart(6, '0')},"PON PRT-${String(i)}",Pending,"Customer reports no dial tone; tech dispatched"\n`;
  let text = '';
  for (let i = 0; text.length < MEGABYTE; i++) text += row(i);
  return text.slice(0, MEGABYTE);
}

/** Runs `action` and prints its longest main-thread task, for a reader of the log. */
async function reportLongestTask(page: Page, what: string, action: () => Promise<void>) {
  const tasks = await longTasksDuring(page, action);
  const longest = Math.max(0, ...tasks);
  console.log(
    `${what}: longest task ${longest.toFixed(0)} ms, ${String(tasks.length)} task(s) over 50 ms`,
  );
}

/** The list box of the numbers page: line numbers beside it, a live count under it. */
const numbersBox = (page: Page) => page.getByLabel(/^Which telephone numbers are affected\?/);

/** Opens the telephone-numbers question of a billing escalation. */
async function openNumbersQuestion(page: Page): Promise<void> {
  await startNow(page);
  const steps = ANSWERS.billing;
  await walk(
    page,
    steps.slice(
      0,
      steps.findIndex((s) => s.question === Q.numbers),
    ),
  );
  await questionHeading(page, Q.numbers).waitFor();
}

const server = await startStaticServer();
// One browser for both tests: each starts from a device with nothing saved (freshStart).
const session = await launch({ appUrl: server.appUrl });
await session.grantClipboard();

await test(`${COUNT.toLocaleString('en-US')} pasted numbers are counted, numbered and reach the result page`, async () => {
  const page = await freshStart(session);
  await openNumbersQuestion(page);
  const steps = ANSWERS.billing;
  const at = steps.findIndex((s) => s.question === Q.numbers);

  const numbers = pastedNumbers(COUNT);
  // The paste, then the count of what was understood and the line numbers beside the box.
  await reportLongestTask(page, 'paste', async () => {
    await paste(numbersBox(page), numbers);
    await page.getByText(`${COUNT.toLocaleString('en-US')} numbers understood`).waitFor();
  });
  assert.equal(
    (await page.locator('pre.line-numbers').textContent())?.split('\n').length,
    COUNT,
    'a line number for each pasted line',
  );
  const next = steps[at + 1]?.question ?? '';
  await reportLongestTask(page, 'Continue to the next question', async () => {
    await pressContinue(page);
    await questionHeading(page, next).waitFor();
  });

  await walk(page, steps.slice(at + 1, -1));
  const contact = steps.at(-1);
  assert.ok(contact);
  await questionHeading(page, contact.question).waitFor();
  for (const action of contact.actions) await action(page);
  await reportLongestTask(page, 'Continue to the check page', async () => {
    await pressContinue(page);
    await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
  });
  assert.ok(
    await page.getByText(`${COUNT.toLocaleString('en-US')} telephone numbers`).isVisible(),
    'the check page counts the numbers',
  );

  await reportLongestTask(page, 'Continue to the result page', async () => {
    await pressContinue(page);
    await page.locator('pre.report').waitFor();
  });
  assert.match(await reportText(page), /Telephone numbers \(10,000\):/);
});

await test('a 1 MB paste is refused with a clear message and is kept', async () => {
  const page = await freshStart(session);
  await openNumbersQuestion(page);
  const field = numbersBox(page);
  const pastes = {
    'an export': pastedExport(),
    numbers: pastedNumbers(80_000).slice(0, MEGABYTE),
  };
  for (const [what, text] of Object.entries(pastes)) {
    assert.equal(text.length, MEGABYTE);
    await reportLongestTask(page, `1 MB paste of ${what}`, () => paste(field, text));
    await reportLongestTask(page, `Continue after the 1 MB paste of ${what}`, async () => {
      await pressContinue(page);
      await page.getByRole('alert').getByText('There is a problem').waitFor();
    });
    const message = page.locator('#telephoneNumbers-error');
    assert.match(
      (await message.textContent()) ?? '',
      /over 1,000,000 characters, too long to be a list of telephone numbers\. Paste the numbers only/,
    );
    assert.ok(
      await field.evaluate((el, expected) => (el as HTMLTextAreaElement).value === expected, text),
      `the field lost some of the pasted ${what}`,
    );
  }
  assert.deepEqual(session.pageErrors, []);
});

await session.close();
await server.close();
