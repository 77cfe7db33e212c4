import { describe, expect, it } from 'vitest';
import {
  createEscalationLog,
  type EscalationLog,
  type EscalationLogOptions,
  type StoredTimeline,
} from './escalations.ts';
import { memoryStore, openStore, type LocalStore, type TabChannel } from './localStore.ts';
import { contact, opened, promise } from '../domain/escalation/timeline.fixtures.ts';

/*
 * The device's escalation timelines, driven like two tabs of the app: each tab has its own log
 * over the one store of the device, and a channel between them that delivers later, as
 * BroadcastChannel does. The clock is fixed: nothing here waits for real time to pass.
 */

type Store = LocalStore<StoredTimeline>;

const STORES: [string, () => Store][] = [
  ['IndexedDB', () => openStore(`escalations-test-${crypto.randomUUID()}`)],
  ['memory', () => memoryStore()],
];

/** A channel between the tabs of one test: a message reaches every other tab, a moment later. */
function tabChannels(): () => TabChannel<'changed'> {
  const tabs = new Set<(message: 'changed') => void>();
  return () => {
    let mine: ((message: 'changed') => void) | undefined;
    return {
      post(message) {
        for (const tab of tabs)
          if (tab !== mine)
            setTimeout(() => {
              tab(message);
            }, 0);
      },
      subscribe(listener) {
        mine = listener;
        tabs.add(listener);
        return () => tabs.delete(listener);
      },
    };
  };
}

const NOW = Date.parse('2026-12-07T12:00:00-06:00');

function openTab(
  store: Store,
  channel: () => TabChannel<'changed'>,
  options: EscalationLogOptions = {},
) {
  return createEscalationLog({
    store,
    channel: channel(),
    now: () => NOW,
    timeZone: () => 'America/Chicago',
    ...options,
  });
}

/** Resolves once the tab shows what `seen` looks for; fails after a generous ceiling. */
function until(log: EscalationLog, seen: (log: EscalationLog) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    if (seen(log)) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      stop();
      reject(new Error('The tab never showed the change'));
    }, 5000);
    const stop = log.subscribe(() => {
      if (!seen(log)) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

const ID = 'escalation-1';
const ids = (log: EscalationLog) =>
  log
    .getSnapshot()
    .escalations.get(ID)
    ?.events.map((e) => e.id) ?? [];
const START = opened('2026-12-07T09:00:00-06:00');

describe.each(STORES)('the escalation log, stored in %s', (_name, makeStore) => {
  it('logs the timeline and folds it into the escalation’s state', async () => {
    const log = openTab(makeStore(), tabChannels());
    let notified = 0;
    log.subscribe(() => notified++);
    expect(await log.append(ID, START)).toMatchObject({ ok: true });
    const call = contact('2026-12-07T10:00:00-06:00', { level: 1, attTicketNumber: 'ATT-22' });
    const result = await log.append(ID, call);
    expect(result.ok && result.escalation.state?.level).toBe(1);
    expect(log.getSnapshot().escalations.get(ID)?.state?.attTicketNumbers).toEqual(['ATT-22']);
    expect(notified).toBeGreaterThanOrEqual(2);
  });

  it('keeps what two tabs log at the same time, and shows both in each', async () => {
    const store = makeStore();
    const channel = tabChannels();
    const [a, b] = [openTab(store, channel), openTab(store, channel)];
    await a.append(ID, START);
    await until(b, (log) => ids(log).length === 1);
    const call = contact('2026-12-07T10:00:00-06:00');
    const callback = promise('2026-12-07T10:00:00-06:00', '2026-12-07T14:00:00-06:00');
    const results = await Promise.all([a.append(ID, call), b.append(ID, callback)]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    for (const tab of [a, b]) {
      await until(tab, (log) => ids(log).length === 3);
      expect(new Set(ids(tab))).toEqual(new Set([START.id, call.id, callback.id]));
    }
  });

  it('refuses an event that no longer fits, saying another tab changed the escalation', async () => {
    const store = makeStore();
    const channel = tabChannels();
    const [a, b] = [openTab(store, channel), openTab(store, channel)];
    await a.append(ID, START);
    await until(b, (log) => ids(log).length === 1);
    // Tab A resolves; tab B logs a call before it hears of it.
    const resolved = {
      id: 'r',
      at: '2026-12-07T11:00:00-06:00',
      type: 'resolved',
      attTicketNumber: 'ATT-9',
      note: 'Fixed',
    };
    await a.append(ID, resolved);
    const late = await b.append(ID, contact('2026-12-07T11:30:00-06:00'));
    expect(late).toEqual({
      ok: false,
      problems: [
        {
          path: [],
          message:
            'This escalation was changed in another tab or window. The escalation is resolved: reopen it before logging anything else',
        },
      ],
    });
    await until(b, (log) => ids(log).length === 2);
    expect(ids(b)).toEqual([START.id, 'r']);
  });

  it('says what to fix in bad input and stores nothing', async () => {
    const log = openTab(makeStore(), tabChannels());
    await log.append(ID, START);
    const past = promise('2026-12-07T10:00:00-06:00', '2026-12-07T11:00:00-06:00');
    const result = await log.append(ID, past);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'The promised time, 12/07/2026 11:00 AM CST, has already passed: check the date, the year and AM or PM. If AT&T did not keep it, log the call that says so',
    ]);
    expect(ids(log)).toEqual([START.id]);
  });

  it('shows the same timeline to a tab opened later, offline, from the device alone', async () => {
    const store = makeStore();
    const first = openTab(store, tabChannels());
    await first.append(ID, START);
    await first.append(ID, contact('2026-12-07T10:00:00-06:00'));
    const reloaded = openTab(store, tabChannels());
    expect(reloaded.getSnapshot().loaded).toBe(false);
    await reloaded.load();
    expect(reloaded.getSnapshot().loaded).toBe(true);
    expect(ids(reloaded)).toEqual(ids(first));
  });

  it('adds the backend’s events once, however often they are merged', async () => {
    const log = openTab(makeStore(), tabChannels());
    await log.append(ID, START);
    const colleague = contact('2026-12-07T10:30:00-06:00', { author: 'Sam Poe' });
    await log.merge(ID, [START, colleague]);
    await log.merge(ID, [colleague]);
    expect(ids(log)).toEqual([START.id, colleague.id]);
  });
});

describe('events this version cannot read', () => {
  it('are kept on the device and counted, never dropped', async () => {
    const future = { id: 'x', at: '2026-12-07T09:30:00-06:00', type: 'teleported' };
    const store = memoryStore<StoredTimeline>([[ID, { events: [START, future] }]]);
    const log = openTab(store, tabChannels());
    await log.load();
    expect(log.getSnapshot().escalations.get(ID)).toMatchObject({ unreadable: 1, events: [START] });
    await log.append(ID, contact('2026-12-07T10:00:00-06:00'));
    expect((await store.get(ID))?.events).toContainEqual(future);
  });
});
