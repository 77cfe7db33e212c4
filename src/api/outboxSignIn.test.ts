import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ApiError, describeApiError } from './client.ts';
import { memoryStore } from './localStore.ts';
import { createOutbox } from './outbox.ts';
import { createTroubleTicket } from './tickets.ts';
import type { TroubleTicketCreate } from './troubleTicket.ts';
import { setupMockBackend, simulateConnection, type Connection } from '../../test/msw.ts';
import { escalationInput } from '../../test/unit/api/fixtures.ts';

setupMockBackend();

/**
 * A ticket system that lets in only a signed-in user with the scope: without a sign-in it
 * answers 401, to an account without the scope 403, as apiFetch reports them.
 */
function ticketSystem() {
  const system = {
    signedIn: false,
    mayFile: true,
    /** Every attempt to file a ticket, answered or not. */
    attempts: 0,
    create(ticket: TroubleTicketCreate, key: string) {
      system.attempts += 1;
      if (!system.signedIn) {
        return Promise.reject(new ApiError('unauthorized', 'HTTP 401', { status: 401 }));
      }
      if (!system.mayFile) {
        return Promise.reject(new ApiError('forbidden', 'HTTP 403', { status: 403 }));
      }
      return createTroubleTicket(ticket, key);
    },
  };
  return system;
}

/** A tab watching the connection; resolves once it has read the outbox, as a user could not click before. */
async function openTab(system: ReturnType<typeof ticketSystem>, connection: Connection) {
  const sleep = vi.fn(() => Promise.resolve());
  const tab = createOutbox({
    store: memoryStore(),
    isOnline: connection.isOnline,
    sleep,
    create: (ticket, key) => system.create(ticket, key),
  });
  const read = new Promise<void>((resolve) => {
    const stop = tab.subscribe(() => {
      stop();
      resolve();
    });
  });
  onTestFinished(tab.watch());
  await read;
  return { tab, sleep };
}

describe('the outbox, with a ticket system that checks who signs in', () => {
  it('keeps a ticket refused for an ended sign-in (401) queued, not failed, and sends it once after signing in', async () => {
    const system = ticketSystem();
    const { tab, sleep } = await openTab(system, simulateConnection(true));
    const input = escalationInput();

    await tab.submit(input);

    expect(system.attempts).toBe(1);
    expect(sleep).not.toHaveBeenCalled();
    expect(tab.getState(input.escalationId)).toEqual({
      pending: { kind: 'create', state: 'queued', signInNeeded: true },
    });
    expect(tab.operations()).toEqual([
      expect.not.objectContaining({ failed: expect.anything() as unknown }),
    ]);

    system.signedIn = true;
    await tab.flush();
    await tab.flush();

    expect(system.attempts).toBe(2);
    expect(tab.getState(input.escalationId).filed?.ticketId).toBe('TT-100001');
    expect(tab.operations()).toEqual([]);
  });

  it('marks a ticket refused to an account that may not file escalations (403), with whom to ask', async () => {
    const system = ticketSystem();
    system.signedIn = true;
    system.mayFile = false;
    const { tab } = await openTab(system, simulateConnection(true));
    const input = escalationInput();

    await tab.submit(input);

    const message = describeApiError(new ApiError('forbidden', 'HTTP 403', { status: 403 }));
    expect(message).toMatch(/^This account may not file or read escalations\. Ask /);
    expect(tab.getState(input.escalationId)).toEqual({
      pending: { kind: 'create', state: 'failed', message },
    });
    // Nothing retries a refusal on its own.
    await tab.flush();
    expect(system.attempts).toBe(1);
  });

  it('queues a ticket filed offline and signed out, and sends it after the next sign-in', async () => {
    const system = ticketSystem();
    const connection = simulateConnection(false);
    const { tab } = await openTab(system, connection);
    const input = escalationInput();

    await tab.submit(input);
    expect(system.attempts).toBe(0);
    expect(tab.getState(input.escalationId)).toEqual({
      pending: { kind: 'create', state: 'queued' },
    });

    // Back online but still signed out: the ticket system asks for a sign-in, the ticket waits.
    connection.goOnline();
    await vi.waitFor(() => {
      expect(tab.getState(input.escalationId).pending?.signInNeeded).toBe(true);
    });

    system.signedIn = true;
    await tab.flush();

    expect(tab.getState(input.escalationId).filed?.ticketId).toBe('TT-100001');
    expect(system.attempts).toBe(2);
  });
});
