import Papa from 'papaparse';
import {
  FILE_TOO_BIG_MESSAGE,
  MAX_IMPORT_BYTES,
  countLineBreaks,
  stripBom,
} from './contactsJson.ts';
import {
  CONTACT_FUNCTION_LABELS,
  CONTACT_FUNCTIONS,
  CenterContactSchema,
  PRODUCT_TYPE_LABELS,
  PRODUCT_TYPES,
  contactKeyText,
  duplicateKeys,
  type CenterContact,
  type ContactKey,
} from './contacts.ts';
import {
  CSV_HEADER,
  ENTRY_COLUMNS,
  HEADER_LEVELS,
  LEVEL_COLUMNS,
  LEVEL_WITH_AFTER,
  SAMPLE_COLUMN,
  columnLetter,
  columnName,
  levelColumns,
  readHeaderRow,
  squash,
  type Column,
  type CsvProblem,
  type EntryColumn,
  type LevelField,
} from './contactsCsvHeader.ts';
import { REGION_NAMES, REGIONS } from './regions.ts';

/*
 * Reading and writing the Center Contacts list as CSV, as a spreadsheet exports it (the JSON side
 * is contactsJson.ts). Imports never stop at the first problem and never keep a row with a
 * problem: the caller gets the valid rows and every problem, and lets the user choose between
 * fixing the file and importing only the valid rows.
 */

/** Values, labels and REQTYP codes all read as the value: 'BB', 'Loop with number portability (BB)'. */
function enumReader<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  aliases: Record<string, T> = {},
): (cell: string) => T | undefined {
  const known = new Map<string, T>(Object.entries(aliases));
  for (const value of values) {
    known.set(squash(value), value);
    known.set(squash(labels[value]), value);
    known.set(squash(labels[value].replace(/\s*\(.*\)\s*$/, '')), value);
  }
  return (cell) => known.get(squash(cell));
}

const readFunction = enumReader(CONTACT_FUNCTIONS, CONTACT_FUNCTION_LABELS);
const readRegion = enumReader(REGIONS, REGION_NAMES);
const readProductType = enumReader(PRODUCT_TYPES, PRODUCT_TYPE_LABELS, {
  ab: 'loop',
  bb: 'loopWithLnp',
  cb: 'lnp',
  eb: 'resale',
  mb: 'lwc',
  lnponly: 'lnp',
});

export interface CsvImport {
  /** The rows without problems, as entries. */
  readonly entries: CenterContact[];
  /** Some row says "true" in the sample column (or something other than "false"): sample data. */
  readonly sample?: true;
  readonly problems: CsvProblem[];
  /** Data rows read, blank rows left out. */
  readonly rowCount: number;
}

interface CsvRecord {
  readonly cells: string[];
  readonly line: number;
  readonly row: number;
  readonly errors: Papa.ParseError[];
}

/** Every record with the line it starts on; papaparse's cursor marks where each one ends. */
function readRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    // Excel writes ';' where the decimal separator is ','; tabs come from copy and paste.
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      const end = result.meta.cursor;
      records.push({ cells: result.data, line, row: records.length + 1, errors: result.errors });
      line += countLineBreaks(text, start, end);
      start = end;
    },
  });
  return records;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Undoes the quote export puts before = + - @ so a spreadsheet shows text, not a formula. */
function cellText(cell: string | undefined): string | undefined {
  const text = (cell ?? '').trim();
  const unescaped = /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
  return unescaped === '' ? undefined : unescaped;
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes:
    'A quoted cell starting on this line is never closed, so the rest of the file reads as one cell: ' +
    'add the closing quote ("), and write a quote inside a cell as two ("")',
  InvalidQuotes:
    'A quoted cell has text after its closing quote: put the whole cell in quotes and write each ' +
    'quote inside it as two (""), like "Call ""Duty manager"""',
};

