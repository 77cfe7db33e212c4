import { z } from 'zod';
import { browserStorage } from './browserStorage.ts';
import { ApiError } from './client.ts';
import { createTroubleTicket } from './tickets.ts';
import {
  TroubleTicketCreateSchema,
  toTroubleTicketCreate,
  type EscalationTicketInput,
  type TroubleTicket,
  type TroubleTicketCreate,
} from './troubleTicket.ts';

/*
 * Filing an escalation as a ticket without ever losing or duplicating it (issue #4):
 * - one ticket per escalation: the escalation id is the Idempotency-Key, and a submission already
 *   sending, queued or sent is not started again (a double click is one request);
 * - 5xx and network failures are retried with exponential backoff, honouring Retry-After;
 *   4xx and unreadable answers are not (the user gets a message and a Retry button);
 * - offline, the ticket is queued in localStorage and sent on the 'online' event or at the next
 *   start of the app.
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

export type SubmissionState =
  | { readonly status: 'idle' }
  /** `retry` is set while waiting to try again after a failure. */
  | { readonly status: 'sending'; readonly retry?: { error: ApiError; inMs: number } }
  | { readonly status: 'queued' }
  | { readonly status: 'sent'; readonly ticketId: string }
  | { readonly status: 'failed'; readonly error: ApiError };

export interface TicketOutbox {
  getState: (escalationId: string) => SubmissionState;
  subscribe: (listener: () => void) => () => void;
  /** File the escalation (or retry it after a failure). Does nothing while it is in hand. */
  submit: (input: EscalationTicketInput) => void;
  /** Send everything queued. */
  flush: () => Promise<void>;
  /** Send the queue now and whenever the browser comes back online; returns the unsubscribe. */
  watchConnectivity: () => () => void;
}

export interface TicketOutboxOptions {
  send?: (ticket: TroubleTicketCreate, idempotencyKey: string) => Promise<TroubleTicket>;
  storage?: Storage | undefined;
  isOnline?: () => boolean;
  sleep?: (ms: number) => Promise<void>;
  retryPolicy?: RetryPolicy;
}

export const OUTBOX_STORAGE_KEY = 'escalation-wizard.ticketOutbox.v1';

const StoredOutboxSchema = z.object({
  queued: z.record(z.string(), TroubleTicketCreateSchema),
  sent: z.record(z.string(), z.string()),
});
type StoredOutbox = z.infer<typeof StoredOutboxSchema>;

const IDLE: SubmissionState = { status: 'idle' };

function load(storage: Storage | undefined): StoredOutbox {
  try {
    const raw = storage?.getItem(OUTBOX_STORAGE_KEY);
    const parsed = StoredOutboxSchema.safeParse(raw ? JSON.parse(raw) : undefined);
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable storage (private mode, corrupt JSON): start empty rather than break the page.
  }
  return { queued: {}, sent: {} };
}

export function createTicketOutbox(options: TicketOutboxOptions = {}): TicketOutbox {
  const {
    send = createTroubleTicket,
    storage = browserStorage(),
    isOnline = () => globalThis.navigator.onLine,
    sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    retryPolicy = DEFAULT_RETRY_POLICY,
  } = options;

  const stored = load(storage);
  const states = new Map<string, SubmissionState>();
  for (const id of Object.keys(stored.queued)) states.set(id, { status: 'queued' });
  for (const [id, ticketId] of Object.entries(stored.sent))
    states.set(id, { status: 'sent', ticketId });
  const listeners = new Set<() => void>();
  let watchers = 0;

  function persist(): void {
    try {
      storage?.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(stored));
    } catch {
      // Storage full or blocked: the queue still lives in memory until the page closes.
    }
  }

  function set(id: string, state: SubmissionState): void {
    states.set(id, state);
    for (const listener of listeners) listener();
  }

  function enqueue(id: string, ticket: TroubleTicketCreate): void {
    stored.queued[id] = ticket;
    persist();
    set(id, { status: 'queued' });
  }

  function settle(id: string, state: SubmissionState): void {
    stored.queued = Object.fromEntries(Object.entries(stored.queued).filter(([key]) => key !== id));
    if (state.status === 'sent') stored.sent[id] = state.ticketId;
    persist();
    set(id, state);
  }

  async function deliver(id: string, ticket: TroubleTicketCreate): Promise<void> {
    set(id, { status: 'sending' });
    for (let attempt = 1; ; attempt++) {
      try {
        const created = await send(ticket, id);
        settle(id, { status: 'sent', ticketId: created.id });
        return;
      } catch (caught) {
        const error =
          caught instanceof ApiError
            ? caught
            : new ApiError('network', 'The request failed before an answer', { cause: caught });
        if (error.kind === 'network' && !isOnline()) {
          enqueue(id, ticket);
          return;
        }
        const delay = retryDelayMs(error, attempt, retryPolicy);
        if (delay === undefined) {
          settle(id, { status: 'failed', error });
          return;
        }
        set(id, { status: 'sending', retry: { error, inMs: delay } });
        await sleep(delay);
        set(id, { status: 'sending' });
      }
    }
  }

  function inHand(id: string): boolean {
    const status = states.get(id)?.status;
    return status === 'sending' || status === 'queued' || status === 'sent';
  }

  async function flush(): Promise<void> {
    const due = Object.entries(stored.queued).filter(([id]) => states.get(id)?.status === 'queued');
    await Promise.all(due.map(([id, ticket]) => deliver(id, ticket)));
  }

  const onOnline = (): void => void flush();

  return {
    getState: (id) => states.get(id) ?? IDLE,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    submit(input) {
      const id = input.escalationId;
      if (inHand(id)) return;
      const ticket = toTroubleTicketCreate(input);
      if (isOnline()) void deliver(id, ticket);
      else enqueue(id, ticket);
    },
    flush,
    watchConnectivity() {
      if (watchers++ === 0) globalThis.addEventListener('online', onOnline);
      if (isOnline()) void flush();
      let watching = true;
      return () => {
        if (!watching) return;
        watching = false;
        if (--watchers === 0) globalThis.removeEventListener('online', onOnline);
      };
    },
  };
}

/** The app's outbox: the app shell calls watchConnectivity() once at start to send what is queued. */
export const ticketOutbox: TicketOutbox = createTicketOutbox();
