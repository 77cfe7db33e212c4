import type { TicketStatus } from '../../api/troubleTicket.ts';

export const STATUS_LABEL: Record<TicketStatus, string> = {
  acknowledged: 'Acknowledged',
  rejected: 'Rejected',
  pending: 'Pending',
  held: 'Held',
  inProgress: 'In progress',
  cancelled: 'Cancelled',
  closed: 'Closed',
  resolved: 'Resolved',
};

const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** Where "open this ticket" links point. */
export function defaultTicketHref(id: string): string {
  return `#/escalations?ticket=${encodeURIComponent(id)}`;
}
