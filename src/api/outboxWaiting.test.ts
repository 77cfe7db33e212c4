import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStore, openStore, tabChannel } from './localStore.ts';
import { createOutbox } from './outbox.ts';
import type { OutboxMessage } from './outboxWaiting.ts';
import {
  OUTBOX_CHANNEL,
  OUTBOX_KEY,
  OUTBOX_STORE,
  createWaitingList,
  whenOutboxHasWork,
} from './outboxWaiting.ts';
import { escalationInput } from '../../test/unit/api/fixtures.ts';

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

describe('createWaitingList', () => {
  it('lists what this device has not sent, by why, and follows a change made in another tab', async () => {
    const queued = createOutbox({ store: memoryStore(), isOnline: () => false });
    await queued.submit(escalationInput({ escalationId: 'e1', pon: 'ACME-PON-0042' }));
    const [op] = queued.operations();
    await store.update(OUTBOX_KEY, () => ({
      operations: [op, { ...op, escalationId: 'e2', failed: { message: 'Refused.' } }],
      filed: {},
    }));
    const list = createWaitingList();
    const heard = vi.fn();
    const stop = list.subscribe(heard);

    await waitFor(() => {
      expect(list.getSnapshot()).toEqual([
        {
          escalationId: 'e1',
          state: 'queued',
          update: false,
          pon: 'ACME-PON-0042',
          message: undefined,
        },
        {
          escalationId: 'e2',
          state: 'failed',
          update: false,
          pon: 'ACME-PON-0042',
          message: 'Refused.',
        },
      ]);
    });
    await store.update(OUTBOX_KEY, () => ({
      operations: [{ ...op, held: { message: 'Look first.' } }],
      filed: {},
    }));
    otherTab.post('changed');

    await waitFor(() => {
      expect(list.getSnapshot()).toEqual([
        {
          escalationId: 'e1',
          state: 'held',
          update: false,
          pon: 'ACME-PON-0042',
          message: 'Look first.',
        },
      ]);
    });
    stop();
  });

  it('reads an unreadable record as nothing waiting', async () => {
    await store.update(OUTBOX_KEY, () => ({ operations: [null, { kind: 'create' }], filed: {} }));
    const list = createWaitingList();
    const stop = list.subscribe(() => {});
    await waitFor(() => {
      expect(list.getSnapshot()).toEqual([]);
    });
    stop();
  });
});
