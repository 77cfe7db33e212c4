import { describe, expect, it } from 'vitest';
import { businessCalendar } from './calendar.ts';
import { parseCenterHours } from './hours.ts';
import { intervalEnd, intervalText, parseInterval, type Interval } from './interval.ts';
import { HOUR_MS, MINUTE_MS } from './zoned.ts';

const read = (text: string): Interval => {
  const parsed = parseInterval(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const problem = (text: string) => {
  const parsed = parseInterval(text);
  if (parsed.ok) throw new Error(`"${text}" was read as ${JSON.stringify(parsed.value)}`);
  return parsed.error;
};

const hours = parseCenterHours('Monday to Friday, 8:00 am to 5:00 pm CT');
if (!hours.ok) throw new Error(hours.error);
const CHICAGO = businessCalendar(hours.value);
const FRIDAY_3PM = Date.parse('2026-12-04T15:00:00-06:00');

describe('parseInterval', () => {
  it('reads each form of the policy, in wall-clock or business time', () => {
    expect(read('4 business hours')).toEqual({ amount: 4, unit: 'hour', business: true });
    expect(read('24 hours')).toEqual({ amount: 24, unit: 'hour', business: false });
    expect(read('2 days')).toEqual({ amount: 2, unit: 'day', business: false });
    expect(read('1 business day')).toEqual({ amount: 1, unit: 'day', business: true });
    expect(read('90 minutes')).toEqual({ amount: 90, unit: 'minute', business: false });
    expect(read(' After 2  working hrs ')).toEqual({ amount: 2, unit: 'hour', business: true });
  });

  it('writes an interval back the way the list does', () => {
    for (const text of ['4 business hours', '24 hours', '2 days', '1 business day', '1 minute']) {
      expect(intervalText(read(text))).toBe(text);
    }
  });

  it('says how to fix an interval it cannot read', () => {
    expect(problem('')).toMatch(/^Enter the interval, like "4 business hours"/);
    expect(problem('4')).toBe('Add the unit to "4": write "4 hours" or "4 business hours"');
    expect(problem('four hours')).toMatch(/^Write the number in digits/);
    expect(problem('1.5 hours')).toBe('Use a whole number: write "1.5 hours" as "90 minutes"');
    expect(problem('1.5 days')).toBe('Use a whole number: write "1.5 days" as "36 hours"');
    expect(problem('2 weeks')).toMatch(/^"weeks" is not a unit the clock reads/);
    expect(problem('0 hours')).toMatch(/at least 1 minute/);
    expect(problem('4 bussiness hours')).toMatch(/^"bussiness" is not read: write "business"/);
    expect(problem('as soon as possible')).toMatch(/is not an interval the clock reads/);
  });
});

describe('intervalEnd', () => {
  it('counts wall-clock hours and days straight through the weekend', () => {
    expect(intervalEnd(read('24 hours'), FRIDAY_3PM, CHICAGO)).toBe(FRIDAY_3PM + 24 * HOUR_MS);
    expect(intervalEnd(read('2 days'), FRIDAY_3PM, CHICAGO)).toBe(FRIDAY_3PM + 48 * HOUR_MS);
    expect(intervalEnd(read('90 minutes'), FRIDAY_3PM, undefined)).toBe(
      FRIDAY_3PM + 90 * MINUTE_MS,
    );
  });

  it('counts business hours and days in the center’s hours', () => {
    expect(intervalEnd(read('4 business hours'), FRIDAY_3PM, CHICAGO)).toBe(
      Date.parse('2026-12-07T10:00:00-06:00'),
    );
    expect(intervalEnd(read('1 business day'), FRIDAY_3PM, CHICAGO)).toBe(
      Date.parse('2026-12-07T15:00:00-06:00'),
    );
  });

  it('gives no end for business time when the center’s hours are not known', () => {
    expect(intervalEnd(read('4 business hours'), FRIDAY_3PM, undefined)).toBeUndefined();
  });
});
