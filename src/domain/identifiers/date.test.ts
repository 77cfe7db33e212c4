import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeDate,
  findDates,
  formatUsDate,
  isAmbiguous,
  parseDate,
  provenOrder,
  readDate,
  timeLength,
} from './date.ts';

describe('parseDate', () => {
  it.each([
    ['2026-11-24', '2026-11-24'],
    ['2026/11/24', '2026-11-24'],
    ['2026-1-5', '2026-01-05'],
    ['11/24/2026', '2026-11-24'],
    ['1/5/2026', '2026-01-05'],
    ['11/24/26', '2026-11-24'],
    ['01/05/99', '2099-01-05'],
    ['11-24-2026', '2026-11-24'],
    ['11-24-26', '2026-11-24'],
    ['11.24.2026', '2026-11-24'],
    ['20261124', '2026-11-24'],
    ['Nov 24, 2026', '2026-11-24'],
    ['Nov. 24, 2026', '2026-11-24'],
    ['nov 24 2026', '2026-11-24'],
    ['November 24 2026', '2026-11-24'],
    ['NOVEMBER 24, 2026', '2026-11-24'],
    ['Sept 9, 2026', '2026-09-09'],
    ['November 24th, 2026', '2026-11-24'],
    ['24 Nov 2026', '2026-11-24'],
    ['24 november 2026', '2026-11-24'],
    ['24-NOV-2026', '2026-11-24'],
    ['  11/24/2026  ', '2026-11-24'],
    ['02/29/2028', '2028-02-29'],
    ['12/31/2026', '2026-12-31'],
  ])('reads %j as %s', (input, iso) => {
    expect(parseDate(input)).toEqual({ ok: true, value: iso, warnings: [] });
  });

  it('reads numeric dates month first, as a US desk writes them', () => {
    expect(parseDate('05/06/2026')).toMatchObject({ ok: true, value: '2026-05-06' });
  });

  it.each([
    [
      '02/30/2026',
      'There is no February 30 in 2026: February 2026 has 28 days. Check the day on the document, and enter the date as MM/DD/YYYY, like 11/24/2026',
    ],
    ['02/29/2026', /^There is no February 29 in 2026: February 2026 has 28 days/],
    ['04/31/2026', /^There is no April 31 in 2026: April 2026 has 30 days/],
    ['2026-02-30', /^There is no February 30 in 2026/],
    ['Feb 30, 2026', /^There is no February 30 in 2026/],
    ['00/10/2026', /^There is no month 0: check the month/],
    [
      '13/13/2026',
      'There is no month 13: check the month, and enter the date as MM/DD/YYYY, like 11/24/2026',
    ],
    ['2026-13-01', /^There is no month 13/],
    [
      '24/11/2026',
      'There is no month 24: the month comes first, so enter the date as MM/DD/YYYY, like 11/24/2026',
    ],
    ['11/24/1850', /^The year 1850 cannot be right: check it/],
    ['Novembr 24 2026', /^“Novembr” is not a month: write the month as Nov or November/],
  ])('refuses the impossible %j saying why', (input, message) => {
    const parsed = parseDate(input);
    if (typeof message === 'string') expect(parsed).toEqual({ ok: false, error: message });
    else expect(parsed).toEqual({ ok: false, error: expect.stringMatching(message) as string });
  });

  it.each([
    ['11/30', 'Add the year: enter the date as MM/DD/YYYY, like 11/30/2026'],
    ['11/30/', 'Add the year: enter the date as MM/DD/YYYY, like 11/30/2026'],
    ['1/5', 'Add the year: enter the date as MM/DD/YYYY, like 01/05/2026'],
    ['14/40', 'Add the year: enter the date as MM/DD/YYYY, like 11/24/2026'],
    ['11/30/202', 'The year needs 4 digits (or 2): enter the date as MM/DD/YYYY, like 11/30/2026'],
    ['11/30/2', 'The year needs 4 digits (or 2): enter the date as MM/DD/YYYY, like 11/30/2026'],
    ['11', 'Add the day and the year: enter the date as MM/DD/YYYY, like 11/24/2026'],
    ['11/', 'Add the day and the year: enter the date as MM/DD/YYYY, like 11/24/2026'],
    ['2026-11', 'Add the day: enter the date as MM/DD/YYYY, like 11/24/2026, or as 2026-11-24'],
    ['Nov 24', 'Add the year: enter the date like Nov 24, 2026, or as MM/DD/YYYY'],
    ['24 Nov', 'Add the year: enter the date like 24 Nov 2026, or as MM/DD/YYYY'],
    ['November 2026', 'Add the day: enter the date like Nov 24, 2026, or as MM/DD/YYYY'],
    [
      '1124',
      'Write the date with slashes, as MM/DD/YYYY, like 11/24/2026 (or as 8 digits, year first: 20261124)',
    ],
    ['11/24/2026 10:15 AM', 'Remove the time: enter only the date, as MM/DD/YYYY, like 11/24/2026'],
    ['', 'Enter the date as MM/DD/YYYY, like 11/24/2026'],
    ['   ', 'Enter the date as MM/DD/YYYY, like 11/24/2026'],
    ['tomorrow', '“tomorrow” is not a date this reads: enter it as MM/DD/YYYY, like 11/24/2026'],
  ])('tells how to finish the half-typed %j', (input, message) => {
    expect(parseDate(input)).toEqual({ ok: false, error: message });
  });

  it('never answers with a bare "invalid", whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (input) => {
        const parsed = parseDate(input);
        if (!parsed.ok) {
          expect(parsed.error).not.toMatch(/^invalid/i);
          expect(parsed.error).toMatch(/enter|check|add|write|remove/i);
        }
      }),
    );
  });

  it('gives back the same date for its own value and for the US form of it', () => {
    const day = fc.date({
      min: new Date('1900-01-01'),
      max: new Date('2099-12-31'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parseDate(iso)).toMatchObject({ ok: true, value: iso });
        expect(parseDate(formatUsDate(iso))).toMatchObject({ ok: true, value: iso });
      }),
    );
  });
});

