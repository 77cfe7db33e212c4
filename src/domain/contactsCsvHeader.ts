/*
 * The columns of the Center Contacts list as CSV, and reading a file's header row: which column
 * each header cell names, with a problem for an unknown or repeated one. The rows themselves are
 * read in contactsImport.ts.
 */

export const ENTRY_COLUMNS = [
  'function',
  'region',
  'product_type',
  'name',
  'phone',
  'extension',
  'hours',
  'email',
  'notes',
] as const;
export const LEVEL_COLUMNS = ['name', 'phone', 'extension', 'email'] as const;
/**
 * The organisation's interval before each level, levelN_after: read whenever a file has it, and
 * written only for a list that sets an interval, so a list without a policy keeps the plain header.
 */
export const LEVEL_WITH_AFTER = [...LEVEL_COLUMNS, 'after'] as const;
export type EntryColumn = (typeof ENTRY_COLUMNS)[number];
export type LevelField = (typeof LEVEL_WITH_AFTER)[number];

/** The schema allows levels 1 to 9; the header shows 5, and more columns are added when used. */
const MAX_LEVEL = 9;
export const HEADER_LEVELS = 5;

const REQUIRED_COLUMNS: readonly EntryColumn[] = [
  'function',
  'region',
  'product_type',
  'name',
  'phone',
];

export function levelColumns(
  count: number,
  fields: readonly LevelField[] = LEVEL_COLUMNS,
): string[] {
  return Array.from({ length: count }, (_, i) =>
    fields.map((field) => `level${i + 1}_${field}`),
  ).flat();
}

/** The documented header row (docs/contacts.md); columns up to level9_after are also read. */
export const CSV_HEADER: readonly string[] = [...ENTRY_COLUMNS, ...levelColumns(HEADER_LEVELS)];

/**
 * The sample column marks the fictional list the app ships with, as "sample" does in the JSON
 * file: an export of the sample writes "true" on every row, so the list stays sample when it comes
 * back. It is not in the documented header, since a real list leaves it out.
 */
export const SAMPLE_COLUMN = 'sample';

export type Column =
  | { kind: 'entry'; name: EntryColumn }
  | { kind: 'level'; level: number; field: LevelField }
  | { kind: 'sample' };

export function columnName(column: Column): string {
  if (column.kind === 'sample') return SAMPLE_COLUMN;
  return column.kind === 'entry' ? column.name : `level${column.level}_${column.field}`;
}

/** "Product Type", "product-type" and "productType" all read as product_type. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const HEADER_ALIASES: Record<string, EntryColumn> = {
  product: 'product_type',
  center: 'name',
  centername: 'name',
  telephone: 'phone',
  phonenumber: 'phone',
  ext: 'extension',
  note: 'notes',
};

function readHeader(cell: string): Column | undefined {
  const key = squash(cell);
  if (key === SAMPLE_COLUMN) return { kind: 'sample' };
  const entry = ENTRY_COLUMNS.find((name) => squash(name) === key) ?? HEADER_ALIASES[key];
  if (entry) return { kind: 'entry', name: entry };
  const level = /^level([1-9])(name|title|phone|extension|ext|email|after)$/.exec(key);
  if (!level) return undefined;
  const field = level[2] === 'title' ? 'name' : level[2] === 'ext' ? 'extension' : level[2];
  return { kind: 'level', level: Number(level[1]), field: field as LevelField };
}

export interface CsvProblem {
  /** The line in the file where the row starts, as a text editor numbers it: the header is 1. */
  readonly line: number;
  /** The spreadsheet row: differs from `line` when a cell above holds line breaks. */
  readonly row: number;
  /** The column as the file names it (or a spreadsheet letter when it has no name). */
  readonly column: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/** A, B, ... Z, AA: how a spreadsheet names the column. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const COLUMN_LIST =
  `${ENTRY_COLUMNS.join(', ')}, then level1_name, level1_phone, level1_extension, level1_email, ` +
  'level1_after ' +
  `and so on up to level${MAX_LEVEL}`;

export interface Header {
  /** Column of each position; undefined where the header cell is blank or unknown. */
  readonly columns: (Column | undefined)[];
  /** Positions whose header was reported (unknown or repeated), so their data is not again. */
  readonly reported: Set<number>;
  /** The header text for each column name, to name columns as the file does. */
  readonly written: Map<string, string>;
  readonly problems: CsvProblem[];
  readonly usable: boolean;
}

/** The header row as read: its cells and where it starts in the file. */
export interface HeaderRecord {
  readonly cells: readonly string[];
  readonly line: number;
  readonly row: number;
}

export function readHeaderRow(record: HeaderRecord): Header {
  const problems: CsvProblem[] = [];
  const written = new Map<string, string>();
  const reported = new Set<number>();
  const at = (column: string, message: string): CsvProblem => ({
    line: record.line,
    row: record.row,
    column,
    message,
  });
  const columns = record.cells.map((cell, index): Column | undefined => {
    const text = cell.trim();
    if (text === '') return undefined;
    const column = readHeader(text);
    if (!column) {
      reported.add(index);
      problems.push(
        at(
          text,
          `Unknown column "${text}" (column ${columnLetter(index)}): check its spelling, or delete ` +
            `the column if it is not part of the list. The columns are ${COLUMN_LIST}`,
        ),
      );
      return undefined;
    }
    const name = columnName(column);
    const earlier = written.get(name);
    if (earlier !== undefined) {
      reported.add(index);
      problems.push(
        at(
          text,
          `Column ${columnLetter(index)} repeats the column "${earlier}": keep one of the two, so ` +
            'no value is silently dropped',
        ),
      );
      return undefined;
    }
    written.set(name, text);
    return column;
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!written.has(required)) {
      problems.push(
        at(
          required,
          `The header row has no "${required}" column: add it. The first row must name the ` +
            `columns, at least ${REQUIRED_COLUMNS.join(', ')}`,
        ),
      );
    }
  }
  return {
    columns,
    reported,
    written,
    problems,
    usable: REQUIRED_COLUMNS.every((name) => written.has(name)),
  };
}
