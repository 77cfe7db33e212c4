import { queryOptions } from '@tanstack/react-query';
import type { ScriptInput } from '../domain/escalation/script.ts';
import { apiFetch } from './client.ts';
import { timelineFromTicket, withTimeline } from './escalationTicket.ts';
import type {
  TicketStatus,
  TroubleTicket,
  TroubleTicketCreate,
  TroubleTicketPatch,
} from './troubleTicket.ts';
import {
  FINAL_STATUSES,
  TROUBLE_TICKET_PATH,
  TroubleTicketListSchema,
  TroubleTicketSchema,
} from './troubleTicket.ts';

/*
 * The tickets as the UI reads them: TMF621's wire shapes stop here. `EscalationTicket` is what a
 * CLEC desk sees of a ticket (status, identifiers, reporter, report, history, notes); a different
 * backend changes this adapter, not the UI.
 */

export interface EscalationTicket {
  readonly id: string;
  readonly status: TicketStatus;
  readonly statusReason?: string;
  /** No more change will come: resolved, closed, cancelled or rejected. */
  readonly final: boolean;
  readonly ticketType: string;
  readonly severity: string;
  /** "<center>: <kind of escalation>". */
  readonly title: string | undefined;
  readonly filedAt: string;
  readonly updatedAt: string | undefined;
  readonly pon: string | undefined;
  /** VER, REQTYP, dates, state: the facts the ticket carries as characteristics. */
  readonly facts: readonly { readonly name: string; readonly value: string }[];
  /** 10 digits each. */
  readonly telephoneNumbers: readonly string[];
  readonly serviceOrders: readonly string[];
  readonly circuitIds: readonly string[];
  readonly reporter:
    | {
        readonly name: string | undefined;
        readonly company: string | undefined;
        readonly callbackNumber: string | undefined;
        readonly email: string | undefined;
      }
    | undefined;
  /** The report text as filed. */
  readonly report: string;
  readonly history: readonly {
    readonly status: TicketStatus;
    readonly at: string;
    readonly reason?: string;
  }[];
  readonly notes: readonly {
    readonly key: string;
    readonly at?: string;
    readonly author?: string;
    readonly text: string;
  }[];
}

const entities = (ticket: TroubleTicket, role: string): string[] =>
  (ticket.relatedEntity ?? []).filter((e) => e.role === role).map((e) => e.entity.id);

export function toEscalationTicket(ticket: TroubleTicket): EscalationTicket {
  const party = ticket.relatedParty?.find((p) => p.role === 'reporter')?.partyOrPartyRole;
  const media = party?.contactMedium ?? [];
  return {
    id: ticket.id,
    status: ticket.status,
    ...(ticket.statusChangeReason ? { statusReason: ticket.statusChangeReason } : {}),
    final: FINAL_STATUSES.has(ticket.status),
    ticketType: ticket.ticketType,
    severity: ticket.severity,
    title: ticket.name,
    filedAt: ticket.creationDate,
    updatedAt: ticket.lastUpdate,
    pon: ticket.externalIdentifier?.find((x) => x.externalIdentifierType === 'PON')?.id,
    facts: (ticket.troubleTicketCharacteristic ?? []).map(({ name, value }) => ({ name, value })),
    telephoneNumbers: entities(ticket, 'affectedTelephoneNumber'),
    serviceOrders: entities(ticket, 'serviceOrder'),
    circuitIds: entities(ticket, 'affectedCircuit'),
    reporter: party
      ? {
          name: party.name,
          company: party.partyName,
          callbackNumber: media.find((m) => m['@type'] === 'PhoneContactMedium')?.phoneNumber,
          email: media.find((m) => m['@type'] === 'EmailContactMedium')?.emailAddress,
        }
      : undefined,
    report: ticket.description,
    history: (ticket.statusChangeHistory ?? []).map((change) => ({
      status: change.status,
      at: change.statusChangeDate,
      ...(change.statusChangeReason ? { reason: change.statusChangeReason } : {}),
    })),
    notes: (ticket.note ?? []).map((note, index) => ({
      key: note.id ?? String(index),
      ...(note.date ? { at: note.date } : {}),
      ...(note.author ? { author: note.author } : {}),
      text: note.text,
    })),
  };
}

