import { z } from 'zod';
import { browserStorage } from '../api/browserStorage.ts';
import { apiUrl } from '../api/config.ts';
import {
  TROUBLE_TICKET_PATH,
  TroubleTicketSchema,
  type Note,
  type TroubleTicket,
  type TroubleTicketCreate,
} from '../api/troubleTicket.ts';

/*
 * The mock backend's tickets, kept in localStorage so a demo user finds yesterday's ticket after a
 * reload (issue #4). When storage is full or blocked the tickets live in memory only.
 */

export const DB_STORAGE_KEY = 'escalation-wizard.mockBackend.v1';

const FIRST_NUMBER = 100_001;

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
  create: (body: TroubleTicketCreate, idempotencyKey: string | null, now: Date) => TroubleTicket;
  get: (id: string) => TroubleTicket | undefined;
  list: () => TroubleTicket[];
  put: (ticket: TroubleTicket) => void;
  reset: () => void;
}

export function createTicketDb(storage: Storage | undefined): TicketDb {
  let state = load();

  function load(): StoredDb {
    try {
      const raw = storage?.getItem(DB_STORAGE_KEY);
      const parsed = StoredDbSchema.safeParse(raw ? JSON.parse(raw) : undefined);
      if (parsed.success) return parsed.data;
    } catch {
      // Corrupt or blocked storage: start empty rather than break the demo.
    }
    return empty();
  }

  function save(): void {
    try {
      storage?.setItem(DB_STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Full or blocked: keep going in memory.
    }
  }

  const db: TicketDb = {
    create(body, idempotencyKey, now) {
      const existing = idempotencyKey ? state.idempotency[idempotencyKey] : undefined;
      const repeat = existing === undefined ? undefined : db.get(existing);
      if (repeat) return repeat;
      const id = `TT-${state.nextNumber}`;
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
      state.nextNumber += 1;
      state.tickets.push(ticket);
      if (idempotencyKey) state.idempotency[idempotencyKey] = id;
      save();
      return ticket;
    },
    get: (id) => state.tickets.find((ticket) => ticket.id === id),
    list: () => [...state.tickets],
    put(ticket) {
      state.tickets = state.tickets.map((t) => (t.id === ticket.id ? ticket : t));
      save();
    },
    reset() {
      state = empty();
      save();
    },
  };
  return db;
}

export const db: TicketDb = createTicketDb(browserStorage());
