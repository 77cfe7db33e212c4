import { http } from 'msw';
import type { z } from 'zod';
import { apiUrl } from '../../api/config.ts';
import {
  FINAL_STATUSES,
  TROUBLE_TICKET_PATH,
  TroubleTicketCreateSchema,
  TroubleTicketPatchSchema,
  type TroubleTicket,
} from '../../api/troubleTicket.ts';
import { db, stampNotes } from '../db.ts';
import { ticketAt } from '../lifecycle.ts';
import { json, tmfError } from './http.ts';

/*
 * TMF621 v5 troubleTicket endpoints over the mock db (docs/api.md). Every ticket is sent as it
 * stands now: ticketAt() moves its status on with the clock.
 */

const collection = apiUrl(TROUBLE_TICKET_PATH);
const item = `${collection}/:id`;

function problems(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
}

async function readBody<T>(request: Request, schema: z.ZodType<T>): Promise<T | Response> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return tmfError(400, 'The body is not JSON. Send a TroubleTicket as application/json.');
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : tmfError(400, problems(parsed.error));
}

function notFound(id: string): Response {
  return tmfError(404, `No trouble ticket has the id ${id}. GET ${collection} lists them.`);
}

export const troubleTicketHandlers = [
  http.post(collection, async ({ request }) => {
    const body = await readBody(request, TroubleTicketCreateSchema);
    if (body instanceof Response) return body;
    const ticket = await db.create(body, request.headers.get('Idempotency-Key'), new Date());
    return json<TroubleTicket>(ticketAt(ticket, new Date()), {
      status: 201,
      headers: { Location: ticket.href },
    });
  }),

  http.get(collection, async ({ request }) => {
    const params = new URL(request.url).searchParams;
    const offset = Number(params.get('offset') ?? 0) || 0;
    const limit = Number(params.get('limit') ?? Infinity) || Infinity;
    const now = new Date();
    const all = (await db.list())
      .map((ticket) => ticketAt(ticket, now))
      .sort((a, b) => b.creationDate.localeCompare(a.creationDate) || b.id.localeCompare(a.id));
    const page = all.slice(offset, offset + limit);
    return json<TroubleTicket[]>(page, {
      headers: { 'X-Total-Count': String(all.length), 'X-Result-Count': String(page.length) },
    });
  }),

  http.get<{ id: string }>(item, async ({ params }) => {
    const ticket = await db.get(params.id);
    return ticket ? json<TroubleTicket>(ticketAt(ticket, new Date())) : notFound(params.id);
  }),

  http.patch<{ id: string }>(item, async ({ params, request }) => {
    const patch = await readBody(request, TroubleTicketPatchSchema);
    if (patch instanceof Response) return patch;
    const now = new Date();
    const { status, statusChangeReason, note, ...fields } = patch;
    const result = await db.modify(params.id, (stored) => {
      const current = ticketAt(stored, now);
      if (status === 'cancelled' && FINAL_STATUSES.has(current.status)) {
        return `Ticket ${stored.id} is already ${current.status}: it can no longer be cancelled.`;
      }
      return {
        ...stored,
        ...fields,
        lastUpdate: now.toISOString(),
        ...(note ? { note: stampNotes(note, now) } : {}),
        ...(status
          ? {
              statusChangeHistory: [
                ...(stored.statusChangeHistory ?? []),
                {
                  '@type': 'StatusChange' as const,
                  status,
                  statusChangeDate: now.toISOString(),
                  statusChangeReason: statusChangeReason ?? 'Cancelled by the CLEC',
                },
              ],
            }
          : {}),
      };
    });
    if (result === undefined) return notFound(params.id);
    if (typeof result === 'string') return tmfError(409, result);
    return json<TroubleTicket>(ticketAt(result, now));
  }),
];
