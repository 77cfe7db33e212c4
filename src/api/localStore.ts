import type { UseStore } from 'idb-keyval';
import { createStore, entries, promisifyRequest } from 'idb-keyval';

/*
 * What the app keeps on this device (drafts, the ticket outbox, the demo backend's tickets) lives
 * in IndexedDB, through idb-keyval: one store per kind, shared by every tab of the origin. A
 * change is a read-modify-write inside one IndexedDB transaction, so two tabs writing at once
 * never lose each other's change (localStorage cannot promise that). A BroadcastChannel tells the
 * other tabs what changed; Web Locks let one tab at a time do a job (send the outbox).
 *
 * Where IndexedDB is missing, blocked or full, a store keeps its data in memory for the life of
 * the tab and says so (`persistent` turns false), so the user can be told to keep the page open.
 */

export interface LocalStore<T> {
  get(key: string): Promise<T | undefined>;
  all(): Promise<[string, T][]>;
  /**
   * Reads the value and writes what `change` returns (undefined deletes it), atomically across
   * tabs. Resolves to what was stored.
   */
  update(key: string, change: (stored: T | undefined) => T | undefined): Promise<T | undefined>;
  delete(key: string): Promise<void>;
  /** False once the store fell back to memory: nothing written since survives the tab. */
  readonly persistent: boolean;
}

class MemoryStore<T> implements LocalStore<T> {
  private readonly data = new Map<string, T>();
  readonly persistent = false;

  constructor(initial: Iterable<[string, T]> = []) {
    for (const [key, value] of initial) this.data.set(key, value);
  }

  get(key: string) {
    return Promise.resolve(this.data.get(key));
  }

  all() {
    return Promise.resolve([...this.data.entries()]);
  }

  update(key: string, change: (stored: T | undefined) => T | undefined) {
    const next = change(this.data.get(key));
    if (next === undefined) this.data.delete(key);
    else this.data.set(key, next);
    return Promise.resolve(next);
  }

  delete(key: string) {
    this.data.delete(key);
    return Promise.resolve();
  }
}

/** IndexedDB first; on the first failure, memory from then on (with what was read so far). */
class DeviceStore<T> implements LocalStore<T> {
  private idb: UseStore | undefined;
  private memory: MemoryStore<T> | undefined;

  constructor(name: string) {
    try {
      // The mere `indexedDB` throws where the user blocks site data.
      this.idb =
        typeof indexedDB === 'undefined'
          ? undefined
          : createStore(`att-escalation-wizard-${name}`, name);
    } catch {
      this.idb = undefined;
    }
    if (!this.idb) this.memory = new MemoryStore<T>();
  }

  get persistent(): boolean {
    return this.memory === undefined;
  }

  private async attempt<R>(
    onDevice: (idb: UseStore) => Promise<R>,
    inMemory: (memory: MemoryStore<T>) => Promise<R>,
  ): Promise<R> {
    if (this.idb && !this.memory) {
      try {
        return await onDevice(this.idb);
      } catch {
        // Blocked, full or broken: keep what can be read, and go on in memory.
        this.memory = new MemoryStore<T>(await this.readAll().catch(() => []));
      }
    }
    this.memory ??= new MemoryStore<T>();
    return inMemory(this.memory);
  }

  private readAll(): Promise<[string, T][]> {
    return this.idb ? entries<string, T>(this.idb) : Promise.resolve([]);
  }

  get(key: string) {
    return this.attempt(
      (idb) => idb('readonly', (store) => promisifyRequest<T | undefined>(store.get(key))),
      (memory) => memory.get(key),
    );
  }

  all() {
    return this.attempt(
      () => this.readAll(),
      (memory) => memory.all(),
    );
  }

  update(key: string, change: (stored: T | undefined) => T | undefined) {
    return this.attempt(
      (idb) =>
        idb('readwrite', (store) => {
          let next: T | undefined;
          return new Promise<T | undefined>((resolve, reject) => {
            const read = store.get(key);
            read.onsuccess = () => {
              // put() can throw at once (a value too large to store): fail this write, never
              // leave an uncaught error behind.
              try {
                next = change(read.result as T | undefined);
                if (next === undefined) store.delete(key);
                else store.put(next, key);
              } catch (error) {
                reject(error instanceof Error ? error : new Error('IndexedDB write failed'));
                read.transaction?.abort();
              }
            };
            read.onerror = () => {
              reject(read.error ?? new Error('IndexedDB read failed'));
            };
            // Resolved once the transaction commits: a quota error rejects instead.
            read.transaction?.addEventListener('complete', () => {
              resolve(next);
            });
            read.transaction?.addEventListener('error', () => {
              reject(read.transaction?.error ?? new Error('IndexedDB write failed'));
            });
            read.transaction?.addEventListener('abort', () => {
              reject(read.transaction?.error ?? new Error('IndexedDB write aborted'));
            });
          });
        }),
      (memory) => memory.update(key, change),
    );
  }

  delete(key: string) {
    return this.attempt(
      (idb) =>
        idb('readwrite', (store) => promisifyRequest(store.delete(key))).then(() => undefined),
      (memory) => memory.delete(key),
    );
  }
}

export function openStore<T>(name: string): LocalStore<T> {
  return new DeviceStore<T>(name);
}

/** A store in memory only, for tests and for a device that refuses storage. */
export function memoryStore<T>(initial: Iterable<[string, T]> = []): LocalStore<T> {
  return new MemoryStore<T>(initial);
}

/** Tells the other tabs of this origin what changed; a no-op where BroadcastChannel is missing. */
export interface TabChannel<M> {
  post(message: M): void;
  subscribe(listener: (message: M) => void): () => void;
}

export function tabChannel<M>(name: string): TabChannel<M> {
  const listeners = new Set<(message: M) => void>();
  let channel: BroadcastChannel | undefined;
  // Opened on first use: a module that only imports this (the build's prerender) opens nothing.
  const open = (): BroadcastChannel | undefined => {
    if (channel || typeof BroadcastChannel === 'undefined') return channel;
    channel = new BroadcastChannel(`att-escalation-wizard:${name}`);
    channel.onmessage = (event: MessageEvent<M>) => {
      for (const listener of listeners) listener(event.data);
    };
    return channel;
  };
  return {
    post: (message) => {
      open()?.postMessage(message);
    },
    subscribe(listener) {
      open();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Calls `load` once this device has something for it: at once if `present()` says so, or when a
 * tab posts a message on `channel` that `counts`. Lets a page check a store without loading the
 * code (and the schemas) that would read it. Returns a function that stops waiting.
 */
export function whenDeviceHas<M>(
  present: () => Promise<boolean>,
  channel: TabChannel<M>,
  counts: (message: M) => boolean,
  load: () => void,
): () => void {
  let waiting = true;
  const unsubscribe = channel.subscribe((message) => {
    if (counts(message)) fire();
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
  present().then(
    (found) => {
      if (found) fire();
    },
    // Storage refused: nothing can have been kept on this device.
    () => undefined,
  );
  return stop;
}

/**
 * Runs `job` while holding the lock `name` across every tab of the origin (Web Locks), so one tab
 * at a time does it. Where Web Locks are missing the job runs at once. `ifAvailable`: skip the
 * job when another tab holds the lock.
 */
export async function withLock<R>(
  name: string,
  job: () => Promise<R>,
  options: { ifAvailable?: boolean } = {},
): Promise<R | undefined> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return job();
  return locks.request(
    `att-escalation-wizard:${name}`,
    { ifAvailable: options.ifAvailable ?? false },
    (lock) => (lock ? job() : undefined),
  );
}
