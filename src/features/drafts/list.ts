import type { ProblemKind } from '../../domain/answers.ts';
import { PROBLEM_KIND_LABELS } from '../../domain/labels.ts';
import { openStore, tabChannel } from '../../api/localStore.ts';

/*
 * The start page's list of unfinished drafts. It is on the first-load path, so it reads the
 * stored records with plain checks rather than zod (the full check happens when a draft is
 * opened, in draftStore.ts).
 */

export interface DraftSummary {
  readonly id: string;
  readonly pon: string | undefined;
  readonly problemKind: ProblemKind | undefined;
  readonly savedAt: string;
}

// The labels' keys, not the zod enum: zod stays off the first-load path.
const PROBLEM_KINDS: readonly string[] = Object.keys(PROBLEM_KIND_LABELS);

function summaryOf(key: string, stored: unknown): DraftSummary | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const record = stored as Record<string, unknown>;
  const answers = record.answers;
  if (record.done === true || typeof answers !== 'object' || answers === null) return undefined;
  const { pon, problemKind } = answers as Record<string, unknown>;
  if (Object.keys(answers).length === 0 || typeof record.savedAt !== 'string') return undefined;
  return {
    id: key,
    pon: typeof pon === 'string' && pon.trim() ? pon.trim() : undefined,
    problemKind:
      typeof problemKind === 'string' && PROBLEM_KINDS.includes(problemKind)
        ? (problemKind as ProblemKind)
        : undefined,
    savedAt: record.savedAt,
  };
}

/** Where the previous version kept its one draft, in localStorage. */
export const OLD_DRAFT_KEY = /^att-escalation-wizard:draft:v\d+$/;

/** True when the previous version left a draft to move (draftStore.ts, migrateOldDraft). */
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

/** Unfinished drafts with at least one answer, newest first. */
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