describe('formatUsDate', () => {
  it.each([
    ['2026-11-24', '11/24/2026'],
    ['2026-01-05', '01/05/2026'],
    ['2028-02-29', '02/29/2028'],
    ['2026-02-30', '2026-02-30'],
    ['11/24/2026', '11/24/2026'],
    ['', ''],
    ['not a date', 'not a date'],
  ])('writes %j as %j', (iso, us) => {
    expect(formatUsDate(iso)).toBe(us);
  });
});

describe('readDate and the order of numeric dates', () => {
  it.each([
    ['05/06/2026', { monthFirst: '2026-05-06', dayFirst: '2026-06-05' }, true, undefined],
    ['11/24/2026', { monthFirst: '2026-11-24' }, false, 'monthFirst'],
    ['24/11/2026', { dayFirst: '2026-11-24' }, false, 'dayFirst'],
    ['05/05/2026', { monthFirst: '2026-05-05', dayFirst: '2026-05-05' }, false, undefined],
    ['2026-05-06', { monthFirst: '2026-05-06', dayFirst: '2026-05-06' }, false, undefined],
    ['May 6, 2026', { monthFirst: '2026-05-06', dayFirst: '2026-05-06' }, false, undefined],
    ['20260506', { monthFirst: '2026-05-06', dayFirst: '2026-05-06' }, false, undefined],
  ] as const)('%s reads as %j', (input, readings, ambiguous, order) => {
    const read = readDate(input);
    expect(read).toEqual({ ok: true, value: readings, warnings: [] });
    if (!read.ok) return;
    expect(isAmbiguous(read.value)).toBe(ambiguous);
    expect(provenOrder(read.value)).toBe(order);
  });

  it('refuses a numeric date that is impossible both ways', () => {
    expect(readDate('13/13/2026')).toMatchObject({ ok: false });
    expect(readDate('02/30/2026')).toMatchObject({ ok: false });
  });

  it('says a date in words for a message', () => {
    expect(describeDate('2026-06-05')).toBe('June 5, 2026');
    expect(describeDate('2026-02-30')).toBe('2026-02-30');
  });
});

describe('findDates', () => {
  it('finds the date of an ISO date and time, and the time after it', () => {
    const [date] = findDates('2026-11-20T10:15:00Z');
    expect(date).toMatchObject({ index: 0, text: '2026-11-20' });
    expect(timeLength('T10:15:00Z')).toBe('T10:15:00Z'.length);
    expect(findDates('2026-11-20TX')).toEqual([]);
  });

  it('finds every date in a text, with where it starts', () => {
    const text =
      'D/TSENT 11-20-2026-1015AM, DD Nov 24, 2026; 24 Nov 2026 TN 214-555-0101 N12345678 20261124';
    expect(findDates(text).map(({ index, text: found }) => [index, found])).toEqual([
      [8, '11-20-2026'],
      [30, 'Nov 24, 2026'],
      [44, '24 Nov 2026'],
      [82, '20261124'],
    ]);
  });

  it('keeps an impossible date as a failure, so the reader can say why', () => {
    expect(findDates('DD 02/30/2026')).toEqual([
      { index: 3, text: '02/30/2026', readings: expect.objectContaining({ ok: false }) as object },
    ]);
  });

  it('does not take telephone numbers, circuit IDs or orders for dates', () => {
    expect(findDates('214-555-0101 (214) 555-0101 73/HCGS/123456/000/NE N12345678')).toEqual([]);
  });

  it('measures a time of day after a date', () => {
    expect(timeLength(' 10:15 AM')).toBe(9);
    expect(timeLength('-1015AM')).toBe(7);
    expect(timeLength('T10:15:00Z')).toBe(10);
    expect(timeLength(' 10:15 CST')).toBe(10);
    expect(timeLength(' at 2:15 p.m.')).toBe(13);
    expect(timeLength(' please')).toBe(0);
  });
});
