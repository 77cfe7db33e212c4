/*
 * Wall-clock time in a named time zone, read from the platform's time-zone data (Intl), so that
 * daylight-saving changes come from the same tables the operating system uses and no offset is
 * ever written into the app. Instants are milliseconds since 1970 (UTC), as Date.now() gives them.
 */

/** A calendar day, month 1 to 12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What a clock in the zone shows at an instant; weekday 0 is Sunday. */
export interface ZonedParts extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const WEEKDAYS: Readonly<Record<string, number>> = {
  Sun: 0,
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
};

/** Formatters are costly to create and the clock asks the same ones again and again. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The platform's formatter for a zone; each `kind` stands for one set of options. */
export function zoneFormatter(
  timeZone: string,
  kind: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

const PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  weekday: 'short',
};

/** What a formatter shows at an instant, by part: { month: '12', dayPeriod: 'PM', ... }. */
export function partsAt(formatter: Intl.DateTimeFormat, instant: number): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

const partsFormatter = (timeZone: string) => zoneFormatter(timeZone, 'parts', PARTS);

/** True when the platform knows the zone, like "America/Chicago". */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const values = partsAt(partsFormatter(timeZone), instant);
  const number = (type: string) => Number(values[type] ?? 0);
  return {
    year: number('year'),
    month: number('month'),
    day: number('day'),
    hour: number('hour'),
    minute: number('minute'),
    second: number('second'),
    weekday: WEEKDAYS[values.weekday ?? ''] ?? 0,
  };
}

/** How far the zone's clock is ahead of UTC at an instant (negative in the Americas). */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return shown - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a clock in the zone shows `minuteOfDay` minutes after midnight on `date`. A time
 * skipped when the clocks go forward (2:30 am on the spring change) is read as the clock would be
 * set by someone who missed the change, one hour later (3:30 am daylight time); a time shown twice
 * when they go back is the first of the two. These are the rules calendar programs follow.
 */
export function zonedInstant(date: CalendarDate, minuteOfDay: number, timeZone: string): number {
  const local = Date.UTC(date.year, date.month - 1, date.day, 0, minuteOfDay);
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const fits = [before, after]
    .map((offset) => local - offset)
    .filter((instant) => local - offsetAt(instant, timeZone) === instant);
  return fits.length > 0 ? Math.min(...fits) : local - before;
}

/** The day in the zone at an instant. */
export function zonedDate(instant: number, timeZone: string): CalendarDate {
  const { year, month, day } = zonedParts(instant, timeZone);
  return { year, month, day };
}

/** The calendar day `days` after `date` (time zones play no part in counting days). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** Sunday is 0. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** YYYY-MM-DD, as holidays are listed. */
export function isoDateOf(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
