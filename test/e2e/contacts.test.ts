// The real center contacts on the result page (issue #10): the organisation's center-contacts.json
// as the administrator edits it on the server (no rebuild), an invalid file never giving a number,
// a list imported on the Center contacts page overriding it (offline too) until reset, the import's
// problems by line and column, markup kept as text, and the single file's embedded list; the
// sample flag surviving a re-import, a fictional number never reaching the report, and a later
// escalation past the last level (issue #20).
// (A returning user getting the edited file on the next visit, and offline, is in updates.test.ts.)
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { CenterContact, CenterContactsFile } from '../../src/domain/contacts.ts';
import { CSV_HEADER } from '../../src/domain/contactsCsvHeader.ts';
import { FILE_TOO_BIG_MESSAGE } from '../../src/domain/contactsJson.ts';
import { DIST, SINGLE_FILE, launch, readClipboard, startStaticServer } from './harness.ts';
import {
  ANSWERS,
  Q,
  choose,
  freshStart,
  journey,
  startNow,
  step,
  toResult,
  walk,
} from './journey.ts';

// The served site: a copy of the build whose center-contacts.json each test edits, as an
// administrator edits the file on the static host.
const site = await mkdtemp(join(tmpdir(), 'e2e-contacts-'));
await cp(DIST, site, { recursive: true, filter: (path) => path !== join(DIST, 'single') });
const ORG_FILE = join(site, 'center-contacts.json');
const SHIPPED_TEXT = await readFile(ORG_FILE, 'utf8');
const SHIPPED = JSON.parse(SHIPPED_TEXT) as CenterContactsFile;

const server = await startStaticServer(site);
const session = await launch({ appUrl: server.appUrl });
await session.grantClipboard();

/** The entry the premature-disconnect journey reaches: LNP, Missouri (southwest), REQTYP BB. */
const IS_PD_ENTRY = (c: CenterContact) =>
  c.function === 'lnp' && c.region === 'southwest' && c.productType === 'loopWithLnp';
const PD_INDEX = SHIPPED.contacts.findIndex(IS_PD_ENTRY);
const PD_ENTRY = SHIPPED.contacts[PD_INDEX];
assert.ok(PD_ENTRY, 'the shipped list has no LNP, southwest, loopWithLnp entry');

// Outside the fictional 555-0100 to 0199 block: a number the app may put in a report.
const NEW_PHONE = '816-555-0242';
const SAMPLE_WARNING = /Sample data — not real AT&T numbers/;
const CLEC_ONLINE = 'Use the Center Contacts list on CLEC Online.';
const CONTACTS_PAGE = 'Center contacts';

/** Writes the organisation's file with the PD entry changed, as the administrator would. */
async function publish(file: CenterContactsFile, text?: string): Promise<string> {
  const written = text ?? `${JSON.stringify(file, null, 2)}\n`;
  await writeFile(ORG_FILE, written);
  return written;
}

/**
 * The PD entry's levels with numbers outside the fictional 555-0100 to 0199 block: an entry with
 * a fictional number anywhere is sample data, which never reaches the report.
 */
const realLevels = (entry: CenterContact): CenterContact => ({
  ...entry,
  levels: entry.levels?.map((level) => ({
    ...level,
    ...(level.phone ? { phone: level.phone.replace(/-555-01/, '-555-02') } : {}),
  })),
});

/** The organisation's own list: no "sample", its date and source, the PD entry changed. */
function withPdEntry(change: (entry: CenterContact) => CenterContact): CenterContactsFile {
  return {
    $schema: SHIPPED.$schema,
    updated: '2026-12-01',
    source: 'Prairie Telecom copy of AT&T’s Center Contacts list, CLEC Online, checked 2026-12-01',
    contacts: SHIPPED.contacts.map((c) => (IS_PD_ENTRY(c) ? change(realLevels(c)) : c)),
  };
}

/** The premature-disconnect journey (MO, BB) from a fresh device to its result page. */
async function pdResult(): Promise<Page> {
  const page = await journey(session, 'lnpPrematureDisconnect');
  await toResult(page);
  return page;
}

/** What the result page says about who to call. */
async function callLine(page: Page): Promise<string> {
  return page
    .getByText(/^(Call |No number for this center)/)
    .first()
    .innerText();
}

const details = (page: Page) => page.getByRole('region', { name: 'The center’s contact details' });

