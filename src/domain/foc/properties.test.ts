import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOC_FIELDS, readFoc, type FocReading } from './index.ts';
import { parseCircuitId } from '../identifiers/circuitId.ts';
import { parseDate } from '../identifiers/date.ts';
import { parsePon } from '../identifiers/pon.ts';
import { parseServiceOrderNumber } from '../identifiers/serviceOrder.ts';
import { parseTelephoneNumbers } from '../identifiers/telephone.ts';
import { FOCS, sure } from './foc.fixtures.ts';

// ---------------------------------------------------------------------------------------------
// Properties of every reading, whatever the text

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

/** Every line reported is a line of the text, and every value passes its own parser. */
function checkReading(text: string, reading: FocReading): void {
  const last = lineCount(text);
  for (const field of FOC_FIELDS) {
    const found = reading[field];
    if (found === undefined) continue;
    expect(found.line).toBeGreaterThanOrEqual(1);
    expect(found.line).toBeLessThanOrEqual(last);
  }
  for (const issue of reading.issues) {
    expect(issue.message).not.toBe('');
    if (issue.line !== undefined) expect(issue.line).toBeLessThanOrEqual(last);
  }
  expect(reading.fieldsFound).toBe(FOC_FIELDS.filter((field) => field in reading).length);
  checkValues(reading);
}

function checkValues({ pon, ver, reqtyp, ccna, focDate, dueDate, ...lists }: FocReading): void {
  if (pon) expect(parsePon(pon.value)).toMatchObject({ ok: true, value: pon.value });
  if (ver) expect(ver.value).toMatch(/^\d{2}$/);
  if (reqtyp) expect(reqtyp.value).toMatch(/^[A-Z]{2}$/);
  if (ccna) expect(ccna.value).toMatch(/^[A-Z0-9]{3}$/);
  for (const date of [focDate, dueDate]) {
    if (date) expect(parseDate(date.value)).toMatchObject({ ok: true, value: date.value });
  }
  for (const order of lists.serviceOrders?.value ?? []) {
    expect(parseServiceOrderNumber(order)).toMatchObject({ ok: true, value: order });
  }
  for (const id of lists.circuitIds?.value ?? []) {
    expect(parseCircuitId(id)).toMatchObject({ ok: true, value: { id } });
  }
  const numbers = lists.telephoneNumbers?.value;
  if (numbers) {
    const reread = numbers.entries.map((entry) => parseTelephoneNumbers(entry));
    for (const list of reread) expect(list.errors).toEqual([]);
    expect(numbers.count).toBeLessThanOrEqual(
      reread.reduce((n, list) => n + list.values.length, 0),
    );
    expect(numbers.count).toBeGreaterThan(0);
  }
}

/** Ways a paste gets damaged: characters typed, lost, swapped, lines shuffled or doubled. */
const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(
    ([at, s]) =>
      (t: string) =>
        t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 12 })).map(
    ([at, n]) =>
      (t: string) =>
        t.slice(0, at % (t.length + 1)) + t.slice((at % (t.length + 1)) + n),
  ),
  fc
    .constantFrom(':', ' ', '\n', '\t', ',', '"', '|', '-', '/', '0', '5', 'DD ', 'PON ', 'TN ')
    .chain((s) =>
      fc
        .nat()
        .map(
          (at) => (t: string) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1)),
        ),
    ),
  fc.nat().map((seed) => (t: string) => {
    const parts = t.split('\n');
    const i = seed % parts.length;
    return [...parts.slice(0, i), parts[i] ?? '', ...parts.slice(i)].join('\n');
  }),
  fc.nat().map((seed) => (t: string) => {
    const parts = t.split('\n');
    const [a, b] = [seed % parts.length, (seed >> 3) % parts.length];
    [parts[a], parts[b]] = [parts[b] ?? '', parts[a] ?? ''];
    return parts.join('\n');
  }),
  fc.constant((t: string) => t.toLowerCase()),
  fc.constant((t: string) => t.toUpperCase()),
);

const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      ...'0123456789/-:,;|\t\n "NCT'.split(''),
      'PON',
      'VER',
      'DD',
      'DDD',
      'TN',
      'ORD',
      'ECCKT',
      'CCNA',
      'D/TSENT',
      ' thru ',
      ' and ',
      'due ',
      '214-555-01',
      '11/24/2026',
      '05/06/2026',
      '73/HCGS/',
      '<b>',
    ),
    maxLength: 60,
  }),
);

describe('readFoc: properties', () => {
  it('never throws on any text; reported lines are in the text; values pass their parsers', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkReading(text, readFoc(text));
      }),
      { numRuns: 500 },
    );
  });

  it('the same holds for every example FOC, however it is damaged', () => {
    const damaged = fc
      .tuple(fc.constantFrom(...FOCS.map(([, text]) => text)), fc.array(mutation, { maxLength: 6 }))
      .map(([text, changes]) => changes.reduce((t, change) => change(t), text));
    fc.assert(
      fc.property(damaged, (text) => {
        checkReading(text, readFoc(text));
      }),
      { numRuns: 500 },
    );
  });

  it('a clean FOC in LABEL: value lines is read back exactly, in any order', () => {
    const field = fc.constantFrom(
      ['PON', 'ABC-123', 'pon', 'ABC-123'],
      ['VER', '07', 'ver', '07'],
      ['REQTYP', 'CB', 'reqtyp', 'CB'],
      ['DD', '12/21/2026', 'dueDate', '2026-12-21'],
      ['D/TSENT', '11/27/2026', 'focDate', '2026-11-27'],
      ['CCNA', 'QRS', 'ccna', 'QRS'],
    );
    const separators = fc.constantFrom(': ', ' = ', ' - ', '    ', '\t');
    const texts = fc.uniqueArray(field, { selector: ([label]) => label, minLength: 1 });
    fc.assert(
      fc.property(texts, separators, (fields, separator) => {
        const text = fields.map(([label, value]) => `${label}${separator}${value}`).join('\n');
        const reading = readFoc(text);
        expect(reading.issues).toEqual([]);
        fields.forEach(([, written, key, value], index) => {
          expect(reading[key as 'pon']).toEqual(sure(value, index + 1, written));
        });
      }),
    );
  });
});
