import { describe, expect, it } from 'vitest';
import { parseServiceOrderNumber, parseServiceOrderNumbers } from './serviceOrder.ts';

describe('parseServiceOrderNumber', () => {
  it.each([
    ['N12345678', 'N12345678'],
    ['n12345678', 'N12345678'],
    ['N 1234 5678', 'N12345678'],
    ['N.1234.5678', 'N12345678'],
    ['N-12345678', 'N12345678'],
    ['  c1234567  ', 'C1234567'],
    ['D123', 'D123'],
    ['R123456789012', 'R123456789012'],
    ['T12345678-CAN', 'T12345678-CAN'],
    ['f12345678-avl', 'F12345678-AVL'],
    ['X12345678-DUP', 'X12345678-DUP'],
    ['P1A2B3C4', 'P1A2B3C4'],
    ['A12345678-CAN-DUP', 'A12345678-CAN-DUP'],
    ['SO #: N12345678', 'N12345678'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseServiceOrderNumber(input)).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it.each([
    ['', /Enter the AT&T service order number from the FOC, like N12345678/],
    ['   ', /Enter the AT&T service order number/],
    ['N', /“N” is too short: after the type letter come 3 to 12 letters or digits/],
    ['N12', /“N12” is too short/],
    ['12345678', /Start with the order type letter \(N new, C change, D disconnect/],
    ['N1234#5678', /Remove “#”: use only letters and digits/],
    ['N12345678-', /Remove the extra dash, or write the suffix after it/],
    ['N12345678-CANCEL', /suffix “-CANCEL” is too long: a suffix is 2 to 4 letters/],
    [
      `N${'1'.repeat(39)}`,
      /too long for one service order number \(40 characters\).*check it against the FOC/,
    ],
  ])('refuses %j saying how to fix it', (input, message) => {
    const parsed = parseServiceOrderNumber(input);
    expect(parsed).toEqual({ ok: false, error: expect.stringMatching(message) as string });
  });

  it.each([
    ['M12345678', /“M” is not a usual order type letter/],
    ['N12345678901234', /longer than usual/],
    ['NABCDEFG', /has no digits, which is unusual/],
    ['N12345678-XYZ', /suffix “-XYZ” is not one we know \(-CAN, -AVL, -DUP\)/],
  ])('accepts the odd but plausible %j with a warning', (input, warning) => {
    const parsed = parseServiceOrderNumber(input);
    expect(parsed).toEqual({
      ok: true,
      value: input,
      warnings: [expect.stringMatching(warning) as string],
    });
  });
});

describe('parseServiceOrderNumbers', () => {
  it.each([
    ['new lines', 'N12345678\nC23456789\r\nD34567890'],
    ['commas and semicolons', 'N12345678, C23456789;D34567890'],
    ['tabs and pipes', 'N12345678\tC23456789 | D34567890'],
    ['spaces', 'N12345678 C23456789   D34567890'],
    ['labels', 'SO: N12345678\nOrder: C23456789 D34567890'],
    ['numbers typed with spaces', 'N 1234 5678\nC 2345 6789, D 3456 7890'],
  ])('splits orders separated by %s', (_, text) => {
    const result = parseServiceOrderNumbers(text);
    expect(result.errors).toEqual([]);
    expect(result.values).toEqual(['N12345678', 'C23456789', 'D34567890']);
  });

  it('removes duplicates however they were typed and counts them', () => {
    const result = parseServiceOrderNumbers('N12345678\nn 1234 5678, N-12345678\nC23456789');
    expect(result.values).toEqual(['N12345678', 'C23456789']);
    expect(result.duplicatesRemoved).toBe(2);
  });

  it('reports bad tokens and warnings by line, as typed', () => {
    const result = parseServiceOrderNumbers('N12345678\n\n12345678, M1234567');
    expect(result.values).toEqual(['N12345678', 'M1234567']);
    expect(result.errors).toEqual([
      { line: 3, input: '12345678', message: expect.stringMatching(/Start with/) as string },
    ]);
    expect(result.warnings).toEqual([
      { line: 3, input: 'M1234567', message: expect.stringMatching(/type letter/) as string },
    ]);
  });
});
