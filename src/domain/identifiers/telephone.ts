import { formatCount, parseList, single, stripLabel, type TokenValues } from './list.ts';
import { fail, ok, type ListResult, type Parsed } from './result.ts';

/*
 * North American (NANP) telephone numbers and DID ranges (docs/domain.md, "Identifiers"). Input is
 * accepted in any common format; the value is always the 10 digits.
 */

/** A range stays within one NPA-NXX, so it holds at most one exchange's 10,000 line numbers. */
export const MAX_RANGE_SIZE = 10_000;
/** More than this in one paste is refused, so the page stays responsive; the user splits it. */
export const MAX_NUMBERS = 100_000;

const EXAMPLE = 'like 312 555 0123';
const RANGE_EXAMPLE = 'like 312-555-1200 to 1299';
const RANGE_WORDS = new Set(['to', 'thru', 'through']);
const EXTENSION_WORDS = new Set(['x', 'ext', 'extension']);
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2013', '\u2014']);
const IGNORED = new Set([...DASHES, ' ', '.', '(', ')', '[', ']', '/']);
const KEYPAD = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];

/** The digit runs of the input and the text around them (gaps[i] comes before groups[i]). */
interface Scan {
  readonly groups: string[];
  readonly gaps: string[];
  readonly digits: string;
}

interface Range {
  /** NPA-NXX, the first 6 digits shared by every number of the range. */
  readonly prefix: string;
  readonly first: number;
  readonly last: number;
}

export function formatTelephoneNumber(tenDigits: string): string {
  if (!/^\d{10}$/.test(tenDigits)) return tenDigits;
  return `${tenDigits.slice(0, 3)}-${tenDigits.slice(3, 6)}-${tenDigits.slice(6)}`;
}

export function parseTelephoneNumber(input: string): Parsed<string> {
  const scan = scanDigits(input);
  if (!scan.ok) return scan;
  if (splitRange(scan.value)) {
    return fail(`This looks like a range of numbers: enter one number here, ${EXAMPLE}`);
  }
  return readNumber(scan.value.digits, hasPlus(scan.value));
}

export function parseTelephoneNumbers(
  text: string,
  options: { maxNumbers?: number } = {},
): ListResult<string> {
  const max = options.maxNumbers ?? MAX_NUMBERS;
  return parseList(text, {
    tokens: telephoneTokens,
    parse: parseNumberOrRange,
    limit: {
      max,
      message: (found) =>
        `This list has ${formatCount(found)} telephone numbers, more than the ${formatCount(max)} ` +
        `one list can take: split it into lists of up to ${formatCount(max)} and enter each separately`,
    },
  });
}

function parseNumberOrRange(token: string): Parsed<TokenValues> {
  const scan = scanDigits(token);
  if (!scan.ok) return scan;
  const split = splitRange(scan.value);
  if (split) {
    const range = readRange(split.start, split.end, hasPlus(scan.value));
    return range.ok ? ok(expandRange(range.value), range.warnings) : range;
  }
  const number = readNumber(scan.value.digits, hasPlus(scan.value));
  return number.ok ? ok(single(number.value), number.warnings) : number;
}

/*
 * A spreadsheet shows a long number column in scientific notation (2.14740E+09) and copies it
 * that way: the last digits are gone, so the number cannot be rebuilt, only explained.
 */
const SCIENTIFIC = /^[+-]?\d(\.\d+)?e\+?\d{1,2}$/iu;
const SCIENTIFIC_MESSAGE =
  'This is a number a spreadsheet shortened to scientific notation, which drops its last digits: format the column as text (or as a number with no decimals) in the spreadsheet, then copy it again';

function scanDigits(input: string): Parsed<Scan> {
  const text = stripLabel(input);
  if (SCIENTIFIC.test(text.trim())) return fail(SCIENTIFIC_MESSAGE);
  const groups: string[] = [];
  const gaps: string[] = [];
  let gapStart = 0;
  let i = 0;
  while (i < text.length) {
    if (!isDigitAt(text, i)) {
      i++;
      continue;
    }
    const groupStart = i;
    while (isDigitAt(text, i)) i++;
    gaps.push(text.slice(gapStart, groupStart));
    groups.push(text.slice(groupStart, i));
    gapStart = i;
  }
  gaps.push(text.slice(gapStart));
  for (const [index, gap] of gaps.entries()) {
    const problem = gapProblem(gap, index === 0);
    if (problem) return fail(problem);
  }
  if (groups.length === 0) return fail(`Enter a 10-digit telephone number, ${EXAMPLE}`);
  return ok({ groups, gaps, digits: groups.join('') });
}

