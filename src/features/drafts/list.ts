import type { ProblemKind } from '../../domain/answers.ts';
import { PROBLEM_KIND_LABELS } from '../../domain/labels.ts';
import { openStore, tabChannel } from '../../api/localStore.ts';
import { hasWork } from './work.ts';

/*
 * The start page's list of unfinished drafts. It is on the first-load path, so it reads the
 * stored records with plain checks rather than zod (the full check happens when a draft is
 * opened, in draftStore.ts).
 */

export interface DraftSummary {
  readonly id: string;
  readonly pon: string | undefined;
  readonly problemKind: ProblemKind | undefined;
  /** Nothing answered yet, only an FOC pasted: the list says so rather than "No PON yet". */
  readonly focOnly: boolean;
  readonly savedAt: string;
}

// The labels' keys, not the zod enum: zod stays off the first-load path.
const PROBLEM_KINDS: readonly string[] = Object.keys(PROBLEM_KIND_LABELS);

function summaryOf(key: string, stored: unknown): DraftSummary | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const record = stored as Record<string, unknown>;
  const { answers, pending, focText } = record;
  if (record.done === true || typeof answers !== 'object' || answers === null) return undefined;
  if (typeof pending !== 'object' || pending === null) return undefined;
  const work = {
    answers,
    pending: pending as Record<string, object | undefined>,
    focText: typeof focText === 'string' ? focText : undefined,
  };
  if (!hasWork(work) || typeof record.savedAt !== 'string') return undefined;
  const { pon, problemKind } = answers as Record<string, unknown>;
  return {
    id: key,
    pon: typeof pon === 'string' && pon.trim() ? pon.trim() : undefined,
    problemKind:
      typeof problemKind === 'string' && PROBLEM_KINDS.includes(problemKind)
        ? (problemKind as ProblemKind)
        : undefined,
    focOnly: work.focText !== undefined && Object.keys(answers).length === 0,
    savedAt: record.savedAt,
  };
}

/** Where the previous version kept its one draft, in localStorage. */
export const OLD_DRAFT_KEY = /^att-escalation-wizard:draft:v\d+$/;

/** True when the previous version left a draft to move (draftStore.ts, migrateOld). */
export function hasOldDraft(): boolean {
  try {
    return Object.keys(localStorage).some((key) => OLD_DRAFT_KEY.test(key));
  } catch {
    return false;
  }
}

/** What a tab tells the others when it saves or deletes a draft (draftStore.ts). */
export interface DraftChange {
  readonly id: string;
  readonly rev: number;
  /** The tab that saved it, so a tab ignores its own news. */
  readonly tab: string;
  readonly deleted?: true;
}

const drafts = openStore<unknown>('drafts');
const changes = tabChannel<DraftChange>('drafts');

/** Unfinished drafts that hold work (work.ts), newest first. */
export async function unfinishedDrafts(): Promise<DraftSummary[]> {
  const entries = await drafts.all().catch(() => []);
  return entries
    .flatMap(([key, stored]) => summaryOf(key, stored) ?? [])
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function removeDraft(id: string): Promise<void> {
  await drafts.delete(id).catch(() => undefined);
  changes.post({ id, rev: Number.MAX_SAFE_INTEGER, tab: 'start-page', deleted: true });
}

/** Calls `listener` when any tab saves or deletes a draft. */
export const onDraftsChanged = (listener: () => void): (() => void) => changes.subscribe(listener);

/**
 * The start page's list as a store React reads: read when the first reader subscribes (the
 * prerendered page has none), and again whenever any tab saves or deletes a draft.
 */
export interface DraftList {
  /** Undefined until read. */
  readonly getSnapshot: () => readonly DraftSummary[] | undefined;
  readonly subscribe: (listener: () => void) => () => void;
  /**
   * The same, moving a draft the previous version saved first, so it is listed too (rare: the
   * checks it needs come with it, off the usual first-load path). Opened anywhere else, the
   * wizard moves it and says so.
   */
  readonly subscribeMovingOld: (listener: () => void) => () => void;
  readonly remove: (id: string) => void;
}

export interface DraftListOptions {
  readonly read?: () => Promise<DraftSummary[]>;
  readonly hear?: (listener: () => void) => () => void;
  readonly hasOld?: () => boolean;
  readonly moveOld?: () => Promise<unknown>;
  readonly remove?: (id: string) => Promise<void>;
}

const moveOldDraft = () =>
  import('../../domain/zodConfig.ts')
    .then(() => import('./draftStore.ts'))
    .then(({ deviceDrafts }) => deviceDrafts.migrateOld());

export function createDraftList(options: DraftListOptions = {}): DraftList {
  const {
    read = unfinishedDrafts,
    hear = onDraftsChanged,
    hasOld = hasOldDraft,
    moveOld = moveOldDraft,
    remove = removeDraft,
  } = options;
  let drafts: readonly DraftSummary[] | undefined;
  const listeners = new Set<() => void>();
  // Reads are numbered: a slow read never replaces the result of a later one.
  let issued = 0;
  const refresh = () => {
    const number = ++issued;
    void read().then((list) => {
      if (number !== issued) return;
      drafts = list;
      for (const listener of listeners) listener();
    });
  };
  let stopHearing: (() => void) | undefined;
  const subscribeWith = (moving: boolean) => (listener: () => void) => {
    listeners.add(listener);
    if (listeners.size === 1) stopHearing = hear(refresh);
    refresh();
    if (moving && hasOld()) void moveOld().then(refresh);
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      stopHearing?.();
      stopHearing = undefined;
    };
  };
  return {
    getSnapshot: () => drafts,
    subscribe: subscribeWith(false),
    subscribeMovingOld: subscribeWith(true),
    remove: (id) => {
      void remove(id).then(refresh);
    },
  };
}
