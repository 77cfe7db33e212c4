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
};

const serviceOrderReader: FieldReader<readonly string[]> = {
  whole: (text) =>
    readChunks(
      text,
      (chunk) => {
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
};

function circuitItem(token: string): string | undefined {
  const parsed = parseCircuitId(token);
  return parsed.ok ? parsed.value.id : undefined;
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
        const parsed = parseCircuitId(chunk);
        return parsed.ok
          ? { items: [parsed.value.id], problems: [] }
          : { items: [], problems: [{ input: chunk.trim(), message: parsed.error }] };
      },
      'Write the circuit IDs, like 73/HCGS/123456/000/NE',
    ),
  prefix: (text) =>
    leadingItems(words(text), (token) =>
      /[/.]/.test(token) && /\d/.test(token) ? circuitItem(token) : undefined,
    ),
  looksLike: (text) => !/\s/.test(text) && /[/.]/.test(text) && /\d/.test(text),
};

/*
 * Bounds the work of the TN parser, which expands every range it reads, duplicates included:
 * past the budget the rest is not read (and an issue says so), and one chunk of numbers on a
 * line is at most MAX_CHUNK characters, so a hostile line of repeated ranges stays quick.
 */

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
