import { z } from 'zod';
import type { CenterHours, OpeningWindow } from './hours.ts';
import {
  addDays,
  DAY_MS,
  MINUTE_MS,
  isoDateOf,
  weekdayOf,
  zonedDate,
  zonedInstant,
  zonedParts,
  type CalendarDate,
} from './zoned.ts';

/*
 * Time counted in a center's hours: when it is open, how much open time lies between two
 * instants, and when a number of business hours or business days runs out. Holidays are the
 * organisation's list of days the centers with set hours are closed, read in the center's own
 * time zone. A center open 24 hours, 7 days answers on holidays too, so its time is all open.
 */

export const HolidaySchema = z.strictObject({
  date: z.iso.date({
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a date: write the holiday as YYYY-MM-DD, like 2026-12-25`,
  }),
  name: z
    .string({ error: 'Enter the holiday\'s name, like "Christmas Day"' })
    .regex(/\S/u, 'Enter the holiday\'s name, like "Christmas Day" (this one is blank)'),
});
export type Holiday = z.infer<typeof HolidaySchema>;

export interface BusinessCalendar {
  readonly hours: CenterHours;
  /** YYYY-MM-DD. */
  readonly holidays: ReadonlySet<string>;
}

export function businessCalendar(
  hours: CenterHours,
  holidays: readonly Holiday[] = [],
): BusinessCalendar {
  return { hours, holidays: new Set(holidays.map((holiday) => holiday.date)) };
}

/** The window the center keeps on a day, unless the day is a holiday. */
function windowOn(calendar: BusinessCalendar, date: CalendarDate): OpeningWindow | undefined {
  const { hours } = calendar;
  if (hours.kind !== 'weekly' || calendar.holidays.has(isoDateOf(date))) return undefined;
  const weekday = weekdayOf(date);
  return hours.windows.find((window) => window.days.includes(weekday));
}

/** An open span of time, [start, end) in instants. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly date: CalendarDate;
}

/**
 * The center's open spans that end after `from`, in order, without end. A weekly center opens on
 * at least one weekday and the holiday list is finite, so every call to next() finds a span.
 */
function* openSpans(calendar: BusinessCalendar, from: number): Generator<Span, never> {
  const { hours } = calendar;
  if (hours.kind !== 'weekly') throw new Error('A center open all the time has no spans');
  for (let date = zonedDate(from, hours.timeZone); ; date = addDays(date, 1)) {
    const window = windowOn(calendar, date);
    if (!window) continue;
    const start = zonedInstant(date, window.opens, hours.timeZone);
    const end = zonedInstant(date, window.closes, hours.timeZone);
    if (end > from) yield { start, end, date };
  }
}

function firstSpan(calendar: BusinessCalendar, from: number): Span {
  const result = openSpans(calendar, from).next();
  if (result.done) throw new Error('The open spans never end');
  return result.value;
}

/** True when the center answers at the instant. */
export function isOpen(calendar: BusinessCalendar, instant: number): boolean {
  if (calendar.hours.kind === 'always') return true;
  const span = firstSpan(calendar, instant);
  return span.start <= instant;
}

/** The instant itself when the center is open then, else the moment it next opens. */
export function nextOpen(calendar: BusinessCalendar, instant: number): number {
  if (calendar.hours.kind === 'always') return instant;
  return Math.max(instant, firstSpan(calendar, instant).start);
}

/** How much of the time from `from` to `to` the center was open, in milliseconds. */
export function businessTimeBetween(calendar: BusinessCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  if (calendar.hours.kind === 'always') return to - from;
  let total = 0;
  for (const span of openSpans(calendar, from)) {
    if (span.start >= to) break;
    total += Math.min(span.end, to) - Math.max(span.start, from);
  }
  return total;
}

/**
 * The instant `duration` milliseconds of open time after `from`. A deadline that falls exactly
 * at closing time stays there (4 business hours from 1:00 pm at a center closing at 5:00 pm is
 * 5:00 pm that day), rather than moving to the next morning.
 */
export function addBusinessTime(
  calendar: BusinessCalendar,
  from: number,
  duration: number,
): number {
  if (calendar.hours.kind === 'always') return from + duration;
  let remaining = duration;
  for (const span of openSpans(calendar, from)) {
    const start = Math.max(span.start, from);
    if (span.end - start >= remaining) return start + remaining;
    remaining -= span.end - start;
  }
  throw new Error('The open spans never end');
}

/**
 * The instant `days` business days after `from`: the same time of day on the `days`-th later day
 * the center is open, counted from the moment it is next open (or its closing time that day, if
 * it closes earlier). From Friday 10:00 am, 1 business day is Monday 10:00 am; from Friday
 * 6:00 pm, after closing, it is Tuesday at opening, the same open time as Monday at closing.
 */
export function addBusinessDays(calendar: BusinessCalendar, from: number, days: number): number {
  const { hours } = calendar;
  if (hours.kind === 'always') return from + days * DAY_MS;
  const start = nextOpen(calendar, from);
  const { hour, minute } = zonedParts(start, hours.timeZone);
  const timeOfDay = hour * 60 + minute;
  let date = zonedDate(start, hours.timeZone);
  for (let counted = 0; counted < days;) {
    date = addDays(date, 1);
    if (windowOn(calendar, date)) counted++;
  }
  const window = windowOn(calendar, date);
  const clamped = Math.min(Math.max(timeOfDay, window?.opens ?? 0), window?.closes ?? 0);
  // Time zone offsets are whole minutes, so the seconds of the start carry over unchanged.
  const seconds = clamped === timeOfDay ? start % MINUTE_MS : 0;
  return zonedInstant(date, clamped, hours.timeZone) + seconds;
}
