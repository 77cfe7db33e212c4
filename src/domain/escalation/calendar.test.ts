import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessCalendar,
  businessTimeBetween,
  isOpen,
  nextOpen,
  type Holiday,
} from './calendar.ts';
import { parseCenterHours } from './hours.ts';
import { HOUR_MS, zonedInstant } from './zoned.ts';

function calendar(hours: string, holidays: Holiday[] = []) {
  const parsed = parseCenterHours(hours);
  if (!parsed.ok) throw new Error(parsed.error);
  return businessCalendar(parsed.value, holidays);
}

const at = (iso: string) => Date.parse(iso);
const CHICAGO = calendar('Monday to Friday, 8:00 am to 5:00 pm CT');
const CHRISTMAS: Holiday = { date: '2026-12-25', name: 'Christmas Day' };

describe('business time at a center with set hours', () => {
  it('skips the weekend: 4 business hours from Friday 3:00 pm end Monday 10:00 am', () => {
    const friday = at('2026-12-04T15:00:00-06:00');
    const monday = at('2026-12-07T10:00:00-06:00');
    expect(addBusinessTime(CHICAGO, friday, 4 * HOUR_MS)).toBe(monday);
    expect(businessTimeBetween(CHICAGO, friday, monday)).toBe(4 * HOUR_MS);
    expect(isOpen(CHICAGO, at('2026-12-05T12:00:00-06:00'))).toBe(false);
  });

  it('skips a holiday the organisation lists, and only that day', () => {
    const thursday = at('2026-12-24T15:00:00-06:00');
    const withChristmas = calendar('Monday to Friday, 8:00 am to 5:00 pm CT', [CHRISTMAS]);
    expect(addBusinessTime(withChristmas, thursday, 4 * HOUR_MS)).toBe(
      at('2026-12-28T10:00:00-06:00'),
    );
    expect(addBusinessTime(CHICAGO, thursday, 4 * HOUR_MS)).toBe(at('2026-12-25T10:00:00-06:00'));
  });

  it('counts in the center’s zone, whatever the user’s: a Pacific center for an Eastern desk', () => {
    const pacific = calendar('Monday to Friday, 8:00 am to 5:00 pm PT');
    // 9:00 am in New York is 6:00 am in Los Angeles: the center opens two hours later.
    const nineEastern = at('2026-12-07T09:00:00-05:00');
    expect(isOpen(pacific, nineEastern)).toBe(false);
    expect(nextOpen(pacific, nineEastern)).toBe(at('2026-12-07T08:00:00-08:00'));
    expect(addBusinessTime(pacific, nineEastern, 4 * HOUR_MS)).toBe(
      at('2026-12-07T15:00:00-05:00'),
    );
    // 4:30 pm Eastern is 1:30 pm Pacific: still open there, though the Eastern desk's day ends.
    expect(isOpen(pacific, at('2026-12-07T16:30:00-05:00'))).toBe(true);
  });

  it('follows the spring change: the weekend loses an hour, business hours do not', () => {
    // DST began in the US on Sunday March 8, 2026.
    const friday = at('2026-03-06T15:00:00-06:00');
    expect(addBusinessTime(CHICAGO, friday, 4 * HOUR_MS)).toBe(at('2026-03-09T10:00:00-05:00'));
    // A window that spans 2:00 am that Sunday is one real hour shorter.
    const night = calendar('Daily, 1:00 am to 5:00 am CT');
    const sunday = { year: 2026, month: 3, day: 8 };
    const from = zonedInstant(sunday, 0, 'America/Chicago');
    const to = zonedInstant(sunday, 6 * 60, 'America/Chicago');
    expect(businessTimeBetween(night, from, to)).toBe(3 * HOUR_MS);
  });

  it('follows the fall change: the window that spans 1:00 am runs an hour longer', () => {
    // DST ended in the US on Sunday November 1, 2026.
    const friday = at('2026-10-30T15:00:00-05:00');
    expect(addBusinessTime(CHICAGO, friday, 4 * HOUR_MS)).toBe(at('2026-11-02T10:00:00-06:00'));
    const night = calendar('Daily, 1:00 am to 5:00 am CT');
    const sunday = { year: 2026, month: 11, day: 1 };
    const from = zonedInstant(sunday, 0, 'America/Chicago');
    expect(businessTimeBetween(night, from, from + 8 * HOUR_MS)).toBe(5 * HOUR_MS);
  });

  it('reads a time skipped by the spring change as the hour after, and a repeated one as the first', () => {
    expect(zonedInstant({ year: 2026, month: 3, day: 8 }, 150, 'America/Chicago')).toBe(
      at('2026-03-08T03:30:00-05:00'),
    );
    expect(zonedInstant({ year: 2026, month: 11, day: 1 }, 90, 'America/Chicago')).toBe(
      at('2026-11-01T01:30:00-05:00'),
    );
  });

  it('counts business days as the same time on the next open day', () => {
    expect(addBusinessDays(CHICAGO, at('2026-12-04T10:00:00-06:00'), 1)).toBe(
      at('2026-12-07T10:00:00-06:00'),
    );
    // After closing on Friday, counting starts when the center opens on Monday.
    expect(addBusinessDays(CHICAGO, at('2026-12-04T18:00:00-06:00'), 1)).toBe(
      at('2026-12-08T08:00:00-06:00'),
    );
    const withChristmas = calendar('Monday to Friday, 8:00 am to 5:00 pm CT', [CHRISTMAS]);
    expect(addBusinessDays(withChristmas, at('2026-12-24T10:00:00-06:00'), 1)).toBe(
      at('2026-12-28T10:00:00-06:00'),
    );
  });
});

describe('business time at a center that never closes', () => {
  const always = calendar('24 hours, 7 days', [CHRISTMAS]);

  it('counts every hour, holidays included, since the center answers then', () => {
    const eve = at('2026-12-24T22:00:00-06:00');
    expect(addBusinessTime(always, eve, 4 * HOUR_MS)).toBe(eve + 4 * HOUR_MS);
    expect(businessTimeBetween(always, eve, eve + 30 * HOUR_MS)).toBe(30 * HOUR_MS);
    expect(addBusinessDays(always, eve, 1)).toBe(eve + 24 * HOUR_MS);
  });
});
