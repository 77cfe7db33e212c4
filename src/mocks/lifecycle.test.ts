import { describe, expect, it } from 'vitest';
import { toTroubleTicketCreate } from '../api/troubleTicket.ts';
import { escalationInput } from '../../test/unit/api/fixtures.ts';
import { specErrors } from '../../test/unit/api/tmf621Spec.ts';
import { MemoryStorage } from '../../test/unit/api/memoryStorage.ts';
import { createTicketDb, DB_STORAGE_KEY } from './db.ts';
import { ticketAt } from './lifecycle.ts';

const CREATED = new Date('2026-11-24T09:00:00.000Z');
const minutes = (n: number) => new Date(CREATED.getTime() + n * 60_000);

function filed() {
  return createTicketDb(new MemoryStorage()).create(
    toTroubleTicketCreate(escalationInput()),
    'key',
    CREATED,
  );
}

describe('ticketAt: the status as time passes', () => {
  it.each([
    [0, 'acknowledged'],
    [1.9, 'acknowledged'],
    [2, 'inProgress'],
    [29, 'inProgress'],
    [30, 'resolved'],
    [60 * 24, 'resolved'],
  ] as const)('%s minutes after filing: %s', (after, status) => {
    const ticket = ticketAt(filed(), minutes(after));
    expect(ticket.status).toBe(status);
    expect(specErrors('TroubleTicket_RES', ticket)).toEqual([]);
  });

  it('records each change, and the resolution date', () => {
    const ticket = ticketAt(filed(), minutes(45));
    expect(ticket.statusChangeHistory?.map((c) => [c.status, c.statusChangeDate])).toEqual([
      ['acknowledged', CREATED.toISOString()],
      ['inProgress', minutes(2).toISOString()],
      ['resolved', minutes(30).toISOString()],
    ]);
    expect(ticket.resolutionDate).toBe(minutes(30).toISOString());
    expect(ticket.lastUpdate).toBe(minutes(30).toISOString());
  });

  it('stops at a cancellation', () => {
    const stored = filed();
    const cancelled = {
      ...stored,
      statusChangeHistory: [
        ...(stored.statusChangeHistory ?? []),
        {
          '@type': 'StatusChange' as const,
          status: 'cancelled' as const,
          statusChangeDate: minutes(5).toISOString(),
        },
      ],
    };
    const ticket = ticketAt(cancelled, minutes(60));
    expect(ticket.status).toBe('cancelled');
    expect(ticket.statusChangeHistory?.map((c) => c.status)).toEqual([
      'acknowledged',
      'inProgress',
      'cancelled',
    ]);
    expect(ticket.resolutionDate).toBeUndefined();
  });
});

describe('the mock db', () => {
  it('finds yesterday’s tickets after a reload', () => {
    const storage = new MemoryStorage();
    const first = createTicketDb(storage).create(
      toTroubleTicketCreate(escalationInput()),
      'k',
      CREATED,
    );
    const reloaded = createTicketDb(storage);
    expect(reloaded.get(first.id)).toEqual(first);
    expect(reloaded.create(toTroubleTicketCreate(escalationInput()), 'k', minutes(1)).id).toBe(
      first.id,
    );
    expect(
      reloaded.create(toTroubleTicketCreate(escalationInput()), 'other', minutes(1)).id,
    ).not.toBe(first.id);
  });

  it('starts empty when the stored data is corrupt', () => {
    const storage = new MemoryStorage();
    storage.setItem(DB_STORAGE_KEY, '{"tickets": 5');
    expect(createTicketDb(storage).list()).toEqual([]);
  });
});
