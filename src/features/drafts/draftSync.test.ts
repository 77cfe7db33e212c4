import { describe, expect, it } from 'vitest';
import type { Device, Tab } from './tabs.fixtures.ts';
import { device, openTab, settle } from './tabs.fixtures.ts';

/*
 * The draft-sync engine driven as the app drives it, without React and without real time
 * (tabs.ts): one device in memory, tabs that hear each other at once, the typing pause run by
 * hand.
 */

/** A tab that answered the first questions, saved; and a second tab on the same draft. */
async function twoTabsOnOneDraft(): Promise<{ on: Device; a: Tab; b: Tab; id: string }> {
  const on = device();
  const a = openTab(on, { fresh: true });
  await settle();
  a.draft.commit({ problemKind: 'billing', workedWithServiceRep: 'yes' }, 'serviceRep');
  await settle();
  // A second tab opened by a link to a question takes the newest unfinished draft.
  const b = openTab(on);
  await settle();
  expect(b.draft.escalationId).toBe(a.draft.escalationId);
  return { on, a, b, id: a.draft.escalationId };
}

describe('loading', () => {
  it('is ready at once on a fresh start, and never reads the saved draft into it', async () => {
    const on = device();
    const first = openTab(on, { fresh: true });
    first.draft.commit({ problemKind: 'billing' }, 'problem');
    await settle();
    const fresh = openTab(on, { fresh: true });
    expect(fresh.draft.ready).toBe(true);
    await settle();
    expect(fresh.draft.answers).toEqual({});
    expect(fresh.draft.escalationId).not.toBe(first.draft.escalationId);
  });

  it('opens the newest unfinished draft with work, once read from the device', async () => {
    const on = device();
    const first = openTab(on, { fresh: true });
    first.draft.commit({ problemKind: 'billing' }, 'problem');
    await settle();
    const next = openTab(on);
    expect(next.draft.ready).toBe(false);
    await settle();
    expect(next.draft.ready).toBe(true);
    expect(next.draft.escalationId).toBe(first.draft.escalationId);
    expect(next.draft.answers).toEqual({ problemKind: 'billing' });
  });

  it('finds a draft that holds only a pasted FOC, and protects it before leaving', async () => {
    // Issue 20, item 11: an FOC pasted with no answer yet was lost to a new tab.
    const on = device();
    const first = openTab(on, { fresh: true });
    expect(first.asksBeforeLeaving()).toBe(false);
    first.draft.keepFocText('PON: ABC-123\nDD: 12/01/2026');
    expect(first.asksBeforeLeaving()).toBe(true);
    first.timers.runTimers();
    await settle();
    const next = openTab(on);
    await settle();
    expect(next.draft.focText).toBe('PON: ABC-123\nDD: 12/01/2026');
    expect(next.draft.hasWork).toBe(true);
  });

  it('finds typing not yet continued on a first page', async () => {
    const on = device();
    const first = openTab(on, { fresh: true });
    first.draft.keepPending('problem', { problemKind: 'billing' });
    first.timers.runTimers();
    await settle();
    const next = openTab(on);
    await settle();
    expect(next.draft.pending).toEqual({ problem: { problemKind: 'billing' } });
  });
});

describe('saving', () => {
  it('writes a Continue at once and typing after the pause, one revision each', async () => {
    const on = device();
    const tab = openTab(on, { fresh: true });
    tab.draft.commit({ problemKind: 'billing' }, 'problem');
    await settle();
    const id = tab.draft.escalationId;
    expect((await on.stored(id))?.rev).toBe(1);
    expect(tab.draft.saveState).toBe('saved');

    tab.draft.keepPending('serviceRep', { workedWithServiceRep: 'yes' });
    await settle();
    expect((await on.stored(id))?.pending).toEqual({});
    expect(tab.timers.waiting()).toBe(1);
    tab.timers.runTimers();
    await settle();
    const stored = await on.stored(id);
    expect(stored?.rev).toBe(2);
    expect(stored?.pending).toEqual({ serviceRep: { workedWithServiceRep: 'yes' } });
  });

  it('flush writes the typing that waits, without waiting for the pause', async () => {
    const on = device();
    const tab = openTab(on, { fresh: true });
    tab.draft.keepPending('order', { pon: 'PON-1' });
    await tab.draft.flush();
    expect((await on.stored(tab.draft.escalationId))?.pending).toEqual({ order: { pon: 'PON-1' } });
    expect(tab.timers.waiting()).toBe(0);
  });

  it('writes nothing for an untouched draft', async () => {
    const on = device();
    const tab = openTab(on, { fresh: true });
    tab.draft.keepPending('order', { pon: '' });
    await tab.draft.flush();
    expect(await on.stored(tab.draft.escalationId)).toBeUndefined();
  });

  it('says when the device refuses to keep the draft', async () => {
    const on = device();
    const tab = openTab(on, { fresh: true });
    on.refuseWrites(true);
    tab.draft.commit({ problemKind: 'billing' }, 'problem');
    await settle();
    expect(tab.draft.saveState).toBe('memoryOnly');
    expect(tab.draft.answers).toEqual({ problemKind: 'billing' });
  });
});

