import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../src/api/client.ts';
import {
  createTicketOutbox,
  DEFAULT_RETRY_POLICY,
  retryDelayMs,
  type TicketOutboxOptions,
} from '../../../src/api/ticketOutbox.ts';
import type { TroubleTicket, TroubleTicketCreate } from '../../../src/api/troubleTicket.ts';
import { escalationInput } from './fixtures.ts';
import { MemoryStorage } from './memoryStorage.ts';

function ticket(id: string): TroubleTicket {
  return {
    '@type': 'TroubleTicket',
    id,
    href: `https://x.invalid/${id}`,
    description: 'd',
    severity: 'Major',
    ticketType: 't',
    creationDate: '2026-11-24T09:00:00Z',
    status: 'acknowledged',
  };
}

/** A fake server whose answers the test scripts; records what it was sent. */
function harness(answers: (ApiError | TroubleTicket)[], options: TicketOutboxOptions = {}) {
  const sent: { body: TroubleTicketCreate; key: string }[] = [];
  const waits: number[] = [];
  const send = vi.fn((body: TroubleTicketCreate, key: string) => {
    sent.push({ body, key });
    const answer = answers.shift() ?? ticket('TT-1');
    return answer instanceof ApiError ? Promise.reject(answer) : Promise.resolve(answer);
  });
  const outbox = createTicketOutbox({
    send,
    storage: new MemoryStorage(),
    isOnline: () => true,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    ...options,
  });
  const settled = (id: string) =>
    vi.waitFor(() => {
      expect(['sent', 'failed', 'queued']).toContain(outbox.getState(id).status);
    });
  return { outbox, sent, waits, settled };
}

const serverError = () => new ApiError('server', 'HTTP 500', { status: 500 });

describe('retryDelayMs', () => {
  it('backs off exponentially, then gives up', () => {
    const delays = [1, 2, 3, 4].map((n) => retryDelayMs(serverError(), n));
    expect(delays).toEqual([1000, 2000, 4000, undefined]);
  });

  it('honours Retry-After, within the cap', () => {
    const busy = (ms: number) => new ApiError('unavailable', '503', { retryAfterMs: ms });
    expect(retryDelayMs(busy(5000), 1)).toBe(5000);
    expect(retryDelayMs(busy(600_000), 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });

  it('never retries a 4xx or an unreadable answer', () => {
    expect(retryDelayMs(new ApiError('rejected', '400', { status: 400 }), 1)).toBeUndefined();
    expect(retryDelayMs(new ApiError('malformed', 'bad'), 1)).toBeUndefined();
  });
});

describe('the ticket outbox', () => {
  it('sends one request for a double submit, with the escalation id as Idempotency-Key', async () => {
    const { outbox, sent, settled } = harness([ticket('TT-7')]);
    const input = escalationInput();
    outbox.submit(input);
    outbox.submit(input);
    await settled(input.escalationId);
    expect(sent.map((s) => s.key)).toEqual([input.escalationId]);
    expect(outbox.getState(input.escalationId)).toEqual({ status: 'sent', ticketId: 'TT-7' });
    outbox.submit(input);
    expect(sent).toHaveLength(1);
  });

  it('retries 5xx with backoff, then reports the last failure', async () => {
    const { outbox, sent, waits, settled } = harness([
      serverError(),
      serverError(),
      serverError(),
      serverError(),
    ]);
    const input = escalationInput();
    outbox.submit(input);
    await settled(input.escalationId);
    expect(sent).toHaveLength(4);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(outbox.getState(input.escalationId)).toMatchObject({
      status: 'failed',
      error: { kind: 'server' },
    });
  });

  it('does not retry a 4xx', async () => {
    const { outbox, sent, settled } = harness([new ApiError('rejected', '400', { status: 400 })]);
    const input = escalationInput();
    outbox.submit(input);
    await settled(input.escalationId);
    expect(sent).toHaveLength(1);
    expect(outbox.getState(input.escalationId).status).toBe('failed');
  });

  it('Retry after a failure sends again, with the same key', async () => {
    const { outbox, sent, settled } = harness([new ApiError('malformed', 'bad'), ticket('TT-9')]);
    const input = escalationInput();
    outbox.submit(input);
    await settled(input.escalationId);
    outbox.submit(input);
    await vi.waitFor(() => {
      expect(outbox.getState(input.escalationId).status).toBe('sent');
    });
    expect(sent.map((s) => s.key)).toEqual([input.escalationId, input.escalationId]);
  });

  it('queues offline, keeps the queue across a restart, and sends it once online', async () => {
    const storage = new MemoryStorage();
    let online = false;
    const first = harness([], { storage, isOnline: () => online });
    const input = escalationInput();
    first.outbox.submit(input);
    expect(first.outbox.getState(input.escalationId)).toEqual({ status: 'queued' });
    expect(first.sent).toHaveLength(0);

    const restarted = harness([ticket('TT-3')], { storage, isOnline: () => online });
    expect(restarted.outbox.getState(input.escalationId)).toEqual({ status: 'queued' });
    online = true;
    const stop = restarted.outbox.watchConnectivity();
    await restarted.settled(input.escalationId);
    stop();
    expect(restarted.sent).toHaveLength(1);
    expect(restarted.sent[0]?.key).toBe(input.escalationId);
    expect(harness([], { storage }).outbox.getState(input.escalationId)).toEqual({
      status: 'sent',
      ticketId: 'TT-3',
    });
  });

  it('queues a submission whose request fails because the connection dropped', async () => {
    let online = true;
    const { outbox, settled } = harness([], {
      isOnline: () => online,
      send: () => {
        online = false;
        return Promise.reject(new ApiError('network', 'offline'));
      },
    });
    const input = escalationInput();
    outbox.submit(input);
    await settled(input.escalationId);
    expect(outbox.getState(input.escalationId)).toEqual({ status: 'queued' });
  });
});
