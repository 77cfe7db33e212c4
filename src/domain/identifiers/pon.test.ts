import { describe, expect, it } from 'vitest';
import { parsePon, parseVer } from './pon.ts';

describe('parsePon', () => {
  it.each([
    ['ABC-12345', 'ABC-12345'],
    ['abc-12345', 'abc-12345'],
    ['  PON123  ', 'PON123'],
    ['A', 'A'],
    ['1234567890ABCDEF', '1234567890ABCDEF'],
    ['--', '--'],
  ])('keeps %j as typed: %s', (input, expected) => {
    expect(parsePon(input)).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it.each([
    ['', /Enter the PON \(purchase order number\) of the LSR, like ABC-12345/],
    ['   ', /Enter the PON/],
    ['ABC 12345', /Remove the spaces: a PON has only letters, digits and hyphens, like ABC-12345/],
    ['ABC_12345', /Remove “_”/],
    ['ABC/12345', /Remove “\/”/],
    ['PON-Ünïcode', /Remove “Ü”/],
    [
      '1234567890ABCDEFG',
      /This PON has 17 characters, but a PON has at most 16: check it against the LSR/,
    ],
  ])('refuses %j saying how to fix it', (input, message) => {
    expect(parsePon(input)).toEqual({ ok: false, error: expect.stringMatching(message) as string });
  });
});

describe('parseVer', () => {
  it.each([
    ['01', '01'],
    [' 2 ', '2'],
    ['AB', 'AB'],
    ['v2', '2'],
    ['V02', '02'],
    ['v 1', '1'],
    ['ver 02', '02'],
    ['Version 3', '3'],
    ['version03', '03'],
  ])('reads %j as the version %s, without a "v" or "ver" before it', (input, expected) => {
    expect(parseVer(input)).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it.each(['', 'VER', 'ABCD', '0001', '1.2', '01 02'])(
    'refuses %j saying what a VER looks like',
    (input) => {
      expect(parseVer(input)).toEqual({
        ok: false,
        error: 'Enter the LSR’s version (VER) as on the LSR: 1 to 3 letters or digits, like 01',
      });
    },
  );
});