describe('a reload', () => {
  it('keeps the typing the unloading page could not write', async () => {
    const on = device();
    const tab = openTab(on, { fresh: true });
    tab.draft.commit({ problemKind: 'billing' }, 'problem');
    await settle();
    tab.draft.keepPending('serviceRep', { workedWithServiceRep: 'no' });
    await tab.unload();

    const reloaded = openTab(on, { session: tab.session });
    await settle();
    expect(reloaded.draft.escalationId).toBe(tab.draft.escalationId);
    expect(reloaded.draft.pending).toEqual({ serviceRep: { workedWithServiceRep: 'no' } });
    // ...and writes it now.
    expect((await on.stored(tab.draft.escalationId))?.pending).toEqual({
      serviceRep: { workedWithServiceRep: 'no' },
    });
  });
});

describe('a reload while another tab saved', () => {
  it('merges the typing kept as the page hid with the other tab’s save', async () => {
    const { on, a, b, id } = await twoTabsOnOneDraft();
    b.draft.keepPending('order', { pon: 'PON-B' });
    await b.unload();
    a.draft.commit({ ...a.draft.answers, state: 'TX' }, 'state');
    await settle();

    const reloaded = openTab(on, { session: b.session });
    await settle();
    expect(reloaded.draft.conflict).toBeUndefined();
    expect(reloaded.draft.pending.order).toEqual({ pon: 'PON-B' });
    expect(reloaded.draft.answers.state).toBe('TX');
    const stored = await on.stored(id);
    expect(stored?.pending.order).toEqual({ pon: 'PON-B' });
    expect(stored?.answers.state).toBe('TX');
  });

  it('asks when the other tab changed the same field', async () => {
    const { on, a, b } = await twoTabsOnOneDraft();
    b.draft.keepPending('bill', { ban: 'B-BAN' });
    await b.unload();
    a.draft.commit({ ...a.draft.answers, ban: 'A-BAN' }, 'bill');
    await settle();

    const reloaded = openTab(on, { session: b.session });
    await settle();
    expect(reloaded.draft.conflict?.fields).toEqual([
      { key: 'ban', mine: 'B-BAN', theirs: 'A-BAN' },
    ]);
    expect(reloaded.draft.pending.bill).toEqual({ ban: 'B-BAN' });
  });
});

