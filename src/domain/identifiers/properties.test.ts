import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCircuitId } from './circuitId.ts';
import { parsePon } from './pon.ts';
import { parseServiceOrderNumber, parseServiceOrderNumbers } from './serviceOrder.ts';
import { formatTelephoneNumber, parseTelephoneNumber, parseTelephoneNumbers } from './telephone.ts';

const parsers: Record<string, (input: string) => unknown> = {
  parseTelephoneNumber,
  parseTelephoneNumbers: (text) => parseTelephoneNumbers(text),
  parseServiceOrderNumber,
  parseServiceOrderNumbers,
  parsePon,
  parseCircuitId: (input) => parseCircuitId(input, { expectDs1: true }),
};

/** Strings built from the characters the parsers care about, to reach their deeper branches. */
const identifierLike = fc.string({
  unit: fc.constantFrom(...'0123456789125-–. ()+/,;|\t\nNCDtoxTN:#HCGSAVL'.split('')),
  maxLength: 60,
});
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  identifierLike,
);

/** NPA and NXX: 3 digits starting 2-9, not N11. */
const code = fc.integer({ min: 200, max: 999 }).filter((n) => n % 100 !== 11);
const validNumber = fc
  .tuple(code, code, fc.integer({ min: 0, max: 9999 }))
  .map(([npa, nxx, line]) => `${npa}${nxx}${String(line).padStart(4, '0')}`);

/** Ways people write one number; all keep single spaces inside the number. */
const styles: ((tn: string) => string)[] = [
  (tn) => tn,
  formatTelephoneNumber,
  (tn) => `(${tn.slice(0, 3)}) ${tn.slice(3, 6)}-${tn.slice(6)}`,
  (tn) => `${tn.slice(0, 3)} ${tn.slice(3, 6)} ${tn.slice(6)}`,
  (tn) => `${tn.slice(0, 3)}.${tn.slice(3, 6)}.${tn.slice(6)}`,
  (tn) => `+1 ${tn}`,
  (tn) => `1-${formatTelephoneNumber(tn)}`,
];
const written = fc
  .tuple(validNumber, fc.constantFrom(...styles))
  .map(([tn, style]) => ({ tn, text: style(tn) }));
const separator = fc.constantFrom('\n', '\r\n', '\n\n', ',', ', ', ';', '\t', ' | ', ' ', '   ');

/** Mostly valid identifiers, typed with stray case, spaces and dots, so normalising is exercised. */
const alnum = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(...'ABCXYZabc0123456789'.split('')),
    minLength: min,
    maxLength: max,
  });
const serviceOrderLike = fc
  .tuple(
    fc.constantFrom(...'NCDRTFXPAMn'.split('')),
    alnum(2, 14),
    fc.constantFrom('', '-CAN', '-avl', '-XY', ' . '),
  )
  .map((parts) => parts.join(''));
const ponLike = fc.string({ unit: fc.constantFrom(...'AZaz09-'.split('')), maxLength: 18 });
const circuitIdLike = fc
  .tuple(
    alnum(0, 2),
    fc.constantFrom('HCGS', 'dhec', 'Hx1u', 'FXMX'),
    fc.constantFrom('123456', '1', '732.555.1234'),
    alnum(0, 3),
    alnum(0, 4),
    fc.constantFrom('/', '.', ' / '),
  )
  .map(([prefix, serviceCode, serial, suffix, company, sep]) =>
    [prefix, serviceCode, serial, suffix, company].join(sep),
  );

describe('identifier parsers: properties', () => {
  it.each(Object.entries(parsers))('%s never throws, whatever is typed', (_, parse) => {
    fc.assert(
      fc.property(anyText, (input) => {
        parse(input);
      }),
      { numRuns: 300 },
    );
  });

  it('normalising a telephone number is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          identifierLike,
          written.map((w) => w.text),
        ),
        (input) => {
          const parsed = parseTelephoneNumber(input);
          if (parsed.ok)
            expect(parseTelephoneNumber(formatTelephoneNumber(parsed.value))).toEqual(parsed);
        },
      ),
    );
  });

  it.each([
    ['parseServiceOrderNumber', parseServiceOrderNumber, serviceOrderLike],
    ['parsePon', parsePon, ponLike],
    ['parseCircuitId', (input: string) => parseCircuitId(input), circuitIdLike],
  ] as const)('%s gives back the same result for its own normalised value', (_, parse, likely) => {
    fc.assert(
      fc.property(fc.oneof(anyText, likely), (input) => {
        const parsed = parse(input);
        if (!parsed.ok) return;
        const value = typeof parsed.value === 'string' ? parsed.value : parsed.value.id;
        expect(parse(value)).toEqual(parsed);
      }),
    );
  });

  it('formatting any valid number and reading it back gives the same digits', () => {
    fc.assert(
      fc.property(written, ({ tn, text }) => {
        expect(parseTelephoneNumber(text)).toMatchObject({ ok: true, value: tn });
      }),
    );
  });

  it('a valid range expands to exactly end - start + 1 numbers, in order', () => {
    const range = fc.tuple(
      validNumber,
      fc.integer({ min: 0, max: 9999 }),
      fc.constantFrom('-', ' - ', ' to ', ' – '),
      fc.boolean(),
    );
    fc.assert(
      fc.property(range, ([start, other, dash, fullEnd]) => {
        const [first, last] = [Number(start.slice(6)), other].sort((a, b) => a - b) as [
          number,
          number,
        ];
        const prefix = start.slice(0, 6);
        const endLine = String(last).padStart(4, '0');
        const text = `${prefix}${String(first).padStart(4, '0')}${dash}${fullEnd ? prefix : ''}${endLine}`;
        const { values, errors } = parseTelephoneNumbers(text);
        expect(errors).toEqual([]);
        expect(values).toHaveLength(last - first + 1);
        expect(values[0]).toBe(`${prefix}${String(first).padStart(4, '0')}`);
        expect(values.at(-1)).toBe(`${prefix}${endLine}`);
      }),
    );
  });

  it('a pasted list with random separators gives back exactly the unique numbers, in order', () => {
    const pasted = fc.array(fc.tuple(written, separator), { maxLength: 40 }).chain((items) =>
      // Repeat some of the numbers to exercise duplicate removal.
      fc.shuffledSubarray(items).map((repeats) => [...items, ...repeats]),
    );
    fc.assert(
      fc.property(pasted, (items) => {
        const text = items.map(([{ text: tn }, sep]) => tn + sep).join('');
        const unique = [...new Set(items.map(([{ tn }]) => tn))];
        const result = parseTelephoneNumbers(text);
        expect(result.errors).toEqual([]);
        expect(result.values).toEqual(unique);
        expect(result.duplicatesRemoved).toBe(items.length - unique.length);
      }),
    );
  });
});
