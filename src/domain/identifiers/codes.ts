import { fail, ok, type Parsed } from './result.ts';

/*
 * Short codes a CLEC quotes: its company code (ACNA, 3 letters, or OCN, 4 letters and digits) and
 * AT&T's billing account number (BAN). Formats vary by region and are not all public, so only the
 * shape is checked; the value is kept as typed, uppercase for the company code.
 */

export function parseCompanyCode(input: string): Parsed<string> {
  const code = input.trim().toUpperCase();
  if (!/^[A-Z0-9]{3,4}$/u.test(code)) {
    return fail(
      'Enter your company code: the ACNA (3 letters, like ABC) or the OCN (4 letters or digits, like 1234)',
    );
  }
  return ok(code);
}

export function parseBan(input: string): Parsed<string> {
  const ban = input.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9 -]{2,24}$/u.test(ban)) {
    return fail(
      'Enter the billing account number (BAN) as on the bill: letters and digits, like 214 555-0100 123',
    );
  }
  return ok(ban);
}
