import { ApiError, describeApiError } from './client.ts';
import type { RetryPolicy } from './retry.ts';
import {
  asApiError,
  DEFAULT_RETRY_POLICY,
  retryDelayMs,
  SLOW_AFTER_MS,
  startTimer,
  waitFor,
} from './retry.ts';
import type { LocalStore } from './localStore.ts';
import { openStore, tabChannel, withLock } from './localStore.ts';
import { stoppedState } from './outboxLists.ts';
import type {
  CurrentReport,
  Filed,
  OutboxOperation,
  ReportResolver,
  SubmissionState,
} from './outboxTypes.ts';
import type { OutboxMessage } from './outboxWaiting.ts';
import { OUTBOX_CHANNEL, OUTBOX_KEY, OUTBOX_STORE } from './outboxWaiting.ts';
import { createTroubleTicket, getTroubleTicket, patchTroubleTicket } from './tickets.ts';
import type {
  EscalationTicketInput,
  TroubleTicket,
  TroubleTicketCreate,
  TroubleTicketPatch,
} from './troubleTicket.ts';
import { toTroubleTicketCreate, toTroubleTicketUpdate } from './troubleTicket.ts';

/*
 * Filing an escalation as a ticket without ever losing or duplicating it, in any number of tabs
 * (docs/decisions/0005):
 * - every submission is an operation in one outbox kept in IndexedDB, changed only by atomic
 *   read-modify-writes, so two tabs never erase each other's queued ticket;
 * - one tab at a time sends the outbox (a Web Lock), so a queued ticket is never sent twice; the
 *   escalation id is also the Idempotency-Key, so a repeat after a lost answer files nothing new;
 * - 5xx and network failures are retried with exponential backoff, honouring Retry-After (a
 *   request with no answer for as long as the browser says online); 4xx and unreadable answers are
 *   not (the user gets the message and a Retry button);
 * - offline, operations wait and are sent on the 'online' event or whenever the app starts; a
 *   401 (the sign-in ended) makes them wait too, without counting a failure, until flush() is
 *   called once the user has signed in again (docs/sign-in.md);
 * - what was sent is remembered with a digest of its report, so a report changed afterwards is
 *   seen as not sent, and its changes go to the same ticket as an update with a note;
 * - an operation holds the escalation's reference, not a frozen report: just before it leaves, the
 *   app's resolver rebuilds the report from the answers saved then, so a correction made while
 *   the ticket waited goes with it; answers that no longer make a report hold the ticket until
 *   the user looks (docs/api.md, "How a queued ticket picks up corrections").
 */

export type * from './outboxTypes.ts';

interface OutboxRecord {
  readonly operations: readonly OutboxOperation[];
  readonly filed: Readonly<Record<string, Filed>>;
}

const EMPTY: OutboxRecord = { operations: [], filed: {} };

export interface Outbox {
  readonly getState: (escalationId: string) => SubmissionState;
  /** Every operation waiting or failed, for My escalations. */
  readonly operations: () => readonly OutboxOperation[];
  /** The escalation a ticket filed from this device belongs to. */
  readonly escalationOf: (ticketId: string) => string | undefined;
  readonly subscribe: (listener: () => void) => () => void;
  /** Calls `listener` when a ticket was filed or updated from this device, in any tab. */
  readonly onFiled: (listener: () => void) => () => void;
  /** Files the escalation, or sends its changes to the ticket filed. Idempotent. */
  readonly submit: (input: EscalationTicketInput, changeNote?: string) => Promise<void>;
  /** Sends a refused or held operation again, as its escalation's report is now. */
  readonly retry: (escalationId: string) => Promise<void>;
  /** How to rebuild a report just before it leaves; the app sets it once it has loaded. */
  readonly setResolver: (resolve: ReportResolver) => void;
  /** Sends what waits, in one tab at a time. */
  readonly flush: () => Promise<void>;
  /** Reads the device's outbox, sends it now and whenever the browser is back online. */
  readonly watch: () => () => void;
}

