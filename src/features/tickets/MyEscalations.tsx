import { useQuery } from '@tanstack/react-query';
import { useId, useState, useSyncExternalStore } from 'react';
import { apiConfig } from '../../api/config.ts';
import type { Outbox } from '../../api/outbox.ts';
import { outbox as appOutbox } from '../../api/outbox.ts';
import { pendingChanges, waitingTickets } from '../../api/outboxLists.ts';
import { ticketListQueryOptions } from '../../api/tickets.ts';
import { TICKET_STATUSES } from '../../api/troubleTicket.ts';
import { formatDateTime } from '../../ui/dateTime.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import type { Row, Status } from './escalationRows.ts';
import { exportCsv, fromTicket, fromWaiting, matches, summaryOf } from './escalationRows.ts';
import { defaultTicketHref, escalationHref, STATUS_LABEL, WAITING_LABEL } from './format.ts';
import { QueryError } from './QueryError.tsx';

/*
 * The escalations filed from this device, newest first, with the ones still waiting to be sent
 * (queued offline, or refused) marked as such and listed once. Searchable by PON, telephone
 * number, reference and status; exportable as CSV for the desk's own records.
 */

export function MyEscalations({ outbox = appOutbox }: { outbox?: Outbox }) {
  const id = useId();
  const query = useQuery(ticketListQueryOptions());
  const operations = useSyncExternalStore(outbox.subscribe, outbox.operations);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const filed = query.data ?? [];
  const changes = pendingChanges(operations, (id) => outbox.getState(id).filed);
  const rows = [
    ...waitingTickets(operations).map((waiting) =>
      fromWaiting(waiting, outbox.getState(waiting.escalationId)),
    ),
    ...filed.map((ticket) =>
      fromTicket(ticket, changes.get(ticket.id), outbox.getState, outbox.escalationOf(ticket.id)),
    ),
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
              <option value="held">{WAITING_LABEL.held}</option>
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
        <EscalationsTable rows={shown} outbox={outbox} />
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

/* On a phone the rows are stacked blocks, each value after its column's name (app.css). */
function EscalationsTable({ rows, outbox }: { rows: readonly Row[]; outbox: Outbox }) {
  return (
    <div className="table-scroll">
      <table className="table escalations-table">
        <caption className="visually-hidden">Your escalations, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Filed</th>
            <th scope="col">Status</th>
            <th scope="col">Type</th>
            <th scope="col">Summary</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
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
              <td data-label="Filed">{formatDateTime(row.at)}</td>
              <td data-label="Status">
                {row.statusText}
                {row.waiting?.message ? (
                  <span className="escalations-table__why">{row.waiting.message}</span>
                ) : null}
              </td>
              <td data-label="Type">{row.type}</td>
              <td data-label="Summary">{summaryOf(row)}</td>
              <td className="escalations-table__actions">
                <RowAction row={row} outbox={outbox} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What the user can do about an escalation: send a refused one again (as its report is now);
 * check the answers of one held for them; open the report of one that waits for the connection,
 * to check or correct it before it leaves, or of one filed, to send what changed since.
 */
function RowAction({ row, outbox }: { row: Row; outbox: Outbox }) {
  const { waiting } = row;
  // Named by what the desk knows the escalation by, not its reference: the reference is the link
  // that opens the ticket itself.
  const name = row.pon ? `PON ${row.pon}` : row.type;
  const hidden = <span className="visually-hidden"> {name}</span>;
  const report = (label: string, escalationId: string) => (
    <a className="link" href={escalationHref(escalationId)}>
      {label}
      {hidden}
    </a>
  );
  // A filed ticket with nothing waiting: its reference opens the ticket; its report, where a
  // report changed since filing offers to send the changes, is one link away.
  if (!waiting) return row.escalationId ? report('Open the report', row.escalationId) : null;
  switch (waiting.state) {
    case 'failed':
      return (
        <div className="escalations-table__buttons">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void outbox.retry(waiting.escalationId)}
          >
            Send again{hidden}
          </button>
          {report('Open the report', waiting.escalationId)}
        </div>
      );
    case 'held':
      return report('Check the answers', waiting.escalationId);
    default:
      return report('Open the report', waiting.escalationId);
  }
}
