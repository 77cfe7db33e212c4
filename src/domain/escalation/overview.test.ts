import { describe, expect, it } from 'vitest';
import { escalationClock, type ClockCenter } from './clock.ts';
import {
  byNextStep,
  needingCall,
  needingCallText,
  repeatsOf,
  type ClockedEscalation,
} from './overview.ts';
import { opened, promise } from './timeline.fixtures.ts';
import { foldTimeline, type EscalationEvent } from './timeline.ts';

const CENTER: ClockCenter = {
  name: 'Midwest Maintenance (LOC)',
  hours: '24 hours, 7 days',
  levels: [{ level: 1, name: 'Duty manager', after: '4 hours' }],
};
const NOW = Date.parse('2026-12-07T12:00:00-06:00');

function clocked(escalationId: string, events: readonly EscalationEvent[]): ClockedEscalation {
  const state = foldTimeline(events);
  if (!state) throw new Error('The timeline has no opened event');
  const clock = escalationClock({ state, now: NOW, center: CENTER, timeZone: 'America/Chicago' });
  return { escalationId, state, clock };
}

const resolvedAt = (at: string) =>
  ({ id: `r-${at}`, at, type: 'resolved', attTicketNumber: 'ATT-9', note: 'Fixed' }) as const;

// Overdue since 11:00 am (4 hours after 7:00); due at 3:00 pm; a promise due at 1:00 pm.
const OVERDUE = clocked('overdue', [opened('2026-12-07T07:00:00-06:00')]);
const LATER = clocked('later', [opened('2026-12-07T11:00:00-06:00')]);
const PROMISED = clocked('promised', [
  opened('2026-12-07T11:30:00-06:00'),
  promise('2026-12-07T11:30:00-06:00', '2026-12-07T13:00:00-06:00'),
]);
const RESOLVED = clocked('resolved', [
  opened('2026-12-07T06:00:00-06:00'),
  resolvedAt('2026-12-07T08:00:00-06:00'),
]);

describe('My escalations, sorted by the next step due', () => {
  it('puts the overdue first, then the next due, and the resolved last', () => {
    const sorted = [RESOLVED, LATER, PROMISED, OVERDUE].sort(byNextStep);
    expect(sorted.map((e) => e.escalationId)).toEqual(['overdue', 'promised', 'later', 'resolved']);
  });
});

describe('the start page’s notice', () => {
  it('counts the open escalations whose step is overdue, and none once resolved', () => {
    const overdue = needingCall([RESOLVED, LATER, PROMISED, OVERDUE]);
    expect(overdue.map((e) => e.escalationId)).toEqual(['overdue']);
    expect(needingCallText(overdue.length)).toBe('1 escalation needs a call');
    expect(needingCallText(2)).toBe('2 escalations need a call');
    expect(needingCallText(0)).toBeUndefined();
  });
});

describe('repeat trouble', () => {
  const earlier = clocked('earlier', [
    opened('2026-11-20T09:00:00-06:00', {
      telephoneNumbers: ['3125550142', '3125550143'],
      circuitIds: ['12 HCFS 123456 SW'],
    }),
    resolvedAt('2026-11-21T09:00:00-06:00'),
  ]);
  const old = clocked('old', [
    opened('2026-10-01T09:00:00-06:00', { telephoneNumbers: ['3125550142'] }),
  ]);

  it('finds an escalation for the same number or circuit in the last 30 days', () => {
    expect(repeatsOf({ telephoneNumbers: ['3125550143'] }, [earlier, old], NOW)).toEqual([
      { escalationId: 'earlier', openedAt: earlier.state.openedAt, shared: ['3125550143'] },
    ]);
    expect(repeatsOf({ circuitIds: ['12hcfs123456 sw'] }, [earlier], NOW)).toEqual([
      { escalationId: 'earlier', openedAt: earlier.state.openedAt, shared: ['12 HCFS 123456 SW'] },
    ]);
  });

  it('ignores escalations older than 30 days or for other lines', () => {
    expect(repeatsOf({ telephoneNumbers: ['3125550142'] }, [old], NOW)).toEqual([]);
    expect(repeatsOf({ telephoneNumbers: ['3125550199'] }, [earlier], NOW)).toEqual([]);
  });
});
