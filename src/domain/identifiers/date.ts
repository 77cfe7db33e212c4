import { fail, ok, type Parsed } from './result.ts';

/*
 * Calendar dates in the forms a US desk meets: 2026-11-24, 11/24/2026, 11/24/26, 11-24-2026,
 * 20261124, Nov 24, 2026, November 24 2026 and 24 Nov 2026. A wizard field reads numeric dates
 * month first (US order); a pasted document may come from elsewhere, so the lower-level
 * readDate() also gives the day-first reading and lets the caller decide.
 */

/** Both ways of reading a date; equal when the order does not matter (ISO, month names). */
export interface DateReadings {
  /** ISO YYYY-MM-DD read month first, when that is a real date. */
  readonly monthFirst?: string;
  /** ISO YYYY-MM-DD read day first, when that is a real date. */
  readonly dayFirst?: string;
}

export type DateOrder = 'monthFirst' | 'dayFirst';

/** A date written in a longer text: where it starts, as written, and how it reads. */
export interface DateInText {
  readonly index: number;
  readonly text: string;
  readonly readings: Parsed<DateReadings>;
}

const FORMAT = 'MM/DD/YYYY';
/** Only fills in examples; the parser never looks at the clock. */
const EXAMPLE_YEAR = 2026;
const EXAMPLE = `like 11/24/${EXAMPLE_YEAR}`;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((name, i) => {
    const lower = name.toLowerCase();
    return [lower, lower.slice(0, 3), ...(lower === 'september' ? ['sept'] : [])].map(
      (word) => [word, i + 1] as const,
    );
  }),
);

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])`;
const ORDINAL = '(?:st|nd|rd|th)?';
const DATE_SHAPES = [
  String.raw`\d{4}-\d{1,2}-\d{1,2}`,
  String.raw`\d{4}/\d{1,2}/\d{1,2}`,
  String.raw`(?:19|20)\d{6}`,
  String.raw`\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})`,
  String.raw`\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})`,
  String.raw`\d{1,2}\.\d{1,2}\.\d{4}`,
  String.raw`${MONTH}[ \t-]+\d{1,2}${ORDINAL},?[ \t-]+\d{4}`,
  String.raw`\d{1,2}${ORDINAL}[ \t-]+${MONTH},?[ \t-]+\d{4}`,
];
/**
 * A date inside a text: not glued to letters or digits around it, except the "T" of an ISO
 * date and time (2026-11-20T10:15:00Z).
 */
const DATE_IN_TEXT = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:${DATE_SHAPES.join('|')})(?:(?![A-Za-z0-9])|(?=T\d{2}:?\d{2}))`,
  'gi',
);

const YEAR_FIRST = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const NAME_FIRST = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/i;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})$/i;
const TIME_AFTER =
  /^[\sT,-]*(?:at\s+)?\d{1,2}(?::?\d{2}){1,2}(?:\.\d+)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[ecmp][sd]?t|utc|gmt|z|[+-]\d{2}:?\d{2})(?![a-z]))?/i;

/** A date typed in a wizard field: month first, the value is ISO YYYY-MM-DD. */
export function parseDate(input: string): Parsed<string> {
  const text = input.trim();
  if (text === '') return fail(`Enter the date as ${FORMAT}, ${EXAMPLE}`);
  const read = readDate(text);
  if (!read.ok) return fail(halfTypedProblem(text) ?? read.error);
  const { monthFirst, dayFirst } = read.value;
  if (monthFirst !== undefined) return ok(monthFirst);
  const month = Number(/^\d+/.exec(text)?.[0]);
  return fail(
    `There is no month ${month}: the month comes first, so enter the date as ${FORMAT}, like ${formatUsDate(dayFirst ?? '')}`,
  );
}

/** 2026-11-24 -> 11/24/2026; anything that is not a real ISO date comes back unchanged. */
export function formatUsDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year = '', month = '', day = ''] = match;
  return isoDate(Number(year), Number(month), Number(day)) === iso
    ? `${month}/${day}/${year}`
    : iso;
}

/**
 * Reads a whole text as one date, without choosing an order for numeric dates: 05/06/2026 gives
 * both 2026-05-06 and 2026-06-05, 11/24/2026 only 2026-11-24 (there is no month 24).
 */
export function readDate(input: string): Parsed<DateReadings> {
  const text = input.trim();
  const yearFirst = YEAR_FIRST.exec(text) ?? COMPACT.exec(text);
  if (yearFirst) {
    const [, year = '', month = '', day = ''] = yearFirst;
    return single(Number(year), Number(month), Number(day));
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, first = '', , second = '', year = ''] = numeric;
    return eitherOrder(Number(first), Number(second), fullYear(year));
  }
  const named = NAME_FIRST.exec(text);
  if (named) return namedDate(named[1] ?? '', named[2] ?? '', named[3] ?? '');
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return namedDate(dayFirst[2] ?? '', dayFirst[1] ?? '', dayFirst[3] ?? '');
  return fail(`“${shorten(text)}” is not a date this reads: enter it as ${FORMAT}, ${EXAMPLE}`);
}

/** Every date written in a text, in order; impossible ones (02/30/2026) are kept, as failures. */
export function findDates(text: string): DateInText[] {
  const dates: DateInText[] = [];
  // An exec() loop: matchAll() copies the pattern on every call, which costs on many short lines.
  DATE_IN_TEXT.lastIndex = 0;
  for (let match = DATE_IN_TEXT.exec(text); match; match = DATE_IN_TEXT.exec(text)) {
    dates.push({ index: match.index, text: match[0], readings: readDate(match[0]) });
  }
  return dates;
}

