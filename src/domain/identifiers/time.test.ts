import { describe, expect, it } from 'vitest';
import { formatTime, parseTime } from './time.ts';

describe('parseTime', () => {
  it.each([
    ['9:30', '09:30'],
    ['9:30 am', '09:30'],
    ['09:30am', '09:30'],
    ['9.30pm', '21:30'],
    ['  7:05  P.M. ', '19:05'],
    ['12:30 a.m.', '00:30'],
    ['12 am', '00:00'],
    ['12:00 PM', '12:00'],
    ['9pm', '21:00'],
    ['9', '09:00'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['0:15', '00:15'],
    ['21:30', '21:30'],
    ['23:59', '23:59'],
  ])('reads %j as %s (24-hour HH:MM)', (input, expected) => {
    expect(parseTime(input)).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it.each([
    ['21:30 pm', /^With AM or PM the hour is 1 to 12: check the time, like 9:30 AM or 21:30$/],
    ['0 am', /^With AM or PM the hour is 1 to 12/],
    ['13pm', /^With AM or PM the hour is 1 to 12/],
    ['9:60', /^Minutes go up to 59: check the time/],
    ['24:00', /^Hours go up to 23: check the time/],
    ['noon', /^Enter the time as hours and minutes, like 9:30 AM or 21:30$/],
    ['9:3', /^Enter the time as hours and minutes/],
    ['9:30:15', /^Enter the time as hours and minutes/],
    ['', /^Enter the time as hours and minutes/],
  ])('refuses %j saying how to fix it', (input, message) => {
    expect(parseTime(input)).toEqual({
      ok: false,
      error: expect.stringMatching(message) as string,
    });
  });
});

describe('formatTime', () => {
  it.each([
    ['00:00', '12:00 AM'],
    ['00:15', '12:15 AM'],
    ['09:05', '9:05 AM'],
    ['12:00', '12:00 PM'],
    ['13:00', '1:00 PM'],
    ['23:59', '11:59 PM'],
  ])('shows %s as %s', (hhmm, shown) => {
    expect(formatTime(hhmm)).toBe(shown);
  });

  it.each(['9:30', 'abc', ''])('returns %j unchanged: it is not HH:MM', (text) => {
    expect(formatTime(text)).toBe(text);
  });

  it('round-trips every minute of the day through parseTime', () => {
    for (let minute = 0; minute < 24 * 60; minute++) {
      const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      expect(parseTime(formatTime(hhmm))).toEqual({ ok: true, value: hhmm, warnings: [] });
    }
  });
});
