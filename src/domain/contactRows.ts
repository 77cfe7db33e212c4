import type { CenterContact, ContactLevel } from './contacts.ts';
import {
  CONTACT_FUNCTION_LABELS,
  CONTACT_FUNCTIONS,
  PRODUCT_TYPE_LABELS,
  PRODUCT_TYPES,
} from './contacts.ts';
import { parseTelephoneNumber } from './identifiers/telephone.ts';
import { REGION_NAMES, REGIONS } from './regions.ts';
import { formatPhone } from './format.ts';

/*
 * The Center contacts page's table as data: one row per center in a stable order, each with the
 * words it shows and what the search looks in.
 */

/** "1: Duty manager, 312-555-0150, duty@example.com, call after 4 hours" */
export function levelText(level: ContactLevel): string {
  return [
    `${level.level}: ${level.name}`,
    level.phone && formatPhone(level.phone, level.extension),
    level.email,
    level.after && `call after ${level.after}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** One id per center: its function, region and product type, which the list holds once. */
export function contactId(contact: CenterContact): string {
  return `${contact.function}-${contact.region}-${contact.productType}`;
}

export interface ContactRow {
  readonly contact: CenterContact;
  readonly id: string;
  readonly functionText: string;
  readonly regionText: string;
  readonly productText: string;
  readonly phone: string;
  readonly levels: ContactLevel[];
  /** Every cell's text, lower case, for the search. */
  readonly text: string;
  /** The digits of every number, one number per word, so "312.555.01" finds 312-555-0100. */
  readonly digits: string;
}

const FUNCTION_ORDER = new Map(CONTACT_FUNCTIONS.map((value, index) => [value, index]));
const REGION_ORDER = new Map(REGIONS.map((value, index) => [value, index]));
const PRODUCT_ORDER = new Map(PRODUCT_TYPES.map((value, index) => [value, index]));

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
}

function tenDigits(phone: string): string {
  const parsed = parseTelephoneNumber(phone);
  return parsed.ok ? parsed.value : phone.replace(/\D/g, '');
}

/** The rows by function, region, then product type (the general line, 'all', last). */
export function contactRows(contacts: readonly CenterContact[]): ContactRow[] {
  const order = (contact: CenterContact) => [
    FUNCTION_ORDER.get(contact.function) ?? 0,
    REGION_ORDER.get(contact.region) ?? 0,
    PRODUCT_ORDER.get(contact.productType) ?? 0,
  ];
  return [...contacts]
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x.reduce((diff, value, i) => diff || value - (y[i] ?? 0), 0);
    })
    .map((contact) => {
      const levels = [...(contact.levels ?? [])].sort((a, b) => a.level - b.level);
      const row = {
        contact,
        id: contactId(contact),
        functionText: CONTACT_FUNCTION_LABELS[contact.function],
        regionText: REGION_NAMES[contact.region],
        productText: PRODUCT_TYPE_LABELS[contact.productType],
        phone: formatPhone(contact.phone, contact.extension),
        levels,
      };
      const cells = [
        row.functionText,
        row.regionText,
        row.productText,
        contact.name,
        contact.notes,
        row.phone,
        contact.hours,
        contact.email,
        ...levels.map(levelText),
      ];
      const numbers = [contact.phone, ...levels.map((level) => level.phone)];
      return {
        ...row,
        text: normalise(cells.filter(Boolean).join('\n')),
        digits: numbers.flatMap((phone) => (phone ? [tenDigits(phone)] : [])).join(' '),
      };
    });
}

/**
 * Every word of the query must appear in some cell. A query of digits and punctuation also
 * matches a number however it is punctuated: "(312) 555-01" finds 312-555-0100.
 */
export function rowMatches(row: ContactRow, query: string): boolean {
  const terms = normalise(query).trim().split(' ').filter(Boolean);
  if (terms.length === 0) return true;
  if (/\d/.test(query) && /^[\d\s().+\-/]+$/.test(query.trim())) {
    const digits = query.replace(/\D/g, '').replace(/^1(?=\d{10})/, '');
    if (row.digits.includes(digits)) return true;
  }
  return terms.every((term) => row.text.includes(term));
}
