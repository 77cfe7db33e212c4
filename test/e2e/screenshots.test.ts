// Screenshots of the main pages at a desktop and a phone width, reached through the real UI
// (issue #5). They land in test-output/screenshots/; the ones in docs/screenshots/ are copied
// from there by hand once they look right.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { launch, saveScreenshot, startStaticServer } from './harness.ts';
import {
  ANSWERS,
  CHECK_ANSWERS,
  freshStart,
  journey,
  pressContinue,
  Q,
  questionHeading,
  SERVICE_ORDER,
  startNow,
  TELEPHONE_NUMBERS,
  toResult,
  walk,
  escalationsTable,
} from './journey.ts';

const DESKTOP = { width: 1200, height: 900 };
const PHONE = { width: 360, height: 800 };

/** Pages wider than the phone's screen, so that the whole page scrolls sideways. */
const widerThanPhone: string[] = [];
const shot: string[] = [];

/** Notes the page as too wide when, at the phone's width, the whole page scrolls sideways. */
async function checkPhoneWidth(page: Page, name: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > PHONE.width) widerThanPhone.push(`${name}: ${width} px`);
  shot.push(name);
}

/** NAME.png at the desktop width and NAME-phone.png at the phone width. */
async function shoot(page: Page, name: string): Promise<void> {
  // No hover effect from the last click in the picture.
  await page.mouse.move(0, 0);
  await saveScreenshot(page, name);
  await page.setViewportSize(PHONE);
  await checkPhoneWidth(page, name);
  await saveScreenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

const FOC_TEXT = [
  'FIRM ORDER CONFIRMATION',
  'PON: PRT-20261125',
  'VER: 01',
  'D/TSENT: 11/20/2026 09:14',
  'DD: 11/24/2026',
  'ORD: N12345678',
  'TN: 314-555-0101, 314-555-0102',
].join('\n');

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });

await test('screenshots: start, a question with an error, numbers, check answers, result, ticket, my escalations, redirect', async () => {
  let page = await freshStart(session);
  await page.setViewportSize(DESKTOP);
  await shoot(page, 'start-page');

  await startNow(page);
  await questionHeading(page, Q.problem).waitFor();
  await pressContinue(page);
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await shoot(page, 'question-error');

  // The premature disconnect: the richest check page and report.
  await walk(page, ANSWERS.lnpPrematureDisconnect, async (p, step) => {
    if (step.question !== Q.numbersOnFoc) return;
    await p.getByLabel(/^Telephone numbers on the FOC/).fill(TELEPHONE_NUMBERS);
    await p.getByLabel(/^AT&T service order numbers on the FOC/).fill(SERVICE_ORDER);
    await p.getByText('3 numbers understood').waitFor();
    await shoot(p, 'numbers');
  });
  await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
  await shoot(page, 'check-answers');
  await toResult(page);
  await page.locator('a[href^="tel:"]').first().waitFor();
  await shoot(page, 'result');

  await page.getByRole('button', { name: 'Submit as a ticket' }).click();
  await page.getByRole('link', { name: /^Open .* in My escalations$/ }).click();
  await page.getByRole('heading', { name: 'Report' }).waitFor();
  await shoot(page, 'ticket-detail');
  await page.getByRole('link', { name: 'My escalations', exact: true }).click();
  await escalationsTable(page).waitFor();
  await shoot(page, 'my-escalations');

  page = await journey(session, 'isolateFirst');
  await page.getByRole('heading', { level: 1, name: 'Isolate the trouble first' }).waitFor();
  await shoot(page, 'redirect');
});

await test('screenshots: the start page listing unfinished escalations, and the FOC review panel', async () => {
  // Left unfinished by the test above: a redirect. One more, with a PON.
  const page = session.context.pages()[0];
  assert.ok(page);
  await page.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
  await startNow(page);
  await walk(page, ANSWERS.ordering.slice(0, 4));
  await questionHeading(page, Q.facility).waitFor();
  await page.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
  const drafts = page.getByRole('region', { name: 'Unfinished escalations on this device' });
  await drafts.getByRole('link', { name: 'Continue PON PRT-20261125' }).waitFor();
  assert.equal(await drafts.getByRole('listitem').count(), 2);
  await shoot(page, 'start-page-drafts');

  await page.getByRole('link', { name: 'paste the FOC first' }).click();
  await page.getByLabel('The FOC’s text').fill(FOC_TEXT);
  await page.getByRole('button', { name: 'Read the FOC' }).click();
  await page
    .getByRole('region', { name: 'What the FOC says' })
    .getByText('PRT-20261125', { exact: true })
    .waitFor();
  await shoot(page, 'foc-review');
});

await test('screenshots: Center contacts, and a center’s edit form', async () => {
  const page = await freshStart(session);
  await page.getByRole('link', { name: 'Center contacts' }).click();
  await page.getByRole('heading', { level: 1, name: 'Center contacts' }).waitFor();
  await page.getByRole('table').waitFor();
  // The whole list on a phone, then a search, so the picture stays readable.
  await page.setViewportSize(PHONE);
  await checkPhoneWidth(page, 'center-contacts (all centers)');
  await page.setViewportSize(DESKTOP);
  await page.getByLabel('Search the centers').fill('Midwest maintenance');
  await page.getByText(/^Showing 4 of \d+ centers$/).waitFor();
  await shoot(page, 'center-contacts');
  await page.getByRole('button', { name: 'Edit Midwest Maintenance (LOC): Loop' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit a center' }).waitFor();
  await shoot(page, 'center-contacts-edit');
});

await test('at a phone width no page scrolls sideways (WCAG 1.4.10)', () => {
  for (const page of ['my-escalations', 'center-contacts (all centers)', 'center-contacts']) {
    assert.ok(shot.includes(page), `${page} was not checked`);
  }
  assert.deepEqual(widerThanPhone, []);
});

await session.close();
await server.close();
