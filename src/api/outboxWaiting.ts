import { openStore, tabChannel } from './localStore.ts';

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
  let waiting = true;
  const unsubscribe = tabChannel<OutboxMessage>(OUTBOX_CHANNEL).subscribe((message) => {
    if (message === 'changed') fire();
  });
  function stop(): void {
    waiting = false;
    unsubscribe();
  }
  function fire(): void {
    if (!waiting) return;
    stop();
    load();
  }
  openStore<{ readonly operations?: readonly unknown[] }>(OUTBOX_STORE)
    .get(OUTBOX_KEY)
    .then(
      (record) => {
        if (record?.operations?.length) fire();
      },
      // Storage refused: nothing can have been queued on this device.
      () => undefined,
    );
  return stop;
}
