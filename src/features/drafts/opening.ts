import type { Draft } from './draft.ts';
import { emptyDraft } from './draft.ts';
import type { DraftStore } from './draftStore.ts';
import type { DraftNotice } from './draftSync.ts';
import { hasWork } from './work.ts';

/*
 * Which draft a tab opens as it starts (draftSync.ts): a draft moved from the previous version,
 * the tab's own after a reload (with the typing it kept as the page hid), or for a fresh tab the
 * newest unfinished one, so a link to a question continues the work in progress.
 */

/** What a tab opens with, and what to tell the user about it. */
export interface Opened {
  readonly draft: Draft;
  readonly notice: DraftNotice;
  /** Typing kept as the page hid, on top of `draft`, the one stored: it still waits. */
  readonly unsavedOn?: Draft;
  /** Typing kept as the page hid, built on `base`, while another tab saved `draft`. */
  readonly toMerge?: { readonly draft: Draft; readonly base: Draft };
}

/** The draft this tab opens: its own, else the newest unfinished one (a fresh tab's link). */
export async function openingDraft(
  drafts: DraftStore,
  blank: () => Draft,
  now: () => Date,
): Promise<Opened> {
  const moved = await drafts.migrateOld();
  let told: DraftNotice = !moved
    ? undefined
    : 'moved' in moved
      ? 'movedFromOldVersion'
      : 'discarded';
  const id =
    drafts.currentId() ??
    (moved && 'moved' in moved ? moved.moved : undefined) ??
    (await drafts.all())
      .filter((d) => !d.done && hasWork(d))
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0]?.id;
  if (!id) return { draft: blank(), notice: told };
  const loaded = await drafts.load(id);
  // Typing or a Continue the page could not write to IndexedDB as it unloaded.
  const kept = drafts.unsaved(id, loaded.status === 'ok' ? loaded.draft : undefined);
  if (kept && loaded.status !== 'unusable') {
    const stored = loaded.status === 'ok' ? loaded.draft : emptyDraft(id, now());
    return kept.base
      ? { draft: stored, notice: told, toMerge: { draft: kept.draft, base: kept.base } }
      : { draft: kept.draft, notice: told, unsavedOn: stored };
  }
  if (loaded.status === 'ok') {
    if (loaded.dropped > 0) told = 'partlyRestored';
    return { draft: loaded.draft, notice: told };
  }
  if (loaded.status === 'unusable') {
    await drafts.remove(id);
    return { draft: blank(), notice: 'discarded' };
  }
  return { draft: emptyDraft(id, now()), notice: told };
}