/** The report as Copy puts it on the clipboard. */
async function copiedReport(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy the report' }).click();
  await page.getByText('Copied. Paste the report into your e-mail or ticket.').waitFor();
  return readClipboard(page);
}

const centerContactLine = (report: string) =>
  report.split('\n').find((line) => line.startsWith('Center contact:'));

/** 2026-11-26 -> 11/26/2026, as the app shows dates. */
const usDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2/$3/$1');

/** The line on which the entry at `index` of `contacts` opens, in JSON.stringify(…, null, 2). */
function entryLine(text: string, index: number): number {
  const lines = text.split('\n');
  let seen = -1;
  const at = lines.findIndex((line) => line === '    {' && ++seen === index);
  assert.ok(at >= 0);
  return at + 1;
}

await test('the shipped sample list gives a number, says it is sample data, keeps it out of the report', async () => {
  await publish(SHIPPED, SHIPPED_TEXT);
  const page = await pdResult();
  assert.equal(await callLine(page), `Call ${PD_ENTRY.name}: ${PD_ENTRY.phone}`);
  await details(page).getByText(SAMPLE_WARNING).waitFor();
  // A fictional number never leaves the app in a report to AT&T.
  const report = await copiedReport(page);
  assert.equal(centerContactLine(report), undefined);
  assert.doesNotMatch(report, new RegExp(PD_ENTRY.phone));
});

await test('an administrator’s edited center-contacts.json is on the result page, no rebuild', async () => {
  const edited = withPdEntry((entry) => ({ ...entry, phone: NEW_PHONE }));
  await publish(edited);
  const page = await pdResult();

  assert.equal(await callLine(page), `Call ${PD_ENTRY.name}: ${NEW_PHONE}`);
  assert.equal(
    await page.getByRole('link', { name: NEW_PHONE }).first().getAttribute('href'),
    'tel:+18165550242',
  );
  await details(page).getByRole('link', { name: NEW_PHONE }).waitFor();
  await details(page).getByText("From the organisation's list, as of 12/01/2026.").waitFor();
  await details(page).getByText(`Source: ${edited.source}`).waitFor();
  assert.equal(await page.getByText(SAMPLE_WARNING).count(), 0, 'a real list is not sample data');
  assert.equal(await page.getByText(PD_ENTRY.phone).count(), 0, 'the old number is still shown');

  const report = await copiedReport(page);
  assert.equal(
    centerContactLine(report),
    `Center contact: ${PD_ENTRY.name}, ${NEW_PHONE} (${PD_ENTRY.hours ?? ''}), ${PD_ENTRY.email ?? ''}`,
  );
  assert.deepEqual(session.pageErrors, []);
});

await test('a phone of 9 digits in one entry: no number at all, and where the file is wrong', async () => {
  const text = await publish(withPdEntry((entry) => ({ ...entry, phone: '816-555-014' })));
  const where = `Entry ${String(PD_INDEX + 1)} (lnp, southwest, loopWithLnp; line ${String(entryLine(text, PD_INDEX))}), field "phone": "816-555-014": only 9 digits found`;
  const page = await pdResult();

  await page.getByText(`The organisation's list could not be read: ${where}`).waitFor();
  await page.getByText(CLEC_ONLINE, { exact: true }).waitFor();
  assert.match(await callLine(page), /^No number for this center/);
  assert.equal(await page.getByRole('link', { name: /\d{3}-\d{3}-\d{4}/ }).count(), 0);
  assert.equal(await details(page).count(), 0, 'contact details from an invalid list');
  assert.equal(centerContactLine(await copiedReport(page)), undefined);

  await page.getByRole('link', { name: CONTACTS_PAGE }).first().click();
  const problems = page.getByRole('region', {
    name: "The organisation's list could not be read",
  });
  await problems.getByRole('listitem').filter({ hasText: where }).waitFor();
  assert.equal(await page.getByRole('table').count(), 0, 'the invalid list was shown as a table');
});

