import { describe, expect, it } from 'vitest';
import { formatDuration, formatInstant } from './format.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './zoned.ts';

describe('formatInstant', () => {
  it('writes MM/DD/YYYY, a 12-hour clock and the zone’s name in plain ASCII', () => {
    const instant = Date.parse('2026-07-07T14:05:00-05:00');
    expect(formatInstant(instant, 'America/Chicago')).toBe('07/07/2026 2:05 PM CDT');
    expect(formatInstant(instant, 'America/Los_Angeles')).toBe('07/07/2026 12:05 PM PDT');
    expect(formatInstant(Date.parse('2026-12-07T00:30:00-06:00'), 'America/Chicago')).toBe(
      '12/07/2026 12:30 AM CST',
    );
  });
});

describe('formatDuration', () => {
  it('gives the two largest units, rounded down', () => {
    expect(formatDuration(DAY_MS + 2 * HOUR_MS + 59 * MINUTE_MS)).toBe('1 day 2 hours');
    expect(formatDuration(3 * DAY_MS + 20 * MINUTE_MS)).toBe('3 days');
    expect(formatDuration(HOUR_MS + MINUTE_MS)).toBe('1 hour 1 minute');
    expect(formatDuration(45 * MINUTE_MS + 59_000)).toBe('45 minutes');
    expect(formatDuration(-5 * MINUTE_MS)).toBe('0 minutes');
  });
});
