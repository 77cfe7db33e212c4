import { ApiError, describeApiError } from './client.ts';
import type { LocalStore } from './localStore.ts';
import { openStore, tabChannel, withLock } from './localStore.ts';
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
 * - 5xx and network failures are retried with exponential backoff, honouring Retry-After; 4xx and
 *   unreadable answers are not (the user gets the message and a Retry button);
 * - offline, operations wait and are sent on the 'online' event or whenever the app starts;
 * - what was sent is remembered with a digest of its report, so a report changed afterwards is
 *   seen as not sent, and its changes go to the same ticket as an update with a note.
 */

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
};

/** How long to wait before attempt `failedAttempts + 1`, or undefined to give up. */
export function retryDelayMs(
  error: ApiError,
  failedAttempts: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number | undefined {
  if (!error.retryable || failedAttempts >= policy.maxAttempts) return undefined;
  const backoff = error.retryAfterMs ?? policy.baseDelayMs * 2 ** (failedAttempts - 1);
  return Math.min(backoff, policy.maxDelayMs);
}

/** One thing to send: a new ticket, or the changes to one already filed. */
export interface OutboxOperation {
  readonly escalationId: string;
  readonly kind: 'create' | 'update';
  /** The digest of the report this operation carries. */
  readonly digest: string;
  readonly summary: string;
  readonly ticket: TroubleTicketCreate;
  /** For an update: the note listing what changed since the ticket was filed. */
  readonly changeNote?: string;
  readonly queuedAt: string;
  /** A failure no retry can fix; kept until the user retries. */
  readonly failed?: { readonly message: string };
}

/** What the server holds for an escalation. */
export interface Filed {
  readonly ticketId: string;
  readonly digest: string;
  readonly summary: string;
  readonly sentAt: string;
}

interface OutboxRecord {
  readonly operations: readonly OutboxOperation[];
  readonly filed: Readonly<Record<string, Filed>>;
}

const EMPTY: OutboxRecord = { operations: [], filed: {} };

export interface SubmissionState {
  /** The ticket as last filed, if it was. */
  readonly filed?: Filed;
  /** What is being sent or waits to be. */
  readonly pending?: {
    readonly kind: 'create' | 'update';
    readonly state: 'sending' | 'queued' | 'failed';
    readonly message?: string;
    /** While waiting to retry: why, and when. */
    readonly retry?: { readonly error: ApiError; readonly inMs: number };
  };
}

export interface Outbox {
  readonly getState: (escalationId: string) => SubmissionState;
  /** Every operation waiting or failed, for My escalations. */
  readonly operations: () => readonly OutboxOperation[];
  readonly subscribe: (listener: () => void) => () => void;
  /** Calls `listener` when a ticket was filed or updated from this device, in any tab. */
  readonly onFiled: (listener: () => void) => () => void;
  /** Files the escalation, or sends its changes to the ticket filed. Idempotent. */
  readonly submit: (input: EscalationTicketInput, changeNote?: string) => Promise<void>;
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
  readonly retryPolicy?: RetryPolicy;
}

const KEY = OUTBOX_KEY;

function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError
    ? caught
    : new ApiError('network', 'The request failed before an answer', { cause: caught });
}

