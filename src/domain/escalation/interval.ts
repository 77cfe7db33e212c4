import { fail, ok, type Parsed } from '../identifiers/result.ts';
import { addBusinessDays, addBusinessTime, type BusinessCalendar } from './calendar.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './zoned.ts';

/*
 * An interval of the organisation's escalation policy, as written in `levels[].after` of the
 * contacts list: "4 business hours", "24 hours", "2 days", "1 business day", "90 minutes". Hours
 * and days without "business" are wall-clock time; with it, they count only the center's open
 * hours (calendar.ts). AT&T publishes no such interval: each is the organisation's own choice.
 */

export const INTERVAL_EXAMPLES = '"4 business hours", "24 hours", "2 days" or "1 business day"';

export type IntervalUnit = 'minute' | 'hour' | 'day';

export interface Interval {
  readonly amount: number;
  readonly unit: IntervalUnit;
  /** True when only the center's open hours count. */
  readonly business: boolean;
}

const UNITS: readonly (readonly [RegExp, IntervalUnit])[] = [
  [/^(?:minutes?|mins?)$/i, 'minute'],
  [/^(?:hours?|hrs?)$/i, 'hour'],
  [/^days?$/i, 'day'],
];

const SHAPE = /^(?:after\s+|within\s+)?(\S+)\s*(?:(business|working)\s+)?([a-z]+)$/i;
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half)$/i;

/** How the same interval reads in a smaller whole unit, for a message about a fraction. */
function inWholeUnits(amount: number, unit: IntervalUnit, business: string): string | undefined {
  const smaller =
    unit === 'day' && !business ? ['hours', 24] : unit === 'hour' ? ['minutes', 60] : undefined;
  if (!smaller) return undefined;
  const [name, factor] = smaller as [string, number];
  const whole = amount * factor;
  return Number.isInteger(whole) ? `${whole} ${business}${name}` : undefined;
}

/** Reads an interval; the error says what to write instead. */
export function parseInterval(input: string): Parsed<Interval> {
  const text = input.trim().replace(/\s+/gu, ' ');
  if (text === '') return fail(`Enter the interval, like ${INTERVAL_EXAMPLES}`);
  if (/^\d+(?:\.\d+)?$/u.test(text)) {
    return fail(`Add the unit to "${text}": write "${text} hours" or "${text} business hours"`);
  }
  const match = SHAPE.exec(text);
  const qualifier = match ? undefined : /^\S+ ([a-z]+) [a-z]+$/i.exec(text)?.[1];
  if (qualifier) {
    return fail(
      `"${qualifier}" is not read: write "business" to count only the center's hours, or leave it out for wall-clock time, like ${INTERVAL_EXAMPLES}`,
    );
  }
  if (!match) {
    return fail(`"${text}" is not an interval the clock reads: write it like ${INTERVAL_EXAMPLES}`);
  }
  const [, number = '', business, unitWord = ''] = match;
  const unit = UNITS.find(([pattern]) => pattern.test(unitWord))?.[1];
  if (unit === undefined) {
    return fail(
      `"${unitWord}" is not a unit the clock reads: use minutes, hours or days, like ${INTERVAL_EXAMPLES}`,
    );
  }
  if (NUMBER_WORDS.test(number)) {
    return fail(`Write the number in digits: "4 hours", not "four hours"`);
  }
  const amount = Number(number);
  if (!/^\d+(?:\.\d+)?$/u.test(number) || !Number.isFinite(amount)) {
    return fail(`"${number}" is not a number: write the interval like ${INTERVAL_EXAMPLES}`);
  }
  if (!Number.isInteger(amount)) {
    const whole = inWholeUnits(amount, unit, business ? 'business ' : '');
    return fail(
      whole
        ? `Use a whole number: write "${text}" as "${whole}"`
        : `Use a whole number of ${business ? 'business ' : ''}${unit}s`,
    );
  }
  if (amount === 0) {
    return fail(
      'An interval of 0 would make every escalation due at once: enter at least 1 minute',
    );
  }
  return ok({ amount, unit, business: business !== undefined });
}

/** "4 business hours", "1 day". */
export function intervalText(interval: Interval): string {
  const { amount, unit, business } = interval;
  return `${amount} ${business ? 'business ' : ''}${unit}${amount === 1 ? '' : 's'}`;
}

const UNIT_MS: Record<IntervalUnit, number> = { minute: MINUTE_MS, hour: HOUR_MS, day: DAY_MS };

/**
 * When the interval that starts at `from` runs out. Wall-clock days are 24 hours each. Business
 * time needs the center's calendar: without one, undefined, and the caller says why.
 */
export function intervalEnd(
  interval: Interval,
  from: number,
  calendar: BusinessCalendar | undefined,
): number | undefined {
  const { amount, unit, business } = interval;
  if (!business) return from + amount * UNIT_MS[unit];
  if (!calendar) return undefined;
  return unit === 'day'
    ? addBusinessDays(calendar, from, amount)
    : addBusinessTime(calendar, from, amount * UNIT_MS[unit]);
}
