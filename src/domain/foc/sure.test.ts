import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFoc } from './index.ts';
import { lines, loose, sure, tns } from './foc.fixtures.ts';

/*
 * Sure means sure: a value is ticked at first only when its label and the whole value agree. A
 * line after a list that is not one more item of it (a fax number, a contact, a sentence) is
 * never read as one, and a value picked out of a longer line is read but not sure.
 */

const OTHER_LINES = [
  'Fax 214-555-0197',
  'Fax: 214-555-0197',
  'FAX214-555-0197',
  'Contact: 214-555-0197',
  'Tel: 214-555-0197',
  'Call 214-555-0197 with questions',
  'Questions? Call 214 555 0197.',
];

describe('readFoc: a line after a list that is not one of its items', () => {
  it.each(OTHER_LINES)('“%s” after a TN list adds no number', (other) => {
    const reading = readFoc(lines('TN: 214-555-0101', other));
    expect(reading.telephoneNumbers).toEqual(sure(tns(['214-555-0101'], 1), 1, '214-555-0101'));
  });

  it.each(OTHER_LINES)('“%s” after an ORD list adds no service order', (other) => {
    const reading = readFoc(lines('ORD: N12345678', other));
    expect(reading.serviceOrders).toEqual(sure(['N12345678'], 1, 'N12345678'));
  });

  it.each(OTHER_LINES)('“%s” after an ECCKT list adds no circuit ID', (other) => {
    const reading = readFoc(lines('ECCKT: 73/HCGS/123456/000/NE', other));
    expect(reading.circuitIds).toEqual(sure(['73/HCGS/123456/000/NE'], 1, '73/HCGS/123456/000/NE'));
  });

  it('the same after a label standing alone above its list', () => {
    const reading = readFoc(lines('Telephone Numbers', '214-555-0101', 'Fax 214-555-0197'));
    expect(reading.telephoneNumbers).toEqual(sure(tns(['214-555-0101'], 1), 2, '214-555-0101'));
  });

  it('never makes a telephone number into a service order', () => {
    const reading = readFoc('ORD: N12345678, FAX214-555-0197');
    expect(reading.serviceOrders?.value).toEqual(['N12345678']);
    expect(reading.serviceOrders?.sure).toBe(false);
    expect(reading.issues).toEqual([
      expect.objectContaining({
        field: 'serviceOrders',
        line: 1,
        message: expect.stringMatching(/telephone number, not a service order number/) as string,
      }),
    ]);
  });

  it('still reads more numbers of the list on the lines below', () => {
    const reading = readFoc(lines('TN: 214-555-0101', '214-555-0102', '214 555 0110 thru 0119'));
    expect(reading.telephoneNumbers).toMatchObject({
      sure: true,
      value: { entries: ['214-555-0101', '214-555-0102', '214-555-0110-0119'], count: 12 },
    });
  });
});

