import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, tabChannel } from '../../../src/api/localStore.ts';
import type { OutboxMessage } from '../../../src/api/outboxWaiting.ts';
import {
  OUTBOX_CHANNEL,
  OUTBOX_KEY,
  OUTBOX_STORE,
  whenOutboxHasWork,
} from '../../../src/api/outboxWaiting.ts';

/*
 * The start page loads the ticket outbox (and the ticket client's schemas with it) only when it
 * has something to send (issue #16 sends a queued ticket from the start page; issue #11 keeps the
 * start page from running code it does not need).
 */

const store = openStore<{ operations: unknown[]; filed: Record<string, unknown> }>(OUTBOX_STORE);
const otherTab = tabChannel<OutboxMessage>(OUTBOX_CHANNEL);
const settle = () => new Promise((done) => setTimeout(done, 50));

afterEach(async () => {
  await store.delete(OUTBOX_KEY);
});

describe('whenOutboxHasWork', () => {
  it('loads the outbox at once when this device has a ticket waiting', async () => {
    await store.update(OUTBOX_KEY, () => ({ operations: [{ escalationId: 'e1' }], filed: {} }));
    const load = vi.fn();
    const stop = whenOutboxHasWork(load);
    await waitFor(() => {
      expect(load).toHaveBeenCalledOnce();
    });
    stop();
  });

  it('leaves it unloaded while nothing waits, until another tab changes the outbox', async () => {
    await store.update(OUTBOX_KEY, () => ({ operations: [], filed: { e0: {} } }));
    const load = vi.fn();
    const stop = whenOutboxHasWork(load);
    await settle();
    expect(load).not.toHaveBeenCalled();
    otherTab.post('filed');
    await settle();
    expect(load).not.toHaveBeenCalled();
    otherTab.post('changed');
    await waitFor(() => {
      expect(load).toHaveBeenCalledOnce();
    });
    otherTab.post('changed');
    await settle();
    expect(load).toHaveBeenCalledOnce();
    stop();
  });

  it('once stopped, loads nothing', async () => {
    const load = vi.fn();
    whenOutboxHasWork(load)();
    otherTab.post('changed');
    await settle();
    expect(load).not.toHaveBeenCalled();
  });
});