export function createOutbox(options: OutboxOptions = {}): Outbox {
  const {
    store = openStore<OutboxRecord>(OUTBOX_STORE),
    create = createTroubleTicket,
    update = patchTroubleTicket,
    read = getTroubleTicket,
    isOnline = () => globalThis.navigator.onLine,
    sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    retryPolicy = DEFAULT_RETRY_POLICY,
  } = options;
  const channel = tabChannel<OutboxMessage>(OUTBOX_CHANNEL);
  const listeners = new Set<() => void>();
  const filedListeners = new Set<() => void>();
  /** Known state, refreshed from the device after every change here or in another tab. */
  let record: OutboxRecord = EMPTY;
  /** What this tab is sending right now. */
  const sending = new Map<string, { retry?: { error: ApiError; inMs: number } }>();
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
    const state = op.failed ? 'failed' : here || isOnline() ? 'sending' : 'queued';
    return {
      ...(filed ? { filed } : {}),
      pending: {
        kind: op.kind,
        state,
        ...(op.failed ? { message: op.failed.message } : {}),
        ...(here?.retry ? { retry: here.retry } : {}),
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

  async function deliver(op: OutboxOperation): Promise<'done' | 'offline' | 'failed'> {
    sending.set(op.escalationId, {});
    notify();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          const ticket = await sendOperation(op);
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
          channel.post('filed');
          for (const listener of filedListeners) listener();
          return 'done';
        } catch (caught) {
          const error = asApiError(caught);
          if (error.kind === 'network' && !isOnline()) return 'offline';
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
          await sleep(delay);
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
    if (!record.operations.some((op) => !op.failed)) return;
    // Waits for the lock rather than skipping when another tab holds it: that tab read the outbox
    // before this one queued, so skipping would leave this tab's operation unsent.
    await withLock('outbox', async () => {
      // Another tab may have sent them while this one waited: read again under the lock.
      await refresh();
      for (const op of record.operations) {
        if (op.failed || sending.has(op.escalationId)) continue;
        if ((await deliver(op)) === 'offline') return;
      }
    });
  }

  const onOnline = (): void => {
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
        if (waiting?.digest === input.digest && !waiting.failed) return current;
        result.queued = true;
        const op: OutboxOperation = {
          escalationId: input.escalationId,
          // A ticket still waiting to be created carries the latest report instead.
          kind: filed ? 'update' : 'create',
          digest: input.digest,
          summary: input.summary,
          ticket: toTroubleTicketCreate(input),
          ...(filed && changeNote ? { changeNote } : {}),
          queuedAt: new Date().toISOString(),
        };
        return { ...current, operations: [...withoutOperation(current, input.escalationId), op] };
      });
      if (result.queued && isOnline()) await flush();
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

/** The app's outbox. */
export const outbox: Outbox = createOutbox();

/** A ticket not filed yet, as My escalations lists it. */
export interface WaitingTicket {
  readonly escalationId: string;
  readonly state: 'queued' | 'failed';
  readonly message?: string;
  readonly queuedAt: string;
  readonly title: string | undefined;
  readonly ticketType: string;
  readonly pon: string | undefined;
  /** 10 digits each. */
  readonly telephoneNumbers: readonly string[];
  readonly serviceOrders: readonly string[];
}

/** The operations that would create a ticket, as rows: an update belongs to its filed ticket. */
export function waitingTickets(operations: readonly OutboxOperation[]): WaitingTicket[] {
  return operations
    .filter((op) => op.kind === 'create')
    .map((op) => {
      const ids = (role: string) =>
        (op.ticket.relatedEntity ?? []).filter((e) => e.role === role).map((e) => e.entity.id);
      return {
        escalationId: op.escalationId,
        state: op.failed ? 'failed' : 'queued',
        ...(op.failed ? { message: op.failed.message } : {}),
        queuedAt: op.queuedAt,
        title: op.ticket.name,
        ticketType: op.ticket.ticketType,
        pon: op.ticket.externalIdentifier?.find((x) => x.externalIdentifierType === 'PON')?.id,
        telephoneNumbers: ids('affectedTelephoneNumber'),
        serviceOrders: ids('serviceOrder'),
      };
    });
}

/** Changes to filed tickets that wait or failed, by ticket id: My escalations marks those rows. */
export function pendingChanges(
  operations: readonly OutboxOperation[],
  filed: (escalationId: string) => Filed | undefined,
): ReadonlyMap<string, 'queued' | 'failed'> {
  const changes = new Map<string, 'queued' | 'failed'>();
  for (const op of operations) {
    const ticketId = op.kind === 'update' ? filed(op.escalationId)?.ticketId : undefined;
    if (ticketId) changes.set(ticketId, op.failed ? 'failed' : 'queued');
  }
  return changes;
}
