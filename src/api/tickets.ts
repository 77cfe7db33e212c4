import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client.ts';
import {
  TROUBLE_TICKET_PATH,
  TroubleTicketListSchema,
  TroubleTicketSchema,
  type TroubleTicket,
  type TroubleTicketCreate,
  type TroubleTicketPatch,
} from './troubleTicket.ts';

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
    queryFn: ({ signal }) =>
      apiFetch({ path: TROUBLE_TICKET_PATH, schema: TroubleTicketListSchema, signal }),
    refetchInterval: REFRESH_MS,
  });
}

export function ticketQueryOptions(id: string) {
  return queryOptions({
    queryKey: ticketKeys.detail(id),
    queryFn: ({ signal }) =>
      apiFetch({ path: ticketPath(id), schema: TroubleTicketSchema, signal }),
    refetchInterval: REFRESH_MS,
  });
}

/**
 * POST /troubleTicket. The Idempotency-Key makes a repeat (double click, retry after a lost answer,
 * queued resend) return the ticket the first request made instead of filing another.
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
