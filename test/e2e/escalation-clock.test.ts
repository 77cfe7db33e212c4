// Issue 23: after filing, the escalation is tracked to its close. A premature disconnect is filed,
// a call and a promise are logged, and the browser's clock (installed by the test, never real
// waiting) moves past the promise: the escalation is overdue on its page, on My escalations and
// on the start page, with the level-1 contact of the contacts list; a second tab and an offline
// reload show the same timeline; once resolved it leaves the overdue list.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, test } from 'node:test';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import {
  expectNoAxeViolations,
  launch,
  readClipboard,
  SINGLE_FILE,
  startStaticServer,
} from './harness.ts';
import { ANSWERS, choose, fill, journey, reportText, toResult, walk } from './journey.ts';

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });
session.context.setDefaultTimeout(15_000);
after(async () => {
  await session.close();
  await server.close();
});

// A Monday afternoon, UTC: the promise below is later the same day in every US zone and in UTC.
const FILED_AT = new Date('2026-12-07T15:00:00Z');
// The southwest LNP center's first escalation level, from the shipped sample contacts list.
const LEVEL_1 = '214-555-0160';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const submit = (page: Page, name: string) =>
  page.getByRole('form', { name }).getByRole('button').last().click();

/** An event of the timeline, by what its line says. */
const timelineItem = (page: Page, text: string) =>
  page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: text });

/** Presses "Add to calendar" and reads the downloaded .ics file back with a parser. */
async function addToCalendar(page: Page): Promise<ICAL.Event> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add the next step to your calendar' }).click(),
  ]);
  const calendar: unknown = ICAL.parse(await readFile(await download.path(), 'utf8'));
  const vevent = new ICAL.Component(calendar as unknown[]).getFirstSubcomponent('vevent');
  assert.ok(vevent, 'the .ics file holds no event');
  return new ICAL.Event(vevent);
}

/** The instant of a date and time typed on the browser's own clock. */
const localInstant = (page: Page, iso: string) =>
  page.evaluate((text) => new Date(text).getTime(), iso);

