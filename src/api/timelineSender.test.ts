import { describe, expect, it } from 'vitest';
import { contact, opened } from '../domain/escalation/timeline.fixtures.ts';
import { foldTimeline, type EscalationEvent } from '../domain/escalation/timeline.ts';
import type { LoggedEscalation } from './escalations.ts';
import { memoryStore } from './localStore.ts';
import { createTimelineSender } from './timelineSender.ts';

/*
 * The sender writes a filed escalation's timeline into its ticket whenever its events change, sends
 * nothing offline, and tries a failed send again at the next flush. No network, no real lock.
 */

function logged(escalationId: string, events: EscalationEvent[]): LoggedEscalation {
  return { escalationId, events, state: foldTimeline(events), unreadable: 0 };
}

function setup(options: { online?: () => boolean; fail?: () => boolean } = {}) {
  const sent: { ticketId: string; events: number }[] = [];
  const sender = createTimelineSender({
    store: memoryStore(),
    isOnline: options.online ?? (() => true),
    lock: (job) => job(),
    send(ticketId, escalation) {
      if (options.fail?.()) return Promise.reject(new Error('HTTP 503'));
      sent.push({ ticketId, events: escalation.events.length });
      return Promise.resolve();
    },
  });
  return { sender, sent };
}

const OPENED = opened('2026-12-07T09:00:00-06:00', { ticketReference: 'TT-100001' });
const CALL = contact('2026-12-07T09:30:00-06:00');

describe('createTimelineSender', () => {
  it('sends a filed escalation’s timeline to its ticket once, and again when it changes', async () => {
    const { sender, sent } = setup();
    const byPhone = logged('e2', [opened('2026-12-07T09:00:00-06:00', { how: 'called' })]);
    await sender.flush([logged('e1', [OPENED]), byPhone]);
    await sender.flush([logged('e1', [OPENED]), byPhone]);
    expect(sent).toEqual([{ ticketId: 'TT-100001', events: 1 }]);

    await sender.flush([logged('e1', [OPENED, CALL])]);
    expect(sent).toEqual([
      { ticketId: 'TT-100001', events: 1 },
      { ticketId: 'TT-100001', events: 2 },
    ]);
  });

  it('sends nothing offline, and what waits once back online', async () => {
    let online = false;
    const { sender, sent } = setup({ online: () => online });
    await sender.flush([logged('e1', [OPENED, CALL])]);
    expect(sent).toEqual([]);
    online = true;
    await sender.flush([logged('e1', [OPENED, CALL])]);
    expect(sent).toEqual([{ ticketId: 'TT-100001', events: 2 }]);
  });

  it('tries a failed send again at the next flush', async () => {
    let failing = true;
    const { sender, sent } = setup({ fail: () => failing });
    await sender.flush([logged('e1', [OPENED])]);
    expect(sent).toEqual([]);
    failing = false;
    await sender.flush([logged('e1', [OPENED])]);
    expect(sent).toEqual([{ ticketId: 'TT-100001', events: 1 }]);
  });
});
