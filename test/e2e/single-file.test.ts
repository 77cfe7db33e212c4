// The single self-contained HTML file, opened from disk (issue #5).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { launch, SINGLE_FILE, saveScreenshot } from './harness.ts';

await test('the single HTML file opened from file:// renders the app without any network', async () => {
  assert.ok(existsSync(SINGLE_FILE), `${SINGLE_FILE} is missing: run \`npm run build\` first.`);
  const session = await launch({ appUrl: pathToFileURL(SINGLE_FILE).href });
  try {
    const page = await session.openApp();
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'single-file');
    assert.deepEqual(session.pageErrors, []);
    const fetched = session.requests.filter((url) => !/^(file|data|blob):/.test(url));
    assert.deepEqual(fetched, [], 'the single file fetched from the network');
  } finally {
    await session.close();
  }
});