export const ticketKeys = {
  all: ['troubleTicket'] as const,
  list: () => [...ticketKeys.all, 'list'] as const,
  detail: (id: string) => [...ticketKeys.all, 'detail', id] as const,
};

function ticketPath(id: string): string {
  return `${TROUBLE_TICKET_PATH}/${encodeURIComponent(id)}`;
}

// Status moves on by itself on the server; a minute keeps the list honest without chatter.
const REFRESH_MS = 60_000;

export function ticketListQueryOptions() {
  return queryOptions({
    queryKey: ticketKeys.list(),
    queryFn: async ({ signal }) =>
      (await apiFetch({ path: TROUBLE_TICKET_PATH, schema: TroubleTicketListSchema, signal })).map(
        toEscalationTicket,
      ),
    refetchInterval: REFRESH_MS,
  });
}

export function ticketQueryOptions(id: string) {
  return queryOptions({
    queryKey: ticketKeys.detail(id),
    queryFn: async ({ signal }) => toEscalationTicket(await getTroubleTicket(id, signal)),
    refetchInterval: REFRESH_MS,
  });
}

export function getTroubleTicket(id: string, signal?: AbortSignal): Promise<TroubleTicket> {
  return apiFetch({
    path: ticketPath(id),
    schema: TroubleTicketSchema,
    ...(signal ? { signal } : {}),
  });
}

/**
 * The escalation timeline a ticket carries, as the device that logged it wrote it: what another
 * device merges into its own log, so both show the same timeline.
 */
export function ticketTimelineQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...ticketKeys.detail(id), 'timeline'],
    queryFn: async ({ signal }) => timelineFromTicket(await getTroubleTicket(id, signal)),
  });
}

/**
 * POST /troubleTicket. The Idempotency-Key makes a repeat (double click, retry after a lost answer,
 * queued resend, another tab) return the ticket the first request made instead of filing another.
 */
export function createTroubleTicket(
  ticket: TroubleTicketCreate,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<TroubleTicket> {
  return apiFetch({
    path: TROUBLE_TICKET_PATH,
    method: 'POST',
    body: ticket,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: TroubleTicketSchema,
    ...(signal ? { signal } : {}),
  });
}

/** PATCH /troubleTicket/{id} as a JSON merge patch. */
export function patchTroubleTicket(id: string, patch: TroubleTicketPatch): Promise<TroubleTicket> {
  return apiFetch({
    path: ticketPath(id),
    method: 'PATCH',
    body: patch,
    schema: TroubleTicketSchema,
  });
}

/** Adds a note: merge-patch replaces the notes, so the ones on the ticket are sent again. */
export async function addTicketNote(id: string, text: string): Promise<EscalationTicket> {
  const current = await getTroubleTicket(id);
  return toEscalationTicket(
    await patchTroubleTicket(id, {
      '@type': 'TroubleTicket',
      note: [...(current.note ?? []), { '@type': 'Note', text }],
    }),
  );
}

/**
 * Writes an escalation's timeline into its filed ticket: the ticket is read just before, so its
 * own notes, PON and facts are sent again beside the timeline's (merge-patch replaces arrays).
 */
export async function sendTimeline(id: string, input: ScriptInput): Promise<TroubleTicket> {
  const current = await getTroubleTicket(id);
  return patchTroubleTicket(id, { '@type': 'TroubleTicket', ...withTimeline(current, input) });
}

export async function cancelTicket(id: string): Promise<EscalationTicket> {
  return toEscalationTicket(
    await patchTroubleTicket(id, {
      '@type': 'TroubleTicket',
      status: 'cancelled',
      statusChangeReason: 'Cancelled by the CLEC',
    }),
  );
}