await test('broken JSON: no number, and the line and column of the mistake', async () => {
  const valid = await publish(withPdEntry((entry) => entry));
  // A comma left out after the PD entry's "name": the next line has the mistake.
  const broken = valid.replace(`"name": "${PD_ENTRY.name}",`, `"name": "${PD_ENTRY.name}"`);
  assert.notEqual(broken, valid);
  await publish(
    withPdEntry((entry) => entry),
    broken,
  );
  const phoneLine = broken.split('\n').findIndex((line) => line.includes(`"${PD_ENTRY.phone}"`));
  const where = new RegExp(
    `^The organisation's list could not be read: Line ${String(phoneLine + 1)}, column \\d+: This is not valid JSON: .*comma`,
  );
  const page = await pdResult();
  await page.getByText(where).waitFor();
  await page.getByText(CLEC_ONLINE, { exact: true }).waitFor();
  assert.equal(await page.getByRole('link', { name: /\d{3}-\d{3}-\d{4}/ }).count(), 0);
});

/** The Center contacts page, from a fresh device. */
async function contactsPage(): Promise<Page> {
  const page = await freshStart(session);
  await page.getByRole('link', { name: CONTACTS_PAGE }).first().click();
  await page.getByRole('heading', { level: 1, name: CONTACTS_PAGE }).waitFor();
  return page;
}

