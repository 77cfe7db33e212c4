// Working offline through the real UI (issue #5): the app reloads from its service worker, a
// journey is finished offline, its ticket waits in the outbox and is sent, once, when the
// connection comes back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, startStaticServer } from './harness.ts';
import {
  ANSWERS,
  escalationsTable,
  freshStart,
  reportText,
  startNow,
  toResult,
  walk,
} from './journey.ts';

const server = await startStaticServer();

await test('offline: reload, finish a journey, submit (queued), back online it is sent once', async () => {
  const session = await launch({ appUrl: server.appUrl });
  try {
    const page = await freshStart(session);
    // The worker controls the page once it has precached the build.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    await session.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: 'Start now' }).waitFor();
    await startNow(page);
    await walk(page, ANSWERS.ordering);
    await toResult(page);
    await page.getByRole('button', { name: 'Submit as a ticket' }).click();
    await page.getByText('Queued — it will be sent when you are back online').waitFor();

    await session.setOffline(false);
    // Sent once back online: the confirmation names the reference, and the report carries it.
    const filed = page.getByRole('region', { name: 'Escalation filed' });
    const said = await filed.getByText(/^Your ticket reference is /).innerText();
    const reference = /reference is (\S+)\. /.exec(said)?.[1];
    assert.ok(reference, `no reference in "${said}"`);
    assert.match(await reportText(page), new RegExp(`^Ticket reference: ${reference}$`, 'm'));

    await page.getByRole('link', { name: 'My escalations', exact: true }).click();
    await escalationsTable(page).getByRole('link', { name: reference }).waitFor();
    const tickets = escalationsTable(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') });
    assert.deepEqual(await tickets.getByRole('rowheader').allInnerTexts(), [reference]);
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
  }
});

await server.close();
