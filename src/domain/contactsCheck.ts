import type { CenterContact, CenterContactsFile } from './contacts.ts';
import { problemText } from './contacts.ts';
import type { ContactPolicy } from './contactsPolicy.ts';
import type { CsvProblem } from './contactsCsvHeader.ts';
import { importContactsCsv } from './contactsImport.ts';
import { importContactsJson } from './contactsJson.ts';

/*
 * A file chosen on the Center contacts page, checked before anything changes: CSV or JSON, its
 * valid entries, every problem as one line, and the list's own fields (date, source, sample).
 * Then the list the device keeps when the user imports it.
 */

export interface CheckedFile {
  readonly fileName: string;
  readonly kind: 'csv' | 'json';
  readonly entries: CenterContact[];
  /** Each problem as one line: where (line and column, or entry and field), then what to do. */
  readonly problems: string[];
  /** The file's own date and source, when it gives them (a CSV does not). */
  readonly updated: string | undefined;
  readonly source: string | undefined;
  /** The file is sample data: "sample" in the JSON, or the sample column of a CSV. */
  readonly sample: boolean;
  /** The organisation's policy from a JSON file; a CSV carries none. */
  readonly policy: ContactPolicy | undefined;
}

export function csvProblemText(problem: CsvProblem): string {
  const where = problem.column
    ? `Line ${problem.line}, column "${problem.column}"`
    : `Line ${problem.line}`;
  // A cell holding line breaks makes the spreadsheet's row number differ from the line.
  const row = problem.row === problem.line ? '' : ` (spreadsheet row ${problem.row})`;
  return `${where}${row}: ${problem.message}`;
}

/** By extension; by content when the name does not say (a JSON file starts with { or [). */
function fileKind(name: string, text: string): 'csv' | 'json' {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

export function checkContactsFile(fileName: string, text: string): CheckedFile {
  const kind = fileKind(fileName, text);
  if (kind === 'json') {
    const { file, fields = file, entries, problems } = importContactsJson(text);
    return {
      fileName,
      kind,
      entries,
      problems: problems.map(problemText),
      updated: fields?.updated,
      source: fields?.source,
      sample: fields?.sample === true,
      policy: fields?.policy,
    };
  }
  const { entries, problems, sample } = importContactsCsv(text);
  return {
    fileName,
    kind,
    entries,
    problems: problems.map(csvProblemText),
    updated: undefined,
    source: undefined,
    sample: sample === true,
    policy: undefined,
  };
}

/**
 * The list the device keeps from a checked file: its valid entries, its own date (else `today`),
 * where it came from, and the sample flag, which an import never drops. A CSV has no place for
 * the policy, so it keeps `current`, the policy of the list in use; a JSON file brings its own.
 */
export function importedList(
  file: CheckedFile,
  today: string,
  current?: ContactPolicy,
): CenterContactsFile {
  const only = file.kind === 'csv' ? ' (only the valid rows)' : ' (only the valid entries)';
  const partial = file.problems.length > 0 ? only : '';
  const from = file.source ? `: ${file.source}` : '';
  const policy = file.kind === 'csv' ? current : file.policy;
  return {
    updated: file.updated ?? today,
    source: `Imported from ${file.fileName} on this device${partial}${from}`,
    ...(file.sample ? { sample: true } : {}),
    ...(policy ? { policy } : {}),
    contacts: file.entries,
  };
}
