import { useQuery } from '@tanstack/react-query';
import Papa from 'papaparse';
import { useId, useState, useSyncExternalStore } from 'react';
import { apiConfig } from '../../api/config.ts';
import type { Outbox, WaitingTicket } from '../../api/outbox.ts';
import { outbox as appOutbox, pendingChanges, waitingTickets } from '../../api/outbox.ts';
import type { EscalationTicket } from '../../api/tickets.ts';
import { ticketListQueryOptions } from '../../api/tickets.ts';
import type { TicketStatus } from '../../api/troubleTicket.ts';
import { TICKET_STATUSES } from '../../api/troubleTicket.ts';
import { formatTelephoneNumber } from '../../domain/identifiers/telephone.ts';
import { downloadFile } from '../../ui/download.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { defaultTicketHref, formatDateTime, STATUS_LABEL } from './format.ts';
import { QueryError } from './QueryError.tsx';

/*
 * The escalations filed from this device, newest first, with the ones still waiting to be sent
 * (queued offline, or refused) marked as such and listed once. Searchable by PON, telephone
 * number, reference and status; exportable as CSV for the desk's own records.
 */

type Status = TicketStatus | 'queued' | 'failed';

interface Row {
  readonly key: string;
  readonly reference: string | undefined;
  readonly status: Status;
  readonly statusText: string;
  readonly at: string;
  readonly type: string;
  readonly pon: string | undefined;
  readonly telephoneNumbers: readonly string[];
  readonly serviceOrders: readonly string[];
  readonly title: string | undefined;
}

const WAITING_LABEL = { queued: 'Queued (not sent yet)', failed: 'Not sent' } as const;
const CHANGES_LABEL = { queued: 'changes not sent yet', failed: 'changes not sent' } as const;

