import type { ContactPolicy } from './contactsPolicy.ts';
import {
  CONTACT_FIELDS,
  CenterContactSchema,
  CenterContactsFileSchema,
  LEVEL_FIELDS,
  duplicateKeys,
  parseContactsFile,
  type CenterContact,
  type CenterContactsFile,
  type ContactFileProblem,
} from './contacts.ts';

/*
 * Reading and writing the Center Contacts list as JSON, the shape of center-contacts.json: the
 * organisation's file the app loads at start, and a file imported on the Center contacts page.
 * No CSV here, so loading the list never brings the CSV parser along. Problems name the entry,
 * the field and the line.
 */

/** Larger files are refused before reading: the real list is a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const FILE_TOO_BIG_MESSAGE =
  'This file is larger than 5 MB, far more than a Center Contacts list needs: check that you chose ' +
  'the right file, or export only the contacts sheet as CSV, without other sheets or images';

/** How many line breaks stand between two positions of a text. */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** A spreadsheet's or an editor's byte order mark is not part of the text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/* JSON */

/** The list's own fields, beside its entries. */
export interface ListFields {
  readonly updated?: string;
  readonly source?: string;
  /** True unless the file leaves "sample" out or sets it to false: a misspelt value stays sample. */
  readonly sample?: boolean;
  readonly policy?: ContactPolicy;
}

export interface JsonImport {
  /** The whole file, when it has no problem. */
  readonly file: CenterContactsFile | undefined;
  /**
   * The list's own fields when the file has problems (a valid `file` holds them), read one by one
   * so that importing only the valid entries never turns a sample list into a real one.
   */
  readonly fields?: ListFields;
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
  const lines = fileLines(json);
  const parsed = parseContactsFile(data, lines.entries, lines.policy);
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
  const fields = listFields(data);
  return { file: undefined, fields, entries, problems: parsed.problems, entryCount: list.length };
}

function listFields(data: unknown): ListFields {
  const { shape } = CenterContactsFileSchema;
  const value = (key: string): unknown =>
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
  const updated = shape.updated.safeParse(value('updated'));
  const source = shape.source.safeParse(value('source'));
  const policy = shape.policy.safeParse(value('policy'));
  const sample = value('sample');
  return {
    ...(updated.success ? { updated: updated.data } : {}),
    ...(source.success ? { source: source.data } : {}),
    ...(policy.success && policy.data ? { policy: policy.data } : {}),
    sample: sample !== undefined && sample !== false,
  };
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

/**
 * The line each entry of the top-level "contacts" array starts on, and the line the "policy"
 * object starts on, from valid JSON.
 */
function fileLines(text: string): { entries: number[]; policy?: number } {
  let lines: number[] = [];
  let policy: number | undefined;
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
      if (ch === '{' && depth === 2 && lastKey === 'policy') policy ??= line;
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
  return policy === undefined ? { entries: lines } : { entries: lines, policy };
}

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

/** The file as center-contacts.json: two-space indent, keys always in the documented order. */
export function contactsToJson(file: CenterContactsFile): string {
  const ordered = {
    ...pick(file, ['$schema', 'updated', 'source', 'sample', 'policy']),
    contacts: file.contacts.map((contact) => ({
      ...pick(contact, CONTACT_FIELDS),
      ...(contact.levels
        ? { levels: contact.levels.map((level) => pick(level, LEVEL_FIELDS)) }
        : {}),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
