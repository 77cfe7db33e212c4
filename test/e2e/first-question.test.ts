// The first question before the wizard's code (issue #11): index.html shows it for its URL with
// no script at all, and a light copy shows it the moment "Start now" is clicked. Whatever the user
// does there (a choice, Continue, the error, where the focus is) must survive the wizard's own
// page taking over. The wizard's chunk is held back here to open that window wide.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROBLEM_KIND_LABELS } from '../../src/domain/labels.ts';
// appRunning: until the app runs, a click is the HTML's own (a link, a form sent), which the
// tests above cover; the light copy's tests wait for it first.
import { appRunning, startStaticServer } from './harness.ts';
import { Q, questionHeading } from './journey.ts';

const START_H1 = 'Escalate a problem to AT&T Wholesale';
const server = await startStaticServer();
const browser: Browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/** A fresh profile; no service worker, which would answer the chunks from its precache. */
async function withContext(
  options: { javaScriptEnabled?: boolean },
  work: (context: BrowserContext) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  try {
    await work(context);
  } finally {
    await context.close();
  }
}

/** Holds back every request matching `pattern` until `release()`. */
async function holdBack(page: Page, pattern: RegExp): Promise<{ release: () => void }> {
  let release = () => {};
  const gate = new Promise<void>((done) => (release = done));
  await page.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  return { release };
}

/** The wizard's chunk (src/app/App.tsx): until it runs, the light copy is the page. */
const WIZARD_CHUNK = /\/assets\/App-[^/]*\.js$/;
/** The entry: until it runs, the page is index.html alone. */
const ENTRY_CHUNK = /\/assets\/index-[^/]*\.js$/;

const radio = (page: Page, label: string) => page.getByRole('radio', { name: label, exact: true });
const visibleH1 = (page: Page) => page.locator('h1:visible');
/** The light copy (not the HTML's copy inside its own wrapper, nor the wizard's page). */
const lightCopy = (page: Page) => page.locator('#main > .first-question');
const lightCopyShown = (page: Page) => page.locator('#main > .first-question:visible').count();
/** The wizard's page has taken over: the form library's page, no light copy left. */
async function wizardTookOver(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.first-question') === null);
}
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

await test('with JavaScript off, the first question shows for its URL and after Start now', async () => {
  await withContext({ javaScriptEnabled: false }, async (context) => {
    const page = await context.newPage();
    await page.goto(`${server.appUrl}#/step/problem`);
    assert.deepEqual(await visibleH1(page).allInnerTexts(), [Q.problem]);
    assert.ok(await radio(page, PROBLEM_KIND_LABELS.billing).isVisible());
    assert.equal(await page.getByText('Question 1', { exact: true }).count(), 1);

    await page.goto(server.appUrl);
    assert.deepEqual(await visibleH1(page).allInnerTexts(), [START_H1]);
    await page.getByRole('link', { name: 'Start now' }).click();
    assert.deepEqual(await visibleH1(page).allInnerTexts(), [Q.problem]);
    // Back, too, is only a link.
    await page.getByRole('link', { name: 'Back' }).click();
    assert.deepEqual(await visibleH1(page).allInnerTexts(), [START_H1]);
  });
});

await test('Continue before any script ran: the choice comes back in the address and the app goes on from it', async () => {
  let submitted = '';
  await withContext({ javaScriptEnabled: false }, async (context) => {
    const page = await context.newPage();
    await page.goto(server.appUrl);
    await page.getByRole('link', { name: 'Start now' }).click();
    await radio(page, PROBLEM_KIND_LABELS.lnp).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/problemKind=lnp/);
    submitted = page.url();
  });
  // The same address, now with the app running: the LNP question, and a clean address.
  await withContext({}, async (context) => {
    const page = await context.newPage();
    await page.goto(submitted);
    await questionHeading(page, Q.lnpTrouble).waitFor();
    assert.doesNotMatch(page.url(), /problemKind/);
    await page.getByRole('link', { name: 'Back' }).click();
    assert.ok(await radio(page, PROBLEM_KIND_LABELS.lnp).isChecked());
  });
});

await test('Continue with nothing chosen before any script ran: the app says what to fix', async () => {
  let submitted = '';
  await withContext({ javaScriptEnabled: false }, async (context) => {
    const page = await context.newPage();
    await page.goto(`${server.appUrl}#/step/problem`);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/continued=/);
    submitted = page.url();
  });
  await withContext({}, async (context) => {
    const page = await context.newPage();
    await page.goto(submitted);
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Select what the problem is about' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    assert.match(await page.title(), /^Error: /);
    assert.doesNotMatch(page.url(), /continued/);
    await radio(page, PROBLEM_KIND_LABELS.billing).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await questionHeading(page, Q.serviceRep).waitFor();
  });
});

