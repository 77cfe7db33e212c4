import type { Collector, Sighting } from './collector.ts';
import {
  describeDate,
  findDates,
  formatUsDate,
  isAmbiguous,
  provenOrder,
  type DateOrder,
  type DateReadings,
} from '../identifiers/date.ts';
import { formatCount } from '../identifiers/list.ts';
import { MAX_NUMBERS } from '../identifiers/telephone.ts';
import type { Budget } from './telephone.ts';
import type {
  FocField,
  FocIssue,
  FocReading,
  FocTelephoneNumbers,
  Found,
  TnItem,
  UnsettledDate,
  UnsettledDates,
} from './types.ts';
import { FOC_FIELDS, NOUNS } from './types.ts';
import { shorten } from './values.ts';

/*
 * Settling what was seen into one reading: the same value seen twice is one value, different
 * values of one field are a conflict, and a numeric date is taken only when the text proves
 * whether it is written month first or day first.
 */

function bestSighting<V>(sightings: readonly Sighting<V>[]): Sighting<V> | undefined {
  return sightings.find((s) => s.sure) ?? sightings[0];
}

function foundOf<V>(sightings: readonly Sighting<V>[], doubted: boolean): Found<V> | undefined {
  const best = bestSighting(sightings);
  if (!best) return undefined;
  return { value: best.value, line: best.line, sure: best.sure && !doubted, text: best.text };
}

/** One value, or nothing and an issue when the text holds several different ones. */
function settleScalar(
  out: Collector,
  field: FocField,
  sightings: readonly Sighting<string>[],
  show: (value: string) => string = (value) => value,
): Found<string> | undefined {
  const byValue = new Map<string, Sighting<string>[]>();
  for (const sighting of sightings) {
    const group = byValue.get(sighting.value);
    if (group) group.push(sighting);
    else byValue.set(sighting.value, [sighting]);
  }
  if (byValue.size > 1) {
    out.conflicted = true;
    const groups = [...byValue.values()];
    // The issue points at the first value that disagrees with the one before it.
    const line = groups[1]?.[0]?.line;
    out.issue({ field, ...(line && { line }), message: conflictMessage(field, groups, show) });
    return undefined;
  }
  const [only] = byValue.values();
  return only ? foundOf(only, out.doubted.has(field)) : undefined;
}

