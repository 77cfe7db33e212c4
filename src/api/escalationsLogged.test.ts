import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { opened } from '../domain/escalation/timeline.fixtures.ts';
import { createEscalationLog } from './escalations.ts';
import {
  ESCALATIONS_CHANNEL,
  ESCALATIONS_STORE,
  whenEscalationsLogged,
} from './escalationsLogged.ts';
import { openStore, tabChannel } from './localStore.ts';

/*
 * The start page's "N escalations need a call" loads the escalation log (and the timeline's
 * schemas) only on a device that has logged an escalation (issue #25: nothing long runs on the
 * main thread after the first paint of a first visit).
 */

const store = openStore<unknown>(ESCALATIONS_STORE);
const settle = () => new Promise((done) => setTimeout(done, 50));

afterEach(async () => {
  for (const [key] of await store.all()) await store.delete(key);
});

describe('whenEscalationsLogged', () => {
  it('loads nothing on a device with no escalation, until a tab logs one', async () => {
    const load = vi.fn();
    const stop = whenEscalationsLogged(load);
    await settle();
    expect(load).not.toHaveBeenCalled();
    // Another tab's log announces its change on the channel the log itself uses.
    const otherTab = createEscalationLog();
    expect(await otherTab.append('e1', opened('2026-12-07T09:00:00-06:00'))).toMatchObject({
      ok: true,
    });
    await waitFor(() => {
      expect(load).toHaveBeenCalledOnce();
    });
    stop();
  });

  it('loads at once on a device that has logged an escalation', async () => {
    await store.update('e1', () => ({ events: [] }));
    const load = vi.fn();
    const stop = whenEscalationsLogged(load);
    await waitFor(() => {
      expect(load).toHaveBeenCalledOnce();
    });
    stop();
  });

  it('once stopped, loads nothing', async () => {
    const load = vi.fn();
    whenEscalationsLogged(load)();
    tabChannel<'changed'>(ESCALATIONS_CHANNEL).post('changed');
    await settle();
    expect(load).not.toHaveBeenCalled();
  });
});
