import { describe, expect, it } from 'vitest';
import { FOC_FIELD_LABELS, FOC_FIELDS, readFoc } from './index.ts';
import { complete, FOCS, lines, sure } from './foc.fixtures.ts';

describe('readFoc: every layout, read completely', () => {
  it.each(FOCS)('%s', (_, text, reading) => {
    expect(readFoc(text)).toEqual(reading);
  });

  it('reads Windows and old Mac line ends the same way', () => {
    const [, text = '', reading] = FOCS[0] ?? [];
    expect(readFoc(text.replace(/\n/g, '\r\n'))).toEqual(reading);
    expect(readFoc(text.replace(/\n/g, '\r'))).toEqual(reading);
  });

  it('has a plain label for every field, in display order', () => {
    expect(Object.keys(FOC_FIELD_LABELS)).toEqual([...FOC_FIELDS]);
    expect(FOC_FIELD_LABELS.dueDate).toBe('Due date (DD)');
    expect(FOC_FIELD_LABELS.serviceOrders).toBe('AT&T service order numbers (ORD)');
  });

  it('takes the same value seen twice once, at its surest place', () => {
    const reading = readFoc(lines('Re: PON ABC123 confirmed', 'PON: ABC123'));
    expect(reading).toEqual(complete({ pon: sure('ABC123', 2, 'ABC123') }));
  });
});
