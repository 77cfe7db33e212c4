import { describe, expect, it } from 'vitest';
import type { ContactListInUse } from '../../domain/contactList.ts';
import { contact } from '../../domain/contacts.fixtures.ts';
import { opened } from '../../domain/escalation/timeline.fixtures.ts';
import { foldTimeline } from '../../domain/escalation/timeline.ts';
import { clockedEscalations } from './tracking.ts';

/*
 * The pages' clock counts with the organisation's policy from the contacts list in use: its
 * holidays and its out-of-service interval, not only the center's hours and levels.
 */

const LIST: ContactListInUse = {
  used: 'organisation',
  origin: 'network',
  sample: false,
  updated: undefined,
  source: undefined,
  fromCache: false,
  problems: [],
  contacts: [
    contact({
      hours: 'Monday to Friday, 8:00 am to 5:00 pm CT',
      levels: [
        { level: 1, name: 'Duty manager', phone: '312-555-0150', after: '4 business hours' },
      ],
    }),
  ],
};

/** One escalation filed at 3:00 pm Central on Wednesday December 23, 2026, with no progress. */
function snapshot(events = [opened('2026-12-23T15:00:00-06:00')]) {
  const state = foldTimeline(events);
  return {
    loaded: true,
    persistent: true,
    escalations: new Map([['e1', { escalationId: 'e1', events, state, unreadable: 0 }]]),
  };
}

const NOW = Date.parse('2026-12-23T16:00:00-06:00');

describe('clockedEscalations', () => {
  it('moves the next step due past a holiday the contacts list names', () => {
    const [plain] = clockedEscalations(snapshot(), NOW, LIST);
    expect(plain?.clock.next?.due).toBe(Date.parse('2026-12-24T10:00:00-06:00'));

    const withHolidays = {
      ...LIST,
      policy: {
        holidays: [
          { date: '2026-12-24', name: 'Christmas Eve' },
          { date: '2026-12-25', name: 'Christmas Day' },
        ],
      },
    };
    const [held] = clockedEscalations(snapshot(), NOW, withHolidays);
    expect(held?.clock.next).toMatchObject({
      reason: 'interval',
      due: Date.parse('2026-12-28T10:00:00-06:00'),
    });
  });

  it('makes a step of the out-of-service interval the contacts list sets', () => {
    const log = snapshot([
      opened('2026-12-23T15:00:00-06:00', { outOfServiceSince: '2026-12-23T14:00:00-06:00' }),
    ]);
    const [clocked] = clockedEscalations(log, NOW, {
      ...LIST,
      policy: { outOfServiceAfter: '4 hours' },
    });
    expect(clocked?.clock.next).toMatchObject({
      reason: 'outOfService',
      due: Date.parse('2026-12-23T18:00:00-06:00'),
    });
  });
});
