import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiUrl } from '../../api/config.ts';
import { memoryStore } from '../../api/localStore.ts';
import { createOutbox, type Outbox } from '../../api/outbox.ts';
import { createTroubleTicket } from '../../api/tickets.ts';
import {
  TROUBLE_TICKET_PATH,
  toTroubleTicketCreate,
  type EscalationTicketInput,
} from '../../api/troubleTicket.ts';
import { db } from '../../mocks/db.ts';
import { injectFault } from '../../mocks/faults.ts';
import { tmfError } from '../../mocks/handlers/http.ts';
import { server } from '../../mocks/server.ts';
import { escalationInput } from '../../../test/unit/api/fixtures.ts';
import { setupMockBackend } from '../../../test/msw.ts';
import { MyEscalations } from './MyEscalations.tsx';
import { TicketDetail } from './TicketDetail.tsx';
import { renderWithQueries } from './testing.tsx';

setupMockBackend();
afterEach(cleanup);

function file(input: EscalationTicketInput) {
  return createTroubleTicket(toTroubleTicketCreate(input), input.escalationId);
}

const emptyOutbox = () => createOutbox({ store: memoryStore(), isOnline: () => true });

/**
 * A desk's escalations: two filed (TT-100001, then TT-100002), one refused by the service (a
 * 400) and one queued while offline, neither of which has a reference yet.
 */
async function deskWithEscalations(): Promise<Outbox> {
  await file(escalationInput());
  await file(
    escalationInput({
      centerName: 'Maintenance',
      ticketType: 'Loop not repaired',
      pon: undefined,
      telephoneNumbers: ['3125550150'],
      serviceOrders: [],
    }),
  );
  let online = true;
  const outbox = createOutbox({ store: memoryStore(), isOnline: () => online });
  server.use(
    http.post(apiUrl(TROUBLE_TICKET_PATH), () => tmfError(400, 'severity: required'), {
      once: true,
    }),
  );
  await outbox.submit(
    escalationInput({
      centerName: 'Billing',
      ticketType: 'Billing dispute',
      pon: 'ACME-PON-0200',
      telephoneNumbers: ['4045550130'],
      serviceOrders: ['C30000001'],
    }),
  );
  online = false;
  await outbox.submit(
    escalationInput({
      centerName: 'Provisioning',
      ticketType: 'Order not provisioned',
      pon: 'ACME-PON-0100',
      telephoneNumbers: ['2145550120', '2145550121', '2145550122'],
      serviceOrders: ['N20000001'],
    }),
  );
  return outbox;
}

const ROWS = {
  failed: [
    'Not filed yet',
    'Not sentAT&T’s ticket service refused the request (HTTP 400): severity: required. Correct the details, then try again.',
    'Billing dispute',
    'PON ACME-PON-0200 · 404-555-0130 · C30000001 · Billing',
  ],
  queued: [
    'Not filed yet',
    'Queued (not sent yet)',
    'Order not provisioned',
    'PON ACME-PON-0100 · 3 numbers from 214-555-0120 · N20000001 · Provisioning',
  ],
  newer: ['TT-100002', 'Acknowledged', 'Loop not repaired', '312-555-0150 · Maintenance'],
  older: [
    'TT-100001',
    'Acknowledged',
    'LNP premature disconnect',
    'PON ACME-PON-0042 · 2 numbers from 312-555-0142 · N12345678 · LNP',
  ],
} as const;
type RowName = keyof typeof ROWS;

/** The table's rows as [reference, status, type, summary]: the date depends on the clock. */
function shownRows(): string[][] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      // The Filed cell is left out, and so is the Action cell (its own tests are below).
      const [, ...cells] = within(row)
        .getAllByRole('cell')
        .slice(0, 4)
        .map((cell) => cell.textContent);
      return [within(row).getByRole('rowheader').textContent, ...cells];
    });
}

const rowsNamed = (...names: RowName[]) => names.map((name) => [...ROWS[name]]);

async function renderDesk() {
  const outbox = await deskWithEscalations();
  renderWithQueries(<MyEscalations outbox={outbox} />);
  await screen.findByRole('link', { name: 'TT-100001' });
  return userEvent.setup();
}

