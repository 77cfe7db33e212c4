import type { LineIssue, ListResult, Parsed } from './result.ts';

/*
 * The machinery shared by every "paste a list" field: lines, chunks between separators, tokens,
 * duplicates and a total limit. Each identifier supplies only how a chunk splits into tokens and
 * how one token parses.
 */

/**
 * What one token stands for: one value, or (a TN range) many, expanded only while they fit under
 * the limit, so an oversized list is counted without being built.
 */
export interface TokenValues {
  readonly count: number;
  readonly expand: () => Iterable<string>;
}

export function single(value: string): TokenValues {
  return { count: 1, expand: () => [value] };
}

export interface ListSyntax {
  /** Splits a chunk (the text of one line between , ; | and tabs) into tokens as typed. */
  readonly tokens: (chunk: string) => Iterable<string>;
  readonly parse: (token: string) => Parsed<TokenValues>;
  readonly limit?: { readonly max: number; readonly message: (found: number) => string };
}

const LINE_BREAK = /\r\n|\r|\n/;
const CHUNK_SEPARATOR = /[,;|\t]/;
/** A leading "TN:", "Service order #:" or similar label, kept short so it cannot eat a value. */
const LABEL = /^\s*[A-Za-z][A-Za-z .#]{0,24}:/;

export function stripLabel(text: string): string {
  return text.replace(LABEL, '');
}

export function parseList(text: string, syntax: ListSyntax): ListResult<string> {
  const list = new ListBuilder(syntax.limit);
  text.split(LINE_BREAK).forEach((lineText, index) => {
    for (const chunk of lineText.split(CHUNK_SEPARATOR)) {
      for (const input of syntax.tokens(chunk)) list.add(index + 1, input, syntax.parse(input));
    }
  });
  return list.result();
}

interface Overflow {
  readonly line: number;
  readonly input: string;
  beyond: number;
}

class ListBuilder {
  private readonly seen = new Set<string>();
  private readonly values: string[] = [];
  private readonly errors: LineIssue[] = [];
  private readonly warnings: LineIssue[] = [];
  private duplicatesRemoved = 0;
  /** Values expanded so far, repeats included: a range pasted 50,000 times is work too. */
  private expanded = 0;
  private overflow: Overflow | undefined;
  private readonly limit: ListSyntax['limit'];

  constructor(limit: ListSyntax['limit']) {
    this.limit = limit;
  }

  add(line: number, input: string, parsed: Parsed<TokenValues>): void {
    if (!parsed.ok) {
      this.errors.push({ line, input, message: parsed.error });
      return;
    }
    for (const message of parsed.warnings) this.warnings.push({ line, input, message });
    const max = this.limit?.max ?? Infinity;
    if (!this.overflow && this.expanded + parsed.value.count > max * 2) {
      // Repeats past twice the limit: the list is refused without expanding the rest.
      this.overflow = { line, input, beyond: 0 };
    }
    if (this.overflow) {
      // Past the limit values are only counted (duplicates included): the list must be split.
      this.overflow.beyond += parsed.value.count;
      return;
    }
    this.expanded += parsed.value.count;
    for (const value of parsed.value.expand()) this.keep(line, input, value);
  }

  private keep(line: number, input: string, value: string): void {
    if (this.seen.has(value)) {
      this.duplicatesRemoved++;
    } else if (this.values.length < (this.limit?.max ?? Infinity)) {
      this.seen.add(value);
      this.values.push(value);
    } else {
      this.overflow ??= { line, input, beyond: 0 };
      this.overflow.beyond++;
    }
  }

  result(): ListResult<string> {
    const errors = [...this.errors];
    if (this.overflow && this.limit) {
      const { line, input, beyond } = this.overflow;
      errors.unshift({ line, input, message: this.limit.message(this.values.length + beyond) });
    }
    return {
      values: this.values,
      errors,
      warnings: this.warnings,
      duplicatesRemoved: this.duplicatesRemoved,
    };
  }
}

/**
 * 100000 -> "100,000", the way the message reader expects a count; with the noun's two forms,
 * the count and the noun that agrees with it: "1 line", "2 lines".
 */
export function formatCount(count: number, noun?: readonly [one: string, many: string]): string {
  const shown = count.toLocaleString('en-US');
  return noun ? `${shown} ${count === 1 ? noun[0] : noun[1]}` : shown;
}