describe('readFoc: a value picked out of a longer text is not sure', () => {
  it.each([
    ['TN: 214-555-0101 (main line)', 'telephoneNumbers'],
    ['TN: 214-555-0101   Fax 214-555-0197', 'telephoneNumbers'],
    ['ORD: N12345678 Fax N23456789', 'serviceOrders'],
    ['Telephone Numbers\n214-555-0101 main', 'telephoneNumbers'],
  ])('%j', (text, field) => {
    expect(readFoc(text)[field as 'telephoneNumbers']).toMatchObject({ sure: false });
  });

  it('names the line that made the reader unsure', () => {
    const reading = readFoc(lines('TN: 214-555-0101', 'TN: 214-555-0102 (fax)'));
    expect(reading.telephoneNumbers).toEqual({
      ...loose(tns(['214-555-0101', '214-555-0102'], 2), 1, '214-555-0101\n214-555-0102 (fax)'),
      unsureAt: 2,
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over generated FOC texts

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length });
/** Fictional numbers, NPA-555-01XX, written the ways an FOC writes them. */
const telephone = fc
  .tuple(fc.constantFrom('214', '312', '713'), digits(2), fc.constantFrom('-', ' ', '.', ''))
  .map(([npa, last, sep]) => `${npa}${sep}555${sep}01${last.join('')}`);
const serviceOrder = fc
  .tuple(fc.constantFrom('N', 'C', 'D'), digits(8))
  .map(([type, body]) => `${type}${body.join('')}`);

/** A line that is not a TN or an ORD: another field's label or a sentence, with a number in it. */
const otherLine = fc
  .tuple(
    fc.constantFrom(
      'Fax',
      'Fax:',
      'FAX',
      'Tel:',
      'Tel',
      'Contact:',
      'Call',
      'Questions? Call',
      'Mobile:',
      'Main line',
      'Our office:',
      'Ext',
      'Reference',
    ),
    fc.oneof(telephone, serviceOrder, fc.constant('214-555-0197')),
    fc.constantFrom('', ' with questions', ' (desk)', '.', ' anytime', ' x204'),
    fc.constantFrom('', ' ', '  '),
  )
  .map(([lead, value, tail, glue]) => `${lead}${glue}${value}${tail}`);

const label = (names: readonly string[]) =>
  fc.tuple(fc.constantFrom(...names), fc.constantFrom(': ', ':\n', ' = ', '\n'));

/** Items written one a line, or several on the first line, after the label. */
function listText(labelled: [string, string], items: readonly string[]): string {
  const [name, separator] = labelled;
  return `${name}${separator}${items.join('\n')}`;
}

describe('readFoc: properties of lists', () => {
  it('appending any line that is not a TN after a TN list never adds a sure TN', () => {
    fc.assert(
      fc.property(
        label(['TN', 'TNs', 'Telephone Numbers', 'Ported TNs']),
        fc.uniqueArray(telephone, { minLength: 1, maxLength: 5, selector: (t) => t.slice(-4) }),
        fc.array(otherLine, { minLength: 1, maxLength: 3 }),
        (labelled, items, others) => {
          const alone = readFoc(listText(labelled, items)).telephoneNumbers;
          const found = readFoc([listText(labelled, items), ...others].join('\n')).telephoneNumbers;
          if (found?.sure) expect(found.value).toEqual(alone?.value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('appending any line that is not an ORD after an ORD list never adds a sure order', () => {
    fc.assert(
      fc.property(
        label(['ORD', 'Service Orders', 'AT&T Order Numbers']),
        fc.uniqueArray(serviceOrder, { minLength: 1, maxLength: 4 }),
        fc.array(otherLine, { minLength: 1, maxLength: 3 }),
        (labelled, items, others) => {
          const reading = readFoc([listText(labelled, items), ...others].join('\n'));
          const found = reading.serviceOrders;
          if (found?.sure) expect(found.value).toEqual(items);
          // Whatever is read is an order written as one: never a telephone number made into one.
          const written = new Set([
            ...items,
            ...others.flatMap((o) => o.match(/[NCD]\d{8}/g) ?? []),
          ]);
          for (const order of found?.value ?? []) expect(written).toContain(order);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readFoc: circuit IDs as AT&T writes them', () => {
  it.each([
    ['ECCKT: 101/T1ZF/556677/SW', '101/T1ZF/556677/SW'],
    ['Circuit ID: 73/HCGS/123456/000/NE', '73/HCGS/123456/000/NE'],
    ['ECCKT: 12.FXMX.732.555.1234', '12.FXMX.732.555.1234'],
    ['ECCKT: HN101/T3U/MPLSMNDT000/GLVYMNORIII', 'HN101/T3U/MPLSMNDT000/GLVYMNORIII'],
  ])('%j is read, sure', (text, id) => {
    expect(readFoc(text).circuitIds).toEqual(sure([id], 1, id));
  });

  it('an ID of no usual form is kept as written, not sure', () => {
    expect(readFoc('ECCKT: HC#1')).toEqual({
      circuitIds: loose(['HC#1'], 1, 'HC#1'),
      issues: [],
      fieldsFound: 1,
    });
  });
});
