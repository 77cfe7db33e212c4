import { expect } from 'vitest';
import type { LocalStore, TabChannel } from '../../api/localStore.ts';
import { memoryStore } from '../../api/localStore.ts';
import type { Draft } from './draft.ts';
import { readDraft } from './draft.ts';
import { createDraftStore } from './draftStore.ts';
import type { DraftSync, Timers } from './draftSync.ts';
import { TYPING_DELAY_MS, createDraftSync } from './draftSync.ts';
import type { DraftChange } from './list.ts';

/*
 * Tabs of the app for tests that drive the draft-sync engine without React and without real
 * time: the device is one store in memory shared by the tabs, the tabs hear each other through
 * a channel that delivers at once, and the typing pause is a timer the test runs by hand.
 */

/** Storage (sessionStorage, localStorage) in memory. */
class MemoryStorage implements Storage {
  private readonly data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

/** One device: its drafts store (which can refuse writes, as an unloading page's) and its tabs. */
export function device() {
  const memory = memoryStore<unknown>();
  let refusing = false;
  const store: LocalStore<unknown> = {
    get: (key) => memory.get(key),
    all: () => memory.all(),
    update: (key, change) =>
      refusing ? Promise.reject(new Error('the page unloaded')) : memory.update(key, change),
    delete: (key) => memory.delete(key),
    persistent: true,
  };
  const listeners = new Set<(change: DraftChange) => void>();
  const channel: TabChannel<DraftChange> = {
    post: (message) => {
      for (const listener of listeners) listener(message);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    store,
    channel,
    refuseWrites: (refuse: boolean) => {
      refusing = refuse;
    },
    stored: async (id: string): Promise<Draft | undefined> => {
      const read = readDraft(await memory.get(id));
      return read.status === 'ok' ? read.draft : undefined;
    },
  };
}
export type Device = ReturnType<typeof device>;

/** Timers the test runs by hand: the typing pause passes when `runTimers` is called. */
function manualTimers(): Timers & { runTimers: () => void; waiting: () => number } {
  const jobs = new Map<number, () => void>();
  let next = 0;
  return {
    set: (job, ms) => {
      expect(ms).toBe(TYPING_DELAY_MS);
      jobs.set(++next, job);
      return next;
    },
    clear: (handle) => {
      jobs.delete(handle as number);
    },
    runTimers: () => {
      const due = [...jobs.values()];
      jobs.clear();
      for (const job of due) job();
    },
    waiting: () => jobs.size,
  };
}

let tabs = 0;
let ids = 0;

/** A tab of the app on `on`: its engine, connected as the shell connects it. */
export function openTab(on: Device, options: { fresh?: boolean; session?: Storage } = {}) {
  const session = options.session ?? new MemoryStorage();
  const timers = manualTimers();
  const events = new EventTarget();
  const sync: DraftSync = createDraftSync({
    fresh: options.fresh ?? false,
    drafts: createDraftStore({
      store: on.store,
      channel: on.channel,
      tabId: `tab-${String(++tabs)}`,
      tabStorage: () => session,
      oldStorage: () => undefined,
    }),
    contacts: new MemoryStorage(),
    events: events as unknown as Window,
    timers,
    newId: () => `draft-${String(++ids)}`,
  });
  const stop = sync.subscribe(() => undefined);
  return {
    sync,
    get draft() {
      return sync.getSnapshot();
    },
    session,
    timers,
    /** The page hides (a reload, a closed tab). */
    hide: () => events.dispatchEvent(new Event('pagehide')),
    /** The page unloads, and the device drops the write it starts, as Chromium drops it. */
    unload: async () => {
      on.refuseWrites(true);
      events.dispatchEvent(new Event('pagehide'));
      stop();
      await settle();
      on.refuseWrites(false);
    },
    /** Whether leaving the page now asks "Leave site?". */
    asksBeforeLeaving: () => {
      const event = new Event('beforeunload', { cancelable: true });
      events.dispatchEvent(event);
      return event.defaultPrevented;
    },
    close: stop,
  };
}
export type Tab = ReturnType<typeof openTab>;

/** Lets every write and read under way in every tab finish (the store answers at once). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 100; i++) await Promise.resolve();
}
