import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount } from './amount.ts';

describe('parseAmount', () => {
  it.each([
    ['$1,234.56', 123_456],
    ['1234.5', 123_450],
    ['1,234', 123_400],
    ['0.99', 99],
    ['01', 100],
    ['$ 5', 500],
    ['12 dollars', 1_200],
    ['1234 USD', 123_400],
    ['$1,234.56 usd', 123_456],
    ['1,000,000.00', 100_000_000],
  ])('reads %j as %i cents', (input, cents) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: cents, warnings: [] });
  });

  it.each(['-5', '1,23', '12.345', '1.2.3', '1 234', 'abc', ''])(
    'refuses %j saying how to write it',
    (input) => {
      expect(parseAmount(input)).toEqual({
        ok: false,
        error: 'Enter the amount in dollars and cents, like 1,234.56',
      });
    },
  );
});

describe('formatAmount', () => {
  it.each([
    [123_456, '$1,234.56'],
    [100_000_000, '$1,000,000.00'],
    [99, '$0.99'],
    [5, '$0.05'],
    [0, '$0.00'],
  ])('shows %i cents as %s', (cents, shown) => {
    expect(formatAmount(cents)).toBe(shown);
  });

  it('reads back what it shows', () => {
    for (const cents of [0, 1, 10, 99, 100, 12_345, 1_000_000, 987_654_321]) {
      expect(parseAmount(formatAmount(cents))).toEqual({ ok: true, value: cents, warnings: [] });
    }
  });
});
