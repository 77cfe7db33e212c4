import { fail, ok, type Parsed } from './result.ts';

/*
 * An amount of US dollars as typed on a bill dispute: "$1,234.56", "1234.5", "1,234". The value is
 * in cents, so sums and the report never meet floating-point rounding.
 */

export function parseAmount(input: string): Parsed<number> {
  const typed = input
    .trim()
    .replace(/^\$\s*/u, '')
    .replace(/\s*(usd|dollars)$/iu, '');
  if (!/^(\d{1,3}(,\d{3})+|\d+|(?=\.))(\.\d{1,2})?$/u.test(typed) || typed === '') {
    return fail('Enter the amount in dollars and cents, like 1,234.56');
  }
  const [whole = '0', fraction = ''] = typed.replaceAll(',', '').split('.');
  return ok(Number(whole) * 100 + Number(fraction.padEnd(2, '0')));
}

/** 123456 -> "$1,234.56" */
export function formatAmount(cents: number): string {
  return `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
