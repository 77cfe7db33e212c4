import Papa from 'papaparse';
import type { SubmissionState } from '../../api/outbox.ts';
import type { PendingChange, StoppedState, WaitingTicket } from '../../api/outboxLists.ts';
import type { EscalationTicket } from '../../api/tickets.ts';
import type { TicketStatus } from '../../api/troubleTicket.ts';
import { formatTelephoneNumber } from '../../domain/identifiers/telephone.ts';
import { downloadFile } from '../../ui/download.ts';
import { STATUS_LABEL, WAITING_LABEL } from './format.ts';

/*
 * My escalations' rows: the tickets filed and the ones still waiting to be sent, each with what
 * the desk finds it by, and what the user can do about it while it waits.
 */

/** Why a ticket, or the changes to one, have not left yet. */
export type WaitingState = 'queued' | 'sending' | 'failed' | 'held';

export type Status = TicketStatus | StoppedState;

export interface Row {
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
  /** The escalation's own answers and report, when it was filed from this device. */
  readonly escalationId?: string | undefined;
  /** What waits to be sent for this escalation: the ticket itself, or changes to it. */
  readonly waiting?: {
    readonly escalationId: string;
    readonly state: WaitingState;
    /** Why it was refused or held. */
    readonly message?: string | undefined;
  };
}

const CHANGES_LABEL = {
  queued: 'changes not sent yet',
  sending: 'sending the changes',
  failed: 'changes not sent',
  held: 'changes waiting for you',
} as const;

/** The state the user sees: a queued operation this tab is sending reads "Sending…". */
function waitingState(state: StoppedState, submission: SubmissionState): WaitingState {
  return state === 'queued' && submission.pending?.state === 'sending' ? 'sending' : state;
}

/** A filed ticket, with the changes to it that wait, if any. */
export function fromTicket(
  ticket: EscalationTicket,
  change: PendingChange | undefined,
  submission: (escalationId: string) => SubmissionState,
  escalationId: string | undefined,
): Row {
  const waiting = change
    ? {
        escalationId: change.escalationId,
        state: waitingState(change.state, submission(change.escalationId)),
        message: change.message,
      }
    : undefined;
  return {
    key: ticket.id,
    reference: ticket.id,
    status: ticket.status,
    statusText: waiting
      ? `${STATUS_LABEL[ticket.status]} (${CHANGES_LABEL[waiting.state]})`
      : STATUS_LABEL[ticket.status],
    at: ticket.filedAt,
    type: ticket.ticketType,
    pon: ticket.pon,
    telephoneNumbers: ticket.telephoneNumbers,
    serviceOrders: ticket.serviceOrders,
    title: ticket.title,
    escalationId,
    ...(waiting ? { waiting } : {}),
  };
}

export function fromWaiting(waiting: WaitingTicket, submission: SubmissionState): Row {
  const state = waitingState(waiting.state, submission);
  return {
    key: `waiting-${waiting.escalationId}`,
    reference: undefined,
    status: waiting.state,
    statusText: WAITING_LABEL[state],
    at: waiting.queuedAt,
    type: waiting.ticketType,
    pon: waiting.pon,
    telephoneNumbers: waiting.telephoneNumbers,
    serviceOrders: waiting.serviceOrders,
    title: waiting.title,
    waiting: { escalationId: waiting.escalationId, state, message: waiting.message },
  };
}

/** What the Summary column says: what the Type column does not (the order and its numbers). */
export function summaryOf(row: Row): string {
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
const squashed = (text: string): string => text.toLowerCase().replace(/[\s.-]/g, '');

const present = (field: string | undefined): field is string => Boolean(field);

/** Case and punctuation do not matter; a telephone number matches however it is typed. */
export function matches(row: Row, query: string): boolean {
  const words = query.trim().toLowerCase();
  if (!words) return true;
  // "+1 214 555 0121": the country code is no part of the 10 digits a ticket holds.
  const digits = words.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  const fields = [row.reference, row.pon, row.statusText, row.type, ...row.serviceOrders].filter(
    present,
  );
  if (fields.some((field) => field.toLowerCase().includes(words))) return true;
  const identifier = squashed(words);
  const identifiers = [row.reference, row.pon, ...row.serviceOrders].filter(present);
  if (identifier && identifiers.some((field) => squashed(field).includes(identifier))) return true;
  return digits.length >= 4 && row.telephoneNumbers.some((tn) => tn.includes(digits));
}

/** A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
const asText = (cell: string): string => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell);

export function exportCsv(rows: readonly Row[]): void {
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
