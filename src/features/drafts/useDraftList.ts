import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary } from './list.ts';
import { onDraftsChanged, removeDraft, unfinishedDrafts } from './list.ts';

/**
 * The unfinished drafts for the start page: read after the first render (the prerendered page
 * has none), and again whenever any tab saves or deletes one.
 */
export function useDraftList(): {
  drafts: readonly DraftSummary[] | undefined;
  remove: (id: string) => void;
} {
  const [drafts, setDrafts] = useState<readonly DraftSummary[]>();
  const refresh = useCallback(() => {
    void unfinishedDrafts().then(setDrafts);
  }, []);
  useEffect(() => {
    refresh();
    return onDraftsChanged(refresh);
  }, [refresh]);
  const remove = useCallback(
    (id: string) => {
      void removeDraft(id).then(refresh);
    },
    [refresh],
  );
  return { drafts, remove };
}