/** ["a", "b", "c"] -> "a, b and c". */
function andList(items: readonly string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function conflictMessage(
  field: FocField,
  groups: readonly (readonly Sighting<string>[])[],
  show: (value: string) => string,
): string {
  const listed = groups.slice(0, 3).map((group) => {
    const first = group[0];
    return first ? `“${shorten(show(first.value))}” (line ${first.line})` : '';
  });
  if (groups.length > 3) listed.push(`${formatCount(groups.length - 3)} more`);
  const [one, plural] = NOUNS[field];
  return `The text holds ${formatCount(groups.length)} different ${plural}: ${andList(listed)}. Paste one FOC at a time, or type the ${one} of this order yourself`;
}

/** The date each sighting stands for, settling 05/06/2026 only when the text proves an order. */
function settleDate(
  out: Collector,
  field: 'focDate' | 'dueDate',
  orders: ReadonlySet<DateOrder>,
  unsettled: Mutable<UnsettledDates>,
): Found<string> | undefined {
  const order = orders.size === 1 ? [...orders][0] : undefined;
  const settled: Sighting<string>[] = [];
  let first: UnsettledDate | undefined;
  for (const sighting of out.sightings[field]) {
    const { monthFirst, dayFirst } = sighting.value;
    const iso = isAmbiguous(sighting.value)
      ? order && sighting.value[order]
      : (monthFirst ?? dayFirst);
    if (iso !== undefined) {
      settled.push({ ...sighting, value: iso });
      continue;
    }
    out.issue({ field, line: sighting.line, message: ambiguityMessage(field, sighting, orders) });
    // The first date the reader could not settle is kept, so the wizard can ask it on its page.
    first ??= {
      line: sighting.line,
      text: findDates(sighting.text)[0]?.text ?? sighting.text,
      why: ambiguity(sighting.value),
    };
  }
  const found = settleScalar(out, field, settled, formatUsDate);
  if (!found && first) unsettled[field] = first;
  return found;
}

/** "It could be December 1, 2026 or January 12, 2026". */
function ambiguity({ monthFirst = '', dayFirst = '' }: DateReadings): string {
  return `It could be ${describeDate(monthFirst)} or ${describeDate(dayFirst)}`;
}

function ambiguityMessage(
  field: 'focDate' | 'dueDate',
  sighting: Sighting<DateReadings>,
  orders: ReadonlySet<DateOrder>,
): string {
  const why =
    orders.size > 1
      ? 'and the text writes other dates both ways'
      : 'and nothing else in the text shows whether its dates are written month first or day first';
  const [one] = NOUNS[field];
  return `The ${one} “${shorten(sighting.text)}” is not settled: ${ambiguity(sighting.value).replace('It could', 'it could')}, ${why}. Check the FOC and type the date as MM/DD/YYYY`;
}

const NUMERIC_DATE = /(?<!\d)\d{1,2}([/.-])\d{1,2}\1\d{2}/;

/** A time on the 12-hour clock ("09:14 AM"): the document is American, its dates month first. */
const TWELVE_HOUR = /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s*[AP]\.?M\.?(?![A-Za-z])/i;

/**
 * Which orders the text proves: a numeric date readable one way only (11/24/2026 proves month
 * first), or a time written as AT&T's US systems write it (09:14 AM).
 */
function provenOrders(lines: readonly string[]): Set<DateOrder> {
  const orders = new Set<DateOrder>();
  for (const line of lines) {
    if (TWELVE_HOUR.test(line)) orders.add('monthFirst');
    // Only numeric dates prove an order; this skips lines of telephone numbers quickly.
    if (!NUMERIC_DATE.test(line)) continue;
    for (const date of findDates(line)) {
      const order = date.readings.ok ? provenOrder(date.readings.value) : undefined;
      if (order) orders.add(order);
    }
  }
  return orders;
}

function settleList<V, I>(
  sightings: readonly Sighting<readonly I[]>[],
  doubted: boolean,
  conflicted: boolean,
  build: (items: readonly I[]) => V,
): Found<V> | undefined {
  const first = sightings[0];
  if (!first) return undefined;
  const unsure = sightings.find((s) => !s.sure);
  return {
    value: build(sightings.flatMap((s) => s.value)),
    line: first.line,
    // Two PONs, VERs or due dates in the text may be two orders: their lists are not sure either.
    sure: !doubted && !unsure && !conflicted,
    text: sightings.map((s) => s.text).join('\n'),
    ...(unsure && unsure.line !== first.line ? { unsureAt: unsure.line } : {}),
  };
}

const unique = (items: readonly string[]): readonly string[] => [...new Set(items)];

function telephoneNumbers(items: readonly TnItem[]): FocTelephoneNumbers {
  const numbers = new Set<string>();
  for (const item of items) for (const number of item.numbers) numbers.add(number);
  return { entries: unique(items.map((item) => item.entry)), count: numbers.size };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Only the fields found are keys of the reading: `'pon' in reading` means a PON was found. */
function withoutUndefined<T extends object>(object: T): T {
  const entries = Object.entries(object as Record<string, unknown>);
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as T;
}

export function settle(out: Collector, lines: readonly string[], budget: Budget): FocReading {
  const orders = provenOrders(lines);
  const { sightings, doubted } = out;
  const result: Mutable<FocReading> = { issues: [], fieldsFound: 0 };
  result.pon = settleScalar(out, 'pon', sightings.pon);
  result.ver = settleScalar(out, 'ver', sightings.ver);
  result.reqtyp = settleScalar(out, 'reqtyp', sightings.reqtyp);
  const unsettled: Mutable<UnsettledDates> = {};
  result.focDate = settleDate(out, 'focDate', orders, unsettled);
  result.dueDate = settleDate(out, 'dueDate', orders, unsettled);
  if (unsettled.focDate || unsettled.dueDate) result.unsettledDates = unsettled;
  result.serviceOrders = settleList(
    sightings.serviceOrders,
    doubted.has('serviceOrders'),
    out.conflicted,
    unique,
  );
  const numbers = settleList(
    sightings.telephoneNumbers,
    doubted.has('telephoneNumbers'),
    out.conflicted,
    telephoneNumbers,
  );
  // More than one list can take: the wizard would refuse them, so they are not sure either.
  const tooMany = budget.exceeded || (numbers?.value.count ?? 0) > MAX_NUMBERS;
  result.telephoneNumbers = numbers && tooMany ? { ...numbers, sure: false } : numbers;
  result.circuitIds = settleList(
    sightings.circuitIds,
    doubted.has('circuitIds'),
    out.conflicted,
    unique,
  );
  result.ccna = settleScalar(out, 'ccna', sightings.ccna);
  checkDates(out, result);
  if (tooMany) out.issue(tooManyNumbers(budget.exceeded));
  const fieldsFound = FOC_FIELDS.filter((field) => result[field] !== undefined).length;
  // With nothing found, say what the reader looks for, unless an issue already says what is wrong.
  if (fieldsFound === 0 && out.issues.every((issue) => issue.field === 'text')) {
    out.issue(NOT_AN_FOC);
  }
  return {
    ...withoutUndefined(result),
    issues: [...inLineOrder(out.issues), ...out.overflowIssues()],
    fieldsFound,
  };
}

/** Issues in the order of the lines they point at; those about the whole text come last. */
function inLineOrder(issues: readonly FocIssue[]): FocIssue[] {
  return [...issues].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

/** A due date before the FOC was sent casts doubt on both; DDD alone is never the due date. */
function checkDates(out: Collector, result: Mutable<FocReading>): void {
  const { focDate, dueDate } = result;
  if (focDate && dueDate && dueDate.value < focDate.value) {
    result.focDate = { ...focDate, sure: false };
    result.dueDate = { ...dueDate, sure: false };
    out.issue({
      field: 'dueDate',
      line: dueDate.line,
      message: `The due date (DD) ${formatUsDate(dueDate.value)} is before the FOC date ${formatUsDate(focDate.value)} on line ${focDate.line}: check both dates on the FOC and type the right ones`,
    });
  }
  const desired = out.sightings.desiredDueDate[0];
  const dueIssues = out.issues.some((issue) => issue.field === 'dueDate');
  if (!result.dueDate && desired && !dueIssues) {
    out.issue({
      field: 'dueDate',
      line: desired.line,
      message: `Only the desired due date (DDD, line ${desired.line}) is in the text: it is the date the CLEC asked for, not the one AT&T confirmed. Type the due date (DD) from the FOC`,
    });
  }
}

const NOT_AN_FOC: FocIssue = {
  field: 'text',
  message:
    'No FOC fields found. Paste the FOC as it appears in the e-mail or the ordering system: the reader looks for the labels PON, VER, REQTYP, D/TSENT, DD, ORD, TN, ECCKT and CCNA, or their names (Purchase Order Number, Version, Due Date, Service Order, Telephone Number, Circuit ID…), each followed by its value',
};

function tooManyNumbers(stopped: boolean): FocIssue {
  const max = formatCount(MAX_NUMBERS);
  const how = stopped ? ', and the reader stopped counting them' : '';
  return {
    field: 'telephoneNumbers',
    message: `The text holds more than ${max} telephone numbers, more than one list can take${how}. Split the numbers into lists of up to ${max} and paste each with its FOC fields`,
  };
}
