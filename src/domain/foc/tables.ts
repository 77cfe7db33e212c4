import { allMatches, findLabels, type LabelHit } from './labels.ts';
import { prepare, segmentsOf, type Context } from './lines.ts';
import type { Target } from './types.ts';
import { LINE_LEAD, valueOf } from './values.ts';

/*
 * Tables: a header row of labels with value rows below it, separated by tabs, pipes, semicolons
 * or commas (quoted CSV cells included), or aligned with spaces as a screen shows them.
 */

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

/**
 * One record of a CSV-like table from lines[start]: cells may be quoted, "" inside quotes is one
 * quote, and a quoted cell may go on over several lines.
 */
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

/**
 * A header of labels aligned over its values ("PON    VER" over "ABC123 02"): the columns are where
 * the labels stand.
 */
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

/**
 * For each line, its reading as a row of labels between separators, if it is one; computed once per
 * line.
 */
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

/**
 * The cells of a screen row: text split at two or more spaces, or at each space when that gives one
 * cell per column.
 */
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
export function readTables(
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
