import { parseCircuitId } from '../identifiers/circuitId.ts';
import {
  findDates,
  parseDate,
  readDate,
  timeLength,
  type DateReadings,
} from '../identifiers/date.ts';
import { parsePon } from '../identifiers/pon.ts';
import { parseServiceOrderNumber, parseServiceOrderNumbers } from '../identifiers/serviceOrder.ts';
import { telephoneReader, type Budget } from './telephone.ts';
import type { FieldReader, Readers } from './types.ts';
import {
  leadingItems,
  ORDER_SHAPE,
  readChunks,
  refused,
  skipConnectors,
  splitChunks,
  taken,
  words,
} from './values.ts';

/*
 * One reader per field: how the whole text after a label reads as the field's value, how loose
 * wording reads the value at the start of a text, and whether a refused line could still be one
 * more item of a list.
 */

/** A one-token scalar: the whole text must match; loose wording needs uppercase (not prose). */
function scalarReader(
  whole: RegExp,
  loose: RegExp,
  normalise: (token: string) => string,
  message: string,
): FieldReader<string> {
  return {
    whole: (text) => (whole.test(text) ? taken(normalise(text), text) : refused(text, message)),
    prefix: (text) => {
      const token = loose.exec(skipConnectors(text))?.[0];
      return token === undefined ? undefined : taken(normalise(token), token);
    },
    looksLike: () => false,
    exact: () => true,
  };
}

const ponReader: FieldReader<string> = {
  whole: (text) => {
    const parsed = parsePon(text);
    return parsed.ok ? taken(parsed.value, text) : refused(text, parsed.error);
  },
  prefix: (text) => {
    // In running text a PON has a digit, so "the PON was rejected" reads no PON "was".
    const token = /^[A-Za-z0-9][A-Za-z0-9-]*/.exec(skipConnectors(text))?.[0];
    if (token === undefined || !/\d/.test(token)) return undefined;
    const parsed = parsePon(token);
    return parsed.ok ? taken(parsed.value, token) : undefined;
  },
  looksLike: () => false,
  exact: () => true,
};

/** A date and perhaps a time ("11-20-2026-1015AM", "11/20/2026 10:15 AM CT"). */
const dateReader: FieldReader<DateReadings> = {
  whole: (text) => {
    const read = readDate(text);
    if (read.ok) return taken(read.value, text);
    const date = findDates(text.slice(0, 60))[0];
    if (date?.index === 0) {
      if (!date.readings.ok) return refused(text, date.readings.error);
      const rest = text.slice(date.text.length);
      if (rest.slice(timeLength(rest)).trim() === '') return taken(date.readings.value, text);
    }
    const parsed = parseDate(text);
    return refused(text, parsed.ok ? read.error : parsed.error);
  },
  prefix: (text) => {
    const rest = skipConnectors(text);
    const date = findDates(rest.slice(0, 60))[0];
    return date?.index === 0 && date.readings.ok
      ? taken(date.readings.value, date.text)
      : undefined;
  },
  looksLike: () => false,
  exact: () => true,
};

/** Ten digits grouped as a telephone number writes them: 214-555-0197, (214) 555.0197. */
const TELEPHONE_SHAPE = /(?<!\d)\(?\d{3}\)?[-. ]{0,2}\d{3}[-. ]\d{4}(?!\d)/;
const NOT_AN_ORDER =
  'This is a telephone number, not a service order number (like N12345678): check the ORD on the FOC';

/** The words of a list as written, without the separators and the "and" between items. */
const listWords = (text: string): string[] =>
  text.split(/[\s,;|]+/).filter((word) => word !== '' && !/^(?:and|&)$/i.test(word));

const serviceOrderReader: FieldReader<readonly string[]> = {
  whole: (text) =>
    readChunks(
      text,
      (chunk) => {
        // A telephone number is never a service order: "Fax 214-555-0197" after an ORD list
        // would otherwise read as the order FAX214-555-0197.
        if (TELEPHONE_SHAPE.test(chunk)) {
          return { items: [], problems: [{ input: chunk.trim(), message: NOT_AN_ORDER }] };
        }
        const list = parseServiceOrderNumbers(chunk);
        // The parser lets "WERE" pass with a warning; an FOC's orders always have digits.
        const digitless = list.values.filter((value) => !/\d/.test(value));
        return {
          items: list.values.filter((value) => /\d/.test(value)),
          problems: [
            ...list.errors,
            ...digitless.map((input) => ({
              input,
              message: 'A service order number has digits, like N12345678: check it on the FOC',
            })),
          ],
        };
      },
      'Write the AT&T service order numbers, like N12345678',
    ),
  prefix: (text) =>
    leadingItems(words(text), (token) => {
      const shaped = ORDER_SHAPE.test(token) && /\d/.test(token);
      const parsed = shaped ? parseServiceOrderNumber(token) : undefined;
      return parsed?.ok ? parsed.value : undefined;
    }),
  looksLike: (text) => /^[A-Za-z]-?\d/.test(text),
  // Exact: each item is an order read without a warning, written in one word or as its type
  // letter and groups of digits ("n 1234 5678"); "Fax N12345678" is not an order FAXN12345678.
  exact: (text) =>
    splitChunks(text).every((chunk) => {
      const words = listWords(chunk);
      return SPACED_ORDER.test(chunk.trim())
        ? exactOrder(words.join(''))
        : words.every((word) => ORDER_SHAPE.test(word) && exactOrder(word));
    }),
};