await test('a choice made in the HTML before the app ran is kept, with the focus, when it takes over', async () => {
  await withContext({}, async (context) => {
    const page = await context.newPage();
    const entry = await holdBack(page, ENTRY_CHUNK);
    await page.goto(`${server.appUrl}#/step/problem`, { waitUntil: 'domcontentloaded' });
    await radio(page, PROBLEM_KIND_LABELS.expedite).check();
    assert.equal(await focusedId(page), 'problemKind-4');
    entry.release();
    await wizardTookOver(page);
    assert.ok(await radio(page, PROBLEM_KIND_LABELS.expedite).isChecked());
    assert.equal(await focusedId(page), 'problemKind-4', 'the focus was lost');
    await page.getByRole('button', { name: 'Continue' }).click();
    await questionHeading(page, 'Request an expedite').waitFor();
  });
});

await test('Start now clicked before the app ran: the question shows, and the focus moves to it once the app runs', async () => {
  await withContext({}, async (context) => {
    const page = await context.newPage();
    const entry = await holdBack(page, ENTRY_CHUNK);
    await page.goto(server.appUrl, { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: 'Start now' }).click();
    assert.deepEqual(await visibleH1(page).allInnerTexts(), [Q.problem]);
    entry.release();
    await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
    assert.match(await page.title(), /^What is the problem about\? — /);
  });
});

await test('before the wizard arrives: the error, a choice by keyboard and the focus are taken over', async () => {
  await withContext({}, async (context) => {
    const page = await context.newPage();
    const wizard = await holdBack(page, WIZARD_CHUNK);
    await page.goto(server.appUrl);
    await appRunning(page);
    await page.getByRole('link', { name: 'Start now' }).click();
    await questionHeading(page, Q.problem).waitFor();
    await lightCopy(page).waitFor();
    assert.equal(await lightCopyShown(page), 1, 'the light copy did not show');
    assert.equal(await focusedId(page), 'page-heading', 'Start now did not move the focus');

    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    assert.match(await page.title(), /^Error: /);
    await summary.getByRole('link', { name: 'Select what the problem is about' }).click();
    assert.equal(await focusedId(page), 'problemKind');
    await page.keyboard.press('ArrowDown');
    assert.ok(await radio(page, PROBLEM_KIND_LABELS.serviceRequest).isChecked());

    wizard.release();
    await wizardTookOver(page);
    assert.ok(await radio(page, PROBLEM_KIND_LABELS.serviceRequest).isChecked());
    assert.equal(await focusedId(page), 'problemKind-1', 'the focus was lost');
    assert.equal(await summary.count(), 1, 'the error went with the light copy');
    assert.match(await page.title(), /^Error: /);
    await page.keyboard.press('Enter');
    await questionHeading(page, Q.accessTariff).waitFor();
  });
});

await test('Continue pressed before the wizard arrives goes on as soon as it does', async () => {
  await withContext({}, async (context) => {
    const page = await context.newPage();
    const wizard = await holdBack(page, WIZARD_CHUNK);
    await page.goto(`${server.appUrl}#/step/problem`);
    await appRunning(page);
    await radio(page, PROBLEM_KIND_LABELS.billing).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    assert.equal(await lightCopyShown(page), 1);
    wizard.release();
    await questionHeading(page, Q.serviceRep).waitFor();
    await page.getByRole('link', { name: 'Back' }).click();
    assert.ok(await radio(page, PROBLEM_KIND_LABELS.billing).isChecked());
  });
});

await test('leaving the light copy for the start page forgets its choice: Start now starts empty', async () => {
  await withContext({}, async (context) => {
    const page = await context.newPage();
    const wizard = await holdBack(page, WIZARD_CHUNK);
    await page.goto(server.appUrl);
    await appRunning(page);
    await page.getByRole('link', { name: 'Start now' }).click();
    await lightCopy(page).waitFor();
    await radio(page, PROBLEM_KIND_LABELS.website).check();
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('link', { name: 'Start now' }).click();
    wizard.release();
    await wizardTookOver(page);
    assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
  });
});

await test('the wizard’s code failing to arrive says so, instead of a Continue that does nothing', async () => {
  await withContext({}, async (context) => {
    const page = await context.newPage();
    await page.route(WIZARD_CHUNK, (route) => route.abort());
    await page.goto(server.appUrl);
    await appRunning(page);
    await page.getByRole('link', { name: 'Start now' }).click();
    await page.getByRole('alert').filter({ hasText: 'This page could not load' }).waitFor();
    assert.match(await page.getByRole('alert').innerText(), /reload the page/);
  });
});

await browser.close();
await server.close();
