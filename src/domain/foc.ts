import { MAX_PASTE_CHARACTERS } from './answers.ts';
import { parseCircuitId } from './identifiers/circuitId.ts';
import {
  describeDate,
  findDates,
  formatUsDate,
  isAmbiguous,
  parseDate,
  provenOrder,
  readDate,
  timeLength,
  type DateOrder,
  type DateReadings,
} from './identifiers/date.ts';
import { formatCount } from './identifiers/list.ts';
import { parsePon } from './identifiers/pon.ts';
import { parseServiceOrderNumber, parseServiceOrderNumbers } from './identifiers/serviceOrder.ts';
import {
  formatTelephoneNumber,
  MAX_NUMBERS,
  parseTelephoneNumber,
  parseTelephoneNumbers,
} from './identifiers/telephone.ts';

/*
 * Reads the identifiers of an AT&T Firm Order Confirmation (FOC) pasted as text: an e-mail, an
 * ordering-system screen or a spreadsheet row. Values are found next to labels (the LSOG field
 * abbreviations or their names) and go through the identifier parsers; what is ambiguous is
 * reported as an issue, never guessed. docs/foc.md describes the layouts and the rules.
 */

export const FOC_FIELDS = [
  'pon',
  'ver',
  'reqtyp',
  'focDate',
  'dueDate',
  'serviceOrders',
  'telephoneNumbers',
  'circuitIds',
  'ccna',
] as const;
export type FocField = (typeof FOC_FIELDS)[number];

/** Plain words for a review panel. */
export const FOC_FIELD_LABELS: Readonly<Record<FocField, string>> = {
  pon: 'PON',
  ver: 'Version (VER)',
  reqtyp: 'Requisition type (REQTYP)',
  focDate: 'FOC date (D/TSENT)',
  dueDate: 'Due date (DD)',
  serviceOrders: 'AT&T service order numbers (ORD)',
  telephoneNumbers: 'Telephone numbers (TN)',
  circuitIds: 'Circuit IDs (ECCKT)',
  ccna: 'Company code (CCNA)',
};

/** One value and where it came from. */
export interface Found<T> {
  readonly value: T;
  /** 1-based line of the paste where the value (not its label) was found. */
  readonly line: number;
  /** True only for a clean value after an explicit label, with nothing in the text doubting it. */
  readonly sure: boolean;
  /** The value as found in the paste (lines joined by "\n" for a list read from several). */
  readonly text: string;
}

export interface FocTelephoneNumbers {
  /** One number or range per entry, as the TN parser reads it back: 214-555-1200-1299. */
  readonly entries: readonly string[];
  /** Numbers in all, each number of a range counted, duplicates once. */
  readonly count: number;
}

/** Something the user must look at: the message says how to fix it. */
export interface FocIssue {
  readonly field: FocField | 'text';
  readonly line?: number;
  readonly message: string;
}

export interface FocReading {
  readonly pon?: Found<string>;
  readonly ver?: Found<string>;
  /** Two letters, like BB. */
  readonly reqtyp?: Found<string>;
  /** ISO YYYY-MM-DD. */
  readonly focDate?: Found<string>;
  /** ISO YYYY-MM-DD; never the desired due date (DDD). */
  readonly dueDate?: Found<string>;
  /** Normalised, like N12345678. */
  readonly serviceOrders?: Found<readonly string[]>;
  readonly telephoneNumbers?: Found<FocTelephoneNumbers>;
  readonly circuitIds?: Found<readonly string[]>;
  readonly ccna?: Found<string>;
  readonly issues: readonly FocIssue[];
  /** How many fields were found; 0 means "no FOC fields found". */
  readonly fieldsFound: number;
  readonly tooLong?: true;
}

/** What a label can name: the FOC fields, and DDD, read only so it is never taken for DD. */
type Target = FocField | 'desiredDueDate';

interface TnItem {
  readonly entry: string;
  readonly numbers: readonly string[];
}

/** What each reader gives before the collector settles it (dates keep both readings). */
interface RawValues {
  pon: string;
  ver: string;
  reqtyp: string;
  ccna: string;
  focDate: DateReadings;
  dueDate: DateReadings;
  desiredDueDate: DateReadings;
  serviceOrders: readonly string[];
  telephoneNumbers: readonly TnItem[];
  circuitIds: readonly string[];
}

interface Problem {
  readonly input: string;
  readonly message: string;
}

interface Read<V> {
  readonly value?: V;
  readonly text: string;
  readonly problems: readonly Problem[];
}

interface FieldReader<V> {
  /** The whole text as this field's value. */
  readonly whole: (text: string) => Read<V>;
  /** Loose wording: the value at the start of the text, or nothing (never a problem). */
  readonly prefix: (text: string) => Read<V> | undefined;
  /** Whether a line that failed could still be meant as one more item of a list. */
  readonly looksLike: (text: string) => boolean;
}

type Readers = { readonly [K in Target]: FieldReader<RawValues[K]> };

const NOUNS: Readonly<Record<FocField, readonly [one: string, many: string]>> = {
  pon: ['PON', 'PONs'],
  ver: ['version (VER)', 'versions (VER)'],
  reqtyp: ['REQTYP', 'REQTYPs'],
  focDate: ['FOC date (D/TSENT)', 'FOC dates (D/TSENT)'],
  dueDate: ['due date (DD)', 'due dates (DD)'],
  serviceOrders: ['service order number (ORD)', 'service order numbers (ORD)'],
  telephoneNumbers: ['telephone number (TN)', 'telephone numbers (TN)'],
  circuitIds: ['circuit ID (ECCKT)', 'circuit IDs (ECCKT)'],
  ccna: ['CCNA', 'CCNAs'],
};

// ---------------------------------------------------------------------------------------------
// Labels

