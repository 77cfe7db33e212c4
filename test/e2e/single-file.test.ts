// The single self-contained HTML file, opened from disk (issue #5).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { launch, SINGLE_FILE, saveScreenshot } from './harness.ts';

await test('the single HTML file opened from file:// renders the app without any network', async () => {
  assert.ok(existsSync(SINGLE_FILE), `${SINGLE_FILE} is missing: run \`npm run build\` first.`);
  const session = await launch({ appUrl: pathToFileURL(SINGLE_FILE).href });
  try {
    const page = await session.openApp();
    await page
      .getByRole('heading', { level: 1, name: 'Escalate a problem to AT&T Wholesale' })
      .waitFor();
    await page.getByRole('link', { name: 'Start now' }).waitFor();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'single-file');
    // It cannot update itself: the footer says which version it is.
    await page.getByText(/^Version \d+\.\d+\.\d+\S*, built \d{2}\/\d{2}\/\d{4}$/).waitFor();
    // No service worker from a file: the file holds no code to register one, and none controls
    // the page. (The worker's file name is looked for as a string: minified code may well call a
    // variable `sw` and read its `jsx`.)
    const html = await readFile(SINGLE_FILE, 'utf8');
    assert.doesNotMatch(
      html,
      /serviceWorker|["'`/]sw\.js/,
      'the single file registers a service worker',
    );
    assert.equal(
      await page.evaluate(() =>
        'serviceWorker' in navigator ? navigator.serviceWorker.controller : null,
      ),
      null,
      'a service worker controls the single file',
    );
    assert.deepEqual(session.pageErrors, []);
    const fetched = session.requests.filter((url) => !/^(file|data|blob):/.test(url));
    assert.deepEqual(fetched, [], 'the single file fetched from the network');
  } finally {
    await session.close();
  }
});
