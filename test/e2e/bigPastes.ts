// Large input in the hosted build (issue #6), as a user pastes it: 10,000 telephone numbers taken
// to the result page, and a megabyte refused with a clear message, the text kept. The same walk
// is checked by test/e2e/performance.test.ts (what the user sees) and timed by `npm run perf`
// (the longest main-thread task of each step, test/perf/pastes.ts): no test compares a duration.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Session } from './harness.ts';
import { paste } from './harness.ts';
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

export const COUNT = 10_000;
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

/**
 * Runs one step of the walk: `npm run perf` times it (the page's long tasks during it and the work
 * it set off), the browser suite only runs it.
 */
export type Step = (page: Page, what: string, action: () => Promise<void>) => Promise<void>;

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

/** 10,000 pasted numbers, from the paste to the result page and its report. */
export async function tenThousandNumbers(session: Session, step: Step): Promise<void> {
  await session.grantClipboard();
  const page = await freshStart(session);
  await openNumbersQuestion(page);
  const steps = ANSWERS.billing;
  const at = steps.findIndex((s) => s.question === Q.numbers);

  const numbers = pastedNumbers(COUNT);
  // The paste, then the count of what was understood and the line numbers beside the box.
  await step(page, 'paste', async () => {
    await paste(numbersBox(page), numbers);
    await page.getByText(`${COUNT.toLocaleString('en-US')} numbers understood`).waitFor();
  });
  assert.equal(
    (await page.locator('pre.line-numbers').textContent())?.split('\n').length,
    COUNT,
    'a line number for each pasted line',
  );
  const next = steps[at + 1]?.question ?? '';
  await step(page, 'Continue to the next question', async () => {
    await pressContinue(page);
    await questionHeading(page, next).waitFor();
  });

  await walk(page, steps.slice(at + 1, -1));
  const contact = steps.at(-1);
  assert.ok(contact);
  await questionHeading(page, contact.question).waitFor();
  for (const action of contact.actions) await action(page);
  await step(page, 'Continue to the check page', async () => {
    await pressContinue(page);
    await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
  });
  assert.ok(
    await page.getByText(`${COUNT.toLocaleString('en-US')} telephone numbers`).isVisible(),
    'the check page counts the numbers',
  );

  await step(page, 'Continue to the result page', async () => {
    await pressContinue(page);
    await page.locator('pre.report').waitFor();
  });
  assert.match(await reportText(page), /Telephone numbers \(10,000\):/);
}

/** A megabyte pasted (an export, then numbers): refused with a clear message, the text kept. */
export async function megabytePastes(session: Session, step: Step): Promise<void> {
  await session.grantClipboard();
  const page = await freshStart(session);
  await openNumbersQuestion(page);
  const field = numbersBox(page);
  const pastes = {
    'an export': pastedExport(),
    numbers: pastedNumbers(80_000).slice(0, MEGABYTE),
  };
  for (const [what, text] of Object.entries(pastes)) {
    assert.equal(text.length, MEGABYTE);
    await step(page, `1 MB paste of ${what}`, () => paste(field, text));
    await step(page, `Continue after the 1 MB paste of ${what}`, async () => {
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
}
