import { formatCount } from '../identifiers/list.ts';
import {
  formatTelephoneNumber,
  MAX_NUMBERS,
  parseTelephoneNumber,
  parseTelephoneNumbers,
} from '../identifiers/telephone.ts';
import type { FieldReader, TnItem } from './types.ts';
import {
  readChunks,
  refused,
  skipConnectors,
  splitChunks,
  taken,
  TN_RUN,
  type Chunk,
} from './values.ts';

/*
 * Bounds the work of the TN parser, which expands every range it reads, duplicates included:
 * past the budget the rest is not read (and an issue says so), and one chunk of numbers on a
 * line is at most MAX_CHUNK characters, so a hostile line of repeated ranges stays quick.
 */

export interface Budget {
  used: number;
  exceeded: boolean;
}

const NUMBER_BUDGET = 2 * MAX_NUMBERS;
const MAX_CHUNK = 2_000;

export function telephoneReader(budget: Budget): FieldReader<readonly TnItem[]> {
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
    // Exact: nothing but numbers, their punctuation and the words of a range.
    exact: (text) => TN_RUN.exec(text)?.[0].length === text.length,
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