describe('two tabs on one draft', () => {
  it('takes the other tab’s save over when nothing here is unsaved, and says so', async () => {
    const { a, b } = await twoTabsOnOneDraft();
    const before = b.draft.formRevision('state');
    a.draft.commit({ ...a.draft.answers, state: 'TX' }, 'state');
    await settle();
    expect(b.draft.answers.state).toBe('TX');
    expect(b.draft.notice).toBe('changedElsewhere');
    expect(b.draft.formRevision('state')).toBeGreaterThan(before);
  });

  it('merges typing on different pages silently, and both reach the device', async () => {
    // Issue 20, item 1: A types a description, B a PON on another page at the same time.
    const { on, a, b, id } = await twoTabsOnOneDraft();
    b.draft.keepPending('order', { reqtyp: 'AB', pon: 'PON-FROM-B', ver: '' });
    a.draft.keepPending('symptoms', { symptomDetails: 'Typed in A' });
    a.timers.runTimers();
    await settle();
    // B had unsaved typing: merged, not a conflict, and the page B types on keeps its form.
    expect(b.draft.conflict).toBeUndefined();
    expect(b.draft.notice).toBeUndefined();
    expect(b.draft.pending).toMatchObject({
      order: { reqtyp: 'AB', pon: 'PON-FROM-B' },
      symptoms: { symptomDetails: 'Typed in A' },
    });
    expect(b.draft.formRevision('order')).toBe(b.draft.formRevision());
    expect(b.draft.formRevision('symptoms')).toBeGreaterThan(b.draft.formRevision());
    // B's merged draft is written on top of A's, and A takes it over.
    await settle();
    const stored = await on.stored(id);
    expect(stored?.pending).toEqual(b.draft.pending);
    expect(a.draft.pending).toEqual(b.draft.pending);
  });

  it('merges when its own save finds the other tab’s later revision', async () => {
    const { on, a, b, id } = await twoTabsOnOneDraft();
    // B stops hearing the other tabs (a message lost): its save meets A's revision instead.
    b.close();
    a.draft.commit({ ...a.draft.answers, state: 'TX' }, 'state');
    await settle();
    b.draft.keepPending('order', { pon: 'PON-B' });
    await b.draft.flush();
    await settle();
    const stored = await on.stored(id);
    expect(stored?.answers.state).toBe('TX');
    expect(stored?.pending.order).toEqual({ pon: 'PON-B' });
  });

  it('asks about the same field changed in both tabs, and writes nothing until answered', async () => {
    const { on, a, b, id } = await twoTabsOnOneDraft();
    b.draft.keepPending('bill', { ban: 'B typed 111' });
    a.draft.commit({ ...a.draft.answers, ban: 'A committed 222' }, 'bill');
    await settle();
    expect(b.draft.conflict?.fields).toEqual([
      { key: 'ban', mine: 'B typed 111', theirs: 'A committed 222' },
    ]);
    // B keeps showing its typing; the device keeps A's answer, even after B's typing pause.
    expect(b.draft.pending.bill).toEqual({ ban: 'B typed 111' });
    b.timers.runTimers();
    await settle();
    expect((await on.stored(id))?.answers.ban).toBe('A committed 222');
    expect((await on.stored(id))?.pending.bill).toBeUndefined();

    b.draft.resolveConflict('theirs');
    await settle();
    expect(b.draft.conflict).toBeUndefined();
    expect(b.draft.answers.ban).toBe('A committed 222');
    expect(b.draft.pending.bill).toBeUndefined();
  });

  it('keeps this tab’s value when chosen, and the other tab’s other answers too', async () => {
    const { on, a, b, id } = await twoTabsOnOneDraft();
    b.draft.keepPending('bill', { ban: 'B kept 333' });
    a.draft.commit({ ...a.draft.answers, ban: 'A second 444', state: 'TX' }, 'bill');
    await settle();
    expect(b.draft.conflict?.fields.map((f) => f.key)).toEqual(['ban']);
    b.draft.resolveConflict('mine');
    await settle();
    const stored = await on.stored(id);
    // The answer A gave to another question is not dropped by keeping B's.
    expect(stored?.answers.state).toBe('TX');
    expect(stored?.pending.bill).toEqual({ ban: 'B kept 333' });
    expect(a.draft.pending.bill).toEqual({ ban: 'B kept 333' });
    expect(a.draft.notice).toBe('changedElsewhere');
  });

  it('settles a conflict question by question', async () => {
    const { on, a, b, id } = await twoTabsOnOneDraft();
    b.draft.keepPending('bill', { ban: 'B-BAN', claimNumber: 'B-CLAIM' });
    a.draft.commit({ ...a.draft.answers, ban: 'A-BAN', claimNumber: 'A-CLAIM' }, 'bill');
    await settle();
    expect(b.draft.conflict?.fields.map((f) => f.key)).toEqual(['ban', 'claimNumber']);
    b.draft.resolveConflict({ ban: 'theirs', claimNumber: 'mine' });
    await settle();
    const stored = await on.stored(id);
    expect(stored?.answers.ban).toBe('A-BAN');
    expect(stored?.pending.bill).toEqual({ claimNumber: 'B-CLAIM' });
  });
});

describe('starting and opening', () => {
  it('starts a new escalation, empty or like the one before', async () => {
    const on = device();
    const tab = openTab(on, { fresh: true });
    tab.draft.commit({ problemKind: 'billing', pon: 'PON-1', ban: 'BAN-1' }, 'bill');
    await settle();
    const first = tab.draft.escalationId;

    tab.draft.startNew({ like: true });
    await settle();
    expect(tab.draft.escalationId).not.toBe(first);
    // The order's identifiers come along; the answers about the problem do not.
    expect(tab.draft.answers).toEqual({ pon: 'PON-1' });
    expect((await on.stored(tab.draft.escalationId))?.answers).toEqual({ pon: 'PON-1' });

    tab.draft.startNew();
    expect(tab.draft.untouched).toBe(true);
    expect(tab.draft.ready).toBe(true);
  });

  it('opens a saved draft, and refuses one that is not on the device', async () => {
    const on = device();
    const tab = openTab(on, { fresh: true });
    tab.draft.commit({ problemKind: 'billing' }, 'problem');
    await settle();
    const saved = tab.draft.escalationId;
    tab.draft.startNew();
    expect(await tab.draft.open(saved)).toBe(true);
    expect(tab.draft.escalationId).toBe(saved);
    expect(tab.draft.answers).toEqual({ problemKind: 'billing' });
    expect(await tab.draft.open('not-there')).toBe(false);
    expect(tab.draft.escalationId).toBe(saved);
  });

  it('asks before leaving only while there is work not yet taken away', async () => {
    const on = device();
    const tab = openTab(on, { fresh: true });
    expect(tab.asksBeforeLeaving()).toBe(false);
    tab.draft.commit({ problemKind: 'billing' }, 'problem');
    expect(tab.asksBeforeLeaving()).toBe(true);
    tab.draft.markDone();
    expect(tab.asksBeforeLeaving()).toBe(false);
    await settle();
  });
});
