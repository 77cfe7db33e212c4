// The single HTML file opened from disk, used for real (issue #5): a whole journey to the result,
// the center's number from the contact list built into the file, the ticket filed with the mock
// running in the page, and the draft kept across a reload.
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
    // The contact list is in the file: the center's number is on the page (the shipped sample's,
    // so marked as such, and kept out of the report).
    await page.getByText('Call Southwest LNP: Loop with LNP:').waitFor();
    const report = await reportText(page);
    assert.equal(report.split('\n')[0], 'Premature disconnect of pending LNP conversion');
    assert.equal(
      await page.getByRole('link', { name: '214-555-0117' }).first().getAttribute('href'),
      'tel:+12145550117',
    );
    await page.getByText('Sample data — not real AT&T numbers').waitFor();
    assert.doesNotMatch(report, /^Center contact:|214-555-0117/m);

    await page.getByRole('button', { name: 'Submit as a ticket' }).click();
    const filed = page.getByRole('region', { name: 'Escalation filed' });
    const said = await filed.getByText(/^Your ticket reference is /).innerText();
    const reference = /reference is (\S+)\. /.exec(said)?.[1];
    assert.ok(reference, `no reference in "${said}"`);
    const filedReport = await reportText(page);
    assert.match(filedReport, new RegExp(`^Ticket reference: ${reference}$`, 'm'));

    // The draft and the ticket live in this file's IndexedDB: a reload keeps both.
    await page.reload();
    await heading.waitFor();
    assert.equal(await filed.getByText(/^Your ticket reference is /).innerText(), said);
    assert.equal(await reportText(page), filedReport);

    const fetched = session.requests.filter((url) => !/^(file|data|blob):/.test(url));
    assert.deepEqual(fetched, [], 'the single file fetched from the network');
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});
