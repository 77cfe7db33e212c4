import { locks as nodeLocks } from 'node:worker_threads';
import { http } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ApiError } from './client.ts';
import { apiUrl } from './config.ts';
import { memoryStore, openStore } from './localStore.ts';
import {
  createOutbox,
  type CurrentReport,
  type Outbox,
  type OutboxOperation,
  type OutboxOptions,
  type ReportResolver,
} from './outbox.ts';
import { pendingChanges, waitingTickets } from './outboxLists.ts';
import { DEFAULT_RETRY_POLICY, retryDelayMs } from './retry.ts';
import { TROUBLE_TICKET_PATH, toTroubleTicketCreate } from './troubleTicket.ts';
import { db } from '../mocks/db.ts';
import { injectFault } from '../mocks/faults.ts';
import { tmfError } from '../mocks/handlers/http.ts';
import { server } from '../mocks/server.ts';
import {
  recordPosts,
  setupMockBackend,
  simulateConnection,
  type Connection,
} from '../../test/msw.ts';
import { changedInput, escalationInput } from '../../test/unit/api/fixtures.ts';

setupMockBackend();

type Store = NonNullable<OutboxOptions['store']>;

/** The stores an outbox can live in: what the browser uses, and memory. */
const STORES: [string, () => Store][] = [
  ['IndexedDB', () => openStore(`outbox-test-${crypto.randomUUID()}`)],
  ['memory', () => memoryStore()],
];

/** happy-dom has no Web Locks; Node's LockManager stands in for the browser's. */
function withWebLocks(): void {
  vi.spyOn(navigator, 'locks', 'get').mockReturnValue(nodeLocks);
}

/**
 * One tab of the app: its own outbox over the device's `store`, sending whatever waits now and
 * whenever the connection returns, like App does. Retries do not wait. Resolves once the tab has
 * read the device's outbox, as a user could not click before then.
 */
async function openTab(
  store: Store,
  connection: Connection,
  options: OutboxOptions = {},
): Promise<Outbox> {
  const outbox = createOutbox({
    store,
    isOnline: connection.isOnline,
    sleep: () => Promise.resolve(),
    ...options,
  });
  const read = new Promise<void>((resolve) => {
    const stop = outbox.subscribe(() => {
      stop();
      resolve();
    });
  });
  onTestFinished(outbox.watch());
  await read;
  return outbox;
}

