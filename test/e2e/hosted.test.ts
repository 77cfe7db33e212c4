// The hosted build (dist/) served from a static host under a sub-path (issues #5 and #6): its
// Content-Security-Policy, its prerendered start page, and working offline.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROBLEM_KIND_LABELS } from '../../src/domain/labels.ts';
import {
  expectNoAxeViolations,
  launch,
  readClipboard,
  saveScreenshot,
  startStaticServer,
} from './harness.ts';
import {
  acceptLeaving,
  answer,
  choose,
  freshStart,
  Q,
  questionHeading,
  startNow,
} from './journey.ts';

const CSP_HINT =
  'The page broke its Content-Security-Policy: no inline <script> or style="" markup, no eval or ' +
  'new Function (zod needs z.config({ jitless: true }) before any schema), no other origin.';

// Tests run one after another (each awaited), so the server is closed after the last one.
const server = await startStaticServer();
// One browser for the tests that need no profile of their own: the first runs first on it, so it
// sees a first visit to the app, and the others start from a device with nothing saved.
const session = await launch({ appUrl: server.appUrl });

await test('loads and runs with zero CSP violations, no errors and no request to another origin', async () => {
  const page = await session.openApp();
  await page.waitForLoadState('networkidle');
  await saveScreenshot(page, 'start');
  // The parts loaded later run under the same policy: the wizard, the contact list, the tickets
  // (the in-page mock backend loads when the first request needs it).
  await startNow(page);
  await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
  await questionHeading(page, Q.serviceRep).waitFor();
  await page.getByRole('link', { name: 'Center contacts' }).click();
  await page.getByRole('table').waitFor();
  await page.getByRole('link', { name: 'My escalations' }).click();
  await page
    .getByText('You have not filed an escalation as a ticket yet.', { exact: false })
    .waitFor();
  assert.deepEqual(session.cspViolations, [], CSP_HINT);
  assert.deepEqual(session.pageErrors, []);
  const origin = new URL(server.appUrl).origin;
  const foreign = session.requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`),
  );
  assert.deepEqual(foreign, [], 'requests left the app origin');
});

await test('the CSP blocks script injected into the page, and the suite reports it', async () => {
  const page = await freshStart(session);
  // Resolves when the browser reports the violation, after the harness's own listener ran.
  const ran = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => {
          resolve(document.body.dataset.injected === 'ran');
        });
        const script = document.createElement('script');
        script.textContent = 'document.body.dataset.injected = "ran"';
        document.body.append(script);
      }),
  );
  assert.equal(ran, false, 'inline script ran despite the CSP');
  assert.ok(
    session.cspViolations.some((line) => line.startsWith('script-src')),
    `expected a script-src violation, saw: ${session.cspViolations.join('; ') || 'none'}`,
  );
});

await test('axe finds no accessibility violation on the start page', async () => {
  await expectNoAxeViolations(await freshStart(session));
});

await test('the page can write the clipboard and the suite reads it back', async () => {
  await session.grantClipboard();
  const page = await freshStart(session);
  await page.evaluate(() => navigator.clipboard.writeText('Trouble report\nline 2'));
  assert.equal(await readClipboard(page), 'Trouble report\nline 2');
});

await test('after one visit the app reloads offline, also after the browser is relaunched offline', async () => {
  // A host of its own, stopped before the relaunch: offline then means no server at all. (The
  // browser's offline switch reaches a service worker that starts up only after its first
  // requests, so counting what reached a live server made this test fail now and then.)
  const host = await startStaticServer();
  const profile = await mkdtemp(join(tmpdir(), 'e2e-offline-'));
  try {
    const online = await launch({ appUrl: host.appUrl, userDataDir: profile });
    try {
      const page = await online.openApp();
      // The worker claims the page once it is active, i.e. after it precached the build.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 15_000,
      });
      await online.setOffline(true);
      const served = host.requests.length;
      await page.reload();
      await page.locator('h1').first().waitFor();
      assert.equal(
        host.requests.length,
        served,
        `the offline reload reached the server: ${host.requests.slice(served).join(', ')}`,
      );
      assert.deepEqual(online.pageErrors, []);
    } finally {
      await online.close();
    }
    await host.close();

    const relaunched = await launch({ appUrl: host.appUrl, userDataDir: profile, offline: true });
    try {
      const page = await relaunched.openApp();
      await saveScreenshot(page, 'offline-relaunch');
      // The wizard, loaded apart from the start page, was cached too: with no server, its first
      // question still comes.
      acceptLeaving(page);
      await startNow(page);
      await questionHeading(page, Q.problem).waitFor();
      assert.deepEqual(relaunched.pageErrors, []);
      assert.deepEqual(relaunched.cspViolations, [], CSP_HINT);
    } finally {
      await relaunched.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

await session.close();
await server.close();
