import { parseTime } from '../identifiers/time.ts';
import { fail, ok, type Parsed } from '../identifiers/result.ts';

/*
 * A center's hours, machine-read from the `hours` text of the Center Contacts list. Only forms
 * that can be read one way are accepted: "Monday to Friday, 8:00 am to 5:00 pm CT", "Mon-Fri
 * 8am-5pm ET", "24 hours, 7 days", and several day ranges joined by ";". Anything else is reported
 * as unreadable with the form to use; the clock never guesses a center's hours or its time zone.
 */

/** The example every message ends with. */
export const HOURS_EXAMPLE = '"Monday to Friday, 8:00 am to 5:00 pm CT" or "24 hours, 7 days"';

/** Opening hours on some days of the week; minutes after midnight, closing after opening. */
export interface OpeningWindow {
  /** Weekdays, Sunday 0 to Saturday 6. */
  readonly days: readonly number[];
  readonly opens: number;
  readonly closes: number;
}

export type CenterHours =
  | { readonly kind: 'always' }
  | {
      readonly kind: 'weekly';
      /** The platform's name of the zone, like "America/Chicago". */
      readonly timeZone: string;
      /** The zone as the list writes it, like "CT". */
      readonly zone: string;
      readonly windows: readonly OpeningWindow[];
    };

/** US zone names as desks write them; the platform supplies their daylight-saving rules. */
const ZONES: readonly (readonly [RegExp, string, string])[] = [
  [/^(?:ET|EST|EDT|eastern(?: time)?)$/i, 'ET', 'America/New_York'],
  [/^(?:CT|CST|CDT|central(?: time)?)$/i, 'CT', 'America/Chicago'],
  [/^(?:MT|MST|MDT|mountain(?: time)?)$/i, 'MT', 'America/Denver'],
  [/^(?:PT|PST|PDT|pacific(?: time)?)$/i, 'PT', 'America/Los_Angeles'],
  [/^(?:AKT|AKST|AKDT|alaska(?: time)?)$/i, 'AKT', 'America/Anchorage'],
  [/^(?:HT|HST|hawaii(?: time)?)$/i, 'HT', 'Pacific/Honolulu'],
];

const ALWAYS =
  /^(?:24 ?hours?,? (?:a day,? )?7 days(?: a week)?|24 ?\/ ?7|24 ?x ?7|open 24 hours,? 7 days(?: a week)?)$/i;

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function dayNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  if (lower.length < 3) return undefined;
  const index = DAY_NAMES.findIndex((name) => name.startsWith(lower));
  return index === -1 ? undefined : index;
}

/** Days from the first to the last, wrapping past Saturday: "Friday to Monday" is 5, 6, 0, 1. */
function dayRange(first: number, last: number): number[] {
  const days = [first];
  for (let day = first; day !== last;) {
    day = (day + 1) % 7;
    days.push(day);
  }
  return days;
}

const EVERY_DAY = /^(?:daily|every day|7 days(?: a week)?)$/i;
const WEEKDAYS = /^(?:weekdays|business days)$/i;
const RANGE = /^([a-z]+\.?)\s*(?:to|through|thru|-)\s*([a-z]+\.?)$/i;

function readDays(text: string): Parsed<number[]> {
  if (EVERY_DAY.test(text)) return ok(dayRange(0, 6));
  if (WEEKDAYS.test(text)) return ok(dayRange(1, 5));
  const range = RANGE.exec(text);
  const first = range ? dayNumber(range[1] ?? '') : dayNumber(text);
  const last = range ? dayNumber(range[2] ?? '') : first;
  if (first === undefined || last === undefined) {
    return fail(`"${text}" are not days the clock reads: write them like "Monday to Friday"`);
  }
  return ok(dayRange(first, last));
}

/** A time with am or pm, or a 24-hour time with minutes; "8" alone could be morning or evening. */
function readTime(text: string): Parsed<number> {
  const spoken = text.toLowerCase();
  const word = spoken === 'noon' ? '12:00' : spoken === 'midnight' ? '00:00' : text;
  if (!/[ap]\.?m\.?$/iu.test(word) && !/^\d{1,2}:\d{2}$/u.test(word)) {
    return fail(
      `Add am or pm to "${text}", like "8:00 am", or write it as 24-hour time, like 17:00`,
    );
  }
  const parsed = parseTime(word);
  if (!parsed.ok) return fail(`"${text}": ${parsed.error}`);
  const [hours = 0, minutes = 0] = parsed.value.split(':').map(Number);
  return ok(hours * 60 + minutes);
}

