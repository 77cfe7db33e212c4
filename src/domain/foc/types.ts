import type { DateReadings } from '../identifiers/date.ts';

/*
 * The shapes of an FOC reading (what callers get) and of the reader's own steps (what each
 * field reader gives before the values are settled).
 */

export const FOC_FIELDS = [
  'pon',
  'ver',
  'reqtyp',
  'focDate',
  'dueDate',
  'serviceOrders',
  'telephoneNumbers',
  'circuitIds',
  'ccna',
] as const;
export type FocField = (typeof FOC_FIELDS)[number];

/** Plain words for a review panel. */
export const FOC_FIELD_LABELS: Readonly<Record<FocField, string>> = {
  pon: 'PON',
  ver: 'Version (VER)',
  reqtyp: 'Requisition type (REQTYP)',
  focDate: 'FOC date (D/TSENT)',
  dueDate: 'Due date (DD)',
  serviceOrders: 'AT&T service order numbers (ORD)',
  telephoneNumbers: 'Telephone numbers (TN)',
  circuitIds: 'Circuit IDs (ECCKT)',
  ccna: 'Company code (CCNA)',
};

/** One value and where it came from. */
export interface Found<T> {
  readonly value: T;
  /** 1-based line of the paste where the value (not its label) was found. */
  readonly line: number;
  /** True only for a clean value after an explicit label, with nothing in the text doubting it. */
  readonly sure: boolean;
  /** The value as found in the paste (lines joined by "\n" for a list read from several). */
  readonly text: string;
  /** For a list read over several lines: the line that made it not sure, when not the first. */
  readonly unsureAt?: number;
}

export interface FocTelephoneNumbers {
  /** One number or range per entry, as the TN parser reads it back: 214-555-1200-1299. */
  readonly entries: readonly string[];
  /** Numbers in all, each number of a range counted, duplicates once. */
  readonly count: number;
}

/** Something the user must look at: the message says how to fix it. */
export interface FocIssue {
  readonly field: FocField | 'text';
  readonly line?: number;
  readonly message: string;
}

export interface FocReading {
  readonly pon?: Found<string>;
  readonly ver?: Found<string>;
  /** Two letters, like BB. */
  readonly reqtyp?: Found<string>;
  /** ISO YYYY-MM-DD. */
  readonly focDate?: Found<string>;
  /** ISO YYYY-MM-DD; never the desired due date (DDD). */
  readonly dueDate?: Found<string>;
  /** Normalised, like N12345678. */
  readonly serviceOrders?: Found<readonly string[]>;
  readonly telephoneNumbers?: Found<FocTelephoneNumbers>;
  readonly circuitIds?: Found<readonly string[]>;
  readonly ccna?: Found<string>;
  /**
   * When the text holds several orders (different PONs): each order read on its own, in the
   * order of the text. The reading's own lists are then never sure: the user picks an order.
   */
  readonly orders?: readonly FocReading[];
  /** Dates the FOC gives but the reader could not settle, for the wizard to ask on their page. */
  readonly unsettledDates?: UnsettledDates;
  readonly issues: readonly FocIssue[];
  /** How many fields were found; 0 means "no FOC fields found". */
  readonly fieldsFound: number;
  readonly tooLong?: true;
}

/** A date seen but not settled: its line, the text as the FOC writes it, and why. */
export interface UnsettledDate {
  readonly line: number;
  readonly text: string;
  /** "It could be December 1, 2026 or January 12, 2026". */
  readonly why: string;
}

export type UnsettledDates = Partial<Record<'focDate' | 'dueDate', UnsettledDate>>;

/** What a label can name: the FOC fields, and DDD, read only so it is never taken for DD. */
export type Target = FocField | 'desiredDueDate';

export interface TnItem {
  readonly entry: string;
  readonly numbers: readonly string[];
}

/** What each reader gives before the collector settles it (dates keep both readings). */
export interface RawValues {
  pon: string;
  ver: string;
  reqtyp: string;
  ccna: string;
  focDate: DateReadings;
  dueDate: DateReadings;
  desiredDueDate: DateReadings;
  serviceOrders: readonly string[];
  telephoneNumbers: readonly TnItem[];
  circuitIds: readonly string[];
}

export interface Problem {
  readonly input: string;
  readonly message: string;
}

export interface Read<V> {
  readonly value?: V;
  readonly text: string;
  readonly problems: readonly Problem[];
}

export interface FieldReader<V> {
  /** The whole text as this field's value. */
  readonly whole: (text: string) => Read<V>;
  /** Loose wording: the value at the start of the text, or nothing (never a problem). */
  readonly prefix: (text: string) => Read<V> | undefined;
  /** Whether a line that failed could still be meant as one more item of a list. */
  readonly looksLike: (text: string) => boolean;
  /**
   * Whether a text that `whole` read is nothing but this field's values. A list parser skips
   * words it does not know ("Fax 214-555-0197" gives a number), so a value it picked out of a
   * longer text reads, but is never sure.
   */
  readonly exact: (text: string) => boolean;
}

export type Readers = { readonly [K in Target]: FieldReader<RawValues[K]> };

export const NOUNS: Readonly<Record<FocField, readonly [one: string, many: string]>> = {
  pon: ['PON', 'PONs'],
  ver: ['version (VER)', 'versions (VER)'],
  reqtyp: ['REQTYP', 'REQTYPs'],
  focDate: ['FOC date (D/TSENT)', 'FOC dates (D/TSENT)'],
  dueDate: ['due date (DD)', 'due dates (DD)'],
  serviceOrders: ['service order number (ORD)', 'service order numbers (ORD)'],
  telephoneNumbers: ['telephone number (TN)', 'telephone numbers (TN)'],
  circuitIds: ['circuit ID (ECCKT)', 'circuit IDs (ECCKT)'],
  ccna: ['CCNA', 'CCNAs'],
};
