import { describe, expect, it } from 'vitest';
import { emptyDraft } from './draft.ts';
import { createDraftStore } from './draftStore.ts';
import type { DraftSummary } from './list.ts';
import { createDraftList, unfinishedDrafts } from './list.ts';
import { settle } from './tabs.fixtures.ts';

/*
 * The start page's list of unfinished drafts: which drafts it lists (read from IndexedDB as the
 * page reads it), and the store React reads it through, driven without React.
 */

const summary = (id: string): DraftSummary => ({
  id,
  pon: undefined,
  problemKind: undefined,
  focOnly: false,
  savedAt: '2026-12-01T10:00:00.000Z',
});

describe('unfinishedDrafts', () => {
  it('lists a draft that holds an answer, a pasted FOC or a choice not yet continued', async () => {
    const drafts = createDraftStore();
    const saved = async (id: string, change: object) => {
      await drafts.save({ ...emptyDraft(id), ...change }, 0);
    };
    await saved('with-answer', { answers: { pon: 'PON-1' } });
    await saved('foc-only', { focText: 'PON: FROM-FOC' });
    await saved('choice-only', { pending: { problem: { problemKind: 'billing' } } });
    await saved('empty-boxes', { pending: { order: { pon: '', ver: '' } } });
    await saved('done', { answers: { pon: 'PON-2' }, done: true });
    const listed = await unfinishedDrafts();
    expect(listed.map((d) => d.id).sort()).toEqual(['choice-only', 'foc-only', 'with-answer']);
    // A draft holding only an FOC is named for it, not as one with no PON.
    expect(listed.filter((d) => d.focOnly).map((d) => d.id)).toEqual(['foc-only']);
  });
});

describe('createDraftList', () => {
  it('reads when the first reader subscribes, and again when a tab changes a draft', async () => {
    let stored = [summary('a')];
    const heard = new Set<() => void>();
    const list = createDraftList({
      read: () => Promise.resolve(stored),
      hear: (listener) => {
        heard.add(listener);
        return () => heard.delete(listener);
      },
      hasOld: () => false,
    });
    expect(list.getSnapshot()).toBeUndefined();
    let told = 0;
    const stop = list.subscribe(() => {
      told++;
    });
    await settle();
    expect(list.getSnapshot()).toEqual([summary('a')]);
    stored = [summary('a'), summary('b')];
    for (const listener of heard) listener();
    await settle();
    expect(list.getSnapshot()?.map((d) => d.id)).toEqual(['a', 'b']);
    expect(told).toBe(2);
    stop();
    expect(heard.size).toBe(0);
  });

  it('keeps the newest read when an older one answers last', async () => {
    const answers: ((list: DraftSummary[]) => void)[] = [];
    const list = createDraftList({
      read: () => new Promise((resolve) => answers.push(resolve)),
      hear: () => () => undefined,
      hasOld: () => false,
      remove: () => Promise.resolve(),
    });
    const stop = list.subscribe(() => undefined);
    list.remove('gone');
    await settle();
    expect(answers).toHaveLength(2);
    const [first, second] = answers;
    second?.([summary('new')]);
    first?.([summary('old'), summary('gone')]);
    await settle();
    expect(list.getSnapshot()?.map((d) => d.id)).toEqual(['new']);
    stop();
  });

  it('moves a draft the previous version left before reading again, on the start page', async () => {
    let moved = false;
    const list = createDraftList({
      read: () => Promise.resolve(moved ? [summary('moved')] : []),
      hear: () => () => undefined,
      hasOld: () => !moved,
      moveOld: () => {
        moved = true;
        return Promise.resolve();
      },
    });
    const stop = list.subscribeMovingOld(() => undefined);
    await settle();
    expect(list.getSnapshot()?.map((d) => d.id)).toEqual(['moved']);
    stop();
  });
});
