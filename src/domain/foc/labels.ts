import type { Target } from './types.ts';

/*
 * The labels of an FOC's fields: the LSOG abbreviations, their names, and the loose wording of an
 * e-mail. A line is searched once for all of them.
 */

/**
 * A label and its plurals: "service order number" also reads "service order numbers" and "service
 * order number(s)".
 */
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

export interface LabelHit {
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

export function findLabels(line: string): LabelHit[] {
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

/**
 * Every match of a global pattern. matchAll() would copy the large label pattern on every call,
 * which costs about 7 µs a line.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) matches.push(match);
  return matches;
}
