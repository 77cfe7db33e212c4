import { MAX_PASTE_CHARACTERS } from '../answers.ts';
import { formatCount } from '../identifiers/list.ts';
import { Collector } from './collector.ts';
import { findLabels } from './labels.ts';
import { readLines, type Context } from './lines.ts';
import { orderOwners } from './orders.ts';
import { createReaders } from './readers.ts';
import { settle } from './settle.ts';
import { readTables } from './tables.ts';
import type { Budget } from './telephone.ts';
import type { FocReading } from './types.ts';

/*
 * Reads the identifiers of an AT&T Firm Order Confirmation (FOC) pasted as text: an e-mail, an
 * ordering-system screen or a spreadsheet row. Values are found next to labels (the LSOG field
 * abbreviations or their names) and go through the identifier parsers; what is ambiguous is
 * reported as an issue, never guessed. docs/foc.md describes the layouts and the rules.
 */

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

/** A tag of markup pasted from a page's source: read as spaces, so columns keep their places. */
const TAG = /<\/?[A-Za-z][^<>\n]{0,200}>/g;
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
  const owners = orderOwners(ctx.out.sightings.pon, lines);
  if (!owners) return settle(ctx.out, lines, budget);
  // Each order is cut out before the whole is settled, which adds the conflicts between them.
  const parts = [...new Set(owners)].map((pon) => ctx.out.only((line) => owners[line - 1] === pon));
  const whole = settle(ctx.out, lines, budget);
  return { ...whole, orders: parts.map((part) => settle(part, lines, budget)) };
}
