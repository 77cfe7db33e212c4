import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CLEC_ONLINE_FALLBACK } from '../../domain/contactList.ts';
import type { CenterContactsFile } from '../../domain/contacts.ts';
import { FILE_TOO_BIG_MESSAGE, MAX_IMPORT_BYTES } from '../../domain/contactsJson.ts';
import { loadDeviceList, saveDeviceList } from './deviceList.ts';
import {
  HEADER,
  SAMPLE,
  SAMPLE_TEXT,
  TOTAL,
  importFile,
  renderPage,
  serveOrganisationFile,
  tableRows,
  servesTheSampleEachTest,
} from './testing.tsx';

servesTheSampleEachTest();

describe('<ContactsPage>', () => {
  it('shows the sample list, where it comes from, its date and the sample warning', async () => {
    renderPage();
    expect(screen.getByText('Loading the contact list…')).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('table')).toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 1, name: 'Center contacts' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Center contacts — /);
    expect(screen.getByText("The organisation's file (center-contacts.json)")).toBeInTheDocument();
    expect(screen.getByText('11/26/2026')).toBeInTheDocument();
    expect(screen.getByText(SAMPLE.source)).toBeInTheDocument();
    expect(screen.getByText(/Sample data — not real AT&T numbers/)).toBeInTheDocument();
    expect(screen.getByText(`Showing ${TOTAL} of ${TOTAL} centers`)).toBeInTheDocument();
    expect(screen.queryByText('This device uses its own list')).not.toBeInTheDocument();

    // By function, region, then product type; the general line ('all') last.
    const rows = tableRows();
    expect(rows).toHaveLength(TOTAL);
    expect(rows[0]?.slice(0, 3)).toEqual([
      'Billing',
      'Southeast (former BellSouth)',
      'Resale (EB)',
    ]);
    const loop = rows.find((row) => row[3] === 'Midwest Maintenance (LOC): Loop');
    expect(loop).toEqual([
      'Maintenance',
      'Midwest (former Ameritech)',
      'Loop (AB)',
      'Midwest Maintenance (LOC): Loop',
      '312-555-0112',
      '24 hours, 7 days',
      'maintenance.midwest.loop@example.com',
      '1: Duty manager, 312-555-0150, duty-manager.maintenance.midwest@example.com, call after 4 hours' +
        '2: Center manager, 312-555-0151, center-manager.maintenance.midwest@example.com, call after 24 hours',
      'Edit Midwest Maintenance (LOC): Loop',
    ]);
  });

  it('filters on any column, whatever the case or the punctuation of a number, and counts', async () => {
    const user = userEvent.setup();
    renderPage();
    const search = await screen.findByLabelText('Search the centers');

    await user.type(search, 'MIDWEST maintenance');
    expect(screen.getByText(`Showing 4 of ${TOTAL} centers`)).toBeInTheDocument();
    expect(tableRows().map((row) => row[3])).toEqual([
      'Midwest Maintenance (LOC): Loop',
      'Midwest Maintenance (LOC): Resale',
      'Midwest Maintenance (LOC): Local Wholesale Complete',
      'Midwest Maintenance (LOC): All products',
    ]);

    await user.clear(search);
    await user.type(search, '(312) 555.0112');
    expect(screen.getByText(`Showing 1 of ${TOTAL} centers`)).toBeInTheDocument();
    expect(tableRows()[0]?.[3]).toBe('Midwest Maintenance (LOC): Loop');

    await user.clear(search);
    await user.type(search, 'no such center');
    expect(screen.getByText(`Showing 0 of ${TOTAL} centers`)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/No center matches “no such center”/)).toBeInTheDocument();
  });

  it('imports a good CSV and uses it on this device, where it survives a reload', async () => {
    renderPage();
    await screen.findByRole('table');
    const user = await importFile(
      'our-centers.csv',
      [
        HEADER,
        'maintenance,midwest,all,Our Midwest Maintenance,312-555-0199,12,"24 hours, 7 days",mw@example.com,,Duty manager,(312) 555-0150',
        'Billing,Southeast,All products,Our Southeast Billing,404.555.0100',
      ].join('\r\n'),
    );

    const result = await screen.findByRole('heading', {
      name: '2 centers read from our-centers.csv',
    });
    expect(result).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Use this list on this device' }));

    expect(await screen.findByText('List imported')).toBeInTheDocument();
    expect(
      screen.getByText('This device now uses the 2 centers from our-centers.csv.'),
    ).toBeInTheDocument();
    expect(screen.getByText('This device uses its own list')).toBeInTheDocument();
    expect(screen.getByText('Imported from our-centers.csv on this device')).toBeInTheDocument();
    expect(screen.queryByText(/Sample data/)).not.toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 2 centers')).toBeInTheDocument();
    expect(tableRows().map((row) => row.slice(3, 5))).toEqual([
      ['Our Southeast Billing', '404-555-0100'],
      ['Our Midwest Maintenance', '312-555-0199 ext. 12'],
    ]);
    expect(tableRows()[1]?.[7]).toBe('1: Duty manager, 312-555-0150');

    const stored = await loadDeviceList();
    expect(stored.status === 'loaded' && stored.list.contacts).toHaveLength(2);
    expect(stored.status === 'loaded' && stored.list.sample).toBeUndefined();

    // A fresh page (a reload) reads the device's list again.
    cleanup();
    renderPage();
    expect(await screen.findByText('Showing 2 of 2 centers')).toBeInTheDocument();
  });

  it('keeps the sample flag when the sample list is imported again as JSON', async () => {
    renderPage();
    await screen.findByRole('table');
    const user = await importFile('center-contacts.json', SAMPLE_TEXT, 'application/json');
    await user.click(await screen.findByRole('button', { name: 'Use this list on this device' }));

    expect(await screen.findByText('List imported')).toBeInTheDocument();
    expect(screen.getByText('This device uses its own list')).toBeInTheDocument();
    expect(screen.getByText(/Sample data — not real AT&T numbers/)).toBeInTheDocument();
    const stored = await loadDeviceList();
    expect(stored.status === 'loaded' && stored.list.sample).toBe(true);
    expect(stored.status === 'loaded' && stored.list.source).toBe(
      `Imported from center-contacts.json on this device: ${SAMPLE.source}`,
    );
  });

  it('warns that a real list’s fictional numbers are treated as sample data', async () => {
    renderPage();
    await screen.findByRole('table');
    const user = await importFile(
      'ours.csv',
      [
        HEADER,
        'lnp,west,all,West LNP,415-555-0216',
        'lnp,east,all,East LNP,203-555-0216,,,,,Duty manager,203-555-0150',
      ].join('\n'),
    );
    await user.click(await screen.findByRole('button', { name: 'Use this list on this device' }));
    expect(await screen.findByText('List imported')).toBeInTheDocument();
    expect(screen.queryByText(/Sample data/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/^1 center has a number in the fictional 555-0100 to 555-0199 block/),
    ).toBeInTheDocument();
  });

  it('lists every problem of a CSV by line and column, and imports only the valid rows', async () => {
    renderPage();
    await screen.findByRole('table');
    const user = await importFile(
      'bad.csv',
      [
        HEADER,
        'maintenance,midwest,all,Good center,312-555-0111',
        'maintenance,midwest,loop,Short number,312-555-011',
        'billing,northwest,all,Unknown region,404-555-0100',
      ].join('\n'),
    );

    expect(await screen.findByRole('heading', { name: 'bad.csv has 2 problems' })).toHaveFocus();
    const problems = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(problems).toContainEqual(
      expect.stringMatching(/^Line 3, column "phone": "312-555-011": /),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^Line 4, column "region": "northwest" is not a region: /),
    );
    expect(screen.getByText(/1 row is valid\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel and fix the file' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Import only the 1 valid row' }));
    expect(await screen.findByText('Showing 1 of 1 center')).toBeInTheDocument();
    expect(tableRows()[0]?.[3]).toBe('Good center');
    expect(
      screen.getByText('Imported from bad.csv on this device (only the valid rows)'),
    ).toBeInTheDocument();
  });

  it('shows at most 100 problems and counts the rest; cancel leaves the list alone', async () => {
    renderPage();
    await screen.findByRole('table');
    const rows = Array.from({ length: 150 }, (_, i) => `billing,southeast,all,Center ${i},123`);
    const user = await importFile('many.csv', [HEADER, ...rows].join('\n'));

    const title = await screen.findByRole('heading', { name: /^many\.csv has \d+ problems$/ });
    const result = title.closest('section');
    if (!result) throw new Error('no result section');
    expect(within(result).getAllByRole('listitem')).toHaveLength(100);
    expect(within(result).getByText(/^And \d+ more problems not shown here/)).toBeInTheDocument();
    expect(within(result).queryByRole('button', { name: /Import only/ })).not.toBeInTheDocument();

    await user.click(within(result).getByRole('button', { name: 'Cancel and fix the file' }));
    expect(screen.queryByText(/many\.csv/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Choose a CSV or JSON file')).toHaveFocus();
    expect(screen.getByText(`Showing ${TOTAL} of ${TOTAL} centers`)).toBeInTheDocument();
  });

  it('refuses a file over the size limit without reading it', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('table');
    const huge = new File([HEADER], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(huge, 'text');

    await user.upload(screen.getByLabelText('Choose a CSV or JSON file'), huge);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: FILE_TOO_BIG_MESSAGE })).toHaveAttribute(
      'href',
      '#contacts-file',
    );
    expect(screen.getByLabelText('Choose a CSV or JSON file')).toHaveAccessibleDescription(
      expect.stringContaining(`Error: ${FILE_TOO_BIG_MESSAGE}`),
    );
    expect(document.title).toMatch(/^Error: Center contacts/);
    expect(read).not.toHaveBeenCalled();
  });

  it('asks for a file when none is chosen', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Select a CSV or JSON file of the Center Contacts list',
    );
  });

  it('reads a JSON file, naming the entry and field of each problem', async () => {
    renderPage();
    await screen.findByRole('table');
    const file = {
      updated: '2026-12-01',
      source: 'Our list',
      contacts: [
        {
          function: 'lnp',
          region: 'west',
          productType: 'all',
          name: 'West LNP',
          phone: '415-555-0100',
        },
        {
          function: 'lnp',
          region: 'east',
          productType: 'all',
          name: 'East LNP',
          phone: '203-555-01',
          emial: 'x',
        },
      ],
    };
    // The name does not say: recognised by its content.
    const user = await importFile('export.txt', JSON.stringify(file, null, 2), 'text/plain', true);

    expect(
      await screen.findByRole('heading', { name: 'export.txt has 2 problems' }),
    ).toBeInTheDocument();
    const problems = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(problems).toContainEqual(
      expect.stringMatching(/^Entry 2 \(lnp, east, all; line \d+\), field "phone": /),
    );
    expect(problems).toContainEqual(expect.stringMatching(/Unknown field "emial"/));
    await user.click(screen.getByRole('button', { name: 'Import only the 1 valid entry' }));
    expect(await screen.findByText('Showing 1 of 1 center')).toBeInTheDocument();
  });

  it('uses the date of a JSON file without problems', async () => {
    renderPage();
    await screen.findByRole('table');
    const file = {
      updated: '2026-12-01',
      source: 'Our list',
      contacts: [
        {
          function: 'lnp',
          region: 'west',
          productType: 'all',
          name: 'West LNP',
          phone: '415-555-0100',
        },
      ],
    };
    const user = await importFile('ours.json', JSON.stringify(file), 'application/json');
    await user.click(await screen.findByRole('button', { name: 'Use this list on this device' }));
    expect(await screen.findByText('12/01/2026')).toBeInTheDocument();
  });

  it('edits a row: the whole list becomes the device’s list, with the new number', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(
      await screen.findByRole('button', { name: 'Edit Midwest Maintenance (LOC): Loop' }),
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Edit a center' })).toHaveFocus();
    expect(screen.getByText('Midwest (former Ameritech)')).toBeInTheDocument();
    const phone = screen.getByLabelText('Phone');
    expect(phone).toHaveValue('312-555-0112');
    await user.clear(phone);
    await user.type(phone, '(312) 555-0177');
    const levelTwo = within(screen.getByRole('group', { name: 'Level 2' }));
    expect(levelTwo.getByLabelText('Name or title')).toHaveValue('Center manager');
    await user.clear(levelTwo.getByLabelText('Name or title'));
    await user.clear(levelTwo.getByLabelText('Phone (optional)'));
    await user.clear(levelTwo.getByLabelText('E-mail (optional)'));
    await user.clear(levelTwo.getByLabelText('Call this level after (optional)'));
    await user.type(
      within(screen.getByRole('group', { name: 'Level 3' })).getByLabelText('Name or title'),
      'Director',
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Change saved')).toBeInTheDocument();
    expect(screen.getByText('Change saved').closest('[tabindex]')).toHaveFocus();
    expect(screen.getByText('This device uses its own list')).toBeInTheDocument();
    expect(
      screen.getByText(/^Edited on this device, from the organisation's list: SAMPLE DATA/),
    ).toBeInTheDocument();
    // Still the sample's other fictional numbers, so still marked as sample data.
    expect(screen.getByText(/Sample data — not real AT&T numbers/)).toBeInTheDocument();
    const row = tableRows().find((cells) => cells[3] === 'Midwest Maintenance (LOC): Loop');
    expect(row?.[4]).toBe('312-555-0177');
    expect(row?.[7]).toBe(
      '1: Duty manager, 312-555-0150, duty-manager.maintenance.midwest@example.com, call after 4 hours' +
        '3: Director',
    );
    expect(screen.getByText(`Showing ${TOTAL} of ${TOTAL} centers`)).toBeInTheDocument();

    const stored = await loadDeviceList();
    if (stored.status !== 'loaded') throw new Error('not saved');
    expect(stored.list.contacts).toHaveLength(TOTAL);
    expect(stored.list.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(
      stored.list.contacts.find((c) => c.name === 'Midwest Maintenance (LOC): Loop')?.phone,
    ).toBe('(312) 555-0177');
  });

  it('shows the error summary for an invalid e-mail, keeping what was typed; cancel discards', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(
      await screen.findByRole('button', { name: 'Edit Midwest Maintenance (LOC): Loop' }),
    );
    // The first: the center's own; each level has one too.
    const email = screen.getAllByLabelText('E-mail (optional)')[0];
    if (!email) throw new Error('no e-mail field');
    await user.clear(email);
    await user.type(email, 'not an address');
    await user.type(
      within(screen.getByRole('group', { name: 'Level 4' })).getByLabelText('Phone (optional)'),
      '312-555-0160',
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: /^"not an address" is not an e-mail address/ }),
    ).toHaveAttribute('href', '#email');
    expect(
      within(summary).getByRole('link', { name: /^Level 4: Enter the name or title/ }),
    ).toHaveAttribute('href', '#levels.3.name');
    expect(email).toHaveAccessibleDescription(
      expect.stringMatching(/^Error: "not an address" is not an e-mail address/),
    );
    expect(email).toHaveValue('not an address');
    expect(document.title).toMatch(/^Error: Edit a center/);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(
      screen.getByRole('button', { name: 'Edit Midwest Maintenance (LOC): Loop' }),
    ).toHaveFocus();
    const row = tableRows().find((cells) => cells[3] === 'Midwest Maintenance (LOC): Loop');
    expect(row?.slice(4, 7)).toEqual([
      '312-555-0112',
      '24 hours, 7 days',
      'maintenance.midwest.loop@example.com',
    ]);
    expect(screen.queryByText('This device uses its own list')).not.toBeInTheDocument();
    expect(await loadDeviceList()).toEqual({ status: 'absent' });
  });

  it("resets to the organisation's file after a confirmation", async () => {
    await saveDeviceList({
      updated: '2026-01-02',
      source: 'Imported from old.csv on this device',
      contacts: [
        {
          function: 'lnp',
          region: 'west',
          productType: 'all',
          name: 'Old West LNP',
          phone: '415-555-0100',
        },
      ],
    });
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByText('This device uses its own list')).toBeInTheDocument();
    expect(screen.getByText('01/02/2026')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: "Reset to the organisation's file" }));
    await user.click(screen.getByRole('button', { name: 'No, keep this list' }));
    expect(tableRows()[0]?.[3]).toBe('Old West LNP');

    await user.click(screen.getByRole('button', { name: "Reset to the organisation's file" }));
    expect(screen.getByRole('group', { name: /Delete the list on this device\?/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, reset' }));

    expect(await screen.findByText('List reset')).toBeInTheDocument();
    expect(screen.getByText(/In use now: the organisation's file\./)).toBeInTheDocument();
    expect(screen.getByText("The organisation's file (center-contacts.json)")).toBeInTheDocument();
    expect(screen.queryByText('This device uses its own list')).not.toBeInTheDocument();
    expect(screen.getByText(`Showing ${TOTAL} of ${TOTAL} centers`)).toBeInTheDocument();
    expect(await loadDeviceList()).toEqual({ status: 'absent' });
  });

  it('shows markup in names and notes as text', async () => {
    renderPage();
    await screen.findByRole('table');
    const name = '<img src=x onerror="alert(1)"><b>Bold</b>';
    const user = await importFile(
      'markup.csv',
      `${HEADER}\nlnp,west,all,"${name.replace(/"/g, '""')}",415-555-0100,,,,<script>alert(2)</script>`,
    );
    await user.click(await screen.findByRole('button', { name: 'Use this list on this device' }));

    expect(await screen.findByText('Showing 1 of 1 center')).toBeInTheDocument();
    expect(tableRows()[0]?.[3]).toBe(`${name}<script>alert(2)</script>`);
    const table = screen.getByRole('table');
    expect(table.querySelector('img, b, script')).toBeNull();
  });

  it('downloads the list in use as CSV and as JSON', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', {
      ...URL,
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:contacts';
      },
      revokeObjectURL: vi.fn(),
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderPage();
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'Download as CSV' }));
    expect(screen.getByText('Saved as center-contacts.csv.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download as JSON' }));

    expect(names).toEqual(['center-contacts.csv', 'center-contacts.json']);
    const [csv, json] = await Promise.all(blobs.map((blob) => blob.text()));
    expect(csv?.startsWith('\uFEFFfunction,region,product_type,name,phone')).toBe(true);
    // The sample stays marked sample in a spreadsheet too: its column says true on every row.
    const [header, ...lines] = (csv ?? '').trim().split('\r\n');
    expect(header?.endsWith(',sample')).toBe(true);
    expect(lines.filter((line) => !line.endsWith(',true'))).toEqual([]);
    const file = JSON.parse(json ?? '') as CenterContactsFile;
    expect(file).toMatchObject({
      $schema: './center-contacts.schema.json',
      updated: '2026-11-26',
      sample: true,
    });
    expect(file.contacts).toHaveLength(TOTAL);
  });

  it('names the problems of an unreadable file and, with no list, sends the user to CLEC Online', async () => {
    const broken = JSON.parse(SAMPLE_TEXT) as { contacts: { phone: string }[] };
    const first = broken.contacts[0];
    if (first) first.phone = '404-555-010';
    serveOrganisationFile(JSON.stringify(broken, null, 2));
    renderPage();

    expect(
      await screen.findByRole('heading', { name: "The organisation's list could not be read" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Entry 1 \(billing, southeast, all; line 24\), field "phone": "404-555-010"/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`No contact list can be used.*${CLEC_ONLINE_FALLBACK}`)),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so when there is no list at all', async () => {
    serveOrganisationFile(null);
    renderPage();
    expect(
      await screen.findByText(new RegExp(`No contact list can be used.*${CLEC_ONLINE_FALLBACK}`)),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download as CSV' })).not.toBeInTheDocument();
  });
});
