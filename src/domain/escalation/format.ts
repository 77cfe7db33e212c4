import { DAY_MS, HOUR_MS, MINUTE_MS, partsAt, zoneFormatter } from './zoned.ts';

/*
 * Times and durations as the desk-ready report writes them: MM/DD/YYYY, a 12-hour clock and the
 * zone's short name ("12/04/2026 3:00 PM CST"), built from the platform's parts so no special
 * space the platform may put before "PM" ever reaches a pasted text.
 */

const DISPLAY: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZoneName: 'short',
};

/** "12/04/2026 3:00 PM CST" in the given zone. */
export function formatInstant(instant: number, timeZone: string): string {
  const { month, day, year, hour, minute, dayPeriod, timeZoneName } = partsAt(
    zoneFormatter(timeZone, 'display', DISPLAY),
    instant,
  );
  return `${month}/${day}/${year} ${hour}:${minute} ${dayPeriod} ${timeZoneName}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "2 days 3 hours", "4 hours 15 minutes", "45 minutes": the two largest units, rounded down. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / MINUTE_MS));
  const days = Math.floor(total / (DAY_MS / MINUTE_MS));
  const hours = Math.floor((total % (DAY_MS / MINUTE_MS)) / (HOUR_MS / MINUTE_MS));
  const minutes = total % (HOUR_MS / MINUTE_MS);
  const [larger, smaller] =
    days > 0
      ? [plural(days, 'day'), hours > 0 ? plural(hours, 'hour') : '']
      : hours > 0
        ? [plural(hours, 'hour'), minutes > 0 ? plural(minutes, 'minute') : '']
        : [plural(minutes, 'minute'), ''];
  return smaller ? `${larger} ${smaller}` : larger;
}

/** Text the user typed, on one line: its line breaks become " / ". */
export function oneLine(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' / ');
}