/** Text between digit runs may hold only spacing, brackets, dashes, dots, slashes and "to". */
function gapProblem(gap: string, isFirst: boolean): string | undefined {
  let hasLetters = false;
  for (const ch of gap) {
    if (IGNORED.has(ch) || ch.trim() === '') continue;
    if (isAsciiLetter(ch)) hasLetters = true;
    else if (!(isFirst && ch === '+')) {
      return `Remove “${ch}”: type the number with digits only, ${EXAMPLE}`;
    }
  }
  return hasLetters ? lettersProblem(gap) : undefined;
}

function isAsciiLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

function lettersProblem(gap: string): string | undefined {
  for (const word of gap.split(/[^A-Za-z]+/)) {
    const lower = word.toLowerCase();
    if (word === '' || RANGE_WORDS.has(lower)) continue;
    if (EXTENSION_WORDS.has(lower)) {
      return `Remove the extension: enter the 10-digit number only, ${EXAMPLE}`;
    }
    return (
      `Letters are not accepted: type the number in digits, ${EXAMPLE} ` +
      `(on a phone keypad ${word.toUpperCase()} is ${keypadDigits(word)})`
    );
  }
  return undefined;
}

function keypadDigits(letters: string): string {
  // Only ever called with ASCII letters, so code units are characters.
  return Array.from(letters.toUpperCase(), (letter) =>
    String(KEYPAD.findIndex((keys) => keys.includes(letter)) + 2),
  ).join('');
}

function hasPlus(scan: Scan): boolean {
  return scan.gaps[0]?.includes('+') ?? false;
}

/** A range's start is the first 10 digits (11 with the country code 1), then a dash or "to". */
function splitRange(scan: Scan): { start: string; end: string } | undefined {
  const need = scan.digits.startsWith('1') ? 11 : 10;
  let length = 0;
  for (const [i, group] of scan.groups.entries()) {
    length += group.length;
    if (length > need) return undefined;
    if (length === need) {
      const end = scan.groups.slice(i + 1).join('');
      return end !== '' && isRangeGap(scan.gaps[i + 1] ?? '')
        ? { start: scan.digits.slice(0, need), end }
        : undefined;
    }
  }
  return undefined;
}

function isRangeGap(gap: string): boolean {
  for (const ch of gap) if (DASHES.has(ch)) return true;
  return RANGE_WORDS.has(gap.trim().toLowerCase());
}

function readNumber(digits: string, plus: boolean): Parsed<string> {
  if (plus && !digits.startsWith('1')) {
    return fail(
      'Enter a North American number: the only country code accepted is +1, like +1 312 555 0123',
    );
  }
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length < 10) {
    const found = national.length === 1 ? '1 digit' : `${national.length} digits`;
    return fail(`Only ${found} found: enter all 10 digits, area code first, ${EXAMPLE}`);
  }
  if (national.length > 10) {
    return fail(
      `${digits.length} digits found, but a telephone number has 10: ` +
        `remove the extra digits, or put each number on its own line, ${EXAMPLE}`,
    );
  }
  const problem = nanpProblem(national);
  if (problem) return fail(problem);
  const line = Number(national.slice(6));
  return ok(national, fictionalWarning(national.slice(0, 6), line, line));
}

function nanpProblem(number: string): string | undefined {
  const npa = number.slice(0, 3);
  const nxx = number.slice(3, 6);
  if (npa.startsWith('0') || npa.startsWith('1')) {
    const hint = npa.startsWith('1')
      ? ' (if the 1 is the long-distance prefix, a digit is missing)'
      : '';
    return `The area code ${npa} cannot start with ${npa.charAt(0)}: area codes start with 2 to 9, ${EXAMPLE}${hint}`;
  }
  if (isN11(npa)) {
    return `${npa} is a service code (like 411 or 911), not an area code: start with the 3-digit area code, ${EXAMPLE}`;
  }
  if (nxx.startsWith('0') || nxx.startsWith('1')) {
    return `The exchange ${nxx} (digits 4 to 6) cannot start with ${nxx.charAt(0)}: check those digits, ${EXAMPLE}`;
  }
  if (isN11(nxx)) {
    return `The exchange ${nxx} (digits 4 to 6) is a service code like 411 or 911: check those digits, ${EXAMPLE}`;
  }
  return undefined;
}

function isN11(code: string): boolean {
  return code.endsWith('11');
}