/** The order a date proves by being readable only one way (11/24/2026 proves month first). */
export function provenOrder(readings: DateReadings): DateOrder | undefined {
  const { monthFirst, dayFirst } = readings;
  if (monthFirst !== undefined && dayFirst === undefined) return 'monthFirst';
  if (dayFirst !== undefined && monthFirst === undefined) return 'dayFirst';
  return undefined;
}

/** True when a date reads as two different days, like 05/06/2026. */
export function isAmbiguous(readings: DateReadings): boolean {
  const { monthFirst, dayFirst } = readings;
  return monthFirst !== undefined && dayFirst !== undefined && monthFirst !== dayFirst;
}

/** The length of a time of day at the start of a text ("10:15 AM", "-1015AM", "T10:15:00"). */
export function timeLength(text: string): number {
  return TIME_AFTER.exec(text)?.[0].length ?? 0;
}

/** "Tuesday, November 24, 2026" for a message; anything else comes back unchanged. */
export function describeDate(iso: string): string {
  const us = formatUsDate(iso);
  if (us === iso) return iso;
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${day ?? ''}, ${year ?? ''}`;
}

function single(year: number, month: number, day: number): Parsed<DateReadings> {
  const problem = impossible(year, month, day);
  if (problem) return fail(problem);
  const iso = isoDate(year, month, day) ?? '';
  return ok({ monthFirst: iso, dayFirst: iso });
}

function eitherOrder(first: number, second: number, year: number): Parsed<DateReadings> {
  const monthFirst = isoDate(year, first, second);
  const dayFirst = isoDate(year, second, first);
  if (monthFirst === undefined && dayFirst === undefined) {
    return fail(impossible(year, first, second) ?? `Enter the date as ${FORMAT}, ${EXAMPLE}`);
  }
  return ok({
    ...(monthFirst === undefined ? {} : { monthFirst }),
    ...(dayFirst === undefined ? {} : { dayFirst }),
  });
}

function namedDate(monthWord: string, day: string, year: string): Parsed<DateReadings> {
  const month = MONTH_WORDS.get(monthWord.toLowerCase());
  if (month === undefined) {
    return fail(
      `“${shorten(monthWord)}” is not a month: write the month as Nov or November, or enter the date as ${FORMAT}, ${EXAMPLE}`,
    );
  }
  return single(Number(year), month, Number(day));
}

/** Two-digit years are this century's: 26 is 2026. */
function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (impossible(year, month, day)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

function impossible(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2099) {
    return `The year ${year} cannot be right: check it, and enter the date as ${FORMAT}, ${EXAMPLE}`;
  }
  if (month < 1 || month > 12) {
    return `There is no month ${month}: check the month, and enter the date as ${FORMAT}, ${EXAMPLE}`;
  }
  const days = daysIn(year, month);
  if (day < 1 || day > days) {
    const name = MONTHS[month - 1] ?? '';
    return `There is no ${name} ${day} in ${year}: ${name} ${year} has ${days} days. Check the day on the document, and enter the date as ${FORMAT}, ${EXAMPLE}`;
  }
  return undefined;
}

type HalfTyped = readonly [RegExp, (match: RegExpExecArray) => string];

/** What a date typed only in part lacks, said with the user's own numbers where they fit. */
const HALF_TYPED: readonly HalfTyped[] = [
  [
    /^(\d{1,2})[/.-](\d{1,2})[/.-]?$/,
    ([, month = '', day = '']) =>
      `Add the year: enter the date as ${FORMAT}, like ${exampleWith(month, day)}`,
  ],
  [
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d|\d{3})$/,
    ([, month = '', day = '']) =>
      `The year needs 4 digits (or 2): enter the date as ${FORMAT}, like ${exampleWith(month, day)}`,
  ],
  [/^\d{1,2}[/.-]?$/, () => `Add the day and the year: enter the date as ${FORMAT}, ${EXAMPLE}`],
  [
    /^\d{4}[-/]\d{1,2}[-/]?$/,
    () => `Add the day: enter the date as ${FORMAT}, ${EXAMPLE}, or as ${EXAMPLE_YEAR}-11-24`,
  ],
  [
    new RegExp(String.raw`^${MONTH}[\s-]+\d{1,2}${ORDINAL},?$`, 'i'),
    () => `Add the year: enter the date like Nov 24, ${EXAMPLE_YEAR}, or as ${FORMAT}`,
  ],
  [
    new RegExp(String.raw`^\d{1,2}${ORDINAL}[\s-]+${MONTH}$`, 'i'),
    () => `Add the year: enter the date like 24 Nov ${EXAMPLE_YEAR}, or as ${FORMAT}`,
  ],
  [
    new RegExp(String.raw`^${MONTH},?[\s-]+\d{4}$`, 'i'),
    () => `Add the day: enter the date like Nov 24, ${EXAMPLE_YEAR}, or as ${FORMAT}`,
  ],
  [
    /^\d+$/,
    () =>
      `Write the date with slashes, as ${FORMAT}, ${EXAMPLE} (or as 8 digits, year first: ${EXAMPLE_YEAR}1124)`,
  ],
];

function halfTypedProblem(text: string): string | undefined {
  for (const [shape, message] of HALF_TYPED) {
    const match = shape.exec(text);
    if (match) return message(match);
  }
  const date = findDates(text)[0];
  if (date?.index === 0 && date.readings.ok && timeLength(text.slice(date.text.length)) > 0) {
    return `Remove the time: enter only the date, as ${FORMAT}, ${EXAMPLE}`;
  }
  return undefined;
}

/** 11 and 30 -> "11/30/2026"; numbers that cannot be a month and day give the plain example. */
function exampleWith(month: string, day: string): string {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysIn(EXAMPLE_YEAR, m)) return `11/24/${EXAMPLE_YEAR}`;
  return `${month.padStart(2, '0')}/${day.padStart(2, '0')}/${EXAMPLE_YEAR}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
