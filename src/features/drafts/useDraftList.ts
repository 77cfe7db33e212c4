import { useSyncExternalStore } from 'react';
import type { DraftSummary } from './list.ts';
import { createDraftList } from './list.ts';

const list = createDraftList();
const nothingYet = () => undefined;

/** The unfinished drafts for the start page (list.ts), and how to delete one. */
export function useDraftList({ moveOldDraft = false }: { moveOldDraft?: boolean } = {}): {
  drafts: readonly DraftSummary[] | undefined;
  remove: (id: string) => void;
} {
  const drafts = useSyncExternalStore(
    moveOldDraft ? list.subscribeMovingOld : list.subscribe,
    list.getSnapshot,
    nothingYet,
  );
  return { drafts, remove: list.remove };
}
