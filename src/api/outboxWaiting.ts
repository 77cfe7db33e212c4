import { openStore, tabChannel, whenDeviceHas } from './localStore.ts';

/*
 * Whether the ticket outbox has work, without loading it: the outbox (outbox.ts) brings the
 * ticket client and its schemas, which a page that files nothing itself (the start page) should
 * not run just to find the outbox empty.
 */

/** Where the outbox keeps its record, and the channel on which it tells the other tabs. */
export const OUTBOX_STORE = 'outbox';
export const OUTBOX_KEY = 'outbox';
export const OUTBOX_CHANNEL = 'outbox';
export type OutboxMessage = 'changed' | 'filed';

/**
 * Calls `load` once the outbox has something to send: at once if this device's outbox holds an
 * operation, or when a tab changes it. Returns a function that stops waiting.
 */
export function whenOutboxHasWork(load: () => void): () => void {
  return whenDeviceHas(
    hasOperations,
    tabChannel<OutboxMessage>(OUTBOX_CHANNEL),
    (message) => message === 'changed',
    load,
  );
}

async function hasOperations(): Promise<boolean> {
  const store = openStore<{ readonly operations?: readonly unknown[] }>(OUTBOX_STORE);
  return Boolean((await store.get(OUTBOX_KEY))?.operations?.length);
}

/** A ticket, or changes to one, that this device has not sent yet, as the start page lists it. */
export interface WaitingOnDevice {
  readonly escalationId: string;
  /** Waiting for the connection, refused by the service, or held for the user to look. */
  readonly state: 'queued' | 'failed' | 'held';
  /** Changes to a ticket already filed, rather than a new ticket. */
  readonly update: boolean;
  readonly pon: string | undefined;
  /** Why it was refused or held. */
  readonly message: string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const messageOf = (value: unknown): string | undefined =>
  isRecord(value) && typeof value.message === 'string' ? value.message : undefined;

/** The PON of a queued ticket body, read with plain checks (zod stays off the start page). */
function ponOf(ticket: unknown): string | undefined {
  const ids = isRecord(ticket) ? ticket.externalIdentifier : undefined;
  if (!Array.isArray(ids)) return undefined;
  const pon: unknown = ids.find(
    (id: unknown) => isRecord(id) && id.externalIdentifierType === 'PON',
  );
  return isRecord(pon) && typeof pon.id === 'string' ? pon.id : undefined;
}

/** The operations of a stored outbox record; anything unreadable is left out. */
export function readWaiting(record: unknown): WaitingOnDevice[] {
  const operations = isRecord(record) ? record.operations : undefined;
  if (!Array.isArray(operations)) return [];
  return operations.flatMap((op: unknown) => {
    if (!isRecord(op) || typeof op.escalationId !== 'string') return [];
    const failed = messageOf(op.failed);
    const held = messageOf(op.held);
    return [
      {
        escalationId: op.escalationId,
        state: failed !== undefined ? 'failed' : held !== undefined ? 'held' : 'queued',
        update: op.kind === 'update',
        pon: ponOf(op.ticket),
        message: failed ?? held,
      },
    ];
  });
}

/**
 * What this device has not sent yet, kept current across tabs, for a page that does not load the
 * outbox itself: `getSnapshot` is undefined until the device was read.
 */
export interface WaitingList {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => readonly WaitingOnDevice[] | undefined;
}

export function createWaitingList(
  read: () => Promise<unknown> = () => openStore<unknown>(OUTBOX_STORE).get(OUTBOX_KEY),
): WaitingList {
  const listeners = new Set<() => void>();
  let snapshot: readonly WaitingOnDevice[] | undefined;
  let stopHearing: (() => void) | undefined;
  const refresh = (): void => {
    void read()
      .catch(() => undefined)
      .then((record) => {
        snapshot = readWaiting(record);
        for (const listener of listeners) listener();
      });
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!stopHearing) {
        // Every change in any tab, this one's outbox included, is told on the channel.
        stopHearing = tabChannel<OutboxMessage>(OUTBOX_CHANNEL).subscribe(refresh);
        refresh();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopHearing?.();
          stopHearing = undefined;
        }
      };
    },
    getSnapshot: () => snapshot,
  };
}
