import Papa from 'papaparse';
import {
  CONTACT_FUNCTION_LABELS,
  CONTACT_FUNCTIONS,
  CenterContactSchema,
  PRODUCT_TYPE_LABELS,
  PRODUCT_TYPES,
  contactKeyText,
  duplicateKeys,
  parseContactsFile,
  type CenterContact,
  type CenterContactsFile,
  type ContactFileProblem,
  type ContactKey,
} from './contacts.ts';
import { REGION_NAMES, REGIONS } from './regions.ts';

/*
 * Reading and writing the Center Contacts list as CSV (from a spreadsheet) and JSON (the shape of
 * center-contacts.json). Imports never stop at the first problem and never keep a row with a
 * problem: the caller gets the valid rows and every problem, and lets the user choose between
 * fixing the file and importing only the valid rows.
 */

/** Larger files are refused before reading: the real list is a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const FILE_TOO_BIG_MESSAGE =
  'This file is larger than 5 MB, far more than a Center Contacts list needs: check that you chose ' +
  'the right file, or export only the contacts sheet as CSV, without other sheets or images';

/* CSV */

const ENTRY_COLUMNS = [
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
const LEVEL_COLUMNS = ['name', 'phone', 'extension', 'email'] as const;
type EntryColumn = (typeof ENTRY_COLUMNS)[number];
type LevelField = (typeof LEVEL_COLUMNS)[number];

/** The schema allows levels 1 to 9; the header shows 5, and more columns are added when used. */
const MAX_LEVEL = 9;
const HEADER_LEVELS = 5;

const REQUIRED_COLUMNS: readonly EntryColumn[] = [
  'function',
  'region',
  'product_type',
  'name',
  'phone',
];

function levelColumns(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    LEVEL_COLUMNS.map((field) => `level${i + 1}_${field}`),
  ).flat();
}

/** The documented header row (docs/contacts.md); columns up to level9_email are also read. */
export const CSV_HEADER: readonly string[] = [...ENTRY_COLUMNS, ...levelColumns(HEADER_LEVELS)];

type Column =
  { kind: 'entry'; name: EntryColumn } | { kind: 'level'; level: number; field: LevelField };

function columnName(column: Column): string {
  return column.kind === 'entry' ? column.name : `level${column.level}_${column.field}`;
}

/** "Product Type", "product-type" and "productType" all read as product_type. */
function squash(text: string): string {
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
  const entry = ENTRY_COLUMNS.find((name) => squash(name) === key) ?? HEADER_ALIASES[key];
  if (entry) return { kind: 'entry', name: entry };
  const level = /^level([1-9])(name|title|phone|extension|ext|email)$/.exec(key);
  if (!level) return undefined;
  const field = level[2] === 'title' ? 'name' : level[2] === 'ext' ? 'extension' : level[2];
  return { kind: 'level', level: Number(level[1]), field: field as LevelField };
}

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

export interface CsvImport {
  /** The rows without problems, as entries. */
  readonly entries: CenterContact[];
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

/** Line breaks as an editor counts them: \r\n, \n or a lone \r. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

/** A, B, ... Z, AA: how a spreadsheet names the column. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const COLUMN_LIST =
  `${ENTRY_COLUMNS.join(', ')}, then level1_name, level1_phone, level1_extension, level1_email ` +
  `and so on up to level${MAX_LEVEL}`;

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes:
    'A quoted cell starting on this line is never closed, so the rest of the file reads as one cell: ' +
    'add the closing quote ("), and write a quote inside a cell as two ("")',
  InvalidQuotes:
    'A quoted cell has text after its closing quote: put the whole cell in quotes and write each ' +
    'quote inside it as two (""), like "Call ""Duty manager"""',
};

interface Header {
  /** Column of each position; undefined where the header cell is blank or unknown. */
  readonly columns: (Column | undefined)[];
  /** Positions whose header was reported (unknown or repeated), so their data is not again. */
  readonly reported: Set<number>;
  /** The header text for each column name, to name columns as the file does. */
  readonly written: Map<string, string>;
  readonly problems: CsvProblem[];
  readonly usable: boolean;
}

