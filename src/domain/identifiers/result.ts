/*
 * What every identifier parser returns. Errors block the step; warnings are shown beside the
 * value and never block (docs/domain.md, "Identifiers": lenient, warn rather than block).
 */

export type Parsed<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };

/** One problem in a pasted list, pointing at the token so the user can find and fix it. */
export interface LineIssue {
  /** 1-based line of the pasted text. */
  line: number;
  /** The token as typed. */
  input: string;
  /** Says how to fix it. */
  message: string;
}

export interface ListResult<T> {
  /** Unique, in input order. */
  values: T[];
  errors: LineIssue[];
  warnings: LineIssue[];
  duplicatesRemoved: number;
}

export function ok<T>(value: T, warnings: string[] = []): Parsed<T> {
  return { ok: true, value, warnings };
}

export function fail<T>(error: string): Parsed<T> {
  return { ok: false, error };
}
