import { browserStorage } from '../../api/browserStorage.ts';
import type { LocalStore, TabChannel } from '../../api/localStore.ts';
import { openStore, tabChannel } from '../../api/localStore.ts';
import type { Draft } from './draft.ts';
import { migrateVersion1, readDraft } from './draft.ts';
import type { DraftChange } from './list.ts';
import { OLD_DRAFT_KEY } from './list.ts';

/*
 * The drafts on this device, one record each in IndexedDB, and which one this tab works on. A save
 * is a compare-and-set on the draft's revision inside one transaction: when another tab saved the
 * same draft in between, nothing is overwritten and the caller gets that tab's draft to merge.
 * Every input (the store, the channel to the other tabs, the tab's own storage, the clock) can be
 * given, so tests can run two tabs over one store in memory.
 */

export type SaveResult =
  | { readonly status: 'saved'; readonly draft: Draft }
  | { readonly status: 'conflict'; readonly theirs: Draft }
  | { readonly status: 'failed' };

export type LoadResult =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly draft: Draft; readonly dropped: number }
  | { readonly status: 'unusable' };

export type Migration = { readonly moved: string } | { readonly unusable: true } | undefined;

export interface DraftStore {
  /**
   * Saves `draft` as the revision after `baseRev`, unless another tab saved a later one first.
   * `force` overwrites it (only for a draft moved from the previous version).
   */
  save(draft: Draft, baseRev: number, force?: boolean): Promise<SaveResult>;
  load(id: string): Promise<LoadResult>;
  all(): Promise<Draft[]>;
  remove(id: string): Promise<void>;
  /** Removes unusable records and drafts done long ago; returns how many unusable ones. */
  tidy(now?: number): Promise<number>;
  /**
   * Moves a draft the previous version saved in localStorage into the store: the moved draft's
   * id, or `unusable` when an old draft was there but could not be read (the user is told).
   */
  migrateOld(): Promise<Migration>;
  /** The draft this tab works on: per tab (sessionStorage), so two tabs can hold two drafts. */
  currentId(): string | undefined;
  setCurrentId(id: string): void;
  /**
   * Keeps the tab's unsaved draft as the page hides, with the saved draft it builds on (see
   * below); undefined forgets it.
   */
  keepUnsaved(draft: Draft | undefined, base: Draft, upToRev?: number): void;
  /** The draft `id` as this tab left it unsaved, given the one stored now (see below). */
  unsaved(id: string, stored: Draft | undefined): KeptDraft | undefined;
  /** Calls `listener` when another tab saves or deletes a draft. */
  subscribe(listener: (change: DraftChange) => void): () => void;
  /** False once the device refused to keep the drafts: they live in this tab only. */
  readonly persistent: boolean;
}

/**
 * A tab's unsaved draft, kept as its page hid. `base` is absent when nothing but this tab's own
 * writes was saved since (the draft then builds on the stored revision); present when another
 * tab saved since: the draft it builds on, for a merge with the stored one.
 */
export interface KeptDraft {
  readonly draft: Draft;
  readonly base?: Draft;
}

export interface DraftStoreOptions {
  readonly store?: LocalStore<unknown>;
  readonly channel?: TabChannel<DraftChange>;
  /** Tells this tab's messages from the others'. */
  readonly tabId?: string;
  /** The tab's own storage (sessionStorage). */
  readonly tabStorage?: () => Storage | undefined;
  /** Where the previous version kept its draft (localStorage). */
  readonly oldStorage?: () => Storage | undefined;
  readonly now?: () => Date;
}

/** Drafts filed or taken away are kept this long, for "New escalation like this one". */
const KEEP_DONE_MS = 30 * 24 * 60 * 60 * 1000;

const CURRENT_KEY = 'att-escalation-wizard:current-draft';

/*
 * IndexedDB cannot finish a write while the page unloads (Chromium drops it), so a reload right
 * after typing or Continue would lose it. The tab's unsaved draft is kept in sessionStorage (per
 * tab, written synchronously) when the page hides, with the saved draft it builds on. On load it
 * is taken back as it is if nothing but this tab's own writes, the ones under way as it hid, was
 * saved over it since: `baseRev` is the revision it builds on, `upToRev` the revision those
 * writes reach if they all land, and the stored draft must be this tab's (`savedBy`). If another
 * tab saved since, it comes back with its base, to be merged like any other tab's save (merge.ts).
 */
const UNSAVED_KEY = 'att-escalation-wizard:unsaved-draft';

