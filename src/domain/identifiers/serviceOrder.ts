import { parseList, single, stripLabel } from './list.ts';
import { fail, ok, type ListResult, type Parsed } from './result.ts';

/*
 * AT&T service order numbers, as printed on the FOC: a type letter, 3 to 12 letters or digits,
 * and optional suffixes such as -CAN. AT&T does not publish the per-region formats, so only the
 * type letter and a sane length are enforced; an odd but plausible shape gets a warning:
 * - an unknown first letter warns (a region may use a letter we have not seen); a digit there
 *   is an error, because without the type letter it is likely a PON or a telephone number;
 * - 13 to 16 characters after the type letter, a body without digits, or an unknown suffix warn;
 * - fewer than 3 or more than 16 characters after the letter, or a suffix over 4, are errors.
 */

const EXAMPLE = 'like N12345678';
const TYPE_LETTERS = 'N new, C change, D disconnect, R record, T or F move, X, P or A';
const KNOWN_TYPES = new Set(['N', 'C', 'D', 'R', 'T', 'F', 'X', 'P', 'A']);
const KNOWN_SUFFIXES = new Set(['CAN', 'AVL', 'DUP']);
const MIN_BODY = 3;
const USUAL_MAX_BODY = 12;
const MAX_BODY = 16;
const MAX_SUFFIX = 4;

export function parseServiceOrderNumber(input: string): Parsed<string> {
  const text = stripLabel(input)
    .replace(/[\s.]+/gu, '')
    .toUpperCase();
  if (text === '') return fail(`Enter the AT&T service order number from the FOC, ${EXAMPLE}`);
  const bad = /[^A-Z0-9-]/u.exec(text);
  if (bad) {
    return fail(
      `Remove “${bad[0]}”: use only letters and digits, and a dash before a suffix, like N12345678-CAN`,
    );
  }
  const [head = '', ...suffixes] = joinTypeLetter(text.split('-'));
  const problem = headProblem(head) ?? suffixes.map(suffixProblem).find(Boolean);
  if (problem) return fail(problem);
  return ok([head, ...suffixes].join('-'), [...headWarnings(head), ...suffixWarnings(suffixes)]);
}

export function parseServiceOrderNumbers(text: string): ListResult<string> {
  return parseList(text, {
    tokens: serviceOrderTokens,
    parse: (token) => {
      const parsed = parseServiceOrderNumber(token);
      return parsed.ok ? ok(single(parsed.value), parsed.warnings) : parsed;
    },
  });
}

/** "N-12345678" is the same order as N12345678: the dash belongs to suffixes only. */
function joinTypeLetter(parts: string[]): string[] {
  const [first = '', second, ...rest] = parts;
  return first.length === 1 && second !== undefined ? [first + second, ...rest] : parts;
}

function headProblem(head: string): string | undefined {
  if (!/^[A-Z]/.test(head)) {
    return `Start with the order type letter (${TYPE_LETTERS}), ${EXAMPLE}`;
  }
  const body = head.length - 1;
  if (body < MIN_BODY) {
    return `“${head}” is too short: after the type letter come ${MIN_BODY} to ${USUAL_MAX_BODY} letters or digits, ${EXAMPLE}`;
  }
  if (body > MAX_BODY) {
    return `“${head}” is too long for one service order number (${head.length} characters): check it against the FOC and put each number on its own line, ${EXAMPLE}`;
  }
  return undefined;
}

function suffixProblem(suffix: string): string | undefined {
  if (suffix === '')
    return 'Remove the extra dash, or write the suffix after it, like N12345678-CAN';
  if (suffix.length > MAX_SUFFIX) {
    return `The suffix “-${suffix}” is too long: a suffix is 2 to ${MAX_SUFFIX} letters, like N12345678-CAN`;
  }
  return undefined;
}

function headWarnings(head: string): string[] {
  const warnings: string[] = [];
  const type = head.charAt(0);
  if (!KNOWN_TYPES.has(type)) {
    warnings.push(
      `“${type}” is not a usual order type letter (${TYPE_LETTERS}): check the number on the FOC`,
    );
  }
  if (head.length - 1 > USUAL_MAX_BODY) {
    warnings.push(
      `“${head}” is longer than usual (${USUAL_MAX_BODY} characters after the type letter): check it on the FOC`,
    );
  }
  if (!/\d/.test(head)) {
    warnings.push(`“${head}” has no digits, which is unusual: check it on the FOC, ${EXAMPLE}`);
  }
  return warnings;
}

function suffixWarnings(suffixes: string[]): string[] {
  return suffixes
    .filter((suffix) => !KNOWN_SUFFIXES.has(suffix))
    .map(
      (suffix) =>
        `The suffix “-${suffix}” is not one we know (-CAN, -AVL, -DUP): check it on the FOC`,
    );
}

/*
 * Orders are separated by anything, spaces included, yet a single order may be typed with
 * spaces ("N 1234 5678"): split on spaces unless that breaks a chunk that is valid as a whole.
 */
function serviceOrderTokens(chunk: string): string[] {
  const words = chunk.split(/\s+/).filter((word) => stripLabel(word) !== '');
  if (words.length < 2 || words.every((word) => parseServiceOrderNumber(word).ok)) return words;
  const whole = chunk.trim();
  return parseServiceOrderNumber(whole).ok ? [whole] : words;
}
