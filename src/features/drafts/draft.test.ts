import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from './draft.ts';
import { discardDrafts, loadDraft, saveDraft } from './draft.ts';
import { DRAFT_KEY } from './peek.ts';

const draft: Draft = {
  version: 1,
  escalationId: 'e-1',
  answers: { problemKind: 'billing', workedWithServiceRep: 'yes', serviceRepReference: 'T1' },
  location: 'state',
  pending: { step: 'state', values: { state: null } },
  savedAt: '2026-11-25T15:00:00.000Z',
};

afterEach(() => {
  localStorage.clear();
});

describe('loadDraft', () => {
  it('gives back what was saved', () => {
    expect(saveDraft(localStorage, draft)).toBe(true);
    expect(loadDraft(localStorage)).toEqual({ status: 'loaded', draft, discard: [] });
  });

  it('finds nothing when nothing was saved', () => {
    expect(loadDraft(localStorage)).toEqual({ status: 'none', discard: [] });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['an answer no step allows', JSON.stringify({ ...draft, answers: { problemKind: 'fax' } })],
    ['a field no step has', JSON.stringify({ ...draft, answers: { faxNumber: '1' } })],
    ['another version', JSON.stringify({ ...draft, version: 2 })],
  ])('drops a draft with %s, and removes it once told to', (_, raw) => {
    localStorage.setItem(DRAFT_KEY, raw);
    const loaded = loadDraft(localStorage);
    expect(loaded).toEqual({ status: 'discarded', discard: [DRAFT_KEY] });
    // Loading changes nothing, so a second load (a render React redid) gives the same answer.
    expect(loadDraft(localStorage)).toEqual(loaded);
    discardDrafts(localStorage, loaded.discard);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('drops a draft an older version saved under its own key', () => {
    localStorage.setItem('att-escalation-wizard:draft:v0', '{}');
    const loaded = loadDraft(localStorage);
    expect(loaded).toEqual({ status: 'discarded', discard: ['att-escalation-wizard:draft:v0'] });
    discardDrafts(localStorage, loaded.discard);
    expect(localStorage.getItem('att-escalation-wizard:draft:v0')).toBeNull();
  });

  it('never throws when storage is unavailable', () => {
    expect(loadDraft(undefined)).toEqual({ status: 'none', discard: [] });
    expect(saveDraft(undefined, draft)).toBe(false);
  });
});
