import { describe, expect, it } from 'vitest';
import type { LocalStore } from '../api/localStore.ts';
import { memoryStore, openStore } from '../api/localStore.ts';
import { toTroubleTicketCreate, type TroubleTicket } from '../api/troubleTicket.ts';
import { escalationInput } from '../../test/unit/api/fixtures.ts';
import { specErrors } from '../../test/unit/api/tmf621Spec.ts';
import { createTicketDb } from './db.ts';
import { ticketAt } from './lifecycle.ts';

const CREATED = new Date('2026-11-24T09:00:00.000Z');
const minutes = (n: number) => new Date(CREATED.getTime() + n * 60_000);
const body = () => toTroubleTicketCreate(escalationInput());

function filed(): Promise<TroubleTicket> {
  return createTicketDb(memoryStore()).create(body(), 'key', CREATED);
}

function cancelledAt(stored: TroubleTicket, at: Date): TroubleTicket {
  return {
    ...stored,
    statusChangeHistory: [
      ...(stored.statusChangeHistory ?? []),
      {
        '@type': 'StatusChange',
        status: 'cancelled',
        statusChangeDate: at.toISOString(),
      },
    ],
  };
}

describe('ticketAt: the status as time passes', () => {
  it.each([
    [0, 'acknowledged'],
    [1.9, 'acknowledged'],
    [2, 'inProgress'],
    [29, 'inProgress'],
    [30, 'resolved'],
    [60 * 24, 'resolved'],
  ] as const)('%s minutes after filing: %s', async (after, status) => {
    const ticket = ticketAt(await filed(), minutes(after));
    expect(ticket.status).toBe(status);
    expect(specErrors('TroubleTicket_RES', ticket)).toEqual([]);
  });

  it('records each change, and the resolution date', async () => {
    const ticket = ticketAt(await filed(), minutes(45));
    expect(ticket.statusChangeHistory?.map((c) => [c.status, c.statusChangeDate])).toEqual([
      ['acknowledged', CREATED.toISOString()],
      ['inProgress', minutes(2).toISOString()],
      ['resolved', minutes(30).toISOString()],
    ]);
    expect(ticket.resolutionDate).toBe(minutes(30).toISOString());
    expect(ticket.lastUpdate).toBe(minutes(30).toISOString());
  });

  it('stops at a cancellation', async () => {
    const ticket = ticketAt(cancelledAt(await filed(), minutes(5)), minutes(60));
    expect(ticket.status).toBe('cancelled');
    expect(ticket.statusChangeHistory?.map((c) => c.status)).toEqual([
      'acknowledged',
      'inProgress',
      'cancelled',
    ]);
    expect(ticket.resolutionDate).toBeUndefined();
  });
});

/** Two ways to keep the mock's tickets: what the tests use, and what the browser uses. */
const stores: [string, () => LocalStore<unknown>][] = [
  ['in memory', () => memoryStore()],
  ['in IndexedDB', () => openStore(`lifecycle-test-${crypto.randomUUID()}`)],
];

describe.each(stores)('the mock db, %s', (_where, newStore) => {
  it('finds yesterday’s tickets after a reload, and honours an Idempotency-Key', async () => {
    const store = newStore();
    const first = await createTicketDb(store).create(body(), 'k', CREATED);

    const reloaded = createTicketDb(store);
    expect(await reloaded.get(first.id)).toEqual(first);
    expect((await reloaded.create(body(), 'k', minutes(1))).id).toBe(first.id);
    const other = await reloaded.create(body(), 'other', minutes(1));
    expect(other.id).not.toBe(first.id);
    expect((await reloaded.list()).map((t) => t.id)).toEqual([first.id, other.id]);
  });

  it('numbers tickets filed at once from two tabs apart, and files one per key', async () => {
    const store = newStore();
    const [tabA, tabB] = [createTicketDb(store), createTicketDb(store)];

    const [a, b, same, sameAgain] = await Promise.all([
      tabA.create(body(), 'a', CREATED),
      tabB.create(body(), 'b', CREATED),
      tabA.create(body(), 'same', CREATED),
      tabB.create(body(), 'same', CREATED),
    ]);

    expect(new Set([a.id, b.id, same.id]).size).toBe(3);
    expect(sameAgain.id).toBe(same.id);
    expect((await tabA.list()).map((t) => t.id).sort()).toEqual(
      ['TT-100001', 'TT-100002', 'TT-100003'].sort(),
    );
  });

  it('gives every note an id and a date', async () => {
    const ticket = await createTicketDb(newStore()).create(body(), null, CREATED);
    expect(ticket.note).toEqual([
      expect.objectContaining({ id: expect.any(String) as string, date: CREATED.toISOString() }),
    ]);
  });

  it('changes one ticket, refuses a change with its reason, and knows no other id', async () => {
    const db = createTicketDb(newStore());
    const ticket = await db.create(body(), 'k', CREATED);

    const changed = await db.modify(ticket.id, (stored) => ({ ...stored, description: 'New' }));
    expect(changed).toMatchObject({ id: ticket.id, description: 'New' });
    expect(await db.modify(ticket.id, () => 'No, because')).toBe('No, because');
    expect((await db.get(ticket.id))?.description).toBe('New');
    expect(await db.modify('TT-1', (stored) => stored)).toBeUndefined();
  });

  it('starts empty after a reset, numbering from the start again', async () => {
    const db = createTicketDb(newStore());
    await db.create(body(), 'k', CREATED);
    await db.reset();
    expect(await db.list()).toEqual([]);
    expect((await db.create(body(), 'k', CREATED)).id).toBe('TT-100001');
  });

  it('starts empty when the stored data is damaged', async () => {
    const store = newStore();
    await createTicketDb(store).create(body(), 'k', CREATED);
    for (const [key] of await store.all()) await store.update(key, () => ({ tickets: 5 }));

    const db = createTicketDb(store);
    expect(await db.list()).toEqual([]);
    expect((await db.create(body(), 'k', CREATED)).id).toBe('TT-100001');
  });
});