function readHeaderRow(record: CsvRecord): Header {
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

/** The entry a row describes, before validation; blank cells are left out. */
function rowCandidate(cells: readonly string[], columns: readonly (Column | undefined)[]) {
  const values: Partial<Record<EntryColumn, string>> = {};
  const levels = new Map<number, Partial<Record<LevelField, string>>>();
  for (const [index, column] of columns.entries()) {
    const value = cellText(cells[index]);
    if (!column || value === undefined) continue;
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
    return { entries: [], rowCount: 0, problems: [fileProblem(FILE_TOO_BIG_MESSAGE)] };
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
  if (!header.usable) return { entries: [], rowCount: rows.length, problems };

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
  return { entries, problems, rowCount: rows.length };
}

function fileProblem(message: string): CsvProblem {
  return { line: 1, row: 1, column: '', message };
}

/**
 * The entries as CSV with CSV_HEADER (more level columns when a level above 5 is used). Cells
 * starting with = + - or @ get a leading ' so a spreadsheet shows them as text rather than run
 * them as formulas; the import takes it off again.
 */
export function contactsToCsv(contacts: readonly CenterContact[]): string {
  const highest = Math.max(
    HEADER_LEVELS,
    ...contacts.flatMap((contact) => (contact.levels ?? []).map((level) => level.level)),
  );
  const fields = [...ENTRY_COLUMNS, ...levelColumns(highest)];
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
      return LEVEL_COLUMNS.map((field) => level?.[field] ?? '');
    }).flat();
    return [...ENTRY_COLUMNS.map((column) => entryCells[column] ?? ''), ...levelCells];
  });
  return `${Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

/* JSON */

export interface JsonImport {
  /** The whole file, when it has no problem. */
  readonly file: CenterContactsFile | undefined;
  /** The entries without problems (all of them when `file` is set). */
  readonly entries: CenterContact[];
  readonly problems: ContactFileProblem[];
  /** Entries in "contacts", valid or not. */
  readonly entryCount: number;
}

/** Reads a whole center-contacts.json; problems name the entry, field and line. */
export function importContactsJson(text: string): JsonImport {
  const none = (problem: ContactFileProblem): JsonImport => ({
    file: undefined,
    entries: [],
    problems: [problem],
    entryCount: 0,
  });
  if (text.length > MAX_IMPORT_BYTES) {
    return none({ path: [], where: 'The file', message: FILE_TOO_BIG_MESSAGE });
  }
  const json = stripBom(text);
  if (json.trim() === '') {
    return none({
      path: [],
      where: 'The file',
      message: 'The file is empty: it must hold the list as JSON, starting with {',
    });
  }
  if (json.trimStart().startsWith('<')) {
    return none({
      path: [],
      where: 'The file',
      message:
        'This is a web page (HTML), not the JSON list: choose center-contacts.json, or check that ' +
        'the file on the server is the list itself',
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return none(jsonSyntaxProblem(json));
  }
  const lines = entryLines(json);
  const parsed = parseContactsFile(data, lines);
  if (parsed.ok) {
    return {
      file: parsed.file,
      entries: parsed.file.contacts,
      problems: [],
      entryCount: parsed.file.contacts.length,
    };
  }
  const contacts: unknown = (data as { contacts?: unknown } | null)?.contacts;
  const list = Array.isArray(contacts) ? (contacts as unknown[]) : [];
  const duplicated = new Set(duplicateKeys(list).map(([index]) => index));
  const entries = list.flatMap((entry, index) => {
    const result = CenterContactSchema.safeParse(entry);
    return result.success && !duplicated.has(index) ? [result.data] : [];
  });
  return { file: undefined, entries, problems: parsed.problems, entryCount: list.length };
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const line = countLineBreaks(text, 0, index) + 1;
  const lineStart =
    Math.max(text.lastIndexOf('\n', index - 1), text.lastIndexOf('\r', index - 1)) + 1;
  return { line, column: index - lineStart + 1 };
}

/** Where JSON.parse gave up, found again by hand: browsers' messages differ and some omit it. */
function jsonSyntaxProblem(text: string): ContactFileProblem {
  const found = findJsonError(text);
  if (!found) {
    return {
      path: [],
      where: 'The file',
      message:
        'This is not valid JSON: check it in a JSON validator or an editor that shows errors',
    };
  }
  const { line, column } = lineAndColumn(text, found.index);
  return {
    path: [],
    where: `Line ${line}, column ${column}`,
    message: `This is not valid JSON: ${found.problem}`,
    line,
    column,
  };
}

class JsonSyntaxError extends Error {
  readonly index: number;
  readonly problem: string;

  constructor(index: number, problem: string) {
    super(problem);
    this.index = index;
    this.problem = problem;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A small JSON grammar check that returns the first error's position and a hint to fix it. */
function findJsonError(text: string): { index: number; problem: string } | undefined {
  let i = 0;
  const fail = (problem: string): never => {
    throw new JsonSyntaxError(i, problem);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const escape = text.charAt(i + 1);
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if ('"\\/bfnrt'.includes(escape) && escape !== '') i += 2;
        else fail('a backslash \\ in text must be written as two (\\\\)');
        continue;
      }
      if (ch < ' ') {
        fail('text in quotes cannot run onto the next line: close the quote on this line');
      }
      i++;
    }
    fail('a closing quote " is missing');
  };
  const container = (close: '}' | ']') => {
    const isObject = close === '}';
    i++;
    space();
    if (text.charAt(i) === close) {
      i++;
      return;
    }
    for (;;) {
      space();
      if (isObject) {
        if (text.charAt(i) !== '"') {
          fail(
            text.charAt(i) === '}'
              ? 'remove the comma before }: the last field has none after it'
              : 'a field name must be in double quotes, like "phone"',
          );
        }
        string();
        space();
        if (text.charAt(i) !== ':') fail('a colon : is missing after the field name');
        i++;
      } else if (text.charAt(i) === ']') {
        fail('remove the comma before ]: the last item has none after it');
      }
      value();
      space();
      const next = text.charAt(i);
      i++;
      if (next === ',') continue;
      if (next === close) return;
      i--;
      fail(
        isObject
          ? 'a comma , is missing between two fields, or a closing } is missing'
          : 'a comma , is missing between two items, or a closing ] is missing',
      );
    }
  };
  const value = () => {
    space();
    const ch = text.charAt(i);
    if (ch === '{' || ch === '[') {
      container(ch === '{' ? '}' : ']');
      return;
    }
    if (ch === '"') {
      string();
      return;
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
    if (word) {
      i += word.length;
      return;
    }
    if (ch === '') fail('the file ends too early: a value or a closing } or ] is missing');
    if (ch === "'") fail('put text in double quotes ", not single quotes');
    if (ch === '\u201c' || ch === '\u201d') {
      fail('use straight double quotes ", not curly ones (a word processor changed them)');
    }
    if (ch === '/') fail('JSON allows no comments: delete the comment');
    fail(`unexpected ${JSON.stringify(ch)}: put text in double quotes, like "Duty manager"`);
  };
  try {
    value();
    space();
    if (i < text.length) fail('there is more after the end of the list: delete it');
    return undefined;
  } catch (error) {
    // Anything else, like a stack overflow on absurd nesting: the generic message will do.
    return error instanceof JsonSyntaxError
      ? { index: error.index, problem: error.problem }
      : undefined;
  }
}

/** The line each entry of the top-level "contacts" array starts on, from valid JSON. */
function entryLines(text: string): number[] {
  let lines: number[] = [];
  let line = 1;
  let depth = 0;
  let lastKey: string | undefined;
  let inContacts = false;
  let expectEntry = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n' || (ch === '\r' && text.charAt(i + 1) !== '\n')) {
      line++;
      continue;
    }
    if (inContacts && depth === 2 && expectEntry && !' \t\r,]'.includes(ch)) {
      lines.push(line);
      expectEntry = false;
    }
    if (ch === '"') {
      const start = i;
      for (i++; i < text.length && text.charAt(i) !== '"'; i++) if (text.charAt(i) === '\\') i++;
      if (depth === 1) lastKey = JSON.parse(text.slice(start, i + 1)) as string;
    } else if (ch === '{' || ch === '[') {
      depth++;
      if (ch === '[' && depth === 2 && lastKey === 'contacts') {
        inContacts = true;
        expectEntry = true;
        lines = [];
      }
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth < 2) inContacts = false;
    } else if (ch === ',' && inContacts && depth === 2) {
      expectEntry = true;
    }
  }
  return lines;
}

const ENTRY_KEYS = [
  'function',
  'region',
  'productType',
  'name',
  'phone',
  'extension',
  'hours',
  'email',
  'notes',
  'levels',
] as const satisfies readonly (keyof CenterContact)[];
const LEVEL_KEYS = ['level', 'name', 'phone', 'extension', 'email'] as const;

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

/** The file as center-contacts.json: two-space indent, keys always in the documented order. */
export function contactsToJson(file: CenterContactsFile): string {
  const ordered = {
    ...pick(file, ['$schema', 'updated', 'source', 'sample']),
    contacts: file.contacts.map((contact) => ({
      ...pick(contact, ENTRY_KEYS),
      ...(contact.levels ? { levels: contact.levels.map((level) => pick(level, LEVEL_KEYS)) } : {}),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
