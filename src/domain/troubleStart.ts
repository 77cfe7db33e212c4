import type { FieldName, TimeZone } from './answers.ts';
import { formatUsDate, parseDate } from './identifiers/date.ts';
import { formatTime, parseTime } from './identifiers/time.ts';

/*
 * A trouble cannot start in the future. The start is typed as a date, a time and a time zone (the
 * one the CLEC's desk or the service is in), so "now" is read on that zone's clock, daylight
 * saving included; without a zone, on the user's own. A few minutes of slack cover a clock that
 * runs fast and a start typed as it happens.
 */

const ZONES: Record<TimeZone, string> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
  AKT: 'America/Anchorage',
  HT: 'Pacific/Honolulu',
};

const SLACK_MINUTES = 5;

/** `at` on the zone's clock, as YYYY-MM-DD and HH:MM. */
function wallClock(at: Date, zone: TimeZone | undefined): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    ...(zone ? { timeZone: ZONES[zone] } : {}),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

export interface TroubleStart {
  readonly date: string | undefined;
  readonly time: string | undefined;
  readonly timeZone: TimeZone | undefined;
}

/**
 * The problem with a trouble start later than `now`, on the field to fix; undefined when the start
 * is not in the future, or not typed in a form this can read (the format checks say so).
 */
export function futureStartIssue(
  start: TroubleStart,
  now: Date,
): { readonly field: FieldName; readonly message: string } | undefined {
  const date = start.date?.trim() ? parseDate(start.date) : undefined;
  if (!date?.ok) return undefined;
  const time = start.time?.trim() ? parseTime(start.time) : undefined;
  if (time && !time.ok) return undefined;
  const soon = new Date(now.getTime() + SLACK_MINUTES * 60_000);
  const latest = wallClock(soon, start.timeZone);
  const current = wallClock(now, start.timeZone);
  const zone = start.timeZone ? ` ${start.timeZone}` : '';
  const nowSaid = `${formatUsDate(current.date)} ${formatTime(current.time)}${zone}`;
  // A date alone is today on the user's calendar or on the zone's, whichever is later: at 00:30
  // in New York, "today" is already tomorrow in the desk's eyes while the line is in Chicago.
  const lastDay = [latest.date, wallClock(soon, undefined).date].sort().at(-1) ?? latest.date;
  if (date.value > lastDay) {
    return {
      field: 'troubleStartDate',
      message: `The trouble cannot start in the future: it is ${nowSaid} now. Check the date, which is month first, like ${formatUsDate(current.date)}`,
    };
  }
  if (time?.ok && date.value === latest.date && time.value > latest.time) {
    return {
      field: 'troubleStartTime',
      message: `The trouble cannot start in the future: it is ${nowSaid} now. Check the time and the time zone`,
    };
  }
  return undefined;
}
