import { describe, expect, it } from 'vitest';
import { escalationClock, NO_INTERVAL, type ClockCenter, type ClockInput } from './clock.ts';
import { contact, opened, promise } from './timeline.fixtures.ts';
import { foldTimeline, type EscalationEvent } from './timeline.ts';
import { HOUR_MS } from './zoned.ts';

const CHICAGO = 'America/Chicago';
const at = (iso: string) => Date.parse(iso);

const CENTER: ClockCenter = {
  name: 'Midwest Maintenance (LOC): Loop',
  hours: 'Monday to Friday, 8:00 am to 5:00 pm CT',
  levels: [
    { level: 1, name: 'Duty manager', phone: '312-555-0150', after: '4 business hours' },
    { level: 2, name: 'Center manager', phone: '312-555-0151', after: '1 business day' },
    { level: 3, name: 'Director', phone: '312-555-0152', after: '24 hours' },
  ],
};

function clock(events: readonly EscalationEvent[], now: string, extra: Partial<ClockInput> = {}) {
  const state = foldTimeline(events);
  if (!state) throw new Error('The timeline has no opened event');
  return escalationClock({ state, now: at(now), center: CENTER, timeZone: CHICAGO, ...extra });
}

// Monday December 7, 2026, 3:00 pm Central.
const MONDAY_3PM = '2026-12-07T15:00:00-06:00';
const start = opened(MONDAY_3PM);

describe('how long an escalation has been open', () => {
  it('counts wall-clock time and the center’s hours across a weekend', () => {
    const friday = opened('2026-12-04T15:00:00-06:00');
    const { openFor } = clock([friday], '2026-12-07T10:00:00-06:00');
    expect(openFor.wallMs).toBe(67 * HOUR_MS);
    expect(openFor.businessMs).toBe(4 * HOUR_MS);
  });

  it('gives no business time, and says why, when the hours cannot be read', () => {
    const result = clock([start], '2026-12-07T16:00:00-06:00', {
      center: { ...CENTER, hours: 'Office hours' },
    });
    expect(result.openFor).toEqual({ wallMs: HOUR_MS });
    expect(result.problems[0]).toMatch(
      /^The hours of Midwest Maintenance \(LOC\): Loop, "Office hours", cannot be read/,
    );
  });
});

