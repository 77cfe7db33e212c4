import {
  FINAL_STATUSES,
  type StatusChange,
  type TicketStatus,
  type TroubleTicket,
} from '../api/troubleTicket.ts';

/*
 * The mock's stand-in for AT&T working a ticket: its status follows the TMF621 lifecycle as time
 * passes since creation. A pure function of (ticket, now), so tests use a fixed clock. The stored
 * ticket keeps only the changes someone made (created, cancelled); the timed ones are derived.
 */

export const LIFECYCLE: readonly {
  readonly status: TicketStatus;
  readonly afterMs: number;
  readonly reason: string;
}[] = [
  { status: 'inProgress', afterMs: 2 * 60_000, reason: 'An AT&T technician is working on it' },
  { status: 'resolved', afterMs: 30 * 60_000, reason: 'AT&T reports the trouble cleared' },
];

export function ticketAt(stored: TroubleTicket, now: Date): TroubleTicket {
  const created = Date.parse(stored.creationDate);
  const explicit = stored.statusChangeHistory ?? [];
  const endedAt = explicit.find((change) => FINAL_STATUSES.has(change.status))?.statusChangeDate;
  const end = endedAt === undefined ? now.getTime() : Math.min(Date.parse(endedAt), now.getTime());
  const timed: StatusChange[] = LIFECYCLE.filter((step) => created + step.afterMs <= end).map(
    (step) => ({
      '@type': 'StatusChange',
      status: step.status,
      statusChangeDate: new Date(created + step.afterMs).toISOString(),
      statusChangeReason: step.reason,
    }),
  );
  const history = [...explicit, ...timed].sort(
    (a, b) => Date.parse(a.statusChangeDate) - Date.parse(b.statusChangeDate),
  );
  const latest = history.at(-1);
  if (!latest) return stored;
  const lastUpdate = [stored.lastUpdate ?? stored.creationDate, latest.statusChangeDate]
    .sort()
    .at(-1);
  return {
    ...stored,
    status: latest.status,
    statusChangeDate: latest.statusChangeDate,
    ...(latest.statusChangeReason ? { statusChangeReason: latest.statusChangeReason } : {}),
    statusChangeHistory: history,
    ...(latest.status === 'resolved' ? { resolutionDate: latest.statusChangeDate } : {}),
    ...(lastUpdate ? { lastUpdate } : {}),
  };
}
