import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFoc, type FocReading } from './index.ts';
import { lines } from './foc.fixtures.ts';

/*
 * Two orders are two orders: a paste with two FOCs (or a CSV with a row per order) never gives
 * one list made of both, nor a sure list of either before the user picks the order.
 */

const FIRST = ['PON: ABC123', 'VER: 02', 'DD: 11/24/2026', 'ORD: N12345678', 'TN: 214-555-0101'];
const SECOND = ['PON: XYZ-77', 'VER: 01', 'DD: 11/25/2026', 'ORD: C23456789', 'TN: 214-555-0102'];

const lists = (reading: FocReading | undefined) => ({
  orders: reading?.serviceOrders?.value,
  numbers: reading?.telephoneNumbers?.value.entries,
});

describe('readFoc: two orders in one paste', () => {
  it('two e-mails, one after the other: each order read apart, nothing sure in the merge', () => {
    const reading = readFoc(lines('Subject: FOC', ...FIRST, '', 'Subject: FOC', ...SECOND));
    expect(reading.orders?.map((order) => order.pon?.value)).toEqual(['ABC123', 'XYZ-77']);
    expect(lists(reading.orders?.[0])).toEqual({
      orders: ['N12345678'],
      numbers: ['214-555-0101'],
    });
    expect(lists(reading.orders?.[1])).toEqual({
      orders: ['C23456789'],
      numbers: ['214-555-0102'],
    });
    expect(reading.orders?.[1]?.dueDate).toMatchObject({ value: '2026-11-25', sure: true });
    expect(reading.serviceOrders?.sure).toBe(false);
    expect(reading.telephoneNumbers?.sure).toBe(false);
  });

  it('a CSV with a row per order', () => {
    const reading = readFoc(
      lines(
        'PON,VER,ORD,TN',
        'ABC123,02,N12345678,214-555-0101',
        'XYZ-77,01,C23456789,214-555-0102',
      ),
    );
    expect(reading.orders?.map(lists)).toEqual([
      { orders: ['N12345678'], numbers: ['214-555-0101'] },
      { orders: ['C23456789'], numbers: ['214-555-0102'] },
    ]);
    expect(reading.orders?.[0]?.telephoneNumbers?.sure).toBe(true);
  });

  it('the same PON written twice is one order', () => {
    const reading = readFoc(lines('Re: PON ABC123', 'PON: ABC123', 'TN: 214-555-0101'));
    expect(reading.orders).toBeUndefined();
    expect(reading.telephoneNumbers?.sure).toBe(true);
  });

  it('two due dates and one PON: the lists are not sure either', () => {
    const reading = readFoc(lines(...FIRST, 'DD: 11/30/2026'));
    expect(reading.serviceOrders?.sure).toBe(false);
    expect(reading.telephoneNumbers?.sure).toBe(false);
  });

  it('property: two generated orders never merge', () => {
    const digits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const order = fc.record({
      pon: fc.stringMatching(/^[A-Z]{3}\d{3}$/),
      orders: fc.uniqueArray(fc.integer({ min: 10_000_000, max: 99_999_999 }), {
        minLength: 1,
        maxLength: 3,
      }),
      numbers: fc.uniqueArray(digits, { minLength: 1, maxLength: 3 }),
    });
    const write = (o: { pon: string; orders: number[]; numbers: string[] }, layout: number) =>
      layout === 0
        ? [
            `PON: ${o.pon}`,
            `ORD: ${o.orders.map((n) => `N${String(n)}`).join(', ')}`,
            'TN:',
            ...o.numbers.map((n) => `214-555-01${n}`),
          ]
        : [
            'Firm Order Confirmation',
            `Purchase Order Number = ${o.pon}`,
            `Service Orders - ${o.orders.map((n) => `N${String(n)}`).join(' ')}`,
            `Telephone Numbers: ${o.numbers.map((n) => `214-555-01${n}`).join(', ')}`,
          ];
    fc.assert(
      fc.property(
        order,
        order,
        fc.integer({ min: 0, max: 1 }),
        fc.constantFrom('\n\n', '\n'),
        (a, b, layout, gap) => {
          fc.pre(a.pon !== b.pon);
          const reading = readFoc(write(a, layout).join('\n') + gap + write(b, layout).join('\n'));
          // Nothing of the merged reading is sure, and each order holds only its own values.
          for (const field of ['serviceOrders', 'telephoneNumbers'] as const) {
            expect(reading[field]?.sure ?? false).toBe(false);
          }
          expect(reading.orders?.map((o) => o.pon?.value)).toEqual([a.pon, b.pon]);
          const [first, second] = reading.orders ?? [];
          expect(first?.serviceOrders?.value).toEqual(a.orders.map((n) => `N${String(n)}`));
          expect(second?.serviceOrders?.value).toEqual(b.orders.map((n) => `N${String(n)}`));
          expect(first?.telephoneNumbers?.value.count).toBe(a.numbers.length);
          expect(second?.telephoneNumbers?.value.count).toBe(b.numbers.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
