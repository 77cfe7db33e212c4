import { z } from 'zod';
import { apiUrl } from '../api/config.ts';
import type { LocalStore } from '../api/localStore.ts';
import { openStore } from '../api/localStore.ts';
import {
  TROUBLE_TICKET_PATH,
  TroubleTicketSchema,
  type Note,
  type TroubleTicket,
  type TroubleTicketCreate,
} from '../api/troubleTicket.ts';

/*
 * The mock backend's tickets, kept in IndexedDB so a demo user finds yesterday's ticket after a
 * reload, and shared by every tab as one server would be: each change is one atomic
 * read-modify-write of the whole store, so two tabs filing at once get two numbers, and a repeated
 * Idempotency-Key returns the first ticket whichever tab sent it. Where storage is blocked the
 * tickets live in memory only.
 */

const FIRST_NUMBER = 100_001;
const KEY = 'db';

const StoredDbSchema = z.object({
  nextNumber: z.number().int().positive(),
  tickets: z.array(TroubleTicketSchema),
  /** Idempotency-Key -> ticket id. */
  idempotency: z.record(z.string(), z.string()),
});
type StoredDb = z.infer<typeof StoredDbSchema>;

function empty(): StoredDb {
  return { nextNumber: FIRST_NUMBER, tickets: [], idempotency: {} };
}

/** What is stored, or an empty db when it is missing or damaged: the demo never breaks. */
function readDb(stored: unknown): StoredDb {
  const parsed = StoredDbSchema.safeParse(stored);
  return parsed.success ? parsed.data : empty();
}

/** Server-populated note fields: every note gets an id and a date. */
export function stampNotes(notes: readonly Note[] | undefined, now: Date): Note[] {
  return (notes ?? []).map((note, index) => ({
    ...note,
    id: note.id ?? `${now.getTime().toString(36)}-${index}`,
    date: note.date ?? now.toISOString(),
  }));
}

export interface TicketDb {
  /** A new ticket, or the one already made with this Idempotency-Key. */
  create(
    body: TroubleTicketCreate,
    idempotencyKey: string | null,
    now: Date,
  ): Promise<TroubleTicket>;
  get(id: string): Promise<TroubleTicket | undefined>;
  list(): Promise<TroubleTicket[]>;
  /**
   * Changes one ticket atomically: `change` gets the stored ticket and returns the new one, or a
   * string (the reason) to refuse. Undefined when there is no such ticket.
   */
  modify(
    id: string,
    change: (stored: TroubleTicket) => TroubleTicket | string,
  ): Promise<TroubleTicket | string | undefined>;
  reset(): Promise<void>;
}

export function createTicketDb(store: LocalStore<unknown>): TicketDb {
  return {
    async create(body, idempotencyKey, now) {
      let result: TroubleTicket | undefined;
      await store.update(KEY, (stored) => {
        const db = readDb(stored);
        const existing = idempotencyKey ? db.idempotency[idempotencyKey] : undefined;
        const repeat = db.tickets.find((ticket) => ticket.id === existing);
        if (repeat) {
          result = repeat;
          return db;
        }
        const id = `TT-${db.nextNumber}`;
        const created = now.toISOString();
        const ticket: TroubleTicket = {
          ...body,
          '@type': 'TroubleTicket',
          id,
          href: apiUrl(`${TROUBLE_TICKET_PATH}/${id}`),
          creationDate: created,
          lastUpdate: created,
          status: 'acknowledged',
          statusChangeDate: created,
          statusChangeHistory: [
            {
              '@type': 'StatusChange',
              status: 'acknowledged',
              statusChangeDate: created,
              statusChangeReason: 'Received by AT&T',
            },
          ],
          note: stampNotes(body.note, now),
        };
        result = ticket;
        return {
          nextNumber: db.nextNumber + 1,
          tickets: [...db.tickets, ticket],
          idempotency: idempotencyKey
            ? { ...db.idempotency, [idempotencyKey]: id }
            : db.idempotency,
        };
      });
      if (!result) throw new Error('The mock backend could not store the ticket');
      return result;
    },
    async get(id) {
      return readDb(await store.get(KEY)).tickets.find((ticket) => ticket.id === id);
    },
    async list() {
      return readDb(await store.get(KEY)).tickets;
    },
    async modify(id, change) {
      let result: TroubleTicket | string | undefined;
      await store.update(KEY, (stored) => {
        const db = readDb(stored);
        const ticket = db.tickets.find((t) => t.id === id);
        if (!ticket) return db;
        result = change(ticket);
        const updated = result;
        return typeof updated === 'string'
          ? db
          : { ...db, tickets: db.tickets.map((t) => (t.id === id ? updated : t)) };
      });
      return result;
    },
    async reset() {
      await store.delete(KEY);
    },
  };
}

export const db: TicketDb = createTicketDb(openStore<unknown>('mock-backend'));