export interface OutboxOptions {
  readonly store?: LocalStore<OutboxRecord>;
  readonly create?: (ticket: TroubleTicketCreate, key: string) => Promise<TroubleTicket>;
  readonly update?: (id: string, patch: TroubleTicketPatch) => Promise<TroubleTicket>;
  readonly read?: (id: string) => Promise<TroubleTicket>;
  readonly isOnline?: () => boolean;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Calls `fire` after `ms`; returns a function that cancels it. */
  readonly timer?: (ms: number, fire: () => void) => () => void;
  /** How long a request may wait for its answer before the state says the service is slow. */
  readonly slowAfterMs?: number;
  readonly retryPolicy?: RetryPolicy;
  /** Rebuilds each report just before it leaves; without one, operations leave as queued. */
  readonly resolve?: ReportResolver;
  /**
   * Send nothing until `setResolver()` is called: the app's outbox, whose resolver comes with the
   * app's code, must never send a report its answers have changed since.
   */
  readonly awaitResolver?: boolean;
}

const KEY = OUTBOX_KEY;

export function createOutbox(options: OutboxOptions = {}): Outbox {
  const {
    store = openStore<OutboxRecord>(OUTBOX_STORE),
    create = createTroubleTicket,
    update = patchTroubleTicket,
    read = getTroubleTicket,
    isOnline = () => globalThis.navigator.onLine,
    sleep = waitFor,
    timer = startTimer,
    slowAfterMs = SLOW_AFTER_MS,
    retryPolicy = DEFAULT_RETRY_POLICY,
    awaitResolver = false,
  } = options;
  let resolve = options.resolve;
  const channel = tabChannel<OutboxMessage>(OUTBOX_CHANNEL);
  const listeners = new Set<() => void>();
  const filedListeners = new Set<() => void>();
  /** Known state, refreshed from the device after every change here or in another tab. */
  let record: OutboxRecord = EMPTY;
  /** What this tab is sending right now. */
  const sending = new Map<string, { retry?: { error: ApiError; inMs: number }; slow?: true }>();
  /** Ends the retry waits of this tab: the connection is back. */
  const wakers = new Set<() => void>();
  /** What this tab is about to send, while it reads the report as it is now. */
  const preparing = new Set<string>();
  /** The service refused the sign-in (401): what waits stays queued until the user signs in. */
  let signInNeeded = false;
  let watchers = 0;

  /** Each escalation's state, computed once per change: React compares snapshots by identity. */
  const snapshots = new Map<string, SubmissionState>();
  const notify = () => {
    snapshots.clear();
    for (const listener of listeners) listener();
  };

  function stateOf(escalationId: string): SubmissionState {
    const filed = record.filed[escalationId];
    const op = record.operations.find((o) => o.escalationId === escalationId);
    const here = sending.get(escalationId);
    if (!op) return filed ? { filed } : {};
    const stopped = op.failed ?? op.held;
    const state = stopped
      ? stoppedState(op)
      : here || (isOnline() && !signInNeeded)
        ? 'sending'
        : 'queued';
    return {
      ...(filed ? { filed } : {}),
      pending: {
        kind: op.kind,
        state,
        ...(stopped ? { message: stopped.message } : {}),
        ...(here?.retry ? { retry: here.retry } : {}),
        ...(here?.slow ? { slow: true } : {}),
        ...(signInNeeded && !stopped && !here ? { signInNeeded: true } : {}),
      },
    };
  }

  /*
   * Reads and writes are numbered as they are issued; a result replaces the known state only if
   * it was issued after the one the state came from, so a slow read never undoes a newer change.
   */
  let issued = 0;
  let applied = 0;
  const apply = (number: number, state: OutboxRecord): void => {
    if (number < applied) return;
    applied = number;
    record = state;
  };

  async function refresh(): Promise<void> {
    const number = ++issued;
    apply(number, (await store.get(KEY).catch(() => undefined)) ?? EMPTY);
    notify();
  }

  async function change(edit: (current: OutboxRecord) => OutboxRecord): Promise<void> {
    const number = ++issued;
    apply(number, (await store.update(KEY, (current) => edit(current ?? EMPTY))) ?? EMPTY);
    notify();
    channel.post('changed');
  }

  channel.subscribe((message) => {
    void refresh();
    if (message === 'filed') for (const listener of filedListeners) listener();
  });

  const withoutOperation = (current: OutboxRecord, escalationId: string) =>
    current.operations.filter((op) => op.escalationId !== escalationId);

  /** The operation that carries `input`, for the escalation's ticket if it was filed. */
  const operationFor = (
    input: EscalationTicketInput,
    filed: Filed | undefined,
    changeNote: string | undefined,
  ): OutboxOperation => ({
    escalationId: input.escalationId,
    // A ticket still waiting to be created carries the latest report instead.
    kind: filed ? 'update' : 'create',
    digest: input.digest,
    summary: input.summary,
    ticket: toTroubleTicketCreate(input),
    ...(filed && changeNote ? { changeNote } : {}),
    queuedAt: new Date().toISOString(),
  });

  /** The operation free to leave again: neither refused nor held. */
  const released = (op: OutboxOperation) => ({ ...op, failed: undefined, held: undefined });

  /** Replaces `op` with what `edit` makes of it, unless another tab replaced it meanwhile. */
  const replaceOperation = (
    op: OutboxOperation,
    edit: (op: OutboxOperation) => OutboxOperation | undefined,
  ) =>
    change((current) => ({
      ...current,
      operations: current.operations.flatMap((o) =>
        o.escalationId === op.escalationId && o.queuedAt === op.queuedAt && o.digest === op.digest
          ? (edit(o) ?? [])
          : [o],
      ),
    }));

  /**
   * The operation as it must leave now: the report its answers make at this moment, or nothing
   * when they make none to send (held), when the ticket already holds it, or when another tab
   * replaced the operation meanwhile.
   */
  async function prepare(op: OutboxOperation): Promise<OutboxOperation | undefined> {
    if (!resolve) return op.held ? undefined : op;
    const filed = record.filed[op.escalationId];
    let now: CurrentReport | undefined;
    try {
      now = await resolve(op, filed);
    } catch {
      // The answers could not be read this time: send nothing that might be outdated.
      return undefined;
    }
    if (!now) return op.held ? undefined : op;
    if (now.status === 'hold') {
      const { message } = now;
      if (op.held?.message !== message) {
        await replaceOperation(op, (o) => ({ ...o, held: { message } }));
      }
      return undefined;
    }
    if (now.status === 'unchanged' && !op.held) return op;
    // Answers that make a report again release a held operation; the report already filed
    // leaves nothing to send.
    const next =
      now.status === 'unchanged'
        ? released(op)
        : filed?.digest === now.input.digest
          ? undefined
          : operationFor(now.input, filed, now.changeNote);
    await replaceOperation(op, () => next);
    const stored = record.operations.find((o) => o.escalationId === op.escalationId);
    return next && stored?.digest === next.digest && !stored.held ? stored : undefined;
  }

  async function deliver(op: OutboxOperation): Promise<'done' | 'wait' | 'failed'> {
    sending.set(op.escalationId, {});
    notify();
    try {
      for (let attempt = 1; ; attempt++) {
        // Past this long without an answer the user is told the service is slow, not left with
        // a spinner; the next attempt starts the count again.
        const stopWaiting = timer(slowAfterMs, () => {
          if (!sending.has(op.escalationId)) return;
          sending.set(op.escalationId, { ...sending.get(op.escalationId), slow: true });
          notify();
        });
        try {
          const ticket = await sendOperation(op).finally(stopWaiting);
          // The server may answer a create with the ticket an earlier request filed (the same
          // Idempotency-Key after a lost answer): then it holds that earlier report, not this one.
          // The description is read trimmed (TroubleTicketSchema); the report ends with a newline.
          const holdsThis = ticket.description === op.summary.trim();
          await change((current) => ({
            operations: withoutOperation(current, op.escalationId),
            filed: {
              ...current.filed,
              [op.escalationId]: {
                ticketId: ticket.id,
                digest: holdsThis ? op.digest : `earlier:${op.digest}`,
                summary: ticket.description,
                sentAt: new Date().toISOString(),
              },
            },
          }));
          signInNeeded = false;
          channel.post('filed');
          for (const listener of filedListeners) listener();
          return 'done';
        } catch (caught) {
          const error = asApiError(caught);
          if (error.kind === 'network' && !isOnline()) return 'wait';
          if (error.kind === 'unauthorized') {
            signInNeeded = true;
            return 'wait';
          }
          const delay = retryDelayMs(error, attempt, retryPolicy);
          if (delay === undefined) {
            const message = describeApiError(error);
            await change((current) => ({
              ...current,
              operations: current.operations.map((o) =>
                o.escalationId === op.escalationId ? { ...o, failed: { message } } : o,
              ),
            }));
            return 'failed';
          }
          sending.set(op.escalationId, { retry: { error, inMs: delay } });
          notify();
          // The connection coming back ends the wait: the user expects the ticket to leave then.
          await new Promise<void>((resolve) => {
            const done = (): void => {
              wakers.delete(done);
              resolve();
            };
            wakers.add(done);
            void sleep(delay).then(done);
          });
          sending.set(op.escalationId, {});
          notify();
        }
      }
    } finally {
      sending.delete(op.escalationId);
      notify();
    }
  }

  async function sendOperation(op: OutboxOperation): Promise<TroubleTicket> {
    if (op.kind === 'create') return create(op.ticket, op.escalationId);
    const filed = record.filed[op.escalationId];
    if (!filed) throw new ApiError('rejected', 'No ticket to update');
    // Merge-patch replaces the notes: send the ticket's notes and the change note after them.
    const current = await read(filed.ticketId);
    return update(filed.ticketId, toTroubleTicketUpdate(op.ticket, current, op.changeNote));
  }

  async function flush(): Promise<void> {
    await refresh();
    if (awaitResolver && !resolve) return;
    // Offline, what waits stays queued until the 'online' event, in every tab.
    if (!isOnline() || !record.operations.some((op) => !op.failed)) return;
    // Waits for the lock rather than skipping when another tab holds it: that tab read the outbox
    // before this one queued, so skipping would leave this tab's operation unsent.
    await withLock('outbox', async () => {
      // Another tab may have sent them while this one waited: read again under the lock.
      await refresh();
      for (const queued of record.operations) {
        const id = queued.escalationId;
        if (queued.failed || sending.has(id) || preparing.has(id)) continue;
        // Claimed while its report is read again, so a second flush of this tab (the 'online'
        // event twice) does not send it too where Web Locks are missing.
        preparing.add(id);
        let op: OutboxOperation | undefined;
        try {
          op = await prepare(queued);
        } finally {
          preparing.delete(id);
        }
        if (op && (await deliver(op)) === 'wait') return;
      }
    });
  }

  const onOnline = (): void => {
    for (const wake of wakers) wake();
    wakers.clear();
    notify();
    void flush();
  };
  // Queued or sending depends on the connection: the state changes with it.
  const onOffline = (): void => {
    notify();
  };

  return {
    getState(escalationId) {
      const known = snapshots.get(escalationId);
      if (known) return known;
      const state = stateOf(escalationId);
      snapshots.set(escalationId, state);
      return state;
    },
    operations: () => record.operations,
    escalationOf: (ticketId) =>
      Object.entries(record.filed).find(([, filed]) => filed.ticketId === ticketId)?.[0],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onFiled(listener) {
      filedListeners.add(listener);
      return () => filedListeners.delete(listener);
    },
    async submit(input, changeNote) {
      // Set inside the atomic change: whether this call queued anything.
      const result = { queued: false };
      await change((current) => {
        const filed = current.filed[input.escalationId];
        const waiting = current.operations.find((o) => o.escalationId === input.escalationId);
        // Already sent, or already waiting with this very report: nothing to do (a double click).
        if (filed?.digest === input.digest && !waiting) return current;
        if (waiting?.digest === input.digest && !waiting.failed && !waiting.held) return current;
        result.queued = true;
        const op = operationFor(input, filed, changeNote);
        return { ...current, operations: [...withoutOperation(current, input.escalationId), op] };
      });
      if (result.queued && isOnline()) await flush();
    },
    async retry(escalationId) {
      await change((current) => ({
        ...current,
        operations: current.operations.map((op) =>
          op.escalationId === escalationId ? released(op) : op,
        ),
      }));
      if (isOnline()) await flush();
    },
    setResolver(resolver) {
      const first = !resolve;
      resolve = resolver;
      // What waited for the app's code leaves now, if the page is watching the connection.
      if (first && watchers > 0) void flush();
    },
    flush,
    watch() {
      if (watchers++ === 0) {
        globalThis.addEventListener('online', onOnline);
        globalThis.addEventListener('offline', onOffline);
      }
      void flush();
      let watching = true;
      return () => {
        if (!watching) return;
        watching = false;
        if (--watchers === 0) {
          globalThis.removeEventListener('online', onOnline);
          globalThis.removeEventListener('offline', onOffline);
        }
      };
    },
  };
}

/** The app's outbox: it sends once the app has given it the resolver (src/app/ticketOutbox.ts). */
export const outbox: Outbox = createOutbox({ awaitResolver: true });
