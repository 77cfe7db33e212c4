import { beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../api/localStore.ts';
import type { Draft } from './draft.ts';
import { emptyDraft } from './draft.ts';
import { createDraftStore } from './draftStore.ts';

/*
 * The copy of a tab's unsaved draft kept in sessionStorage as the page hides: taken back after a
 * reload as it is when nothing but this tab's own writes was saved over it, including when this
 * tab's own last write landed; with the draft it builds on, to be merged, when another tab saved.
 */

const typed = { ...emptyDraft('d-1'), answers: { pon: 'PRT-QUICK' } };
/** The saved draft at revision `rev`, as the tab `by` saved it. */
const savedAt = (rev: number, by = 'this-tab'): Draft => ({
  ...emptyDraft('d-1'),
  rev,
  savedBy: by,
});

const drafts = createDraftStore({
  store: memoryStore(),
  tabId: 'this-tab',
  tabStorage: () => sessionStorage,
});

beforeEach(() => {
  sessionStorage.clear();
});

describe('the unsaved draft kept as the page hides', () => {
  it('comes back when nothing was saved over it', () => {
    drafts.keepUnsaved(typed, savedAt(3));
    const back = drafts.unsaved('d-1', savedAt(3));
    expect(back?.draft.answers).toEqual({ pon: 'PRT-QUICK' });
    expect(back?.base).toBeUndefined();
  });

  it('comes back when the write under way as the page hid landed after all', () => {
    // Continue started a save (rev 3 → 4), the user typed on and reloaded at once.
    drafts.keepUnsaved(typed, savedAt(3), 4);
    const back = drafts.unsaved('d-1', savedAt(4));
    expect(back?.draft.answers).toEqual({ pon: 'PRT-QUICK' });
    // The next save builds on what is stored, so it is not taken for another tab's.
    expect(back?.draft.rev).toBe(4);
  });

  it('comes back with the draft it builds on when another tab saved beyond this tab’s writes', () => {
    drafts.keepUnsaved(typed, savedAt(3), 4);
    const back = drafts.unsaved('d-1', savedAt(5, 'other-tab'));
    expect(back?.draft.answers).toEqual({ pon: 'PRT-QUICK' });
    expect(back?.base?.rev).toBe(3);
  });

  it('is merged, not taken as it is, when the revision it waited for is another tab’s', () => {
    // This tab's write under way (3 → 4) was dropped as the page unloaded; another tab saved 4.
    drafts.keepUnsaved(typed, savedAt(3), 4);
    const back = drafts.unsaved('d-1', savedAt(4, 'other-tab'));
    expect(back?.base?.rev).toBe(3);
  });

  it('belongs to its draft only', () => {
    drafts.keepUnsaved(typed, savedAt(0));
    expect(drafts.unsaved('d-2', undefined)).toBeUndefined();
  });

  it('is forgotten once everything was saved', () => {
    drafts.keepUnsaved(typed, savedAt(3));
    drafts.keepUnsaved(undefined, savedAt(4));
    expect(drafts.unsaved('d-1', savedAt(4))).toBeUndefined();
  });
});
