import type { Filed, OutboxOperation } from './outboxTypes.ts';

/*
 * The outbox's operations as the lists show them: the tickets not filed yet, and the changes
 * waiting for tickets already filed.
 */

/** Why an operation has not left: the connection, a refusal, or answers the user must look at. */
export type StoppedState = 'queued' | 'failed' | 'held';

export const stoppedState = (op: OutboxOperation): StoppedState =>
  op.failed ? 'failed' : op.held ? 'held' : 'queued';

/** The changes waiting for a filed ticket. */
export interface PendingChange {
  readonly escalationId: string;
  readonly state: StoppedState;
  /** Why they were refused or held. */
  readonly message?: string;
}

/** A ticket not filed yet, as My escalations lists it. */
export interface WaitingTicket {
  readonly escalationId: string;
  readonly state: StoppedState;
  readonly message?: string;
  readonly queuedAt: string;
  readonly title: string | undefined;
  readonly ticketType: string;
  readonly pon: string | undefined;
  /** 10 digits each. */
  readonly telephoneNumbers: readonly string[];
  readonly serviceOrders: readonly string[];
}

/** The operations that would create a ticket, as rows: an update belongs to its filed ticket. */
export function waitingTickets(operations: readonly OutboxOperation[]): WaitingTicket[] {
  return operations
    .filter((op) => op.kind === 'create')
    .map((op) => {
      const ids = (role: string) =>
        (op.ticket.relatedEntity ?? []).filter((e) => e.role === role).map((e) => e.entity.id);
      return {
        escalationId: op.escalationId,
        state: stoppedState(op),
        ...(op.failed
          ? { message: op.failed.message }
          : op.held
            ? { message: op.held.message }
            : {}),
        queuedAt: op.queuedAt,
        title: op.ticket.name,
        ticketType: op.ticket.ticketType,
        pon: op.ticket.externalIdentifier?.find((x) => x.externalIdentifierType === 'PON')?.id,
        telephoneNumbers: ids('affectedTelephoneNumber'),
        serviceOrders: ids('serviceOrder'),
      };
    });
}

/** Changes to filed tickets that wait, failed or are held, by ticket id: My escalations marks those rows. */
export function pendingChanges(
  operations: readonly OutboxOperation[],
  filed: (escalationId: string) => Filed | undefined,
): ReadonlyMap<string, PendingChange> {
  const changes = new Map<string, PendingChange>();
  for (const op of operations) {
    const ticketId = op.kind === 'update' ? filed(op.escalationId)?.ticketId : undefined;
    const message = (op.failed ?? op.held)?.message;
    if (ticketId) {
      changes.set(ticketId, {
        escalationId: op.escalationId,
        state: stoppedState(op),
        ...(message ? { message } : {}),
      });
    }
  }
  return changes;
}
