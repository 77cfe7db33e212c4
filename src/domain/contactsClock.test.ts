import { describe, expect, it } from 'vitest';
import { contact } from './contacts.fixtures.ts';
import { clockSetting, unreadableHours } from './contactsClock.ts';
import { escalationClock } from './escalation/clock.ts';
import { opened } from './escalation/timeline.fixtures.ts';
import { foldTimeline } from './escalation/timeline.ts';

const CENTRAL = 'Monday to Friday, 8:00 am to 5:00 pm CT';
const LEVELS = [
  { level: 1, name: 'Duty manager', phone: '312-555-0150', after: '4 business hours' },
  { level: 2, name: 'Center manager', phone: '312-555-0151' },
];
const LIST = {
  contacts: [
    contact({ productType: 'all', name: 'Midwest Maintenance: All', hours: CENTRAL }),
    contact({ hours: CENTRAL, levels: LEVELS }),
  ],
  policy: {
    holidays: [
      { date: '2026-12-24', name: 'Christmas Eve' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ],
    outOfServiceAfter: '4 hours',
  },
};
const KEY = { function: 'maintenance', region: 'midwest', productType: 'loop' } as const;

describe('clockSetting', () => {
  it('gives the center’s hours, its levels with their intervals, and the policy', () => {
    expect(clockSetting(LIST, KEY)).toEqual({
      center: { name: 'Midwest Maintenance (LOC): Loop', hours: CENTRAL, levels: LEVELS },
      policy: LIST.policy,
    });
  });

  it('falls back to the function’s general line, as the result page does', () => {
    const setting = clockSetting(LIST, { ...KEY, productType: 'resale' });
    expect(setting.center).toEqual({ name: 'Midwest Maintenance: All', hours: CENTRAL });
  });

  it('leaves out a center the list does not have, and a policy the list does not set', () => {
    expect(clockSetting({ contacts: LIST.contacts }, { ...KEY, region: 'west' })).toEqual({});
  });

  it('is what the clock counts with: the interval skips the holidays and the weekend', () => {
    const state = foldTimeline([opened('2026-12-23T15:00:00-06:00')]);
    if (!state) throw new Error('The timeline has no opened event');
    const result = escalationClock({
      state,
      now: Date.parse('2026-12-23T16:00:00-06:00'),
      timeZone: 'America/Chicago',
      ...clockSetting(LIST, KEY),
    });
    expect(result.next).toMatchObject({
      reason: 'interval',
      due: Date.parse('2026-12-28T10:00:00-06:00'),
    });
    expect(result.problems).toEqual([]);
  });
});

describe('unreadableHours', () => {
  it('names each center whose hours the clock cannot read, with the text and the forms it reads', () => {
    const contacts = [
      contact({ hours: CENTRAL }),
      contact({ productType: 'resale', name: 'Midwest Resale', hours: '8 to 5' }),
      contact({ productType: 'all', name: 'No hours given' }),
      contact({ productType: 'lwc', name: 'Midwest LWC', hours: '24 hours, 7 days' }),
    ];
    const found = unreadableHours(contacts);
    expect(found.map((entry) => entry.contact.name)).toEqual(['Midwest Resale']);
    expect(found[0]?.message).toMatch(
      /^Midwest Resale \(maintenance, midwest, resale\): the hours "8 to 5" cannot be read: .+\. The clock reads "Monday to Friday, 8:00 am to 5:00 pm CT", "Mon-Fri 8am-5pm ET", "24 hours, 7 days"/,
    );
  });

  it('reports hours without a time zone rather than guessing one', () => {
    const [found] = unreadableHours([contact({ hours: 'Monday to Friday, 8:00 am to 5:00 pm' })]);
    expect(found?.message).toContain('Add the time zone at the end');
  });
});
