import { describe, expect, it } from 'vitest';
import { parseBan, parseCompanyCode } from './codes.ts';

describe('parseCompanyCode (ACNA or OCN)', () => {
  it.each([
    ['abc', 'ABC'],
    ['AB1', 'AB1'],
    [' 1234 ', '1234'],
    ['a1b2', 'A1B2'],
  ])('reads %j as %s, uppercase', (input, code) => {
    expect(parseCompanyCode(input)).toEqual({ ok: true, value: code, warnings: [] });
  });

  it.each(['AB', 'ABCDE', 'A-C', 'AB C', ''])('refuses %j, naming both codes', (input) => {
    expect(parseCompanyCode(input)).toEqual({
      ok: false,
      error:
        'Enter your company code: the ACNA (3 letters, like ABC) or the OCN (4 letters or digits, like 1234)',
    });
  });
});

describe('parseBan (billing account number)', () => {
  it.each([
    ['214 555-0100 123', '214 555-0100 123'],
    [' 123456789 ', '123456789'],
    ['abc', 'abc'],
    ['A'.repeat(25), 'A'.repeat(25)],
  ])('keeps %j as typed: %s', (input, ban) => {
    expect(parseBan(input)).toEqual({ ok: true, value: ban, warnings: [] });
  });

  it.each(['ab', '#1', '-123', '12_3', 'A'.repeat(26), ''])(
    'refuses %j, with an example',
    (input) => {
      expect(parseBan(input)).toEqual({
        ok: false,
        error:
          'Enter the billing account number (BAN) as on the bill: letters and digits, like 214 555-0100 123',
      });
    },
  );
});
