import { useSyncExternalStore } from 'react';
import type { DraftSession, DraftSync } from './draftSync.ts';

export type { DraftSession, SaveState } from './draftSync.ts';

/** The escalation a draft-sync engine (draftSync.ts) keeps, as React reads it. */
export function useDraft(sync: DraftSync): DraftSession {
  return useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);
}
