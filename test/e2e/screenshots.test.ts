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
  startNow,
  toResult,
  walk,
} from './journey.ts';

const DESKTOP = { width: 1200, height: 900 };
const PHONE = { width: 360, height: 800 };

/** Pages wider than the phone's screen, so that the whole page scrolls sideways. */
const widerThanPhone: string[] = [];

/** NAME.png at the desktop width and NAME-phone.png at the phone width. */
async function shoot(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > PHONE.width) widerThanPhone.push(`${name}: ${width} px`);
  await saveScreenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });

await test('screenshots: start, a question with an error, check answers, result, redirect, my escalations', async () => {
  let page = await freshStart(session);
  await page.setViewportSize(DESKTOP);
  await shoot(page, 'start-page');

  await startNow(page);
  await questionHeading(page, Q.problem).waitFor();
  await pressContinue(page);
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await shoot(page, 'question-error');

  // The premature disconnect: the richest check page and report.
  await walk(page, ANSWERS.lnpPrematureDisconnect);
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
  await page.getByRole('table').waitFor();
  await shoot(page, 'my-escalations');

  page = await journey(session, 'isolateFirst');
  await page.getByRole('heading', { level: 1, name: 'Isolate the trouble first' }).waitFor();
  await shoot(page, 'redirect');
});

await test('at a phone width no page scrolls sideways (WCAG 1.4.10)', () => {
  assert.deepEqual(widerThanPhone, []);
});

await session.close();
await server.close();