/** A tab that is online and whose retries do not wait, with the waits it asked for. */
async function tabRecordingWaits(): Promise<{ tab: Outbox; waits: number[] }> {
  const waits: number[] = [];
  const tab = await openTab(memoryStore(), simulateConnection(true), {
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  return { tab, waits };
}

const openTabs = (store: Store, connection: Connection) =>
  Promise.all([openTab(store, connection), openTab(store, connection)]);

const filedId = (tab: Outbox, escalationId: string) => tab.getState(escalationId).filed?.ticketId;

async function ticketIds(): Promise<string[]> {
  return (await db.list()).map((ticket) => ticket.id).sort();
}

describe('retryDelayMs', () => {
  const error = (kind: ApiError['kind'], retryAfterMs?: number) =>
    new ApiError(kind, kind, retryAfterMs === undefined ? {} : { retryAfterMs });

  it.each([
    ['a 5xx, after the first attempt', 1000, error('server'), 1],
    ['a 5xx, after the second', 2000, error('server'), 2],
    ['a 5xx, after the third', 4000, error('server'), 3],
    ['a 5xx, after the last attempt', undefined, error('server'), DEFAULT_RETRY_POLICY.maxAttempts],
    ['no answer at all', 1000, error('network'), 1],
    ['no answer, after as many attempts as a 5xx gets', 8000, error('network'), 4],
    ['no answer, for long (the cap)', 30_000, error('network'), 12],
    ['a 503 with Retry-After: 5', 5000, error('unavailable', 5000), 1],
    ['a 503 asking for ten minutes (the cap)', 30_000, error('unavailable', 600_000), 1],
    ['a 4xx', undefined, error('rejected'), 1],
    ['a 404', undefined, error('notFound'), 1],
    ['an unreadable answer', undefined, error('malformed'), 1],
  ] as const)('%s: waits %s ms (undefined: gives up)', (_case, expected, failure, attempts) => {
    expect(retryDelayMs(failure, attempts)).toBe(expected);
  });
});

describe('two tabs sharing one outbox', () => {
  describe.each(STORES)('in %s', (_where, newStore) => {
    it('a tab that starts watching while offline sends nothing, even to a backend that answers', async () => {
      withWebLocks();
      // The browser says offline, yet the backend answers: the mock backend runs inside the page.
      let online = false;
      const isOnline = () => online;
      const store = newStore();
      const queuing = createOutbox({ store, isOnline, sleep: () => Promise.resolve() });
      const input = escalationInput();
      const posts = recordPosts();
      await queuing.submit(input);
      // Another tab (My escalations, the start page) starts watching the outbox now.
      const watching = await openTab(store, { isOnline } as Connection);
      await watching.flush();
      expect(posts).toEqual([]);
      expect(watching.getState(input.escalationId).pending?.state).toBe('queued');

      online = true;
      globalThis.dispatchEvent(new Event('online'));
      await vi.waitFor(() => {
        expect(filedId(watching, input.escalationId)).toMatch(/^TT-/);
      });
      expect(posts).toHaveLength(1);
    });

    it('each queue a ticket offline; back online, both flush at once and each ticket is sent once', async () => {
      withWebLocks();
      const connection = simulateConnection(false);
      const store = newStore();
      const [tabA, tabB] = await openTabs(store, connection);
      const [inputA, inputB] = [escalationInput(), escalationInput()];
      const posts = recordPosts();

      // At the same moment: neither write may erase the other's queued ticket.
      await Promise.all([tabA.submit(inputA), tabB.submit(inputB)]);

      expect(tabA.getState(inputA.escalationId).pending?.state).toBe('queued');
      expect(tabB.getState(inputB.escalationId).pending?.state).toBe('queued');
      await vi.waitFor(() => {
        for (const tab of [tabA, tabB]) {
          expect(tab.operations().map((op) => op.escalationId)).toEqual(
            expect.arrayContaining([inputA.escalationId, inputB.escalationId]),
          );
        }
      });
      expect(posts).toEqual([]);

      connection.goOnline();

      await vi.waitFor(() => {
        for (const tab of [tabA, tabB]) {
          expect(filedId(tab, inputA.escalationId)).toMatch(/^TT-/);
          expect(filedId(tab, inputB.escalationId)).toMatch(/^TT-/);
          expect(tab.operations()).toEqual([]);
        }
      });
      expect(posts.sort()).toEqual([inputA.escalationId, inputB.escalationId].sort());
      expect(await ticketIds()).toEqual(
        [filedId(tabA, inputA.escalationId), filedId(tabA, inputB.escalationId)].sort(),
      );
    });
  });

  it('sends a ticket queued while the other tab holds the lock, once that tab is done', async () => {
    withWebLocks();
    const connection = simulateConnection(true);
    const store: Store = memoryStore();
    const [tabA, tabB] = await openTabs(store, connection);
    const [inputA, inputB] = [escalationInput(), escalationInput()];
    const posts = recordPosts();
    injectFault('latency', { latencyMs: 300, count: 1 });

    const sendingA = tabA.submit(inputA);
    await vi.waitFor(() => {
      expect(posts).toHaveLength(1);
    });
    // Tab A is sending under the lock: tab B's own attempt finds the lock taken.
    const sendingB = tabB.submit(inputB);
    await Promise.all([sendingA, sendingB]);

    await vi.waitFor(() => {
      expect(filedId(tabB, inputB.escalationId)).toMatch(/^TT-/);
    });
    expect(posts).toEqual([inputA.escalationId, inputB.escalationId]);
  });

  it('without Web Locks, files one ticket per Idempotency-Key even when both tabs send it', async () => {
    // happy-dom, like a browser too old for Web Locks, has none: withLock runs the job at once.
    expect(navigator.locks).toBeNull();
    const connection = simulateConnection(false);
    const store: Store = memoryStore();
    const [tabA, tabB] = await openTabs(store, connection);
    const [inputA, inputB] = [escalationInput(), escalationInput()];
    await Promise.all([tabA.submit(inputA), tabB.submit(inputB)]);
    const posts = recordPosts();

    connection.goOnline();

    await vi.waitFor(() => {
      for (const tab of [tabA, tabB]) {
        expect(filedId(tab, inputA.escalationId)).toMatch(/^TT-/);
        expect(filedId(tab, inputB.escalationId)).toMatch(/^TT-/);
      }
    });
    // Both tabs sent: some ticket was POSTed twice, with the same key...
    expect(posts.length).toBeGreaterThan(2);
    expect(new Set(posts)).toEqual(new Set([inputA.escalationId, inputB.escalationId]));
    // ...and the server filed one ticket per key, the one both tabs now show.
    expect(await ticketIds()).toHaveLength(2);
    for (const input of [inputA, inputB]) {
      expect(filedId(tabB, input.escalationId)).toBe(filedId(tabA, input.escalationId));
    }
  });
});

describe('the outbox', () => {
  it('sends one request for a double submit, and nothing for the report already filed', async () => {
    const tab = await openTab(memoryStore(), simulateConnection(true));
    const input = escalationInput();
    const posts = recordPosts();

    await Promise.all([tab.submit(input), tab.submit(input)]);
    await tab.submit(input);

    expect(posts).toEqual([input.escalationId]);
    expect(tab.getState(input.escalationId)).toEqual({
      filed: {
        ticketId: 'TT-100001',
        digest: input.digest,
        summary: input.summary,
        sentAt: expect.any(String) as string,
      },
    });
  });

  it('keeps the queue across a reload, and sends it once the connection returns', async () => {
    const connection = simulateConnection(false);
    const store: Store = memoryStore();
    const input = escalationInput();
    await (await openTab(store, connection)).submit(input);

    const reloaded = await openTab(store, connection);
    // It tries on opening, finds no connection, and keeps it queued.
    await vi.waitFor(() => {
      expect(reloaded.getState(input.escalationId)).toEqual({
        pending: { kind: 'create', state: 'queued' },
      });
    });
    connection.goOnline();
    await vi.waitFor(() => {
      expect(filedId(reloaded, input.escalationId)).toBe('TT-100001');
    });
  });

  it('queues a ticket whose request failed because the connection dropped', async () => {
    const connection = simulateConnection(true);
    const tab = await openTab(memoryStore(), connection);
    const input = escalationInput();
    server.events.on('request:start', () => {
      connection.goOffline();
    });

    await tab.submit(input);

    expect(tab.getState(input.escalationId)).toEqual({
      pending: { kind: 'create', state: 'queued' },
    });
    expect(await db.list()).toEqual([]);
  });

  it('retries a 5xx with backoff, then keeps it as failed with the reason', async () => {
    injectFault('500');
    const { tab, waits } = await tabRecordingWaits();
    const input = escalationInput();
    const posts = recordPosts();

    await tab.submit(input);

    expect(posts).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(tab.getState(input.escalationId)).toEqual({
      pending: {
        kind: 'create',
        state: 'failed',
        message:
          'AT&T’s ticket service had an internal error (HTTP 500). Try again in a few minutes.',
      },
    });
  });

  it('keeps trying a ticket that gets no answer while the browser says it is online, and files it', async () => {
    // A connection just back fails its first requests: that is no reason to give the ticket up.
    injectFault('network', { count: 5 });
    const { tab, waits } = await tabRecordingWaits();
    const input = escalationInput();

    await tab.submit(input);

    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000]);
    expect(filedId(tab, input.escalationId)).toBe('TT-100001');
  });

  it('ends a retry wait when the connection comes back, and sends the ticket then', async () => {
    injectFault('network', { count: 1 });
    const connection = simulateConnection(true);
    // A wait that would never end by itself.
    const tab = await openTab(memoryStore(), connection, { sleep: () => new Promise(() => {}) });
    const input = escalationInput();

    void tab.submit(input);
    await vi.waitFor(() => {
      expect(tab.getState(input.escalationId).pending?.retry?.error.kind).toBe('network');
    });
    connection.goOffline();
    connection.goOnline();

    await vi.waitFor(() => {
      expect(filedId(tab, input.escalationId)).toBe('TT-100001');
    });
  });

  it('waits as long as a 503’s Retry-After asks, then files the ticket', async () => {
    injectFault('503', { count: 1, retryAfterSeconds: 7 });
    const retries: unknown[] = [];
    const { tab, waits } = await tabRecordingWaits();
    const input = escalationInput();
    tab.subscribe(() => {
      const retry = tab.getState(input.escalationId).pending?.retry;
      if (retry) retries.push({ kind: retry.error.kind, inMs: retry.inMs });
    });

    await tab.submit(input);

    expect(waits).toEqual([7000]);
    expect(retries).toContainEqual({ kind: 'unavailable', inMs: 7000 });
    expect(filedId(tab, input.escalationId)).toBe('TT-100001');
  });

  it('keeps a refused (4xx) ticket, marked and not resent, until a new submit re-queues it', async () => {
    const connection = simulateConnection(true);
    const store: Store = memoryStore();
    const tab = await openTab(store, connection);
    const input = escalationInput();
    server.use(
      http.post(apiUrl(TROUBLE_TICKET_PATH), () => tmfError(400, 'severity: required'), {
        once: true,
      }),
    );
    const posts = recordPosts();
    const refused =
      'AT&T’s ticket service refused the request (HTTP 400): severity: required. Correct the details, then try again.';

    await tab.submit(input);

    expect(tab.getState(input.escalationId)).toEqual({
      pending: { kind: 'create', state: 'failed', message: refused },
    });
    expect(tab.operations()).toEqual([
      expect.objectContaining({ escalationId: input.escalationId, failed: { message: refused } }),
    ]);
    // Neither a flush nor a reload sends it again on its own.
    const reloaded = await openTab(store, connection);
    await Promise.all([tab.flush(), reloaded.flush()]);
    expect(reloaded.getState(input.escalationId).pending?.state).toBe('failed');
    expect(posts).toHaveLength(1);

    await tab.submit(input);

    expect(posts).toEqual([input.escalationId, input.escalationId]);
    expect(filedId(tab, input.escalationId)).toBe('TT-100001');
    expect(tab.operations()).toEqual([]);
  });

  it('sends a report changed after filing as a PATCH of the same ticket, with a note', async () => {
    const tab = await openTab(memoryStore(), simulateConnection(true));
    const input = escalationInput();
    await tab.submit(input);
    const ticketId = filedId(tab, input.escalationId) ?? '';
    const changed = changedInput(input);
    const methods: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method !== 'OPTIONS') methods.push(request.method);
    });

    await tab.submit(changed, 'PON: ACME-PON-0043 (was: ACME-PON-0042).');

    expect(methods).toEqual(['GET', 'PATCH']);
    expect(tab.getState(input.escalationId).filed).toMatchObject({
      ticketId,
      digest: changed.digest,
      summary: changed.summary,
    });
    const stored = await db.get(ticketId);
    expect(stored).toMatchObject({
      description: changed.summary,
      externalIdentifier: [expect.objectContaining({ id: 'ACME-PON-0043' })],
    });
    expect(stored?.note?.map((note) => note.text)).toEqual([
      expect.stringContaining('Escalation to the AT&T LNP center'),
      'PON: ACME-PON-0043 (was: ACME-PON-0042).',
    ]);
    expect(await ticketIds()).toEqual([ticketId]);
  });

  it('sends the same change note once, even when the update is sent again', async () => {
    const tab = await openTab(memoryStore(), simulateConnection(true));
    const input = escalationInput();
    await tab.submit(input);
    const ticketId = filedId(tab, input.escalationId) ?? '';
    const note = 'PON: ACME-PON-0043 (was: ACME-PON-0042).';
    const changed = changedInput(input);
    await tab.submit(changed, note);
    // The same update again (its answer lost, say): the ticket keeps one copy of the note.
    await tab.submit({ ...changed, digest: `${changed.digest}-again` }, note);

    const notes = (await db.get(ticketId))?.note?.map((n) => n.text) ?? [];
    expect(notes.filter((text) => text === note)).toHaveLength(1);
  });

  it('records a create answered with an earlier report’s ticket as holding that earlier report', async () => {
    const input = escalationInput();
    const filedEarlier = await db.create(
      toTroubleTicketCreate({ ...input, summary: 'The earlier report' }),
      input.escalationId,
      new Date(),
    );
    const tab = await openTab(memoryStore(), simulateConnection(true));

    await tab.submit(input);

    // Same Idempotency-Key: the server answers with the ticket it filed first, whose report
    // is not the one on screen. The page must then offer to send the changes, not claim it.
    const filed = tab.getState(input.escalationId).filed;
    expect(filed?.ticketId).toBe(filedEarlier.id);
    expect(filed?.summary).toBe('The earlier report');
    expect(filed?.digest).not.toBe(input.digest);
  });

  it('gives the same state object until something changes, as useSyncExternalStore needs', async () => {
    const tab = createOutbox({ store: memoryStore(), isOnline: () => false });
    const input = escalationInput();
    const before = tab.getState(input.escalationId);
    const operations = tab.operations();
    expect(tab.getState(input.escalationId)).toBe(before);
    expect(tab.operations()).toBe(operations);

    await tab.submit(input);

    const queued = tab.getState(input.escalationId);
    expect(queued).not.toBe(before);
    expect(queued).toEqual({ pending: { kind: 'create', state: 'queued' } });
    expect(tab.getState(input.escalationId)).toBe(queued);
    expect(tab.operations()).not.toBe(operations);
    expect(tab.operations()).toBe(tab.operations());
  });
});