await test('a lapsed promise makes the escalation overdue everywhere, until it is resolved', async () => {
  await session.context.clock.install({ time: FILED_AT });
  // The system's notifications, as the page sees them: asked for, then recorded where a test can
  // read them (a headless browser shows none).
  await session.context.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    const Recorded = Object.assign(
      function Recorded(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body ?? '' });
      },
      {
        permission: 'default',
        requestPermission(): Promise<NotificationPermission> {
          Recorded.permission = 'granted';
          return Promise.resolve('granted');
        },
      },
    );
    Object.assign(window, { Notification: Recorded, shownNotifications: shown });
  });
  const page = await journey(session, 'lnpPrematureDisconnect');
  await toResult(page);
  await page.getByRole('button', { name: 'Submit as a ticket' }).click();
  const filed = await page.locator('.panel__reference').innerText();
  await page.getByText(`Reference: ${filed}`).first().waitFor();
  const report = await reportText(page);
  // Filing opens the timeline, with no click: the result page links to it.
  await page
    .getByRole('link', {
      name: 'See what is due on this escalation, whom to call next and its timeline',
    })
    .click();
  await h1(page)
    .filter({ hasText: `Escalation ${filed}` })
    .waitFor();
  const url = page.url();
  await expectNoAxeViolations(page);

  // A call to the center.
  await page.getByRole('form', { name: 'Log a contact with AT&T' }).waitFor();
  await choose('I reached AT&T')(page);
  await choose('Phone')(page);
  await fill('At which level?', '0')(page);
  await fill('Whom did you speak with?', 'Pat Doe')(page);
  await fill('What did they say?', 'A technician is assigned')(page);
  await submit(page, 'Log a contact with AT&T');
  await page.getByRole('status').filter({ hasText: 'Log a contact with AT&T: done' }).waitFor();
  await timelineItem(page, 'spoke with Pat Doe').waitFor();

  // A promise typed without its year is refused, and what was typed stays.
  await page.getByRole('radio', { name: 'Log a promise' }).check();
  const promise = page.getByRole('form', { name: 'Log a promise' });
  await choose('A callback')(page);
  await promise.getByLabel('By date').fill('12/07');
  await promise.getByLabel('By time').fill('5:00 PM');
  await promise.getByLabel(/Who promised it/).fill('Pat Doe');
  await submit(page, 'Log a promise');
  const summary = promise.getByRole('alert');
  await summary.waitFor();
  assert.match(await summary.innerText(), /year/i);
  assert.equal(await promise.getByLabel(/Who promised it/).inputValue(), 'Pat Doe');
  await expectNoAxeViolations(page);
  await promise.getByLabel('By date').fill('12/07/2026');
  await submit(page, 'Log a promise');
  await timelineItem(page, 'promised a callback').waitFor();

  // The next step goes into the calendar: the promise's time, in UTC, with the number to call.
  const due = await localInstant(page, '2026-12-07T17:00:00');
  const event = await addToCalendar(page);
  assert.equal(event.startDate.zone.tzid, 'UTC');
  assert.equal(event.startDate.toJSDate().getTime(), due);
  assert.match(event.description, new RegExp(`Reference: ${filed}`));
  assert.match(event.description, new RegExp(LEVEL_1));

  // The copy-ready text for the next level carries the report, the call and the promise.
  await session.grantClipboard();
  await page.getByRole('button', { name: 'Copy the escalation text' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const copied = await readClipboard(page);
  assert.match(copied, new RegExp(`^Escalated to: level 1 \\(Duty manager\\), ${LEVEL_1}`, 'm'));
  assert.match(copied, /^Promise: .*Pat Doe, promised a callback by 12\/07\/2026 /m);
  // It starts with the whole report as filed, not only its first lines.
  assert.ok(copied.startsWith(`${report.trimEnd()}\n\n`), copied);

  // The user lets reminders reach the system, then the clock moves past the promise.
  await page.getByRole('button', { name: 'Show reminders as system notifications' }).click();
  await page
    .getByRole('button', { name: 'Show reminders as system notifications' })
    .waitFor({ state: 'detached' });
  const now = await page.evaluate(() => Date.now());
  await session.context.clock.fastForward(due - now + 60_000);
  await page.getByRole('status').filter({ hasText: 'A step fell due' }).waitFor();
  const notified = await page.evaluate(
    () =>
      (window as unknown as { shownNotifications: { title: string; body: string }[] })
        .shownNotifications,
  );
  assert.equal(notified.length, 1, JSON.stringify(notified));
  const [notice] = notified;
  assert.ok(notice);
  assert.equal(notice.title, 'An escalation needs a call');
  assert.match(notice.body, new RegExp(`^${filed}: Pat Doe promised a callback by`));
  await page.getByText('Overdue').first().waitFor();

  // The ticket's own page links to the timeline.
  await page.goto(new URL(`#/escalations?ticket=${filed}`, server.appUrl).href);
  await page
    .getByRole('link', { name: `What is due on ${filed}, whom to call next, and its timeline` })
    .click();
  await timelineItem(page, 'promised a callback').waitFor();
  assert.equal(page.url(), url);

  // A second tab shows the same timeline.
  const second = await session.context.newPage();
  await second.goto(url);
  await timelineItem(second, 'spoke with Pat Doe').waitFor();
  await timelineItem(second, 'promised a callback').waitFor();
  await second.close();

  // My escalations: overdue, with the level-1 contact.
  await page.goto(new URL('#/escalations', server.appUrl).href);
  const row = page.getByRole('row').filter({ hasText: filed }).filter({ hasText: 'Overdue' });
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(`level 1 \\(Duty manager\\), ${LEVEL_1}`));

  // The start page counts it.
  await page.goto(new URL('#/', server.appUrl).href);
  await page.getByRole('link', { name: '1 escalation needs a call' }).waitFor();

  // Offline, a reload shows the same timeline.
  await page.goto(url);
  await timelineItem(page, 'promised a callback').waitFor();
  await session.setOffline(true);
  await page.reload();
  await timelineItem(page, 'spoke with Pat Doe').waitFor();
  await session.setOffline(false);

  // Resolved, it leaves the overdue list and the start page's count.
  await page.getByRole('radio', { name: 'Resolve the escalation' }).check();
  const resolve = page.getByRole('form', { name: 'Resolve the escalation' });
  await resolve.getByLabel("AT&T's closing ticket number").fill('ATT-CLOSE-1');
  await resolve.getByLabel('How was it resolved?').fill('Number restored');
  await submit(page, 'Resolve the escalation');
  await timelineItem(page, 'AT&T closing ticket ATT-CLOSE-1').waitFor();
  await page.getByRole('link', { name: 'My escalations' }).click();
  await page.getByText('No escalation you track is open.').waitFor();
  assert.equal(await page.getByText('Overdue').count(), 0);
  // A new escalation for the same numbers is a repeat, and names the earlier one.
  await page.goto(new URL('#/new', server.appUrl).href);
  await walk(page, ANSWERS.lnpPrematureDisconnect);
  await toResult(page);
  const repeat = page.locator('p').filter({ hasText: /^Repeat trouble:/ });
  await repeat.waitFor();
  assert.match(await repeat.innerText(), /312-555-0101/);
  assert.equal(
    new URL(
      (await page.getByRole('link', { name: 'See the earlier escalation' }).getAttribute('href')) ??
        '',
      url,
    ).href,
    url,
  );

  // Within the app, so the start page counts from the timelines already read.
  await page.getByRole('link', { name: 'My escalations' }).click();
  await page.getByText('No escalation you track is open.').waitFor();
  await page.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
  await page.getByRole('link', { name: 'Start now' }).waitFor();
  assert.equal(await page.getByRole('link', { name: /needs? a call/ }).count(), 0);

  // The timeline went to the ticket: a colleague's device, which tracks nothing (here this
  // device with its timelines wiped), opens the ticket from the backend and sees the same one.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('att-escalation-wizard-escalations');
        opening.onerror = () => {
          reject(new Error('The timelines could not be opened'));
        };
        opening.onsuccess = () => {
          const db = opening.result;
          const wipe = db.transaction('escalations', 'readwrite');
          wipe.objectStore('escalations').clear();
          wipe.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
  );
  await page.goto(new URL(`#/escalations?ticket=${filed}`, server.appUrl).href);
  await page.reload();
  await page
    .getByRole('link', { name: `What is due on ${filed}, whom to call next, and its timeline` })
    .click();
  await timelineItem(page, 'spoke with Pat Doe').waitFor();
  await timelineItem(page, 'promised a callback').waitFor();
  await timelineItem(page, 'AT&T closing ticket ATT-CLOSE-1').waitFor();
});