/** The entry a row describes, before validation; blank cells are left out. */
function rowCandidate(cells: readonly string[], columns: readonly (Column | undefined)[]) {
  const values: Partial<Record<EntryColumn, string>> = {};
  const levels = new Map<number, Partial<Record<LevelField, string>>>();
  for (const [index, column] of columns.entries()) {
    const value = cellText(cells[index]);
    if (!column || value === undefined || column.kind === 'sample') continue;
    if (column.kind === 'entry') {
      values[column.name] = value;
    } else {
      levels.set(column.level, { ...levels.get(column.level), [column.field]: value });
    }
  }
  const raw = (cell: string | undefined, read: (cell: string) => string | undefined) =>
    cell === undefined ? undefined : (read(cell) ?? cell);
  const candidate: Record<string, unknown> = {
    function: raw(values.function, readFunction),
    region: raw(values.region, readRegion),
    productType: raw(values.product_type, readProductType),
    name: values.name,
    phone: values.phone,
    extension: values.extension,
    hours: values.hours,
    email: values.email,
    notes: values.notes,
  };
  if (levels.size > 0) {
    candidate.levels = [...levels.entries()]
      .sort(([a], [b]) => a - b)
      .map(([level, fields]) => ({ level, ...fields }));
  }
  return Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
}

const FIELD_COLUMNS: Record<string, EntryColumn> = { productType: 'product_type' };

/** The column a zod issue path points at: ["levels", 0, "email"] -> level2_email. */
function issueColumn(candidate: Record<string, unknown>, path: readonly PropertyKey[]): string {
  const [field, index, sub] = path;
  if (field === 'levels' && typeof index === 'number') {
    const levels = candidate.levels as { level: number }[] | undefined;
    const level = levels?.[index]?.level ?? index + 1;
    return `level${level}_${String(sub ?? 'name')}`;
  }
  const name = String(field);
  return FIELD_COLUMNS[name] ?? name;
}

/**
 * Reads a CSV of the Center Contacts list, one row per center (CSV_HEADER). Headers may use any
 * case, spaces or hyphens; function, region and product type cells may use the labels.
 */
export function importContactsCsv(text: string): CsvImport {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      entries: [],
      rowCount: 0,
      problems: [fileProblem(FILE_TOO_BIG_MESSAGE)],
    };
  }
  const records = readRecords(stripBom(text));
  const headerIndex = records.findIndex((record) => !isBlank(record.cells));
  const headerRecord = records[headerIndex];
  if (!headerRecord) {
    return {
      entries: [],
      rowCount: 0,
      problems: [
        fileProblem(
          `The file is empty: the first row must name the columns, like ${CSV_HEADER.slice(0, 5).join(',')}`,
        ),
      ],
    };
  }
  const header = readHeaderRow(headerRecord);
  const problems = [...header.problems];
  const rows = records.slice(headerIndex + 1).filter((record) => !isBlank(record.cells));
  if (rows.length === 0) {
    problems.push(
      fileProblem('The file has a header row but no centers: add one row per center below it'),
    );
  }
  const sampleAt = header.columns.findIndex((column) => column?.kind === 'sample');
  const sampleCells = rows.map((record) => cellText(record.cells[sampleAt])?.toLowerCase());
  const sample = sampleCells.some((cell) => cell !== undefined && cell !== 'false')
    ? { sample: true as const }
    : {};
  if (!header.usable) return { entries: [], ...sample, rowCount: rows.length, problems };

  const name = (column: string) => header.written.get(column) ?? column;
  const strays = new Set<number>();
  const checked = rows.map((record) => {
    const rowProblems: CsvProblem[] = [];
    const at = (column: string, message: string) =>
      rowProblems.push({ line: record.line, row: record.row, column, message });
    for (const error of record.errors) {
      // The broken cell is the last one read.
      const last = record.cells.length - 1;
      const column = header.columns[last];
      at(
        column ? name(columnName(column)) : columnLetter(last),
        QUOTE_PROBLEMS[error.code] ?? `${error.message}: check the quotes on this row`,
      );
    }
    // Data in a column without a header would be dropped: reported once per column.
    for (const [index, cell] of record.cells.entries()) {
      if (header.columns[index] || header.reported.has(index) || cell.trim() === '') continue;
      if (strays.has(index)) continue;
      strays.add(index);
      at(
        columnLetter(index),
        `Column ${columnLetter(index)} holds data but has no known header: name the column in the ` +
          'header row, or delete the data',
      );
    }
    const sampleCell = sampleAt < 0 ? undefined : cellText(record.cells[sampleAt]);
    if (sampleCell !== undefined && !['true', 'false'].includes(sampleCell.toLowerCase())) {
      at(
        name(SAMPLE_COLUMN),
        `${JSON.stringify(sampleCell)} is not true or false: write true only in the list the app ` +
          'ships with, and leave the column out of a real list',
      );
    }
    const candidate = rowCandidate(record.cells, header.columns);
    const parsed =
      record.errors.length === 0 ? CenterContactSchema.safeParse(candidate) : undefined;
    for (const issue of parsed?.error?.issues ?? []) {
      at(name(issueColumn(candidate, issue.path)), issue.message);
    }
    return { record, candidate, parsed, problems: rowProblems };
  });

  const duplicates = duplicateKeys(checked.map((row) => row.candidate));
  for (const [index, other] of duplicates) {
    const row = checked[index];
    const otherRow = checked[other];
    if (!row || !otherRow) continue;
    row.problems.push({
      line: row.record.line,
      row: row.record.row,
      column: name('product_type'),
      message:
        `Line ${otherRow.record.line} has the same function, region and product type ` +
        `(${contactKeyText(row.candidate as ContactKey)}): keep one of the two rows, or change the ` +
        'product type of one',
    });
  }

  // Left to right within a row, as the user reads the spreadsheet.
  const order = new Map([...header.written.values()].map((text, index) => [text, index]));
  const position = (problem: CsvProblem) => order.get(problem.column) ?? order.size;
  const entries: CenterContact[] = [];
  for (const row of checked) {
    problems.push(...row.problems.sort((a, b) => position(a) - position(b)));
    if (row.problems.length === 0 && row.parsed?.success) entries.push(row.parsed.data);
  }
  return { entries, ...sample, problems, rowCount: rows.length };
}