describe('pendingChanges', () => {
  it('marks a filed ticket whose changes wait, were refused or are held, by its reference', () => {
    const input = escalationInput();
    const base = {
      escalationId: input.escalationId,
      kind: 'update' as const,
      digest: input.digest,
      summary: input.summary,
      ticket: toTroubleTicketCreate(input),
      queuedAt: '2026-11-24T09:00:00.000Z',
    };
    const filed = () => ({ ticketId: 'TT-100001', digest: 'x', summary: '', sentAt: '' });
    const { escalationId } = input;
    expect(pendingChanges([base], filed)).toEqual(
      new Map([['TT-100001', { escalationId, state: 'queued' }]]),
    );
    expect(pendingChanges([{ ...base, failed: { message: 'No' } }], filed)).toEqual(
      new Map([['TT-100001', { escalationId, state: 'failed', message: 'No' }]]),
    );
    expect(pendingChanges([{ ...base, held: { message: 'Look' } }], filed)).toEqual(
      new Map([['TT-100001', { escalationId, state: 'held', message: 'Look' }]]),
    );
    expect(pendingChanges([{ ...base, kind: 'create' }], filed)).toEqual(new Map());
  });
});

describe('waitingTickets', () => {
  const op = (overrides: Partial<OutboxOperation> = {}): OutboxOperation => {
    const input = escalationInput();
    return {
      escalationId: input.escalationId,
      kind: 'create',
      digest: input.digest,
      summary: input.summary,
      ticket: toTroubleTicketCreate(input),
      queuedAt: '2026-11-24T09:00:00.000Z',
      ...overrides,
    };
  };

  it('lists each ticket still to create once, queued or failed, with what to find it by', () => {
    const queued = op();
    const failed = op({
      failed: { message: 'Refused' },
      ticket: toTroubleTicketCreate(escalationInput({ pon: undefined, serviceOrders: [] })),
    });
    const update = op({ kind: 'update' });

    expect(waitingTickets([queued, failed, update])).toEqual([
      {
        escalationId: queued.escalationId,
        state: 'queued',
        queuedAt: '2026-11-24T09:00:00.000Z',
        title: 'LNP: LNP premature disconnect',
        ticketType: 'LNP premature disconnect',
        pon: 'ACME-PON-0042',
        telephoneNumbers: ['3125550142', '3125550143'],
        serviceOrders: ['N12345678'],
      },
      {
        escalationId: failed.escalationId,
        state: 'failed',
        message: 'Refused',
        queuedAt: '2026-11-24T09:00:00.000Z',
        title: 'LNP: LNP premature disconnect',
        ticketType: 'LNP premature disconnect',
        pon: undefined,
        telephoneNumbers: ['3125550142', '3125550143'],
        serviceOrders: [],
      },
    ]);
  });
});

