// The single HTML file opened from disk, used for real (issue #5): a whole journey to the result,
// the ticket filed with the mock running in the page, and the draft kept across a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { launch, SINGLE_FILE } from './harness.ts';
import { journey, reportText, toResult } from './journey.ts';

await test('from file://: a premature-disconnect journey, its ticket filed, nothing fetched', async () => {
  const session = await launch({ appUrl: pathToFileURL(SINGLE_FILE).href });
  try {
    const page = await journey(session, 'lnpPrematureDisconnect');
    await toResult(page);
    const heading = page.getByRole('heading', { level: 1, name: 'Escalate the number port (LNP)' });
    await heading.waitFor();
    const report = await reportText(page);
    assert.equal(report.split('\n')[0], 'Premature disconnect of pending LNP conversion');

    await page.getByRole('button', { name: 'Submit as a ticket' }).click();
    const sent = await page.getByText(/^Sent\. Your ticket reference is /).innerText();

    // The draft and the outbox live in this file's localStorage: a reload keeps both.
    await page.reload();
    await heading.waitFor();
    assert.equal(await reportText(page), report);
    assert.equal(await page.getByText(/^Sent\. Your ticket reference is /).innerText(), sent);

    const fetched = session.requests.filter((url) => !/^(file|data|blob):/.test(url));
    assert.deepEqual(fetched, [], 'the single file fetched from the network');
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
