import { useQuery } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { apiConfig } from '../../api/config.ts';
import { ticketListQueryOptions } from '../../api/tickets.ts';
import { firstLine } from '../../api/troubleTicket.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { defaultTicketHref, formatDateTime, STATUS_LABEL } from './format.ts';
import { QueryError } from './QueryError.tsx';

interface MyEscalationsProps {
  /** Where a ticket's link points. */
  ticketHref?: (id: string) => string;
  /** Called instead of following the link, when the shell opens tickets itself. */
  onOpen?: (id: string) => void;
}

/** The tickets filed from this app, newest first, each opening its detail. */
export function MyEscalations({ ticketHref = defaultTicketHref, onOpen }: MyEscalationsProps) {
  const query = useQuery(ticketListQueryOptions());
  const open = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!onOpen) return;
    event.preventDefault();
    onOpen(id);
  };

  let body;
  if (query.isPending) {
    body = (
      <p role="status" className="body">
        Loading your escalations…
      </p>
    );
  } else if (query.isError) {
    body = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data.length === 0) {
    body = (
      <p className="body">
        You have not filed an escalation as a ticket yet. When you submit one from a result page, it
        appears here.
      </p>
    );
  } else {
    // The table scrolls inside its own box on a phone instead of widening the page (WCAG 1.4.10);
    // its reference links are focusable, so a keyboard user can scroll it too.
    body = (
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
            {query.data.map((ticket) => (
              <tr key={ticket.id}>
                <th scope="row">
                  <a className="link" href={ticketHref(ticket.id)} onClick={open(ticket.id)}>
                    {ticket.id}
                  </a>
                </th>
                <td>{formatDateTime(ticket.creationDate)}</td>
                <td>{STATUS_LABEL[ticket.status]}</td>
                <td>{ticket.ticketType}</td>
                <td>{firstLine(ticket.description)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