describe('<MyEscalations>', () => {
  it('lists the ones waiting to be sent once each, marked, then the filed ones newest first', async () => {
    await renderDesk();

    expect(screen.getByRole('heading', { level: 1, name: 'My escalations' })).toBeInTheDocument();
    expect(shownRows()).toEqual(rowsNamed('failed', 'queued', 'newer', 'older'));
    expect(screen.getByRole('link', { name: 'TT-100002' })).toHaveAttribute(
      'href',
      '#/escalations?ticket=TT-100002',
    );
    expect(screen.getByText('4 escalations')).toHaveRole('status');
    // The Type column names the kind of escalation; the Summary says what it is about.
    for (const [, , type, summary] of shownRows()) expect(summary).not.toContain(type);
  });

  it('offers an action for each escalation still waiting: send again, check the answers, open the report', async () => {
    const outbox = createOutbox({
      store: memoryStore(),
      isOnline: () => true,
      resolve: ({ escalationId }) =>
        Promise.resolve(
          escalationId === held.escalationId
            ? { status: 'hold', message: 'Some answers are missing.' }
            : { status: 'unchanged' },
        ),
    });
    const refused = escalationInput({ pon: 'ACME-PON-0300' });
    const held = escalationInput({ pon: 'ACME-PON-0301' });
    injectFault('malformed', { count: 1 });
    await outbox.submit(refused);
    await outbox.submit(held);
    renderWithQueries(<MyEscalations outbox={outbox} />);
    const user = userEvent.setup();

    expect(
      await screen.findByRole('link', { name: 'Check the answers PON ACME-PON-0301' }),
    ).toHaveAttribute('href', `#/resume?draft=${held.escalationId}`);
    expect(shownRows().map(([, status]) => status)).toEqual([
      'Not sentAT&T’s ticket service sent an answer this app cannot read. Trying again is safe: it will not create a second ticket.',
      'Waiting for youSome answers are missing.',
    ]);
    expect(screen.getByRole('link', { name: 'Open the report PON ACME-PON-0300' })).toHaveAttribute(
      'href',
      `#/resume?draft=${refused.escalationId}`,
    );

    await user.click(screen.getByRole('button', { name: 'Send again PON ACME-PON-0300' }));

    // Filed: it leaves the rows still waiting (the app refreshes the filed ones as it is filed).
    await vi.waitFor(() => {
      expect(
        screen.queryByRole('button', { name: 'Send again PON ACME-PON-0300' }),
      ).not.toBeInTheDocument();
    });
    expect((await db.list()).map((ticket) => ticket.externalIdentifier?.[0]?.id)).toEqual([
      'ACME-PON-0300',
    ]);
  });

  it('links a ticket filed from this device to its report, where changes since filing are sent', async () => {
    const outbox = emptyOutbox();
    const input = escalationInput();
    await outbox.submit(input);
    await file(escalationInput({ pon: 'FROM-ANOTHER-DEVICE' }));
    renderWithQueries(<MyEscalations outbox={outbox} />);

    expect(
      await screen.findByRole('link', { name: 'Open the report PON ACME-PON-0042' }),
    ).toHaveAttribute('href', `#/resume?draft=${input.escalationId}`);
    await screen.findByRole('link', { name: 'TT-100002' });
    expect(
      screen.queryByRole('link', { name: 'Open the report PON FROM-ANOTHER-DEVICE' }),
    ).not.toBeInTheDocument();
  });

  it('counts a single escalation in the singular', async () => {
    await file(escalationInput());
    renderWithQueries(<MyEscalations outbox={createOutbox({ store: memoryStore() })} />);
    await screen.findByRole('link', { name: 'TT-100001' });

    expect(screen.getByText('1 escalation')).toHaveRole('status');
  });

  it.each<[string, string, RowName[]]>([
    ['a PON', 'ACME-PON-0100', ['queued']],
    ['a PON, in lower case', 'acme-pon-0042', ['older']],
    ['a PON without its hyphens', 'ACMEPON0100', ['queued']],
    ['a PON written with spaces and dots', 'acme pon.0042', ['older']],
    ['a reference without its hyphen', 'tt100002', ['newer']],
    ['a telephone number with punctuation', '(404) 555-0130', ['failed']],
    ['a telephone number with dots', '312.555.0150', ['newer']],
    ['a telephone number with the country code', '+1 214-555-0121', ['queued']],
    ['the end of a telephone number', '555-0143', ['older']],
    ['a reference', 'TT-100002', ['newer']],
    ['a service order', 'n20000001', ['queued']],
    ['a status', 'acknowledged', ['newer', 'older']],
    ['the state of one not sent yet', 'queued', ['queued']],
    ['something no escalation has', 'ACME-PON-9999', []],
  ])('finds escalations by %s (%s)', async (_what, search, expected) => {
    const user = await renderDesk();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), search);

    expect(shownRows()).toEqual(rowsNamed(...expected));
    expect(screen.getByText(`${expected.length} of 4 escalations`)).toHaveRole('status');
  });

  it.each<[string, RowName[]]>([
    ['Not sent', ['failed']],
    ['Queued (not sent yet)', ['queued']],
    ['Acknowledged', ['newer', 'older']],
    ['Resolved', []],
  ])('filters by status: %s', async (status, expected) => {
    const user = await renderDesk();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), status);

    expect(shownRows()).toEqual(rowsNamed(...expected));
  });

  it('exports the escalations shown as CSV a spreadsheet reads as UTF-8', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:my-escalations';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    const user = await renderDesk();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), '312-555');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Acknowledged');
    expect(shownRows()).toEqual(rowsNamed('newer', 'older'));

    await user.click(screen.getByRole('button', { name: 'Export these as CSV' }));

    expect(downloads).toEqual(['my-escalations.csv blob:my-escalations']);
    const [blob] = blobs;
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), {
      header: true,
    });
    expect(csv.meta.fields).toEqual([
      'Reference',
      'Filed',
      'Status',
      'Type',
      'PON',
      'Telephone numbers',
      'Service orders',
      'Center',
    ]);
    const filed = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/) as string;
    expect(csv.data).toEqual([
      {
        Reference: 'TT-100002',
        Filed: filed,
        Status: 'Acknowledged',
        Type: 'Loop not repaired',
        PON: '',
        'Telephone numbers': '312-555-0150',
        'Service orders': '',
        Center: 'Maintenance',
      },
      {
        Reference: 'TT-100001',
        Filed: filed,
        Status: 'Acknowledged',
        Type: 'LNP premature disconnect',
        PON: 'ACME-PON-0042',
        'Telephone numbers': '312-555-0142 312-555-0143',
        'Service orders': 'N12345678',
        Center: 'LNP',
      },
    ]);
  });

  it('says so when there is nothing yet', async () => {
    renderWithQueries(<MyEscalations outbox={emptyOutbox()} />);
    expect(
      await screen.findByText(/You have not filed an escalation as a ticket yet/),
    ).toBeInTheDocument();
  });

  it('explains a failed load and tries again', async () => {
    await file(escalationInput());
    injectFault('503', { count: 1 });
    renderWithQueries(<MyEscalations outbox={emptyOutbox()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'AT&T’s ticket service is busy. Wait a minute, then try again.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'TT-100001' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

/** The ticket's fields as the page lists them: label, then value. */
function fields(): Record<string, string> {
  return Object.fromEntries(
    [...document.querySelectorAll('dt')].map((term) => [
      term.textContent,
      term.nextElementSibling?.textContent ?? '',
    ]),
  );
}

describe('<TicketDetail>', () => {
  it('shows the reporter’s name, company, call-back number and e-mail apart, and the facts', async () => {
    const ticket = await file(escalationInput());
    renderWithQueries(<TicketDetail id={ticket.id} />);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      `Escalation ${ticket.id}`,
    );
    await screen.findByText('ACME-PON-0042');
    expect(fields()).toMatchObject({
      Status: 'Acknowledged — Received by AT&T',
      Type: 'LNP premature disconnect',
      Severity: 'Critical',
      PON: 'ACME-PON-0042',
      VER: '02',
      'Due date (DD)': '2026-11-24',
      State: 'IL',
      'Telephone numbers': '312-555-0142, 312-555-0143',
      'AT&T service orders': 'N12345678',
      'Circuit ID': '73/HCGS/123456/000/NE',
      'Reported by': 'Dana Reyes',
      Company: 'Acme Telecom',
      'Call-back number': '312-555-0199',
      'E-mail': 'dana.reyes@acme.example',
    });
    expect(screen.getByText(/^Premature disconnect of pending LNP conversion/)).toHaveClass(
      'report',
    );
  });

  it('leaves out the rows the ticket has nothing for', async () => {
    const ticket = await file(
      escalationInput({
        contact: { name: 'Dana Reyes', company: 'Acme Telecom', callbackNumber: '3125550199' },
        facts: [],
        pon: undefined,
        serviceOrders: [],
      }),
    );
    renderWithQueries(<TicketDetail id={ticket.id} />);

    await screen.findByText('Dana Reyes');
    expect(Object.keys(fields())).toEqual([
      'Status',
      'Type',
      'Severity',
      'Filed',
      'Last update',
      'Telephone numbers',
      'Circuit ID',
      'Reported by',
      'Company',
      'Call-back number',
    ]);
  });

  it('adds a note, and cancels after a confirmation', async () => {
    const ticket = await file(escalationInput());
    const user = userEvent.setup();
    renderWithQueries(<TicketDetail id={ticket.id} />);
    await screen.findByText('ACME-PON-0042');

    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByText('Enter the text of the note')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Add a note'), 'End user confirms no dial tone.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText(/: End user confirms no dial tone\.$/)).toBeInTheDocument();
    expect(screen.getByLabelText('Add a note')).toHaveValue('');
    // The note filed with the ticket is still there: merge-patch replaced the array with both.
    expect(screen.getByText(/Escalation to the AT&T LNP center/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cancel this escalation' }));
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    await user.click(screen.getByRole('button', { name: 'Cancel this escalation' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect(await screen.findByText('Cancelled — Cancelled by the CLEC')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Cancel this escalation' }),
    ).not.toBeInTheDocument();
  });

  it('explains an unknown reference', async () => {
    renderWithQueries(<TicketDetail id="TT-1" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'AT&T’s ticket service does not know this ticket.',
    );
  });
});