/** An order typed with spaces: the type letter, then only groups of digits, and a suffix. */
const SPACED_ORDER = /^[A-Za-z](?:[ -]?\d+)+(?:-[A-Za-z]{2,4})?$/;

/** An order is sure when its type letter is followed by a digit: "FAXN1234" is not N1234. */
function exactOrder(word: string): boolean {
  const parsed = parseServiceOrderNumber(word);
  return /^[A-Za-z]-?\d/.test(word) && parsed.ok && parsed.warnings.length === 0;
}

/** A circuit ID of one of the usual forms, or nothing: loose wording takes only these. */
function circuitItem(token: string): string | undefined {
  const parsed = parseCircuitId(token);
  return parsed.ok && parsed.value.format !== 'other' ? parsed.value.id : undefined;
}

function exactCircuitId(text: string): boolean {
  const parsed = parseCircuitId(text);
  return parsed.ok && parsed.value.format !== 'other' && parsed.warnings.length === 0;
}

const circuitIdReader: FieldReader<readonly string[]> = {
  whole: (text) =>
    readChunks(
      text,
      (chunk) => {
        const tokens = chunk.trim().split(/\s+/);
        // Circuit IDs are split by spaces unless only the whole chunk is one ("73 / HCGS / ...").
        const each = tokens.length > 1 ? tokens.map(circuitItem) : [];
        if (each.length > 0 && each.every((id) => id !== undefined)) {
          return { items: each, problems: [] };
        }
        // Whatever AT&T wrote after the label is its circuit ID, kept as written (not sure when
        // it is of no usual form); only a text without a digit is surely not one.
        const parsed = parseCircuitId(chunk);
        if (parsed.ok && /\d/.test(chunk)) return { items: [parsed.value.id], problems: [] };
        return { items: [], problems: [{ input: chunk.trim(), message: NOT_A_CIRCUIT }] };
      },
      NOT_A_CIRCUIT,
    ),
  prefix: (text) =>
    leadingItems(words(text), (token) =>
      /[/.]/.test(token) && /\d/.test(token) ? circuitItem(token) : undefined,
    ),
  looksLike: (text) => !/\s/.test(text) && /[/.]/.test(text) && /\d/.test(text),
  // Exact: each item is a circuit ID of a usual form, read without a warning, written in one
  // word or with spaces around its separators ("73 / HCGS / 123456 / 000 / NE").
  exact: (text) =>
    splitChunks(text).every(
      (chunk) =>
        listWords(chunk).every(exactCircuitId) || exactCircuitId(chunk.replace(/\s+/g, '')),
    ),
};

const NOT_A_CIRCUIT = 'Write the circuit IDs, like 73/HCGS/123456/000/NE';

export function createReaders(budget: Budget): Readers {
  const upper = (token: string) => token.toUpperCase();
  return {
    pon: ponReader,
    ver: scalarReader(
      /^\d{1,2}$/,
      /^\d{1,2}(?![0-9A-Za-z]|[/.:-]\d)/,
      (token) => token.padStart(2, '0'),
      'A version (VER) is 1 or 2 digits, like 02: check the VER on the FOC',
    ),
    reqtyp: scalarReader(
      /^[A-Za-z]{2}$/,
      /^[A-Z]{2}(?![A-Za-z0-9])/,
      upper,
      'A REQTYP is 2 letters, like BB (the product, then B for a firm order): check it on the FOC',
    ),
    ccna: scalarReader(
      /^[A-Za-z0-9]{3}$/,
      /^(?=[0-9]*[A-Z])[A-Z0-9]{3}(?![A-Za-z0-9])/,
      upper,
      'A CCNA is the 3-character code of the CLEC, like ABC: check it on the FOC',
    ),
    focDate: dateReader,
    dueDate: dateReader,
    desiredDueDate: dateReader,
    serviceOrders: serviceOrderReader,
    telephoneNumbers: telephoneReader(budget),
    circuitIds: circuitIdReader,
  };
}