/** A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
const asText = (cell: string): string => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell);

const fromTicket = (ticket: EscalationTicket): Row => ({
  key: ticket.id,
  reference: ticket.id,
  status: ticket.status,
  statusText: STATUS_LABEL[ticket.status],
  at: ticket.filedAt,
  type: ticket.ticketType,
  pon: ticket.pon,
  telephoneNumbers: ticket.telephoneNumbers,
  serviceOrders: ticket.serviceOrders,
  title: ticket.title,
});

const fromWaiting = (waiting: WaitingTicket): Row => ({
  key: `waiting-${waiting.escalationId}`,
  reference: undefined,
  status: waiting.state,
  statusText: WAITING_LABEL[waiting.state],
  at: waiting.queuedAt,
  type: waiting.ticketType,
  pon: waiting.pon,
  telephoneNumbers: waiting.telephoneNumbers,
  serviceOrders: waiting.serviceOrders,
  title: waiting.title,
});

/** What the Summary column says: what the Type column does not (the order and its numbers). */
function summaryOf(row: Row): string {
  const numbers = row.telephoneNumbers;
  const first = numbers[0];
  return [
    row.pon ? `PON ${row.pon}` : undefined,
    first
      ? numbers.length === 1
        ? formatTelephoneNumber(first)
        : `${numbers.length.toLocaleString('en-US')} numbers from ${formatTelephoneNumber(first)}`
      : undefined,
    row.serviceOrders.length > 0 ? row.serviceOrders.slice(0, 2).join(', ') : undefined,
    row.title?.split(':')[0],
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * An identifier as the desk compares it: "ABC-123", "abc 123" and "ABC.123" are one PON, as the
 * same order is written differently in an FOC, an e-mail and a spreadsheet.
 */
const squashed = (text: string): string => text.toLowerCase().replace(/[\s.\-]/g, '');

/** Case and punctuation do not matter; a telephone number matches however it is typed. */
function matches(row: Row, query: string): boolean {
  const words = query.trim().toLowerCase();
  if (!words) return true;
  // "+1 214 555 0121": the country code is no part of the 10 digits a ticket holds.
  const digits = words.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  const fields = [row.reference, row.pon, row.statusText, row.type, ...row.serviceOrders].filter(
    (field): field is string => Boolean(field),
  );
  if (fields.some((field) => field.toLowerCase().includes(words))) return true;
  const identifier = squashed(words);
  const identifiers = [row.reference, row.pon, ...row.serviceOrders].filter(
    (field): field is string => Boolean(field),
  );
  if (identifier && identifiers.some((field) => squashed(field).includes(identifier))) return true;
  return digits.length >= 4 && row.telephoneNumbers.some((tn) => tn.includes(digits));
}

function exportCsv(rows: readonly Row[]): void {
  const csv = Papa.unparse(
    rows.map((row) =>
      Object.fromEntries(
        Object.entries({
          Reference: row.reference ?? '',
          Filed: row.at,
          Status: row.statusText,
          Type: row.type,
          PON: row.pon ?? '',
          'Telephone numbers': row.telephoneNumbers.map(formatTelephoneNumber).join(' '),
          'Service orders': row.serviceOrders.join(' '),
          Center: row.title?.split(':')[0] ?? '',
        }).map(([column, cell]) => [column, asText(cell)]),
      ),
    ),
  );
  // A BOM, so a spreadsheet reads the file as UTF-8.
  downloadFile('my-escalations.csv', `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}

export function MyEscalations({ outbox = appOutbox }: { outbox?: Outbox }) {
  const id = useId();
  const query = useQuery(ticketListQueryOptions());
  const operations = useSyncExternalStore(outbox.subscribe, outbox.operations);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const filed = query.data ?? [];
  const changes = pendingChanges(operations, (id) => outbox.getState(id).filed);
  const rows = [
    ...waitingTickets(operations).map(fromWaiting),
    ...filed.map(fromTicket).map((row) => {
      const change = row.reference ? changes.get(row.reference) : undefined;
      return change ? { ...row, statusText: `${row.statusText} (${CHANGES_LABEL[change]})` } : row;
    }),
  ];
  const shown = rows.filter((row) => matches(row, search) && (!status || row.status === status));

  let body;
  if (query.isPending && rows.length === 0) {
    body = (
      <p role="status" className="body">
        Loading your escalations…
      </p>
    );
  } else if (rows.length === 0 && !query.isError) {
    body = (
      <p className="body">
        You have not filed an escalation as a ticket yet. When you submit one from a result page, it
        appears here.
      </p>
    );
  } else {
    body = (
      <>
        <div className="filters">
          <div className="form-group">
            <label className="label" htmlFor={`${id}-search`}>
              Search
            </label>
            <div className="hint" id={`${id}-search-hint`}>
              A PON, telephone number, service order, reference or status.
            </div>
            <input
              id={`${id}-search`}
              className="input input--medium"
              type="search"
              value={search}
              aria-describedby={`${id}-search-hint`}
              onChange={(event) => {
                setSearch(event.target.value);
              }}
            />
          </div>
          <div className="form-group">
            <label className="label" htmlFor={`${id}-status`}>
              Status
            </label>
            <select
              id={`${id}-status`}
              className="select"
              value={status}
              onChange={(event) => {
                setStatus(event.target.value as Status | '');
              }}
            >
              <option value="">All</option>
              <option value="queued">{WAITING_LABEL.queued}</option>
              <option value="failed">{WAITING_LABEL.failed}</option>
              {TICKET_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="body" role="status">
          {shown.length === rows.length
            ? `${rows.length.toLocaleString('en-US')} ${rows.length === 1 ? 'escalation' : 'escalations'}`
            : `${shown.length.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} escalations`}
        </p>
        {query.isError ? (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        ) : null}
        {/* The table scrolls inside its own box on a phone instead of widening the page. */}
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Your escalations, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Filed</th>
                <th scope="col">Status</th>
                <th scope="col">Type</th>
                <th scope="col">Summary</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {row.reference ? (
                      <a className="link" href={defaultTicketHref(row.reference)}>
                        {row.reference}
                      </a>
                    ) : (
                      'Not filed yet'
                    )}
                  </th>
                  <td>{formatDateTime(row.at)}</td>
                  <td>{row.statusText}</td>
                  <td>{row.type}</td>
                  <td>{summaryOf(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            exportCsv(shown);
          }}
        >
          Export these as CSV
        </button>
      </>
    );
  }
  return (
    <div className="wide-column">
      <PageHeading>My escalations</PageHeading>
      {apiConfig.shouldMock ? (
        <p className="body">
          Sample data: these tickets are held by a demonstration backend in this browser, not sent
          to AT&amp;T.
        </p>
      ) : null}
      {body}
    </div>
  );
}