describe('a queued ticket leaves as its report is when it leaves', () => {
  /** The escalation's answers as the app would rebuild them: set by each test. */
  function answersThatMake(now: CurrentReport | undefined) {
    const resolver = { now, calls: 0 };
    const resolve: ReportResolver = () => {
      resolver.calls += 1;
      return Promise.resolve(resolver.now);
    };
    return { resolver, resolve };
  }

  /** A ticket filed, then changes to it queued offline; its answers make the same report. */
  async function changesQueuedOffline() {
    const connection = simulateConnection(true);
    const input = escalationInput();
    const { resolver, resolve } = answersThatMake({ status: 'unchanged' });
    const tab = await openTab(memoryStore(), connection, { resolve });
    await tab.submit(input);
    connection.goOffline();
    await tab.submit(changedInput(input), 'PON: ACME-PON-0043 (was: ACME-PON-0042).');
    return { connection, input, resolver, tab };
  }

  it('files the corrected report, not the one queued, when an answer changed offline', async () => {
    const connection = simulateConnection(false);
    const input = escalationInput();
    const corrected = changedInput(input);
    const { resolve } = answersThatMake({ status: 'changed', input: corrected });
    const tab = await openTab(memoryStore(), connection, { resolve });
    await tab.submit(input);
    expect(tab.getState(input.escalationId).pending?.state).toBe('queued');

    connection.goOnline();

    await vi.waitFor(async () => {
      expect((await db.list()).map((t) => [t.description, t.externalIdentifier?.[0]?.id])).toEqual([
        [corrected.summary, 'ACME-PON-0043'],
      ]);
    });
    expect(tab.getState(input.escalationId).filed?.digest).toBe(corrected.digest);
  });

  it('sends the changes to a filed ticket as they are when they leave, with their note', async () => {
    const { connection, input, resolver, tab } = await changesQueuedOffline();
    const again = changedInput(input, {
      digest: 'digest-of-the-corrected-change',
      summary: input.summary.replace('PON: ACME-PON-0042', 'PON: ACME-PON-0044'),
      pon: 'ACME-PON-0044',
    });
    resolver.now = {
      status: 'changed',
      input: again,
      changeNote: 'PON: ACME-PON-0044 (was: ACME-PON-0042).',
    };

    connection.goOnline();

    await vi.waitFor(async () => {
      const [ticket] = await db.list();
      expect(ticket?.description).toBe(again.summary);
      expect(ticket?.note?.at(-1)?.text).toBe('PON: ACME-PON-0044 (was: ACME-PON-0042).');
    });
    expect(tab.operations()).toEqual([]);
  });

  it('sends nothing when the answers went back to the report already filed', async () => {
    const { connection, input, resolver, tab } = await changesQueuedOffline();
    resolver.now = { status: 'changed', input };
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => requests.push(request.method));

    connection.goOnline();

    await vi.waitFor(() => {
      expect(tab.operations()).toEqual([]);
    });
    expect(requests).toEqual([]);
    expect((await db.list()).map((t) => t.description)).toEqual([input.summary]);
  });

  it('holds a ticket whose answers no longer make a report, says why, and sends it once they do', async () => {
    const connection = simulateConnection(false);
    const input = escalationInput();
    const why = 'Some answers are missing: finish the escalation, then send it.';
    const { resolver, resolve } = answersThatMake({ status: 'hold', message: why });
    const tab = await openTab(memoryStore(), connection, { resolve });
    await tab.submit(input);
    const posts = recordPosts();

    connection.goOnline();

    await vi.waitFor(() => {
      expect(tab.getState(input.escalationId)).toEqual({
        pending: { kind: 'create', state: 'held', message: why },
      });
    });
    expect(waitingTickets(tab.operations())).toEqual([
      expect.objectContaining({ state: 'held', message: why }),
    ]);
    await tab.flush();
    expect(posts).toEqual([]);

    resolver.now = { status: 'unchanged' };
    await tab.retry(input.escalationId);

    expect(posts).toEqual([input.escalationId]);
    expect(filedId(tab, input.escalationId)).toBe('TT-100001');
  });

  it('sends a refused ticket again on retry, as its report is then', async () => {
    const connection = simulateConnection(true);
    const input = escalationInput();
    const { resolver, resolve } = answersThatMake({ status: 'unchanged' });
    const tab = await openTab(memoryStore(), connection, { resolve });
    injectFault('malformed', { count: 1 });
    await tab.submit(input);
    expect(tab.getState(input.escalationId).pending?.state).toBe('failed');
    const corrected = changedInput(input);
    resolver.now = { status: 'changed', input: corrected };

    await tab.retry(input.escalationId);

    expect(tab.getState(input.escalationId).filed?.digest).toBe(corrected.digest);
    expect((await db.list()).map((t) => t.description)).toEqual([corrected.summary]);
  });

  it('sends nothing before the app gives it the resolver, then sends what waited', async () => {
    const connection = simulateConnection(true);
    const input = escalationInput();
    const tab = await openTab(memoryStore(), connection, { awaitResolver: true });
    const posts = recordPosts();
    await tab.submit(input);
    expect(posts).toEqual([]);

    const { resolve } = answersThatMake({ status: 'changed', input: changedInput(input) });
    tab.setResolver(resolve);

    await vi.waitFor(() => {
      expect(tab.getState(input.escalationId).filed?.digest).toBe('digest-of-the-changed-report');
    });
    expect(posts).toEqual([input.escalationId]);
  });
});
