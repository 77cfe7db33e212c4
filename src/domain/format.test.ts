import { describe, expect, it } from 'vitest';
import { formatPhone, localDay, telHref, todayUs } from './format.ts';
import { formatCount } from './identifiers/list.ts';

describe('the formatters every page shares', () => {
  it('writes a number however it was typed as 312-555-0150, then its extension', () => {
    expect(formatPhone('+1 (312) 555.0150')).toBe('312-555-0150');
    expect(formatPhone('13125550150', '22')).toBe('312-555-0150 ext. 22');
    expect(telHref('(312) 555-0150')).toBe('tel:+13125550150');
  });

  it('takes today on the user’s calendar, not UTC’s', () => {
    // 11 PM on 11/26 where the user is: UTC is already the 27th in the Americas.
    const lateEvening = new Date(2026, 10, 26, 23, 0);
    expect(localDay(lateEvening)).toBe('2026-11-26');
    expect(todayUs(lateEvening)).toBe('11/26/2026');
  });
});

describe('formatCount', () => {
  it('writes the count and the noun that agrees with it', () => {
    expect(formatCount(1, ['line', 'lines'])).toBe('1 line');
    expect(formatCount(12_000, ['line', 'lines'])).toBe('12,000 lines');
    expect(formatCount(0, ['repeated entry', 'repeated entries'])).toBe('0 repeated entries');
  });
});