function sessionStorageOrNothing(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function createDraftStore(options: DraftStoreOptions = {}): DraftStore {
  const {
    channel = tabChannel<DraftChange>('drafts'),
    tabId = Math.random().toString(36).slice(2),
    tabStorage = sessionStorageOrNothing,
    oldStorage = browserStorage,
    now = () => new Date(),
  } = options;
  let opened = options.store;
  // Opened on first use: a module that only imports this (the prerender) opens nothing.
  const store = (): LocalStore<unknown> => (opened ??= openStore<unknown>('drafts'));

  async function save(draft: Draft, baseRev: number, force = false): Promise<SaveResult> {
    let theirs: Draft | undefined;
    let saved: Draft | undefined;
    try {
      await store().update(draft.id, (stored) => {
        const current = stored === undefined ? undefined : readDraft(stored);
        const latest = current?.status === 'ok' ? current.draft : undefined;
        if (latest && latest.rev !== baseRev && !force) {
          theirs = latest;
          return stored;
        }
        saved = {
          ...draft,
          rev: Math.max(baseRev, latest?.rev ?? 0) + 1,
          savedAt: now().toISOString(),
          savedBy: tabId,
        };
        return saved;
      });
    } catch {
      return { status: 'failed' };
    }
    if (theirs) return { status: 'conflict', theirs };
    if (!saved) return { status: 'failed' };
    channel.post({ id: draft.id, rev: saved.rev, tab: tabId });
    return { status: 'saved', draft: saved };
  }

  async function load(id: string): Promise<LoadResult> {
    const stored = await store()
      .get(id)
      .catch(() => undefined);
    if (stored === undefined) return { status: 'none' };
    return readDraft(stored);
  }

  async function all(): Promise<Draft[]> {
    const entries = await store()
      .all()
      .catch(() => []);
    return entries.flatMap(([, stored]) => {
      const read = readDraft(stored);
      return read.status === 'ok' ? [read.draft] : [];
    });
  }

  async function tidy(at = now().getTime()): Promise<number> {
    const entries = await store()
      .all()
      .catch(() => []);
    let unusable = 0;
    for (const [key, stored] of entries) {
      const read = readDraft(stored);
      const old =
        read.status === 'ok' &&
        read.draft.done &&
        at - Date.parse(read.draft.savedAt) > KEEP_DONE_MS;
      if (read.status === 'unusable') unusable++;
      if (read.status === 'unusable' || old)
        await store()
          .delete(key)
          .catch(() => undefined);
    }
    return unusable;
  }

  async function migrateOld(): Promise<Migration> {
    const storage = oldStorage();
    let found: Migration;
    try {
      for (const key of Object.keys(storage ?? {})) {
        if (!OLD_DRAFT_KEY.test(key)) continue;
        const raw = storage?.getItem(key) ?? null;
        storage?.removeItem(key);
        let parsed: unknown;
        try {
          parsed = raw === null ? undefined : JSON.parse(raw);
        } catch {
          parsed = undefined;
        }
        const draft = key.endsWith(':v1') ? migrateVersion1(parsed, now()) : undefined;
        if (draft) {
          const result = await save(draft, 0, true);
          found = result.status === 'saved' ? { moved: draft.id } : { unusable: true };
        } else {
          found ??= { unusable: true };
        }
      }
    } catch {
      // Storage that cannot be listed has no old draft we could move.
    }
    return found;
  }

  return {
    save,
    load,
    all,
    async remove(id) {
      await store()
        .delete(id)
        .catch(() => undefined);
    },
    tidy,
    migrateOld,
    currentId() {
      try {
        return tabStorage()?.getItem(CURRENT_KEY) ?? undefined;
      } catch {
        return undefined;
      }
    },
    setCurrentId(id) {
      try {
        tabStorage()?.setItem(CURRENT_KEY, id);
      } catch {
        // Without sessionStorage a reload starts from the newest unfinished draft instead.
      }
    },
    keepUnsaved(draft, base, upToRev = base.rev) {
      const keep = (record: object) => {
        tabStorage()?.setItem(UNSAVED_KEY, JSON.stringify(record));
      };
      const kept = { baseRev: base.rev, upToRev, tab: tabId, draft };
      try {
        if (!draft) tabStorage()?.removeItem(UNSAVED_KEY);
        else {
          try {
            keep({ ...kept, base });
          } catch {
            // Too large with its base: kept alone, it still comes back when nobody saved since.
            keep(kept);
          }
        }
      } catch {
        // Full or blocked: the write to IndexedDB under way is all there is.
      }
    },
    unsaved(id, stored) {
      try {
        const raw = tabStorage()?.getItem(UNSAVED_KEY);
        if (!raw) return undefined;
        const kept = JSON.parse(raw) as Record<string, unknown>;
        const read = readDraft(kept.draft);
        if (read.status !== 'ok' || read.draft.id !== id || typeof kept.baseRev !== 'number') {
          return undefined;
        }
        const storedRev = stored?.rev ?? 0;
        const upTo = typeof kept.upToRev === 'number' ? kept.upToRev : kept.baseRev;
        const ownWrite = storedRev === kept.baseRev || stored?.savedBy === kept.tab;
        if (storedRev >= kept.baseRev && storedRev <= upTo && ownWrite) {
          return { draft: { ...read.draft, rev: storedRev } };
        }
        const base = readDraft(kept.base);
        return storedRev > kept.baseRev && base.status === 'ok' && base.draft.id === id
          ? { draft: read.draft, base: base.draft }
          : undefined;
      } catch {
        return undefined;
      }
    },
    subscribe(listener) {
      return channel.subscribe((change) => {
        if (change.tab !== tabId) listener(change);
      });
    },
    get persistent() {
      return store().persistent;
    },
  };
}

/** The drafts of this device, as every part of the app uses them. */
export const deviceDrafts: DraftStore = createDraftStore();