/** Chooses a file and presses "Check the file". */
async function checkFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.getByLabel('Choose a CSV or JSON file').setInputFiles({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
}

const csvRow = (cells: Record<string, string>) =>
  CSV_HEADER.map((column) => {
    const cell = cells[column] ?? '';
    return /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  }).join(',');

const CSV_PHONE = '417-555-0277';
const CSV_NAME = 'Southwest LNP (from our spreadsheet)';
const PD_CSV_ROW = {
  function: 'lnp',
  region: 'southwest',
  product_type: 'loopWithLnp',
  name: CSV_NAME,
  phone: CSV_PHONE,
  hours: '24 hours, 7 days',
  level1_name: 'Duty manager',
  level1_phone: '417-555-0278',
};

await test('a CSV imported on the Center contacts page overrides the organisation’s list until reset', async () => {
  await publish(SHIPPED, SHIPPED_TEXT);
  const page = await contactsPage();
  await checkFile(page, 'our-contacts.csv', `${CSV_HEADER.join(',')}\n${csvRow(PD_CSV_ROW)}\n`);
  await page.getByRole('heading', { name: '1 center read from our-contacts.csv' }).waitFor();
  await page.getByRole('button', { name: 'Use this list on this device' }).click();
  await page.getByText('This device now uses the 1 center from our-contacts.csv.').waitFor();
  await page.getByRole('heading', { name: 'This device uses its own list' }).waitFor();
  await page.getByText(/overrides the organisation's file everywhere in the app/).waitFor();

  await page.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
  await startNow(page);
  await walk(page, ANSWERS.lnpPrematureDisconnect);
  await toResult(page);
  const call = `Call ${CSV_NAME}: ${CSV_PHONE}`;
  assert.equal(await callLine(page), call);
  await details(page)
    .getByText(/^From the list imported on this device, as of /)
    .waitFor();
  assert.equal(await page.getByText(SAMPLE_WARNING).count(), 0);
  assert.match(centerContactLine(await copiedReport(page)) ?? '', new RegExp(CSV_PHONE));

  await page.reload();
  await page.getByText(call).waitFor();

  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
  await session.setOffline(true);
  try {
    await page.reload();
    await page.getByText(call).waitFor();
  } finally {
    await session.setOffline(false);
  }

  await page.getByRole('link', { name: CONTACTS_PAGE }).first().click();
  await page.getByRole('button', { name: "Reset to the organisation's file" }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await page.getByText("In use now: the organisation's file.").waitFor();
  await page.goBack();
  await page.getByText(`Call ${PD_ENTRY.name}: ${PD_ENTRY.phone}`).waitFor();
  assert.deepEqual(session.pageErrors, []);
});

await test('a CSV with bad rows: each problem by line and column, then only the valid rows', async () => {
  const page = await contactsPage();
  const csv = [
    CSV_HEADER.join(','),
    csvRow(PD_CSV_ROW),
    csvRow({ ...PD_CSV_ROW, product_type: 'lnp', phone: '417-555-017' }),
    csvRow({ ...PD_CSV_ROW, product_type: 'all', region: 'Northpole' }),
  ].join('\n');
  await checkFile(page, 'bad-rows.csv', csv);
  await page.getByRole('heading', { name: 'bad-rows.csv has 2 problems' }).waitFor();
  const problems = page.getByRole('region', { name: 'bad-rows.csv has 2 problems' });
  const items = await problems.getByRole('listitem').allInnerTexts();
  assert.equal(items.length, 2, items.join('\n'));
  assert.match(items[0] ?? '', /^Line 3, column "phone": .*9 digits/);
  assert.match(items[1] ?? '', /^Line 4, column "region": .*Northpole/);

  await page.getByRole('button', { name: 'Import only the 1 valid row' }).click();
  await page.getByText('This device now uses the 1 center from bad-rows.csv.').waitFor();
  await page.getByText('Showing 1 of 1 center').waitFor();
  await page.getByRole('rowheader', { name: CSV_NAME }).waitFor();
});

await test('an interval the clock cannot read is reported by row; a level’s interval is edited on the page', async () => {
  await publish(SHIPPED, SHIPPED_TEXT);
  const page = await contactsPage();
  const header = `${CSV_HEADER.join(',')},level1_after`;
  await checkFile(page, 'intervals.csv', `${header}\n${csvRow(PD_CSV_ROW)},4\n`);
  const title = 'intervals.csv has 1 problem';
  await page.getByRole('heading', { name: title }).waitFor();
  const items = await page
    .getByRole('region', { name: title })
    .getByRole('listitem')
    .allInnerTexts();
  assert.deepEqual(items, [
    'Line 2, column "level1_after": Add the unit to "4": write "4 hours" or "4 business hours"',
  ]);
  // The row is never imported, and nothing changed.
  assert.equal(await page.getByRole('button', { name: /^Import only/ }).count(), 0);
  await page.getByRole('button', { name: 'Cancel and fix the file' }).click();

  await page.getByRole('button', { name: `Edit ${PD_ENTRY.name}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit a center' }).waitFor();
  const after = page
    .getByRole('group', { name: 'Level 1' })
    .getByLabel('Call this level after (optional)');
  await after.fill('2 business hourz');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page
    .getByRole('link', { name: /^Level 1: "hourz" is not a unit the clock reads/ })
    .waitFor();
  assert.equal(await after.inputValue(), '2 business hourz');
  await after.fill('2 business hours');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Change saved').waitFor();
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: PD_ENTRY.name }) })
    .getByText(/1: Duty manager, .*, call after 2 business hours/)
    .waitFor();
  assert.deepEqual(session.pageErrors, []);
});

await test('a file over 5 MB is refused at once, unread, and the page never freezes', async () => {
  const page = await contactsPage();
  await page.getByLabel('Choose a CSV or JSON file').setInputFiles({
    name: 'huge.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
  });
  // Counts every way a page can read a file's content.
  await page.evaluate(() => {
    const reads = { count: 0 };
    (window as unknown as { __reads: typeof reads }).__reads = reads;
    const spy = (prototype: object, methods: readonly string[]) => {
      for (const method of methods) {
        const original = Reflect.get(prototype, method) as (...args: unknown[]) => unknown;
        Object.defineProperty(prototype, method, {
          value(this: unknown, ...args: unknown[]) {
            reads.count++;
            return Reflect.apply(original, this, args);
          },
        });
      }
    };
    spy(Blob.prototype, ['text', 'arrayBuffer', 'bytes', 'stream']);
    spy(FileReader.prototype, ['readAsText', 'readAsArrayBuffer', 'readAsDataURL']);
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('alert').getByText(FILE_TOO_BIG_MESSAGE).waitFor();
  // The message is also beside the field, for whoever moves to it.
  await page.getByText(`Error: ${FILE_TOO_BIG_MESSAGE}`).waitFor();
  // Nothing to freeze on: the file is refused by its size and never read.
  const reads = await page.evaluate(
    () => (window as unknown as { __reads: { count: number } }).__reads.count,
  );
  assert.equal(reads, 0, 'the page read the refused file');
  // Still usable: the search answers.
  await page.getByLabel('Search the centers').fill(PD_ENTRY.name);
  await page.getByText(/^Showing 1 of /).waitFor();
});

await test('names and notes with markup stay text, on the page and in the report', async () => {
  const name = 'Southwest LNP <img src=x onerror="window.__injected=1"> <b>Loop</b>';
  const notes = '<script>window.__injected=2</script>Have the <i>PON</i> ready';
  await publish(withPdEntry((entry) => ({ ...entry, name, notes, phone: NEW_PHONE })));
  const page = await pdResult();

  assert.equal(await callLine(page), `Call ${name}: ${NEW_PHONE}`);
  await details(page).getByText(name, { exact: true }).waitFor();
  assert.equal(
    centerContactLine(await copiedReport(page))?.startsWith(`Center contact: ${name},`),
    true,
  );

  await page.getByRole('link', { name: CONTACTS_PAGE }).first().click();
  await page.getByLabel('Search the centers').fill('Loop with LNP');
  const row = page.getByRole('row').filter({ hasText: name });
  await row.getByText(notes, { exact: true }).waitFor();
  assert.equal(await page.locator('main img, main b, main i, main script').count(), 0);
  assert.equal(await page.evaluate(() => '__injected' in window), false);
  assert.deepEqual(session.cspViolations, []);
});

await test('the sample list imported again as JSON stays sample: the warning, and no number in the report', async () => {
  // The organisation's own list is in use, so the sample comes only from the import.
  await publish(withPdEntry((entry) => ({ ...entry, phone: NEW_PHONE })));
  const page = await contactsPage();
  assert.equal(await page.getByText(SAMPLE_WARNING).count(), 0);
  await checkFile(page, 'center-contacts.json', SHIPPED_TEXT);
  await page
    .getByRole('heading', {
      name: `${String(SHIPPED.contacts.length)} centers read from center-contacts.json`,
    })
    .waitFor();
  await page.getByRole('button', { name: 'Use this list on this device' }).click();
  await page.getByRole('heading', { name: 'This device uses its own list' }).waitFor();
  await page.getByText(SAMPLE_WARNING).waitFor();

  await page.getByRole('link', { name: 'Escalate to AT&T Wholesale' }).click();
  await startNow(page);
  await walk(page, ANSWERS.lnpPrematureDisconnect);
  await toResult(page);
  assert.equal(await callLine(page), `Call ${PD_ENTRY.name}: ${PD_ENTRY.phone}`);
  await details(page).getByText(SAMPLE_WARNING).waitFor();
  const report = await copiedReport(page);
  assert.equal(centerContactLine(report), undefined);
  const numbers = [PD_ENTRY.phone, ...(PD_ENTRY.levels ?? []).map((level) => level.phone)];
  for (const phone of numbers) if (phone) assert.doesNotMatch(report, new RegExp(phone));
  assert.deepEqual(session.pageErrors, []);
});

await test('a fourth escalation past the last level names that level, never level 1 again', async () => {
  const levels = [
    { level: 1, name: 'Duty manager', phone: '816-555-0250' },
    { level: 2, name: 'Center manager', phone: '816-555-0251' },
  ];
  await publish(withPdEntry((entry) => ({ ...entry, phone: NEW_PHONE, levels })));
  const page = await freshStart(session);
  await startNow(page);
  const fourth = step(Q.escalation, choose('No'), choose('Fourth or later'));
  await walk(
    page,
    ANSWERS.lnpPrematureDisconnect.map((answer) =>
      answer.question === Q.escalation ? fourth : answer,
    ),
  );
  await toResult(page);
  assert.equal(
    await callLine(page),
    `Call ${PD_ENTRY.name}, level 2 (Center manager): 816-555-0251`,
  );
  const ladder = details(page).getByRole('definition').filter({ hasText: 'last level' });
  assert.equal(
    await ladder.innerText(),
    'Level 2 (Center manager) is the last level in the contact list: it names no one above it.',
  );
  assert.equal(
    await details(page)
      .getByText(/Duty manager|816-555-0250/)
      .count(),
    0,
  );
  assert.doesNotMatch(await copiedReport(page), /If not resolved|816-555-0250/);
});

await session.close();
await server.close();
await rm(site, { recursive: true, force: true });

await test('the single file gives the number from the list built into it', async () => {
  const single = await launch({ appUrl: pathToFileURL(SINGLE_FILE).href });
  try {
    // A new profile has nothing saved: no freshStart (it cannot clear a file:// page's storage).
    const page = await single.openApp();
    await startNow(page);
    await walk(page, ANSWERS.lnpPrematureDisconnect);
    await toResult(page);
    assert.equal(await callLine(page), `Call ${PD_ENTRY.name}: ${PD_ENTRY.phone}`);
    await details(page).getByRole('link', { name: PD_ENTRY.phone }).waitFor();
    await details(page)
      .getByText(`From the organisation's list, as of ${usDate(SHIPPED.updated)}.`)
      .waitFor();
    assert.deepEqual(single.pageErrors, []);
  } finally {
    await single.close();
  }
});