describe('the next step due', () => {
  it('is the level’s interval when nothing moves: 4 business hours, across the night', () => {
    const { next, nextLevel } = clock([start], '2026-12-07T16:00:00-06:00');
    expect(nextLevel).toEqual({ level: CENTER.levels?.[0], again: false });
    expect(next).toMatchObject({
      reason: 'interval',
      due: at('2026-12-08T10:00:00-06:00'),
      overdue: false,
    });
    expect(next?.why).toBe(
      'No progress since 12/07/2026 3:00 PM CST at the center, and your organisation allows 4 business hours before level 1 (Duty manager)',
    );
  });

  it('is overdue once the interval has run out', () => {
    const { next } = clock([start], '2026-12-08T10:30:00-06:00');
    expect(next).toMatchObject({ reason: 'interval', overdue: true });
  });

  it('is a lapsed promise when that comes first, callable at once inside the center’s hours', () => {
    const callback = promise('2026-12-07T15:10:00-06:00', '2026-12-07T16:00:00-06:00', {
      attTicketNumber: 'ATT-22',
    });
    const { next, steps } = clock([start, callback], '2026-12-07T16:05:00-06:00');
    expect(next).toMatchObject({
      reason: 'promiseLapsed',
      overdue: true,
      due: at(callback.by),
      callFrom: at(callback.by),
    });
    expect(next?.why).toBe(
      'Pat Doe promised a callback by 12/07/2026 4:00 PM CST (AT&T ticket ATT-22)',
    );
    expect(steps.map((s) => s.reason)).toEqual(['promiseLapsed', 'interval']);
  });

  it('waits for the center to open when a promise lapses outside its hours', () => {
    const evening = promise('2026-12-07T15:10:00-06:00', '2026-12-07T19:00:00-06:00');
    const { next } = clock([start, evening], '2026-12-07T19:30:00-06:00');
    expect(next).toMatchObject({ reason: 'promiseLapsed', overdue: true, due: at(evening.by) });
    expect(next?.callFrom).toBe(at('2026-12-08T08:00:00-06:00'));
  });

  it('shows times on the user’s clock and on the center’s when they differ', () => {
    const pacific = { ...CENTER, hours: 'Monday to Friday, 8:00 am to 5:00 pm PT' };
    const { next } = clock([start], '2026-12-07T16:00:00-06:00', {
      center: pacific,
      timeZone: 'America/New_York',
    });
    // 3:00 pm Central is 4:00 pm Eastern and 1:00 pm Pacific: 4 business hours run to the
    // center's closing at 5:00 pm Pacific, 8:00 pm on the Eastern desk's clock.
    expect(next?.due).toBe(at('2026-12-07T17:00:00-08:00'));
    expect(next?.why).toMatch(
      /^No progress since 12\/07\/2026 4:00 PM EST \(12\/07\/2026 1:00 PM PST at the center\)/,
    );
  });

  it('says AT&T publishes no interval, and shows only promises, where the organisation set none', () => {
    const unset = {
      ...CENTER,
      levels: CENTER.levels?.map((level) => ({ ...level, after: undefined })),
    };
    const callback = promise('2026-12-07T15:10:00-06:00', '2026-12-08T09:00:00-06:00');
    const result = clock([start, callback], '2026-12-07T16:00:00-06:00', { center: unset });
    expect(result.notices).toEqual([NO_INTERVAL]);
    expect(result.steps.map((s) => s.reason)).toEqual(['promiseLapsed']);
  });

  it('reports an interval it cannot read instead of guessing one', () => {
    const typo = {
      ...CENTER,
      levels: [{ level: 1, name: 'Duty manager', after: '4 bussiness hours' }],
    };
    const result = clock([start], '2026-12-07T16:00:00-06:00', { center: typo });
    expect(result.steps).toEqual([]);
    expect(result.problems).toEqual([
      'The interval for level 1, "4 bussiness hours", cannot be read: "bussiness" is not read: write "business" to count only the center\'s hours, or leave it out for wall-clock time, like "4 business hours", "24 hours", "2 days" or "1 business day"',
    ]);
  });

  it('counts wall-clock intervals even where the hours cannot be read', () => {
    const atLevel2 = opened(MONDAY_3PM, { level: 2 });
    const result = clock([atLevel2], '2026-12-07T16:00:00-06:00', {
      center: { ...CENTER, hours: undefined },
    });
    expect(result.next).toMatchObject({ reason: 'interval', due: at(MONDAY_3PM) + 24 * HOUR_MS });
  });

  it('says the end user has been out of service too long, until the desk goes up a level', () => {
    const down = opened(MONDAY_3PM, { outOfServiceSince: '2026-12-07T13:00:00-06:00' });
    const policy = { outOfServiceAfter: '4 hours' };
    const result = clock([down], '2026-12-07T17:30:00-06:00', { policy });
    expect(result.outOfServiceFor).toBe(4.5 * HOUR_MS);
    expect(result.next).toMatchObject({
      reason: 'outOfService',
      due: at('2026-12-07T17:00:00-06:00'),
      overdue: true,
    });
    expect(result.next?.why).toBe(
      'The end user has been out of service since 12/07/2026 1:00 PM CST: 4 hours by then, and your organisation goes up a level after 4 hours',
    );
    // After 5:00 pm the center is closed: the call waits for the morning.
    expect(result.next?.callFrom).toBe(at('2026-12-08T08:00:00-06:00'));
    const wentUp = contact('2026-12-08T08:05:00-06:00', { level: 1 });
    const after = clock([down, wentUp], '2026-12-08T08:10:00-06:00', { policy });
    expect(after.steps.map((s) => s.reason)).toEqual(['interval']);
  });

  it('never sends a desk past the last level back to the front line', () => {
    const top = opened(MONDAY_3PM, { level: 3 });
    const result = clock([top], '2026-12-07T16:00:00-06:00');
    expect(result.nextLevel).toEqual({ level: CENTER.levels?.[2], again: true });
    expect(result.next?.why).toMatch(/before calling level 3 \(Director\) again$/);
  });

  it('has no step once resolved, and stops the open time at the resolution', () => {
    const resolved = {
      id: 'r',
      at: '2026-12-07T16:00:00-06:00',
      type: 'resolved',
      attTicketNumber: 'ATT-9',
      note: 'Fixed',
    } as const;
    const result = clock([start, resolved], '2026-12-09T16:00:00-06:00');
    expect(result.steps).toEqual([]);
    expect(result.openFor.wallMs).toBe(HOUR_MS);
  });

  it('shows the port interval for a number portability center only with its source', () => {
    const lnp = opened(MONDAY_3PM, {
      center: { function: 'lnp', region: 'midwest', productType: 'lnp', name: 'Midwest LNP' },
    });
    expect(clock([lnp], '2026-12-07T16:00:00-06:00').facts).toEqual([
      { text: 'A simple port completes within one business day', source: '47 CFR 52.35' },
    ]);
    expect(clock([start], '2026-12-07T16:00:00-06:00').facts).toEqual([]);
  });
});

describe('the example policy of docs/escalation-clock.md', () => {
  const maintenance: ClockCenter = {
    name: 'Midwest Maintenance (LOC)',
    hours: 'Monday to Friday, 8:00 am to 5:00 pm CT',
    levels: [
      { level: 1, name: 'Duty manager', after: '4 business hours' },
      { level: 2, name: 'Center manager', after: '1 business day' },
      { level: 3, name: 'Director', after: '2 days' },
    ],
  };
  const lnp: ClockCenter = {
    name: 'Midwest LNP',
    hours: '24 hours, 7 days',
    levels: [
      { level: 1, name: 'LNP duty manager', after: '2 hours' },
      { level: 2, name: 'LNP center manager', after: '24 hours' },
    ],
  };
  const policy = {
    holidays: [
      { date: '2026-12-24', name: 'Christmas Eve' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ],
    outOfServiceAfter: '4 hours',
  };
  const wednesday = '2026-12-23T15:00:00-06:00';

  it('calls level 1 at 10:00 am on the Monday after Christmas', () => {
    const { next } = clock([opened(wednesday)], wednesday, { center: maintenance, policy });
    expect(next).toMatchObject({ reason: 'interval', due: at('2026-12-28T10:00:00-06:00') });
  });

  it('is due at 6:00 pm for an end user out since 2:00 pm, callable when the center opens', () => {
    const down = opened(wednesday, { outOfServiceSince: '2026-12-23T14:00:00-06:00' });
    const { next } = clock([down], wednesday, { center: maintenance, policy });
    expect(next).toMatchObject({
      reason: 'outOfService',
      due: at('2026-12-23T18:00:00-06:00'),
      callFrom: at('2026-12-28T08:00:00-06:00'),
    });
  });

  it('runs through Christmas at the center that never closes', () => {
    const eve = '2026-12-24T23:00:00-06:00';
    const { next } = clock([opened(eve)], eve, { center: lnp, policy });
    expect(next).toMatchObject({ reason: 'interval', due: at('2026-12-25T01:00:00-06:00') });
  });
});
