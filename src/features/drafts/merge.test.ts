import { describe, expect, it } from 'vitest';
import type { Draft } from './draft.ts';
import { emptyDraft } from './draft.ts';
import { changedSteps, mergeDrafts } from './merge.ts';

/*
 * The three-way merge of two tabs' drafts against the revision both built on: what one tab alone
 * changed is kept, whichever tab it was; the same field changed differently in both is a conflict
 * that names both values, until the user picks.
 */

const base: Draft = {
  ...emptyDraft('d-1'),
  rev: 3,
  answers: { problemKind: 'serviceRequest', state: 'TX' },
};
const draft = (change: Partial<Draft>): Draft => ({ ...base, ...change });

describe('mergeDrafts', () => {
  it('keeps both tabs’ answers to different questions', () => {
    // Issue scenario: tab A types a description, tab B a PON on another page.
    const mine = draft({ pending: { order: { pon: 'PON-B' } } });
    const theirs = draft({ rev: 4, pending: { symptoms: { symptomDetails: 'A typed this' } } });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.pending).toEqual({
      symptoms: { symptomDetails: 'A typed this' },
      order: { pon: 'PON-B' },
    });
    expect(merged.rev).toBe(4);
  });

  it('keeps an answer committed in one tab and typing in the other', () => {
    const mine = draft({ answers: { ...base.answers, pon: 'PON-MINE' } });
    const theirs = draft({ rev: 4, answers: { ...base.answers, state: 'CA' } });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers).toEqual({ problemKind: 'serviceRequest', state: 'CA', pon: 'PON-MINE' });
  });

  it('reports the same field changed differently in both tabs, with both values', () => {
    const mine = draft({ pending: { bill: { ban: 'B typed 111' } } });
    const theirs = draft({ rev: 4, answers: { ...base.answers, ban: 'A committed 222' } });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([{ key: 'ban', mine: 'B typed 111', theirs: 'A committed 222' }]);
    // Until the user picks, the merged draft holds the other tab's value, never a mix.
    expect(merged.answers.ban).toBe('A committed 222');
    expect(merged.pending.bill).toBeUndefined();
  });

  it('settles a conflict field by field as the user picks', () => {
    const mine = draft({
      answers: { ...base.answers, state: 'CA' },
      pending: { bill: { ban: 'mine' } },
    });
    const theirs = draft({
      rev: 4,
      answers: { ...base.answers, state: 'NV', ban: 'theirs' },
    });
    expect(mergeDrafts(base, mine, theirs).conflicts.map((c) => c.key)).toEqual(['state', 'ban']);
    const { merged, conflicts } = mergeDrafts(base, mine, theirs, {
      state: 'mine',
      ban: 'theirs',
    });
    expect(conflicts).toEqual([]);
    expect(merged.answers).toMatchObject({ state: 'CA', ban: 'theirs' });
    expect(merged.pending.bill).toBeUndefined();
  });

  it('is no conflict when both tabs gave the same value, and keeps the committed one', () => {
    const mine = draft({ answers: { ...base.answers, pon: 'SAME-1' } });
    const theirs = draft({ rev: 4, pending: { order: { pon: 'SAME-1' } } });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers.pon).toBe('SAME-1');
    expect(merged.pending.order).toBeUndefined();
  });

  it('does not count an empty box the form saved as a change', () => {
    // A form keeps every field of its page: untouched ones are empty, not typed.
    const mine = draft({ pending: { bill: { ban: '', billDate: 'x' } } });
    const theirs = draft({ rev: 4, answers: { ...base.answers, ban: 'A committed 222' } });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers.ban).toBe('A committed 222');
  });

  it('counts a box emptied of its answer as a change', () => {
    const answered = draft({ answers: { ...base.answers, ban: 'OLD' } });
    const mine = draft({ answers: answered.answers, pending: { bill: { ban: '' } } });
    const theirs = draft({ rev: 4, answers: { ...base.answers, ban: 'NEW' } });
    expect(mergeDrafts(answered, mine, theirs).conflicts).toEqual([
      { key: 'ban', mine: undefined, theirs: 'NEW' },
    ]);
  });

  it('treats the pasted FOC text as a field of its own', () => {
    const mine = draft({ focText: 'PON: ONE' });
    const both = mergeDrafts(base, mine, draft({ rev: 4, focText: 'PON: TWO' }));
    expect(both.conflicts).toEqual([{ key: 'focText', mine: 'PON: ONE', theirs: 'PON: TWO' }]);
    const alone = mergeDrafts(base, mine, draft({ rev: 4, pending: { order: { pon: 'X' } } }));
    expect(alone.conflicts).toEqual([]);
    expect(alone.merged.focText).toBe('PON: ONE');
  });

  it('keeps the report done only while the answers are those it was taken away with', () => {
    const done = draft({ done: true });
    expect(mergeDrafts(base, done, draft({ rev: 4 })).merged.done).toBe(true);
    const changed = draft({ rev: 4, answers: { ...base.answers, pon: 'NEW' } });
    expect(mergeDrafts(base, done, changed).merged.done).toBe(false);
  });
});

describe('changedSteps', () => {
  it('names the pages whose fields show something else', () => {
    const before = draft({ pending: { order: { pon: 'A' } } });
    const after = draft({ pending: { order: { pon: 'A' }, symptoms: { symptomDetails: 'new' } } });
    expect(changedSteps(before, after)).toEqual(['symptoms']);
  });
});
