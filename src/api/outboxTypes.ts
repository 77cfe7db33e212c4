import type { ApiError } from './client.ts';
import type { EscalationTicketInput, TroubleTicketCreate } from './troubleTicket.ts';

/*
 * The outbox's operations and states (outbox.ts), apart from the engine that sends them, so that
 * the lists that show them read them without it.
 */

/** One thing to send: a new ticket, or the changes to one already filed. */
export interface OutboxOperation {
  readonly escalationId: string;
  readonly kind: 'create' | 'update';
  /** The digest of the report this operation carries. */
  readonly digest: string;
  readonly summary: string;
  readonly ticket: TroubleTicketCreate;
  /** For an update: the note listing what changed since the ticket was filed. */
  readonly changeNote?: string;
  readonly queuedAt: string;
  /** A failure no retry can fix; kept until the user retries. */
  readonly failed?: { readonly message: string };
  /** The answers changed so that they make no report to send: kept until the user looks. */
  readonly held?: { readonly message: string };
}

/**
 * An escalation's report as its answers make it now, which the app reads just before a queued
 * operation leaves: the same report, a changed one (to send instead, with the note for the filed
 * ticket), or none the user has not looked at (the operation is held, with why).
 */
export type CurrentReport =
  | { readonly status: 'unchanged' }
  | {
      readonly status: 'changed';
      readonly input: EscalationTicketInput;
      readonly changeNote?: string | undefined;
    }
  | { readonly status: 'hold'; readonly message: string };

/**
 * Rebuilds an operation's report from the escalation's saved answers. Undefined when the device
 * holds no answers for it any more: the operation then leaves as it was queued, the last report
 * the user saw.
 */
export type ReportResolver = (
  operation: Pick<OutboxOperation, 'escalationId' | 'digest' | 'ticket'>,
  filed: Filed | undefined,
) => Promise<CurrentReport | undefined>;

/** What the server holds for an escalation. */
export interface Filed {
  readonly ticketId: string;
  readonly digest: string;
  readonly summary: string;
  readonly sentAt: string;
}

export interface SubmissionState {
  /** The ticket as last filed, if it was. */
  readonly filed?: Filed;
  /** What is being sent or waits to be. */
  readonly pending?: {
    readonly kind: 'create' | 'update';
    readonly state: 'sending' | 'queued' | 'failed' | 'held';
    readonly message?: string;
    /** While waiting to retry: why, and when. */
    readonly retry?: { readonly error: ApiError; readonly inMs: number };
    /** The request has waited `slowAfterMs` for an answer: the service is slow. */
    readonly slow?: true;
    /** Queued because the service asked the user to sign in again (401). */
    readonly signInNeeded?: true;
  };
}
