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

/** A ticket, or changes to one, that has not left yet, by why. */
export const WAITING_LABEL = {
  queued: 'Queued (not sent yet)',
  sending: 'Sending…',
  failed: 'Not sent',
  held: 'Waiting for you',
} as const;

/** Where "open this ticket" links point. */
export function defaultTicketHref(id: string): string {
  return `#/escalations?ticket=${encodeURIComponent(id)}`;
}

/**
 * Where an escalation's own answers and report are: the wizard's link that resumes a saved draft
 * (the draft's id is the escalation's), which lands on its result page once it is complete.
 */
export function escalationHref(escalationId: string): string {
  return `#/resume?draft=${encodeURIComponent(escalationId)}`;
}
