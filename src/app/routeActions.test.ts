import { describe, expect, it } from 'vitest';
import { followRouteActions } from './routeActions.ts';
import type { WizardPage } from '../features/wizard/pages.ts';
import type { Tab } from '../features/drafts/tabs.fixtures.ts';
import { device, openTab, settle } from '../features/drafts/tabs.fixtures.ts';

/*
 * What a URL asks of the draft, without React: the address bar is a variable, the draft a real
 * engine over a device in memory (tabs.ts).
 */

/** The address bar of `tab`, followed by the route actions from `opened` on. */
function addressBar(tab: Tab, opened: WizardPage, openedFresh = false) {
  let page = opened;
  const moves: { page: WizardPage; replace: boolean }[] = [];
  const listeners = new Set<() => void>();
  const stop = followRouteActions({
    sync: tab.sync,
    current: () => page,
    onRouteChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate: (next, options) => {
      page = next;
      moves.push({ page: next, replace: options?.replace === true });
      for (const listener of listeners) listener();
    },
    openedFresh,
  });
  return {
    get page() {
      return page;
    },
    moves,
    go(next: WizardPage) {
      page = next;
      for (const listener of listeners) listener();
    },
    stop,
  };
}

/** A tab whose draft holds the first answer, saved. */
async function tabWithAnAnswer() {
  const on = device();
  const tab = openTab(on, { fresh: true });
  tab.draft.commit({ problemKind: 'billing' }, 'problem');
  await settle();
  return { on, tab };
}

describe('the route actions', () => {
  it('move a deep link not reachable yet to the furthest reachable page, in place', async () => {
    const { tab } = await tabWithAnAnswer();
    const bar = addressBar(tab, { kind: 'check' });
    await settle();
    expect(bar.page).toEqual({ kind: 'step', step: 'serviceRep' });
    expect(bar.moves).toEqual([{ page: bar.page, replace: true }]);
    bar.stop();
  });

  it('wait for the draft to be read before they move anything', async () => {
    const { on } = await tabWithAnAnswer();
    const later = openTab(on);
    const bar = addressBar(later, { kind: 'check' });
    expect(later.draft.ready).toBe(false);
    await settle();
    expect(later.draft.ready).toBe(true);
    expect(bar.page).toEqual({ kind: 'step', step: 'serviceRep' });
    bar.stop();
  });

  it('start a new escalation for "New escalation", unless the draft is still empty', async () => {
    const { tab } = await tabWithAnAnswer();
    const first = tab.draft.escalationId;
    const bar = addressBar(tab, { kind: 'new' });
    await settle();
    expect(tab.draft.escalationId).not.toBe(first);
    expect(bar.page).toEqual({ kind: 'step', step: 'problem' });

    const empty = tab.draft.escalationId;
    bar.go({ kind: 'new', then: 'foc' });
    await settle();
    expect(tab.draft.escalationId).toBe(empty);
    expect(bar.page).toEqual({ kind: 'foc' });
    bar.stop();
  });

  it('keep the new escalation the shell opened on, with the choice handed over to it', async () => {
    const tab = openTab(device(), { fresh: true });
    // The first question's light copy hands its choice over before the route actions run.
    tab.draft.keepPending('problem', { problemKind: 'billing' });
    const id = tab.draft.escalationId;
    const bar = addressBar(tab, { kind: 'new' }, true);
    await settle();
    expect(tab.draft.escalationId).toBe(id);
    expect(tab.draft.pending).toEqual({ problem: { problemKind: 'billing' } });
    expect(bar.page).toEqual({ kind: 'step', step: 'problem' });
    // A later "New escalation" does start afresh.
    bar.go({ kind: 'new' });
    await settle();
    expect(tab.draft.escalationId).not.toBe(id);
    expect(tab.draft.pending).toEqual({});
    bar.stop();
  });

  it('open a saved draft for "Continue", where it stands, or the start page if it is gone', async () => {
    const { tab } = await tabWithAnAnswer();
    const saved = tab.draft.escalationId;
    tab.draft.startNew();
    const bar = addressBar(tab, { kind: 'resume', draft: saved });
    await settle();
    expect(tab.draft.escalationId).toBe(saved);
    expect(bar.page).toEqual({ kind: 'step', step: 'serviceRep' });

    bar.go({ kind: 'resume', draft: 'gone' });
    await settle();
    expect(bar.page).toEqual({ kind: 'start' });
    bar.stop();
  });

  it('resume a draft that holds only a pasted FOC on the FOC page', async () => {
    const tab = openTab(device(), { fresh: true });
    tab.draft.keepFocText('PON: ONLY-FOC');
    const bar = addressBar(tab, { kind: 'resume' });
    await settle();
    expect(bar.page).toEqual({ kind: 'foc' });
    bar.stop();
  });
});
