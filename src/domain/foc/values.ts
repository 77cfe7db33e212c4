import type { Problem, Read } from './types.ts';

/*
 * Cleaning a value found after a label: separators, quotes, the rest of a sentence, and the
 * splitting of a list into its items.
 */

/**
 * What may follow a label: "#" or "No.", then ":", "=" or " - ", which make the label explicit,
 * or ",", ";" or "|", which separate the columns of a spreadsheet row.
 */
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
export const LINE_LEAD = /^[\s>*•·-]*(?:\d{1,2}[.)]\s*)?$/;
/**
 * The shape of a service order: a type letter, letters and digits, then suffixes after dashes.
 * Whether it has a digit is tested apart, because one pattern for both would backtrack.
 */
export const ORDER_SHAPE = /^[A-Za-z]-?[A-Za-z0-9]+(?:-[A-Za-z0-9]{1,4})*$/;
export const TN_RUN = /^(?:[\d()+.\-–—/ \t,;]|(?:thru|through|to|and)(?![A-Za-z])|&)+/i;

export function afterLabel(raw: string): { explicit: boolean; rest: string } {
  const match = SEPARATOR.exec(raw);
  return { explicit: match?.[1] !== undefined, rest: raw.slice(match?.[0].length ?? 0) };
}

/**
 * Trims spaces, quotes, trailing commas and a sentence's full stop. It walks the characters
 * rather than using a pattern anchored at the end, which would be slow on a long line.
 */
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
export function valueOf(text: string): { value: string; cut: boolean } {
  const value = cleanValue(text);
  const prose = PROSE_AFTER.exec(value);
  return prose
    ? { value: cleanValue(value.slice(0, prose.index)), cut: true }
    : { value, cut: false };
}

export function skipConnectors(text: string): string {
  return text.slice(CONNECTORS.exec(text)?.[0].length ?? 0);
}

export const shorten = (text: string): string =>
  text.length > 40 ? `${text.slice(0, 40)}…` : text;

export function taken<V>(value: V, text: string): Read<V> {
  return { value, text, problems: [] };
}

export function refused<V>(text: string, message: string): Read<V> {
  return { text, problems: [{ input: text, message }] };
}

/**
 * Splits a list at commas, semicolons, pipes, tabs and "and"; each piece goes to the field's
 * parser.
 */
export function splitChunks(text: string): string[] {
  return text
    .replace(/(?<!\s)\s+(?:and|&)\s+/gi, ',')
    .split(/[,;|\t]/)
    .filter((chunk) => chunk.trim() !== '');
}

export interface Chunk<I> {
  readonly items: readonly I[];
  readonly problems: readonly Problem[];
}

/**
 * Reads every piece of a list; `nothing` is the problem when no piece gives an item or a problem.
 */
export function readChunks<I>(
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

/** For loose wording: the items at the start of the text, up to the first that does not read. */
export function leadingItems<I>(
  tokens: readonly string[],
  parse: (token: string) => I | undefined,
) {
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

export const words = (text: string): string[] =>
  skipConnectors(text)
    .split(/[\s,;]+/)
    .filter((word) => word !== '' && !/^(?:and|&)$/i.test(word))
    .map((word) => cleanValue(word));
