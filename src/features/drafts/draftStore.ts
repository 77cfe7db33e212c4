import { browserStorage } from '../../api/browserStorage.ts';
import type { LocalStore } from '../../api/localStore.ts';
import { openStore, tabChannel } from '../../api/localStore.ts';
import type { Draft } from './draft.ts';
import { migrateVersion1, readDraft } from './draft.ts';
import type { DraftChange } from './list.ts';
import { OLD_DRAFT_KEY } from './list.ts';

/*
 * The drafts on this device, one record each in IndexedDB, and which one this tab works on. A save
 * is a compare-and-set on the draft's revision inside one transaction: when another tab saved the
 * same draft in between, nothing is overwritten and the caller is told (a conflict to show).
 */

export const TAB_ID = Math.random().toString(36).slice(2);

export const draftChanges = tabChannel<DraftChange>('drafts');

let store: LocalStore<unknown> | undefined;
/** Opened on first use: a module that only imports this (the prerender) opens nothing. */
export function draftStore(): LocalStore<unknown> {
  store ??= openStore<unknown>('drafts');
  return store;
}

export type SaveResult =
  | { readonly status: 'saved'; readonly draft: Draft }
  | { readonly status: 'conflict'; readonly theirs: Draft }
  | { readonly status: 'failed' };

/**
 * Saves `draft` as the revision after `baseRev`, unless another tab saved a later one first.
 * `force` overwrites it (the user chose to keep this tab's answers).
 */
export async function saveDraft(draft: Draft, baseRev: number, force = false): Promise<SaveResult> {
  let theirs: Draft | undefined;
  let saved: Draft | undefined;
  try {
    await draftStore().update(draft.id, (stored) => {
      const current = stored === undefined ? undefined : readDraft(stored);
      const latest = current?.status === 'ok' ? current.draft : undefined;
      if (latest && latest.rev !== baseRev && !force) {
        theirs = latest;
        return stored;
      }
      saved = {
        ...draft,
        rev: Math.max(baseRev, latest?.rev ?? 0) + 1,
        savedAt: new Date().toISOString(),
      };
      return saved;
    });
  } catch {
    return { status: 'failed' };
  }
  if (theirs) return { status: 'conflict', theirs };
  if (!saved) return { status: 'failed' };
  draftChanges.post({ id: draft.id, rev: saved.rev, tab: TAB_ID });
  return { status: 'saved', draft: saved };
}

export type LoadResult =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly draft: Draft; readonly dropped: number }
  | { readonly status: 'unusable' };

export async function loadDraft(id: string): Promise<LoadResult> {
  const stored = await draftStore()
    .get(id)
    .catch(() => undefined);
  if (stored === undefined) return { status: 'none' };
  return readDraft(stored);
}

export async function allDrafts(): Promise<Draft[]> {
  const entries = await draftStore()
    .all()
    .catch(() => []);
  return entries.flatMap(([, stored]) => {
    const read = readDraft(stored);
    return read.status === 'ok' ? [read.draft] : [];
  });
}

/** Drafts filed or taken away are kept this long, for "New escalation like this one". */
const KEEP_DONE_MS = 30 * 24 * 60 * 60 * 1000;

/** Removes unusable records and drafts done long ago; returns how many unusable ones. */
export async function tidyDrafts(now = Date.now()): Promise<number> {
  const entries = await draftStore()
    .all()
    .catch(() => []);
  let unusable = 0;
  for (const [key, stored] of entries) {
    const read = readDraft(stored);
    const old =
      read.status === 'ok' &&
      read.draft.done &&
      now - Date.parse(read.draft.savedAt) > KEEP_DONE_MS;
    if (read.status === 'unusable') unusable++;
    if (read.status === 'unusable' || old)
      await draftStore()
        .delete(key)
        .catch(() => undefined);
  }
  return unusable;
}

// The previous version kept one draft in localStorage under these keys.

export type Migration = { readonly moved: string } | { readonly unusable: true } | undefined;

/**
 * Moves a draft the previous version saved in localStorage into the store: the moved draft's id,
 * or `unusable` when an old draft was there but could not be read (the user is told).
 */
export async function migrateOldDraft(): Promise<Migration> {
  const storage = browserStorage();
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
      const draft = key.endsWith(':v1') ? migrateVersion1(parsed) : undefined;
      if (draft) {
        const result = await saveDraft(draft, 0, true);
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

const CURRENT_KEY = 'att-escalation-wizard:current-draft';

/** The draft this tab works on: per tab (sessionStorage), so two tabs can hold two drafts. */
export function currentDraftId(): string | undefined {
  try {
    return sessionStorage.getItem(CURRENT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function setCurrentDraftId(id: string): void {
  try {
    sessionStorage.setItem(CURRENT_KEY, id);
  } catch {
    // Without sessionStorage a reload starts from the newest unfinished draft instead.
  }
}

/*
 * IndexedDB cannot finish a write while the page unloads (Chromium drops it), so a reload right
 * after typing or Continue would lose it. The tab's unsaved draft is kept in sessionStorage (per
 * tab, written synchronously) when the page hides, and taken back on load if nothing but this
 * tab's own writes, the ones under way as it hid, was saved over it since: `baseRev` is the
 * revision it builds on, `upToRev` the revision those writes reach if they all land.
 */
const UNSAVED_KEY = 'att-escalation-wizard:unsaved-draft';

export function keepUnsavedDraft(
  draft: Draft | undefined,
  baseRev: number,
  upToRev: number = baseRev,
): void {
  try {
    if (draft) sessionStorage.setItem(UNSAVED_KEY, JSON.stringify({ baseRev, upToRev, draft }));
    else sessionStorage.removeItem(UNSAVED_KEY);
  } catch {
    // Full or blocked: the write to IndexedDB under way is all there is.
  }
}

/** The draft `id` as this tab left it unsaved, if it builds on the revision stored (`storedRev`). */
export function unsavedDraft(id: string, storedRev: number): Draft | undefined {
  try {
    const raw = sessionStorage.getItem(UNSAVED_KEY);
    if (!raw) return undefined;
    const kept = JSON.parse(raw) as { baseRev?: unknown; upToRev?: unknown; draft?: unknown };
    const read = readDraft(kept.draft);
    if (read.status !== 'ok' || read.draft.id !== id || typeof kept.baseRev !== 'number') {
      return undefined;
    }
    const upTo = typeof kept.upToRev === 'number' ? kept.upToRev : kept.baseRev;
    return storedRev >= kept.baseRev && storedRev <= upTo
      ? { ...read.draft, rev: storedRev }
      : undefined;
  } catch {
    return undefined;
  }
}