/** "service order number" -> also "...numbers" and "...number(s)". */
const many = (...phrases: string[]): string[] =>
  phrases.flatMap((phrase) => [phrase, `${phrase}s`, `${phrase}(s)`]);

/*
 * Labels name a field wherever they stand. Wording ("due 11/24/2026", "orders N...") is loose:
 * it counts only next to a value and is never sure unless followed by ":" or "=".
 */
const LABELS: Readonly<Record<Target, { labels: string[]; wording?: string[] }>> = {
  pon: { labels: ['pon', 'purchase order number', 'purchase order no', 'purchase order'] },
  ver: { labels: ['ver', 'version', 'version number'] },
  reqtyp: { labels: ['reqtyp', 'req typ', 'req type', 'requisition type', 'request type'] },
  focDate: {
    labels: [
      'd/tsent',
      'dtsent',
      'd/t sent',
      'date sent',
      'date and time sent',
      'date & time sent',
      'date/time sent',
      'foc date',
      'foc sent',
    ],
    wording: ['confirmed on', 'confirmed', 'sent on'],
  },
  dueDate: {
    labels: ['dd', 'due date', 'foc due date', 'confirmed due date'],
    wording: ['due on', 'due by', 'due'],
  },
  desiredDueDate: { labels: ['ddd', 'desired due date'] },
  serviceOrders: {
    labels: [
      'ord',
      ...many(
        'service order',
        'service order number',
        'order number',
        'at&t order',
        'at&t order number',
        'at&t service order',
        'at&t service order number',
      ),
      'service order no',
      'order no',
    ],
    wording: ['orders', 'order'],
  },
  telephoneNumbers: {
    labels: many('tn', 'telephone number', 'ported tn', 'ported telephone number', 'ported number'),
  },
  circuitIds: {
    labels: many('ecckt', 'circuit id', 'exchange company circuit id'),
  },
  ccna: { labels: ['ccna', 'customer carrier name abbreviation'] },
};

interface LabelHit {
  readonly target: Target;
  readonly wording: boolean;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Phrase {
  readonly target: Target;
  readonly wording: boolean;
}

const PHRASES: ReadonlyMap<string, Phrase> = new Map(
  (Object.entries(LABELS) as [Target, { labels: string[]; wording?: string[] }][]).flatMap(
    ([target, { labels, wording = [] }]) => [
      ...labels.map((phrase): [string, Phrase] => [phrase, { target, wording: false }]),
      ...wording.map((phrase): [string, Phrase] => [phrase, { target, wording: true }]),
    ],
  ),
);

const phrasePattern = (phrase: string): string =>
  phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\t]+');

/*
 * Longest phrase first, so "desired due date" wins over "due date". A label glued to letters,
 * digits or a hyphenated value (a PON like TN-123) is not a label; "LSOG version" is not VER.
 */
const LABEL_PATTERN = new RegExp(
  String.raw`(?<![A-Za-z0-9&/-])(?<!lsog[ \t])(?:${[...PHRASES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|')})(?![A-Za-z0-9&]|-[A-Za-z0-9])`,
  'gi',
);

function findLabels(line: string): LabelHit[] {
  const hits: LabelHit[] = [];
  // Every label has a letter; most lines of a long FOC are bare numbers.
  if (!/[A-Za-z]/.test(line)) return hits;
  for (const match of allMatches(LABEL_PATTERN, line)) {
    const phrase = PHRASES.get(match[0].toLowerCase().replace(/\s+/g, ' '));
    if (!phrase) continue;
    const start = match.index;
    hits.push({ ...phrase, start, end: start + match[0].length, text: match[0] });
  }
  return hits;
}

/** matchAll() without its cost: it copies the big label pattern on every call (7 µs a line). */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) matches.push(match);
  return matches;
}

// ---------------------------------------------------------------------------------------------
// Values: cleaning, and one reader per field