function fileProblem(message: string): CsvProblem {
  return { line: 1, row: 1, column: '', message };
}

/**
 * The entries as CSV with CSV_HEADER (more level columns when a level above 5 is used, a
 * levelN_after column after each level's e-mail when some level sets an interval, and the sample
 * column for sample data). Cells starting with = + - or @ get a leading ' so a spreadsheet
 * shows them as text rather than run them as formulas; the import takes it off again.
 */
export function contactsToCsv(
  contacts: readonly CenterContact[],
  { sample = false }: { readonly sample?: boolean } = {},
): string {
  const highest = Math.max(
    HEADER_LEVELS,
    ...contacts.flatMap((contact) => (contact.levels ?? []).map((level) => level.level)),
  );
  const withAfter = contacts.some((contact) =>
    (contact.levels ?? []).some((level) => level.after !== undefined),
  );
  const levelFields = withAfter ? LEVEL_WITH_AFTER : LEVEL_COLUMNS;
  const fields = [
    ...ENTRY_COLUMNS,
    ...levelColumns(highest, levelFields),
    ...(sample ? [SAMPLE_COLUMN] : []),
  ];
  const data = contacts.map((contact) => {
    const levels = new Map((contact.levels ?? []).map((level) => [level.level, level]));
    const entryCells: Record<EntryColumn, string | undefined> = {
      function: contact.function,
      region: contact.region,
      product_type: contact.productType,
      name: contact.name,
      phone: contact.phone,
      extension: contact.extension,
      hours: contact.hours,
      email: contact.email,
      notes: contact.notes,
    };
    const levelCells = Array.from({ length: highest }, (_, i) => {
      const level = levels.get(i + 1);
      return levelFields.map((field) => level?.[field] ?? '');
    }).flat();
    return [
      ...ENTRY_COLUMNS.map((column) => entryCells[column] ?? ''),
      ...levelCells,
      ...(sample ? ['true'] : []),
    ];
  });
  return `${Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
