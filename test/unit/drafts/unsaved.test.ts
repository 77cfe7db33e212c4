import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/features/drafts/draft.ts';
import { memoryStore } from '../../../src/api/localStore.ts';
import { createDraftStore } from '../../../src/features/drafts/draftStore.ts';

/*
 * The copy of a tab's unsaved draft kept in sessionStorage as the page hides: taken back after a
 * reload unless another tab saved over it, including when this tab's own last write landed.
 */

const typed = { ...emptyDraft('d-1'), answers: { pon: 'PRT-QUICK' } };

const drafts = createDraftStore({ store: memoryStore(), tabStorage: () => sessionStorage });
const keepUnsavedDraft = (...args: Parameters<typeof drafts.keepUnsaved>) => {
  drafts.keepUnsaved(...args);
};
const unsavedDraft = (id: string, storedRev: number) => drafts.unsaved(id, storedRev);

beforeEach(() => {
  sessionStorage.clear();
});

describe('the unsaved draft kept as the page hides', () => {
  it('comes back when nothing was saved over it', () => {
    keepUnsavedDraft(typed, 3);
    expect(unsavedDraft('d-1', 3)?.answers).toEqual({ pon: 'PRT-QUICK' });
  });

  it('comes back when the write under way as the page hid landed after all', () => {
    // Continue started a save (rev 3 → 4), the user typed on and reloaded at once.
    keepUnsavedDraft(typed, 3, 4);
    const back = unsavedDraft('d-1', 4);
    expect(back?.answers).toEqual({ pon: 'PRT-QUICK' });
    // The next save builds on what is stored, so it is not taken for another tab's.
    expect(back?.rev).toBe(4);
  });

  it('gives way to a save by another tab beyond this tab’s own writes', () => {
    keepUnsavedDraft(typed, 3, 4);
    expect(unsavedDraft('d-1', 5)).toBeUndefined();
  });

  it('belongs to its draft only', () => {
    keepUnsavedDraft(typed, 0);
    expect(unsavedDraft('d-2', 0)).toBeUndefined();
  });

  it('is forgotten once everything was saved', () => {
    keepUnsavedDraft(typed, 3);
    keepUnsavedDraft(undefined, 4);
    expect(unsavedDraft('d-1', 4)).toBeUndefined();
  });
});