await test('from file://: "I called the center" opens a timeline, and its promise goes into the calendar', async () => {
  const single = await launch({ appUrl: pathToFileURL(SINGLE_FILE).href });
  try {
    single.context.setDefaultTimeout(15_000);
    await single.context.clock.install({ time: FILED_AT });
    const page = await journey(single, 'lnpPrematureDisconnect');
    await toResult(page);
    await page.getByRole('button', { name: 'I called the center' }).click();
    await timelineItem(page, 'by calling').waitFor();
    await page.getByRole('radio', { name: 'Log a promise' }).check();
    const promise = page.getByRole('form', { name: 'Log a promise' });
    await promise.getByLabel('The fix').check();
    await promise.getByLabel('By date').fill('12/07/2026');
    // Before the sample list's two-hour interval for the LNP center runs out: the promise is the
    // next step due, and the calendar event is for it.
    await promise.getByLabel('By time').fill('4:30 PM');
    await submit(page, 'Log a promise');
    await timelineItem(page, 'promised the fix').waitFor();
    const event = await addToCalendar(page);
    assert.equal(event.startDate.zone.tzid, 'UTC');
    assert.equal(
      event.startDate.toJSDate().getTime(),
      await localInstant(page, '2026-12-07T16:30:00'),
    );
    assert.match(event.description, new RegExp(LEVEL_1));
  } finally {
    await single.close();
  }
});