/** 555-0100..0199 is reserved for fiction: allowed (the mocks use it) but never a real line. */
function fictionalWarning(prefix: string, first: number, last: number): string[] {
  if (!prefix.endsWith('555') || last < 100 || first > 199) return [];
  const which = first === last ? 'This number is' : 'This range includes numbers';
  return [
    `${which} in the fictional 555-0100 to 555-0199 block, which reaches no real line: ` +
      `check the number if it should be a real customer's`,
  ];
}

/** The end is either a full number or the last digits of one: 1200-99 ends at 1299. */
function readRange(startDigits: string, endDigits: string, plus: boolean): Parsed<Range> {
  const start = readNumber(startDigits, plus);
  if (!start.ok) return start;
  const tail =
    endDigits.length === 11 && endDigits.startsWith('1') ? endDigits.slice(1) : endDigits;
  if (tail.length > 10) {
    return fail(
      `The end of the range has ${endDigits.length} digits: write its last 4 digits or the whole ` +
        `10-digit number, ${RANGE_EXAMPLE}`,
    );
  }
  const end = start.value.slice(0, 10 - tail.length) + tail;
  const from = formatTelephoneNumber(start.value);
  const to = formatTelephoneNumber(end);
  if (end.slice(0, 6) !== start.value.slice(0, 6)) {
    return fail(
      `A range must stay within one area code and exchange (the first 6 digits), so it holds at ` +
        `most ${formatCount(MAX_RANGE_SIZE)} numbers: split ${from} to ${to} into one range per exchange`,
    );
  }
  const first = Number(start.value.slice(6));
  const last = Number(end.slice(6));
  if (first > last) {
    return fail(
      `The range ${from} to ${to} runs backwards: put the lower number first, ${RANGE_EXAMPLE}`,
    );
  }
  const prefix = start.value.slice(0, 6);
  return ok({ prefix, first, last }, fictionalWarning(prefix, first, last));
}

function expandRange({ prefix, first, last }: Range): TokenValues {
  return {
    count: last - first + 1,
    *expand() {
      for (let line = first; line <= last; line++) yield prefix + String(line).padStart(4, '0');
    },
  };
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly digits: number;
  readonly text: string;
}

/*
 * Splits a chunk into numbers and ranges. Single spaces may sit inside one number
 * ("312 555 0123") or between numbers ("3125550123 3125550124"), so words are joined by their
 * digit count: a number ends at 10 digits (11 after a leading country code 1), then a following
 * dash or "to" with digits makes it a range. Words without digits ("TN:", "(main)") are skipped.
 */
function* telephoneTokens(chunk: string): Generator<string> {
  const words = splitWords(chunk);
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first || isJunk(first)) {
      i++;
      continue;
    }
    const end = takeRangeEnd(words, takeNumber(words, i));
    yield chunk.slice(first.start, words[end - 1]?.end);
    i = end;
  }
}

function splitWords(chunk: string): Word[] {
  const words: Word[] = [];
  let from = 0;
  for (const text of chunk.split(/\s+/)) {
    if (text === '') continue;
    const start = chunk.indexOf(text, from);
    from = start + text.length;
    words.push({ start, end: from, text, digits: countDigits(text) });
  }
  return words;
}

function countDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isDigitAt(text, i)) count++;
  return count;
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

function isJunk(word: Word): boolean {
  return word.digits === 0 || word.text.endsWith(':');
}

/** Returns the index after the words that make up one number. */
function takeNumber(words: Word[], from: number): number {
  const need = /^\D*1/.test(words[from]?.text ?? '') ? 11 : 10;
  let digits = 0;
  let i = from;
  while (i < words.length && digits < need) digits += words[i++]?.digits ?? 0;
  return i;
}

/** Extends a number with a range end: "-1299", "- 1299", "to 1299", "to 312 555 1299". */
function takeRangeEnd(words: Word[], from: number): number {
  const next = words[from];
  if (!next) return from;
  const previous = words[from - 1];
  if (next.digits > 0 && (startsWithDash(next.text) || endsWithDash(previous?.text ?? ''))) {
    return from + 1;
  }
  const endWord = words[from + 1];
  if (next.digits > 0 || !isRangeGap(next.text) || !endWord || endWord.digits === 0) return from;
  let i = from + 2;
  // A full end number may itself be spaced: "to 312 555 1299".
  if (endWord.digits === 3 && words[i]?.digits === 3) {
    i++;
    if (words[i]?.digits === 4) i++;
  }
  return i;
}

function startsWithDash(text: string): boolean {
  return DASHES.has(text.charAt(0));
}

function endsWithDash(text: string): boolean {
  return DASHES.has(text.charAt(text.length - 1));
}
