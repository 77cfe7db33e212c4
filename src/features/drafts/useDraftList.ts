import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary } from './list.ts';
import { hasOldDraft, onDraftsChanged, removeDraft, unfinishedDrafts } from './list.ts';

/**
 * The unfinished drafts for the start page: read after the first render (the prerendered page
 * has none), and again whenever any tab saves or deletes one.
 */
export function useDraftList({ moveOldDraft = false }: { moveOldDraft?: boolean } = {}): {
  drafts: readonly DraftSummary[] | undefined;
  remove: (id: string) => void;
} {
  const [drafts, setDrafts] = useState<readonly DraftSummary[]>();
  const refresh = useCallback(() => {
    void unfinishedDrafts().then(setDrafts);
  }, []);
  useEffect(() => {
    refresh();
    // On the start page, a draft the previous version saved is moved first, so it is listed too
    // (rare: the checks it needs come with it, off the usual first-load path). Opened anywhere
    // else, the wizard moves it and says so.
    if (moveOldDraft && hasOldDraft()) {
      void import('../../domain/zodConfig.ts')
        .then(() => import('./draftStore.ts'))
        .then(({ migrateOldDraft }) => migrateOldDraft())
        .then(refresh);
    }
    return onDraftsChanged(refresh);
  }, [refresh, moveOldDraft]);
  const remove = useCallback(
    (id: string) => {
      void removeDraft(id).then(refresh);
    },
    [refresh],
  );
  return { drafts, remove };
}
