import { DAY_MS, HOUR_MS, MINUTE_MS } from './zoned.ts';

/*
 * Times and durations as the desk-ready report writes them: MM/DD/YYYY, a 12-hour clock and the
 * zone's short name ("12/04/2026 3:00 PM CST"), built from the platform's parts so no special
 * space the platform may put before "PM" ever reaches a pasted text.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let known = formatters.get(timeZone);
  if (!known) {
    known = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
      timeZoneName: 'short',
    });
    formatters.set(timeZone, known);
  }
  return known;
}

/** "12/04/2026 3:00 PM CST" in the given zone. */
export function formatInstant(instant: number, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const { month, day, year, hour, minute, dayPeriod, timeZoneName } = parts;
  return `${month}/${day}/${year} ${hour}:${minute} ${dayPeriod} ${timeZoneName}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "2 days 3 hours", "4 hours 15 minutes", "45 minutes": the two largest units, rounded down. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / MINUTE_MS));
  const days = Math.floor(total / (DAY_MS / MINUTE_MS));
  const hours = Math.floor((total % (DAY_MS / MINUTE_MS)) / (HOUR_MS / MINUTE_MS));
  const minutes = total % (HOUR_MS / MINUTE_MS);
  if (days > 0)
    return hours > 0 ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours > 0)
    return minutes > 0
      ? `${plural(hours, 'hour')} ${plural(minutes, 'minute')}`
      : plural(hours, 'hour');
  return plural(minutes, 'minute');
}

/** Typographic punctuation some mail and ticket systems mangle; letters typed are kept. */
const ASCII_PUNCTUATION: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
};

/** The text with plain ASCII quotes, dashes and dots, as the desk-ready report writes them. */
export function asciiPunctuation(text: string): string {
  return text.replace(/[‘’“”–—…]/gu, (c) => ASCII_PUNCTUATION[c] ?? c);
}

/** Text the user typed, on one line: its line breaks become " / ". */
export function oneLine(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' / ');
}