const TIME = String.raw`(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}|noon|midnight|\d{1,2})`;
const TIMES_AND_ZONE = String.raw`${TIME}\s*(?:to|until|till|-)\s*${TIME}(?:\s+[a-z][a-z ]*)?`;
/** "8:00 am to 5:00 pm", then the zone, if any. */
const TIMES = new RegExp(
  String.raw`^(${TIME})\s*(?:to|until|till|-)\s*(${TIME})(?:\s+([a-z][a-z ]*))?$`,
  'i',
);
/** "Monday to Friday, 8:00 am to 5:00 pm CT" or "Mon-Fri 8am-5pm ET". */
const DAYS_THEN_TIMES = new RegExp(String.raw`^(.+?),?\s+(${TIMES_AND_ZONE})$`, 'i');
/** "8:00 am to 5:00 pm CT, Monday to Friday": the comma is needed to tell the zone from the days. */
const TIMES_THEN_DAYS = new RegExp(String.raw`^(${TIMES_AND_ZONE}),\s*(.+)$`, 'i');

interface Segment {
  readonly window: OpeningWindow;
  readonly zone?: string;
}

/** One "days, times zone" (or "times zone, days") part of the text. */
function readSegment(text: string): Parsed<Segment> {
  const daysFirst = DAYS_THEN_TIMES.exec(text);
  const timesFirst = daysFirst ? undefined : TIMES_THEN_DAYS.exec(text);
  const daysText = daysFirst?.[1] ?? timesFirst?.[2];
  const timesText = daysFirst?.[2] ?? timesFirst?.[1];
  if (daysText === undefined || timesText === undefined) {
    return fail(`"${text}" does not say the days and the times: write it like ${HOURS_EXAMPLE}`);
  }
  const days = readDays(daysText.trim());
  if (!days.ok) return days;
  const [, opensText = '', closesText = '', zone] = TIMES.exec(timesText) ?? [];
  const opens = readTime(opensText);
  if (!opens.ok) return opens;
  const closes = readTime(closesText);
  if (!closes.ok) return closes;
  // Midnight as a closing time is the end of the day.
  const closing = closes.value === 0 ? 24 * 60 : closes.value;
  if (closing <= opens.value) {
    return fail(
      `"${timesText}" closes before it opens: check am and pm (hours past midnight are not read; write them as two ranges of days)`,
    );
  }
  const window = { days: days.value, opens: opens.value, closes: closing };
  return ok(zone ? { window, zone: zone.trim() } : { window });
}

function zoneOf(written: string): Parsed<readonly [string, string]> {
  for (const [pattern, label, timeZone] of ZONES) {
    if (pattern.test(written)) return ok([label, timeZone] as const);
  }
  return fail(
    `"${written}" is not a time zone the clock reads: use ET, CT, MT or PT, like ${HOURS_EXAMPLE}`,
  );
}

/** Reads a center's `hours`; the error says what to write instead. */
export function parseCenterHours(input: string): Parsed<CenterHours> {
  const text = input.trim().replace(/[–—]/gu, '-').replace(/\s+/gu, ' ').replace(/\.$/u, '');
  if (text === '') return fail(`Enter the center's hours, like ${HOURS_EXAMPLE}`);
  if (ALWAYS.test(text)) return ok({ kind: 'always' });
  const segments: Segment[] = [];
  for (const part of text.split(/\s*;\s*/u).filter(Boolean)) {
    const segment = readSegment(part);
    if (!segment.ok) return segment;
    segments.push(segment.value);
  }
  const zones = new Set(segments.flatMap((s) => (s.zone ? [s.zone.toUpperCase()] : [])));
  const [written] = zones;
  if (written === undefined) {
    return fail(
      `Add the time zone at the end, like ${HOURS_EXAMPLE}: the clock does not guess which zone the center means`,
    );
  }
  const zone = zoneOf(written);
  if (!zone.ok) return zone;
  const others = [...zones].filter((other) => {
    const read = zoneOf(other);
    return !read.ok || read.value[1] !== zone.value[1];
  });
  if (others.length > 0) {
    return fail('The hours name more than one time zone: write all of them in the same zone');
  }
  const seen = new Set<number>();
  for (const { window } of segments) {
    for (const day of window.days) {
      if (seen.has(day)) {
        return fail(
          `${DAY_NAMES[day]?.replace(/^./u, (c) => c.toUpperCase()) ?? 'A day'} is listed twice: give each day one range of hours`,
        );
      }
      seen.add(day);
    }
  }
  const [label, timeZone] = zone.value;
  return ok({ kind: 'weekly', timeZone, zone: label, windows: segments.map((s) => s.window) });
}