/** "#", "No.", then ":" "=" or " - " (explicit), or "," ";" "|" (a spreadsheet column). */
const SEPARATOR =
  /^[\s.)\]]*(?:(?:#|(?:no\.?|nbr\.?|number)(?![A-Za-z0-9]))[\s.]*)?(?:([:=]|-(?=\s)|[–—])|[|;,])?/i;
/** Words that end a value inside a sentence: "DD: 11/24/2026 as requested". */
const PROSE_AFTER =
  /\s(?:is|are|was|were|has|have|had|will|would|been|please|per|as|with|for|the|this|that|which|if|but)(?![A-Za-z0-9])/i;
/** What loose wording puts between a label and its value: "due date of", "PON is". */
const CONNECTORS =
  /^(?:[\s:=#,;.\-–—]|(?:is|are|was|were|of|on|for|by|to|be|will|has|have|been|as|now|set|dated|number|no|nbr|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![A-Za-z0-9]))*/i;
const QUOTES = `"'“”‘’`;
/** What may come before the first label of a form line: spaces, a bullet, a reply's ">". */
const LINE_LEAD = /^[\s>*•·-]*(?:\d{1,2}[.)]\s*)?$/;
const TAG = /<\/?[A-Za-z][^<>\n]{0,200}>/g;
/** Letter, body, suffixes; the digit is tested apart (one pattern for both backtracks). */
const ORDER_SHAPE = /^[A-Za-z]-?[A-Za-z0-9]+(?:-[A-Za-z0-9]{1,4})*$/;
const TN_RUN = /^(?:[\d()+.\-–—/ \t,;]|(?:thru|through|to|and)(?![A-Za-z])|&)+/i;

function afterLabel(raw: string): { explicit: boolean; rest: string } {
  const match = SEPARATOR.exec(raw);
  return { explicit: match?.[1] !== undefined, rest: raw.slice(match?.[0].length ?? 0) };
}

/** Trims spaces, quotes, trailing commas and a sentence's full stop (char by char: no regex $). */
function cleanValue(text: string): string {
  let start = 0;
  let end = text.length;
  const isSpace = (i: number) => text.charAt(i).trim() === '';
  while (start < end && (isSpace(start) || QUOTES.includes(text.charAt(start)))) start++;
  while (end > start && (isSpace(end - 1) || `,;:|${QUOTES}`.includes(text.charAt(end - 1)))) end--;
  if (text.charAt(end - 1) === '.' && /[A-Za-z0-9)]/.test(text.charAt(end - 2))) end--;
  return text.slice(start, end);
}

/** The value of a segment, cut before the rest of a sentence. */
function valueOf(text: string): { value: string; cut: boolean } {
  const value = cleanValue(text);
  const prose = PROSE_AFTER.exec(value);
  return prose
    ? { value: cleanValue(value.slice(0, prose.index)), cut: true }
    : { value, cut: false };
}

function skipConnectors(text: string): string {
  return text.slice(CONNECTORS.exec(text)?.[0].length ?? 0);
}

const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function taken<V>(value: V, text: string): Read<V> {
  return { value, text, problems: [] };
}

function refused<V>(text: string, message: string): Read<V> {
  return { text, problems: [{ input: text, message }] };
}

/** A one-token scalar: the whole text must match; loose wording needs uppercase (not prose). */
function scalarReader(
  whole: RegExp,
  loose: RegExp,
  normalise: (token: string) => string,
  message: string,
): FieldReader<string> {
  return {
    whole: (text) => (whole.test(text) ? taken(normalise(text), text) : refused(text, message)),
    prefix: (text) => {
      const token = loose.exec(skipConnectors(text))?.[0];
      return token === undefined ? undefined : taken(normalise(token), token);
    },
    looksLike: () => false,
  };
}

const ponReader: FieldReader<string> = {
  whole: (text) => {
    const parsed = parsePon(text);
    return parsed.ok ? taken(parsed.value, text) : refused(text, parsed.error);
  },
  prefix: (text) => {
    // In running text a PON has a digit, so "the PON was rejected" reads no PON "was".
    const token = /^[A-Za-z0-9][A-Za-z0-9-]*/.exec(skipConnectors(text))?.[0];
    if (token === undefined || !/\d/.test(token)) return undefined;
    const parsed = parsePon(token);
    return parsed.ok ? taken(parsed.value, token) : undefined;
  },
  looksLike: () => false,
};

/** A date and perhaps a time ("11-20-2026-1015AM", "11/20/2026 10:15 AM CT"). */
const dateReader: FieldReader<DateReadings> = {
  whole: (text) => {
    const read = readDate(text);
    if (read.ok) return taken(read.value, text);
    const date = findDates(text.slice(0, 60))[0];
    if (date?.index === 0) {
      if (!date.readings.ok) return refused(text, date.readings.error);
      const rest = text.slice(date.text.length);
      if (rest.slice(timeLength(rest)).trim() === '') return taken(date.readings.value, text);
    }
    const parsed = parseDate(text);
    return refused(text, parsed.ok ? read.error : parsed.error);
  },
  prefix: (text) => {
    const rest = skipConnectors(text);
    const date = findDates(rest.slice(0, 60))[0];
    return date?.index === 0 && date.readings.ok
      ? taken(date.readings.value, date.text)
      : undefined;
  },
  looksLike: () => false,
};

/** Items of a list are split by , ; | tab and "and"; each chunk goes to the field's parser. */
function splitChunks(text: string): string[] {
  return text
    .replace(/(?<!\s)\s+(?:and|&)\s+/gi, ',')
    .split(/[,;|\t]/)
    .filter((chunk) => chunk.trim() !== '');
}

interface Chunk<I> {
  readonly items: readonly I[];
  readonly problems: readonly Problem[];
}

/** `nothing` is the problem when no chunk gives an item or a problem (no digits at all). */
function readChunks<I>(
  text: string,
  parse: (chunk: string) => Chunk<I>,
  nothing?: string,
): Read<readonly I[]> {
  const items: I[] = [];
  const problems: Problem[] = [];
  for (const chunk of splitChunks(text)) {
    const read = parse(chunk);
    items.push(...read.items);
    problems.push(...read.problems);
  }
  if (items.length > 0) return { value: items, text, problems };
  if (problems.length > 0 || nothing === undefined) return { text, problems };
  return { text, problems: [{ input: text, message: nothing }] };
}

/** Loose wording: items from the start, up to the first that does not read. */
function leadingItems<I>(tokens: readonly string[], parse: (token: string) => I | undefined) {
  const items: I[] = [];
  const texts: string[] = [];
  for (const token of tokens) {
    const item = parse(token);
    if (item === undefined) break;
    items.push(item);
    texts.push(token);
  }
  return items.length > 0 ? taken<readonly I[]>(items, texts.join(' ')) : undefined;
}

const words = (text: string): string[] =>
  skipConnectors(text)
    .split(/[\s,;]+/)
    .filter((word) => word !== '' && !/^(?:and|&)$/i.test(word))
    .map((word) => cleanValue(word));

const serviceOrderReader: FieldReader<readonly string[]> = {
  whole: (text) =>
    readChunks(
      text,
      (chunk) => {
        const list = parseServiceOrderNumbers(chunk);
        // The parser lets "WERE" pass with a warning; an FOC's orders always have digits.
        const digitless = list.values.filter((value) => !/\d/.test(value));
        return {
          items: list.values.filter((value) => /\d/.test(value)),
          problems: [
            ...list.errors,
            ...digitless.map((input) => ({
              input,
              message: 'A service order number has digits, like N12345678: check it on the FOC',
            })),
          ],
        };
      },
      'Write the AT&T service order numbers, like N12345678',
    ),
  prefix: (text) =>
    leadingItems(words(text), (token) => {
      const shaped = ORDER_SHAPE.test(token) && /\d/.test(token);
      const parsed = shaped ? parseServiceOrderNumber(token) : undefined;
      return parsed?.ok ? parsed.value : undefined;
    }),
  looksLike: (text) => /^[A-Za-z]-?\d/.test(text),
};

function circuitItem(token: string): string | undefined {
  const parsed = parseCircuitId(token);
  return parsed.ok ? parsed.value.id : undefined;
}

const circuitIdReader: FieldReader<readonly string[]> = {
  whole: (text) =>
    readChunks(
      text,
      (chunk) => {
        const tokens = chunk.trim().split(/\s+/);
        // Circuit IDs are split by spaces unless only the whole chunk is one ("73 / HCGS / ...").
        const each = tokens.length > 1 ? tokens.map(circuitItem) : [];
        if (each.length > 0 && each.every((id) => id !== undefined)) {
          return { items: each, problems: [] };
        }
        const parsed = parseCircuitId(chunk);
        return parsed.ok
          ? { items: [parsed.value.id], problems: [] }
          : { items: [], problems: [{ input: chunk.trim(), message: parsed.error }] };
      },
      'Write the circuit IDs, like 73/HCGS/123456/000/NE',
    ),
  prefix: (text) =>
    leadingItems(words(text), (token) =>
      /[/.]/.test(token) && /\d/.test(token) ? circuitItem(token) : undefined,
    ),
  looksLike: (text) => !/\s/.test(text) && /[/.]/.test(text) && /\d/.test(text),
};

/*
 * Bounds the work of the TN parser, which expands every range it reads, duplicates included:
 * past the budget the rest is not read (and an issue says so), and one chunk of numbers on a
 * line is at most MAX_CHUNK characters, so a hostile line of repeated ranges stays quick.
 */
interface Budget {
  used: number;
  exceeded: boolean;
}

const NUMBER_BUDGET = 2 * MAX_NUMBERS;
const MAX_CHUNK = 2_000;

function telephoneReader(budget: Budget): FieldReader<readonly TnItem[]> {
  const chunk = (text: string): Chunk<TnItem> => {
    if (budget.used >= NUMBER_BUDGET) {
      budget.exceeded = true;
      return { items: [], problems: [] };
    }
    if (text.length > MAX_CHUNK) {
      budget.used += MAX_CHUNK;
      const input = `${text.trim().slice(0, 20)}…`;
      return { items: [], problems: [{ input, message: TOO_LONG_CHUNK }] };
    }
    // Most chunks are one number: the single-number parser skips the list machinery.
    const single = parseTelephoneNumber(text);
    if (single.ok) {
      budget.used++;
      return {
        items: [{ entry: formatTelephoneNumber(single.value), numbers: [single.value] }],
        problems: [],
      };
    }
    const list = parseTelephoneNumbers(text);
    budget.used += list.values.length + list.duplicatesRemoved;
    return {
      items: runs(list.values),
      problems: list.errors.map(({ input, message }) => ({ input, message })),
    };
  };
  return {
    whole: (text) => {
      const read = readChunks(text, chunk);
      if (budget.exceeded || read.value !== undefined || read.problems.length > 0) return read;
      const single = parseTelephoneNumber(text);
      return single.ok ? read : refused(text, single.error);
    },
    prefix: (text) => {
      const run = TN_RUN.exec(skipConnectors(text))?.[0] ?? '';
      const numbers = run.slice(0, lastDigit(run) + 1);
      const items: TnItem[] = [];
      for (const piece of splitChunks(numbers)) {
        const read = chunk(piece);
        if (read.problems.length > 0 || read.items.length === 0) break;
        items.push(...read.items);
      }
      return items.length > 0 ? taken(items, numbers.trim()) : undefined;
    },
    looksLike: (text) =>
      /\d/.test(text) && !/[A-Za-z]{3,}/.test(text.replace(/\b(?:thru|through|to|and)\b/gi, '')),
  };
}

const TOO_LONG_CHUNK = `Over ${formatCount(MAX_CHUNK)} characters of numbers without a comma or a new line: put each number or range on its own line, like 214-555-1200-1299`;

function lastDigit(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && !/\d/.test(text.charAt(i))) i--;
  return i;
}

/** Consecutive numbers of one exchange, as the parser gave them, become one range entry. */
function runs(values: readonly string[]): TnItem[] {
  const items: TnItem[] = [];
  let run: string[] = [];
  const flush = () => {
    const [first, last] = [run[0], run.at(-1)];
    if (first === undefined || last === undefined) return;
    const entry = formatTelephoneNumber(first) + (run.length > 1 ? `-${last.slice(6)}` : '');
    items.push({ entry, numbers: run });
  };
  for (const value of values) {
    const last = run.at(-1);
    if (last !== undefined && follows(last, value)) run.push(value);
    else {
      flush();
      run = [value];
    }
  }
  flush();
  return items;
}

function follows(previous: string, next: string): boolean {
  return (
    previous.slice(0, 6) === next.slice(0, 6) &&
    Number(next.slice(6)) === Number(previous.slice(6)) + 1
  );
}

function createReaders(budget: Budget): Readers {
  const upper = (token: string) => token.toUpperCase();
  return {
    pon: ponReader,
    ver: scalarReader(
      /^\d{1,2}$/,
      /^\d{1,2}(?![0-9A-Za-z]|[/.:-]\d)/,
      (token) => token.padStart(2, '0'),
      'A version (VER) is 1 or 2 digits, like 02: check the VER on the FOC',
    ),
    reqtyp: scalarReader(
      /^[A-Za-z]{2}$/,
      /^[A-Z]{2}(?![A-Za-z0-9])/,
      upper,
      'A REQTYP is 2 letters, like BB (the product, then B for a firm order): check it on the FOC',
    ),
    ccna: scalarReader(
      /^[A-Za-z0-9]{3}$/,
      /^(?=[0-9]*[A-Z])[A-Z0-9]{3}(?![A-Za-z0-9])/,
      upper,
      'A CCNA is the 3-character code of the CLEC, like ABC: check it on the FOC',
    ),
    focDate: dateReader,
    dueDate: dateReader,
    desiredDueDate: dateReader,
    serviceOrders: serviceOrderReader,
    telephoneNumbers: telephoneReader(budget),
    circuitIds: circuitIdReader,
  };
}

const LIST_TARGETS: ReadonlySet<Target> = new Set([
  'serviceOrders',
  'telephoneNumbers',
  'circuitIds',
]);

// ---------------------------------------------------------------------------------------------
// Collecting what was seen, and settling it

interface Sighting<V> {
  readonly value: V;
  readonly line: number;
  readonly sure: boolean;
  readonly text: string;
}

type Sightings = { [K in Target]: Sighting<RawValues[K]>[] };

const MAX_ISSUES_PER_FIELD = 10;

class Collector {
  readonly sightings: Sightings = {
    pon: [],
    ver: [],
    reqtyp: [],
    ccna: [],
    focDate: [],
    dueDate: [],
    desiredDueDate: [],
    serviceOrders: [],
    telephoneNumbers: [],
    circuitIds: [],
  };
  readonly issues: FocIssue[] = [];
  /** Fields with a refused value: what was found of them is not sure. */
  readonly doubted = new Set<FocField | 'text'>();
  private readonly counts = new Map<FocField | 'text', number>();

  add<K extends Target>(target: K, sighting: Sighting<RawValues[K]>): void {
    this.sightings[target].push(sighting);
  }

  issue(issue: FocIssue): void {
    if (this.counted(issue.field)) this.issues.push(issue);
  }

  /** Counts one more issue of the field; true while it is still to be listed. */
  private counted(field: FocField | 'text'): boolean {
    const count = (this.counts.get(field) ?? 0) + 1;
    this.counts.set(field, count);
    return count <= MAX_ISSUES_PER_FIELD;
  }

  refuse(target: Target, line: number, problems: readonly Problem[]): void {
    if (target === 'desiredDueDate') return;
    for (const { input, message } of problems) {
      this.doubted.add(target);
      if (!this.counted(target)) continue;
      this.issues.push({
        field: target,
        line,
        message: `Line ${line}: the ${NOUNS[target][0]} “${shorten(input)}” was not taken. ${message}`,
      });
    }
  }

  noValue(hit: LabelHit, line: number): void {
    if (hit.target === 'desiredDueDate' || hit.wording) return;
    this.issue({
      field: hit.target,
      line,
      message: `Line ${line} has the label “${hit.text}” but no value after it or on the next line: paste the FOC with its values, or type the ${NOUNS[hit.target][0]} yourself`,
    });
  }

  /** "and 25 more" once per field whose issues were cut to MAX_ISSUES_PER_FIELD. */
  overflowIssues(): FocIssue[] {
    return [...this.counts]
      .filter(([, count]) => count > MAX_ISSUES_PER_FIELD)
      .map(([field, count]) => ({
        field,
        message: `${formatCount(count - MAX_ISSUES_PER_FIELD)} more problems with the ${field === 'text' ? 'text' : NOUNS[field][1]} are not listed: fix the ones above and paste again`,
      }));
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a line of labels and values

interface Context {
  readonly readers: Readers;
  readonly out: Collector;
}

interface Prepared {
  readonly clean: boolean;
  readonly commit: (explicit: boolean) => void;
}

/** Parses once; commit() decides, once the line's layout is known, how sure the value is. */
function prepare(ctx: Context, target: Target, value: string, line: number): Prepared {
  const reader = ctx.readers[target];
  const whole = reader.whole(value);
  return {
    clean: whole.value !== undefined && whole.problems.length === 0,
    commit: (explicit) => {
      if (whole.value !== undefined) {
        const sure = explicit && whole.problems.length === 0;
        ctx.out.add(target, { value: whole.value, line, sure, text: whole.text });
        if (explicit) ctx.out.refuse(target, line, whole.problems);
        return;
      }
      const loose = reader.prefix(value);
      if (loose?.value !== undefined) {
        ctx.out.add(target, { value: loose.value, line, sure: false, text: loose.text });
      } else if (explicit) {
        ctx.out.refuse(target, line, whole.problems);
      }
    },
  };
}

interface Segment {
  readonly hit: LabelHit;
  /** Where the label starts: the first name when the field is named twice. */
  readonly start: number;
  readonly explicit: boolean;
  /** The text between this label and the next, as typed. */
  readonly raw: string;
  readonly value: string;
  /** True when the value was cut before the rest of a sentence. */
  readonly cut: boolean;
}

/** A screen's field this reader does not know ("    LSR NO: 12345") ends the value before it. */
const OTHER_FIELD = /(?<!\s)(?:\s{2,}|\t)[A-Za-z][A-Za-z0-9 /#.&()-]{0,30}[:=]/;

function untilOtherField(raw: string): string {
  const other = OTHER_FIELD.exec(raw);
  return other ? raw.slice(0, other.index) : raw;
}

function segmentsOf(line: string, hits: readonly LabelHit[]): Segment[] {
  const segments: Segment[] = [];
  let start: number | undefined;
  hits.forEach((hit, k) => {
    const next = hits[k + 1];
    const raw = untilOtherField(line.slice(hit.end, next?.start ?? line.length));
    start ??= hit.start;
    // "Due date (DD):" names one field twice: the value follows the second name.
    if (next?.target === hit.target && !/[A-Za-z0-9]/.test(raw)) return;
    const { explicit, rest } = afterLabel(raw);
    segments.push({ hit, start, explicit, raw, ...valueOf(rest) });
    start = undefined;
  });
  return segments;
}

/** A label left waiting for its value on the next line, or a list that may go on there. */
interface Pending {
  readonly hit: LabelHit;
  readonly line: number;
  readonly filled: boolean;
}

function readLabelled(
  ctx: Context,
  line: string,
  hits: readonly LabelHit[],
  lineNo: number,
): Pending | undefined {
  const segments = segmentsOf(line, hits);
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) return undefined;
  const reads = segments.map((s) =>
    s.value === '' ? undefined : prepare(ctx, s.hit.target, s.value, lineNo),
  );
  // A form line holds only labels and clean values ("PON: ABC123  VER: 02"); anything else is
  // running text, where only a value after "label:" can be sure.
  const laidOut =
    formLead(line.slice(0, first.start)) &&
    segments.every((s) => !s.cut && (s.explicit || !s.hit.wording));
  const form = laidOut && reads.every((read) => read?.clean ?? true);
  segments.forEach((segment, k) => {
    const read = reads[k];
    if (read) read.commit(form || segment.explicit);
    else if ((form || segment.explicit) && (!form || segment !== last)) {
      ctx.out.noValue(segment.hit, lineNo);
    }
  });
  // A list may go on over the next lines even when one of its items was refused.
  if (!laidOut) return undefined;
  if (last.value === '') return form ? { hit: last.hit, line: lineNo, filled: false } : undefined;
  return LIST_TARGETS.has(last.hit.target)
    ? { hit: last.hit, line: lineNo, filled: true }
    : undefined;
}

/** Before a form line's first label: a bullet, or a field we do not know and a wide gap. */
function formLead(lead: string): boolean {
  const gap = lead.slice(lead.trimEnd().length);
  return LINE_LEAD.test(lead) || gap.length >= 2 || gap.includes('\t');
}

/** A line without labels: the value of a label above, one more item of a list, or other text. */
function readUnlabelled(
  ctx: Context,
  line: string,
  lineNo: number,
  pending: Pending | undefined,
): Pending | undefined {
  if (!pending) return undefined;
  const { value } = valueOf(line);
  if (value === '') return pending.filled ? undefined : pending;
  const target = pending.hit.target;
  const read = prepare(ctx, target, value, lineNo);
  if (read.clean || !pending.filled) {
    read.commit(true);
    return LIST_TARGETS.has(target) ? { ...pending, filled: true } : undefined;
  }
  if (!ctx.readers[target].looksLike(value)) return undefined;
  read.commit(true);
  return pending;
}

function closePending(ctx: Context, pending: Pending | undefined): void {
  if (pending && !pending.filled) ctx.out.noValue(pending.hit, pending.line);
}

function readLines(
  ctx: Context,
  lines: readonly string[],
  hits: readonly LabelHit[][],
  inTable: readonly boolean[],
): void {
  let pending: Pending | undefined;
  lines.forEach((line, index) => {
    const lineHits = hits[index] ?? [];
    if (inTable[index] || lineHits.length > 0) {
      closePending(ctx, pending);
      pending = inTable[index] ? undefined : readLabelled(ctx, line, lineHits, index + 1);
    } else {
      pending = readUnlabelled(ctx, line, index + 1, pending);
    }
  });
  closePending(ctx, pending);
}

// ---------------------------------------------------------------------------------------------
// Tables: a header row of labels, then value rows

const TABLE_SEPARATORS = ['\t', '|', ';', ','] as const;

interface Cell {
  readonly text: string;
  /** 1-based line where the cell starts (a quoted cell may span lines). */
  readonly line: number;
}

interface SeparatedHeader {
  readonly kind: 'separated';
  readonly index: number;
  readonly separator: string;
  readonly columns: readonly (Target | undefined)[];
}

interface FixedHeader {
  readonly kind: 'fixed';
  readonly index: number;
  readonly columns: readonly { readonly start: number; readonly target: Target }[];
}

type Header = SeparatedHeader | FixedHeader;

/** One CSV-style record from lines[start]: quoted cells, "" inside quotes, quotes over lines. */
function readRecord(
  lines: readonly string[],
  start: number,
  separator: string,
): { cells: Cell[]; next: number } {
  const cells: Cell[] = [];
  let row = start;
  let text = '';
  let cellLine = start + 1;
  let quoted = false;
  for (;;) {
    const line = lines[row] ?? '';
    for (let i = 0; i < line.length; i++) {
      const ch = line.charAt(i);
      if (quoted) {
        if (ch !== '"') text += ch;
        else if (line.charAt(i + 1) === '"') text += line.charAt(++i);
        else quoted = false;
      } else if (ch === separator) {
        cells.push({ text, line: cellLine });
        text = '';
        cellLine = row + 1;
      } else if (ch === '"' && text.trim() === '') {
        quoted = true;
        text = '';
      } else text += ch;
    }
    row++;
    if (!quoted || row >= lines.length) break;
    text += '\n';
  }
  cells.push({ text, line: cellLine });
  return { cells, next: row };
}

/** The field a header cell names ("DD", "Due Date (DD)", "PON #"), if it is only a label. */
function cellTarget(cell: string): Target | undefined {
  const hits = findLabels(cell);
  const target = hits[0]?.target;
  if (target === undefined || hits.some((hit) => hit.wording || hit.target !== target)) {
    return undefined;
  }
  let rest = cell;
  for (const hit of [...hits].reverse()) rest = rest.slice(0, hit.start) + rest.slice(hit.end);
  return /^[\s()[\]#:.*_-]*$/.test(rest) ? target : undefined;
}

function separatedHeader(line: string, index: number): SeparatedHeader | undefined {
  let best: SeparatedHeader | undefined;
  let bestCount = 1;
  for (const separator of TABLE_SEPARATORS) {
    if (!line.includes(separator)) continue;
    const columns = readRecord([line], 0, separator).cells.map((cell) => cellTarget(cell.text));
    const count = columns.filter((target) => target !== undefined).length;
    if (count > bestCount) {
      best = { kind: 'separated', index, separator, columns };
      bestCount = count;
    }
  }
  return best;
}

/** "PON    VER    DD" over "ABC123 02     11/24/2026": columns by the labels' positions. */
function fixedHeader(
  lines: readonly string[],
  hits: readonly LabelHit[][],
  index: number,
): FixedHeader | undefined {
  const line = lines[index] ?? '';
  const segments = segmentsOf(line, hits[index] ?? []);
  const next = lines[index + 1];
  const first = segments[0];
  if (
    segments.length < 2 ||
    !first ||
    !LINE_LEAD.test(line.slice(0, first.start)) ||
    segments.some((s) => s.hit.wording || !/^[\s:#.()]*$/.test(s.raw)) ||
    next === undefined ||
    next.trim() === '' ||
    (hits[index + 1]?.length ?? 0) > 0
  ) {
    return undefined;
  }
  const columns = segments.map((s) => ({ start: s.start, target: s.hit.target }));
  return { kind: 'fixed', index, columns };
}

/** Each line read as a row of labels between separators, or undefined: computed once a line. */
type LabelRows = readonly (SeparatedHeader | undefined)[];

function labelRowsOf(lines: readonly string[], hits: readonly LabelHit[][]): LabelRows {
  return lines.map((line, index) =>
    (hits[index]?.length ?? 0) >= 2 ? separatedHeader(line, index) : undefined,
  );
}

function tableHeader(
  lines: readonly string[],
  hits: readonly LabelHit[][],
  labelRows: LabelRows,
  index: number,
): Header | undefined {
  if ((hits[index]?.length ?? 0) < 2) return undefined;
  const separated = labelRows[index];
  const next = lines[index + 1];
  if (separated && next !== undefined && next.includes(separated.separator)) return separated;
  return fixedHeader(lines, hits, index);
}

function readCell(ctx: Context, target: Target | undefined, cell: Cell): void {
  if (target === undefined) return;
  cell.text.split('\n').forEach((piece, k) => {
    const { value } = valueOf(piece);
    if (value !== '') prepare(ctx, target, value, cell.line + k).commit(true);
  });
}

const isRule = (cells: readonly Cell[]): boolean =>
  cells.every((cell) => /^\s*:?-*:?\s*$/.test(cell.text));

/** Reads the value rows under a header; returns the index after the table. */
function readSeparated(
  ctx: Context,
  lines: readonly string[],
  labelRows: LabelRows,
  header: SeparatedHeader,
  inTable: boolean[],
): number {
  let row = header.index + 1;
  while (row < lines.length) {
    const line = lines[row] ?? '';
    // A blank line, a line of another layout or another row of labels ends the table.
    if (line.trim() === '' || !line.includes(header.separator) || labelRows[row]) break;
    const { cells, next } = readRecord(lines, row, header.separator);
    if (!isRule(cells)) {
      cells.forEach((cell, k) => {
        readCell(ctx, header.columns[k], cell);
      });
    }
    for (; row < next; row++) inTable[row] = true;
  }
  return row;
}

function readFixed(
  ctx: Context,
  lines: readonly string[],
  hits: readonly LabelHit[][],
  header: FixedHeader,
  inTable: boolean[],
): number {
  let row = header.index + 1;
  for (; row < lines.length; row++) {
    const line = lines[row] ?? '';
    if (line.trim() === '' || (hits[row]?.length ?? 0) > 0) break;
    inTable[row] = true;
    const texts = new Map<Target, string[]>();
    for (const cell of fixedCells(line, header.columns.length)) {
      const target = nearestColumn(header.columns, cell.start);
      const parts = texts.get(target);
      if (parts) parts.push(cell.text);
      else texts.set(target, [cell.text]);
    }
    for (const [target, parts] of texts) {
      readCell(ctx, target, { text: parts.join(' '), line: row + 1 });
    }
  }
  return row;
}

/** Cells of a screen row: runs split by 2+ spaces, or by one space when that lines up better. */
function fixedCells(line: string, columns: number): { start: number; text: string }[] {
  const cells = (pattern: RegExp) =>
    allMatches(pattern, line).map((match) => ({ start: match.index, text: match[0] }));
  const wide = cells(/\S+(?: \S+)*/g);
  if (wide.length >= columns) return wide;
  const narrow = cells(/\S+/g);
  return narrow.length === columns ? narrow : wide;
}

function nearestColumn(columns: FixedHeader['columns'], start: number): Target {
  const [first, ...rest] = columns;
  if (!first) throw new Error('A fixed header has at least two columns');
  let best = first;
  for (const column of rest) {
    if (Math.abs(column.start - start) < Math.abs(best.start - start)) best = column;
  }
  return best.target;
}

/** Reads every table; returns which lines belong to one. */
function readTables(
  ctx: Context,
  lines: readonly string[],
  hits: readonly LabelHit[][],
): boolean[] {
  const inTable = new Array<boolean>(lines.length).fill(false);
  const labelRows = labelRowsOf(lines, hits);
  let index = 0;
  while (index < lines.length) {
    const header = tableHeader(lines, hits, labelRows, index);
    if (!header) {
      index++;
      continue;
    }
    const end =
      header.kind === 'separated'
        ? readSeparated(ctx, lines, labelRows, header, inTable)
        : readFixed(ctx, lines, hits, header, inTable);
    if (end === index + 1) {
      index++;
      continue;
    }
    inTable[index] = true;
    index = end;
  }
  return inTable;
}

// ---------------------------------------------------------------------------------------------
// Settling: conflicts, date order, the result

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
): Found<string> | undefined {
  const order = orders.size === 1 ? [...orders][0] : undefined;
  const settled: Sighting<string>[] = [];
  for (const sighting of out.sightings[field]) {
    const { monthFirst, dayFirst } = sighting.value;
    const iso = isAmbiguous(sighting.value)
      ? order && sighting.value[order]
      : (monthFirst ?? dayFirst);
    if (iso !== undefined) settled.push({ ...sighting, value: iso });
    else
      out.issue({ field, line: sighting.line, message: ambiguityMessage(field, sighting, orders) });
  }
  return settleScalar(out, field, settled, formatUsDate);
}

function ambiguityMessage(
  field: 'focDate' | 'dueDate',
  sighting: Sighting<DateReadings>,
  orders: ReadonlySet<DateOrder>,
): string {
  const { monthFirst = '', dayFirst = '' } = sighting.value;
  const why =
    orders.size > 1
      ? 'and the text writes other dates both ways'
      : 'and nothing else in the text shows whether its dates are written month first or day first';
  return `Line ${sighting.line}: the ${NOUNS[field][0]} “${shorten(sighting.text)}” could be ${describeDate(monthFirst)} or ${describeDate(dayFirst)}, ${why}. Check the FOC and type the date as MM/DD/YYYY`;
}

const NUMERIC_DATE = /(?<!\d)\d{1,2}([/.-])\d{1,2}\1\d{2}/;

/** Which orders the numeric dates of the whole text prove (11/24/2026 proves month first). */
function provenOrders(lines: readonly string[]): Set<DateOrder> {
  const orders = new Set<DateOrder>();
  for (const line of lines) {
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
  build: (items: readonly I[]) => V,
): Found<V> | undefined {
  const first = sightings[0];
  if (!first) return undefined;
  return {
    value: build(sightings.flatMap((s) => s.value)),
    line: first.line,
    sure: !doubted && sightings.every((s) => s.sure),
    text: sightings.map((s) => s.text).join('\n'),
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

function settle(out: Collector, lines: readonly string[], budget: Budget): FocReading {
  const orders = provenOrders(lines);
  const { sightings, doubted } = out;
  const result: Mutable<FocReading> = { issues: [], fieldsFound: 0 };
  result.pon = settleScalar(out, 'pon', sightings.pon);
  result.ver = settleScalar(out, 'ver', sightings.ver);
  result.reqtyp = settleScalar(out, 'reqtyp', sightings.reqtyp);
  result.focDate = settleDate(out, 'focDate', orders);
  result.dueDate = settleDate(out, 'dueDate', orders);
  result.serviceOrders = settleList(sightings.serviceOrders, doubted.has('serviceOrders'), unique);
  const numbers = settleList(
    sightings.telephoneNumbers,
    doubted.has('telephoneNumbers'),
    telephoneNumbers,
  );
  // More than one list can take: the wizard would refuse them, so they are not sure either.
  const tooMany = budget.exceeded || (numbers?.value.count ?? 0) > MAX_NUMBERS;
  result.telephoneNumbers = numbers && tooMany ? { ...numbers, sure: false } : numbers;
  result.circuitIds = settleList(sightings.circuitIds, doubted.has('circuitIds'), unique);
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
    issues: [...out.issues, ...out.overflowIssues()],
    fieldsFound,
  };
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
      message: `The due date (DD) ${formatUsDate(dueDate.value)} on line ${dueDate.line} is before the FOC date ${formatUsDate(focDate.value)} on line ${focDate.line}: check both dates on the FOC and type the right ones`,
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

// ---------------------------------------------------------------------------------------------
// Entry point

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

const TOO_LONG: FocReading = {
  tooLong: true,
  fieldsFound: 0,
  issues: [
    {
      field: 'text',
      message: `The pasted text is over ${formatCount(MAX_PASTE_CHARACTERS)} characters, too long to be one FOC. Paste only the FOC of this order: its e-mail or its ordering-system screen`,
    },
  ],
};

const LINE_BREAK = /\r\n|\r|\n/;
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;
const INVISIBLE = /[\p{Cf}\uFFFE\uFFFF]/gu;

/** Reads an FOC pasted as text. Pure, and never throws: whatever the text, it gives a reading. */
export function readFoc(text: string): FocReading {
  const input: unknown = text;
  if (typeof input !== 'string') return read('');
  if (input.length > MAX_PASTE_CHARACTERS) return TOO_LONG;
  try {
    return read(input);
  } catch {
    // Only a bug gets here; the user still gets an answer rather than a broken page.
    return {
      fieldsFound: 0,
      issues: [{ field: 'text', message: 'This text could not be read: type the FOC fields' }],
    };
  }
}

function read(text: string): FocReading {
  // Control characters and markup pasted from a page's source become spaces, so columns keep
  // their positions; invisible format characters (zero-width space, BOM) go: nobody sees them.
  const lines = text
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '')
    .split(LINE_BREAK)
    .map((line) => line.replace(TAG, (tag) => ' '.repeat(tag.length)));
  const hits = lines.map(findLabels);
  const budget: Budget = { used: 0, exceeded: false };
  const ctx: Context = { readers: createReaders(budget), out: new Collector() };
  const inTable = readTables(ctx, lines, hits);
  readLines(ctx, lines, hits, inTable);
  return settle(ctx.out, lines, budget);
}
