import { describe, expect, it } from 'vitest';
import {
  MAX_NUMBERS,
  MAX_RANGE_SIZE,
  formatTelephoneNumber,
  parseTelephoneNumber,
  parseTelephoneNumbers,
} from './telephone.ts';

function numbersOf(text: string) {
  const { values, errors } = parseTelephoneNumbers(text);
  expect(errors).toEqual([]);
  return values;
}

function errorOf(input: string): string {
  const parsed = parseTelephoneNumber(input);
  if (parsed.ok) throw new Error(`expected "${input}" to be refused`);
  return parsed.error;
}

function lineNumbers(from: number, to: number, prefix = '312555'): string[] {
  return Array.from(
    { length: to - from + 1 },
    (_, i) => prefix + String(from + i).padStart(4, '0'),
  );
}

describe('parseTelephoneNumber', () => {
  it.each([
    ['3127820123', '3127820123'],
    ['312 782 0123', '3127820123'],
    ['312-782-0123', '3127820123'],
    ['312.782.0123', '3127820123'],
    ['(312) 782-0123', '3127820123'],
    ['[312] 782 0123', '3127820123'],
    ['312/782-0123', '3127820123'],
    ['312–782–0123', '3127820123'],
    ['1 312 782 0123', '3127820123'],
    ['1-312-782-0123', '3127820123'],
    ['+1 (312) 782-0123', '3127820123'],
    ['+13127820123', '3127820123'],
    ['  312 782 0123  ', '3127820123'],
    ['TN: 312 782 0123', '3127820123'],
    ['Tel #: 312-782-0123', '3127820123'],
    ['2125550200', '2125550200'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseTelephoneNumber(input)).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it.each([
    ['', /Enter a 10-digit telephone number, like 312 555 0123/],
    ['   ', /Enter a 10-digit telephone number/],
    ['()--', /Enter a 10-digit telephone number/],
    ['782 0123', /Only 7 digits found: enter all 10 digits, area code first/],
    ['5', /Only 1 digit found/],
    ['312 782 01234', /11 digits found, but a telephone number has 10: remove the extra digits/],
    ['3127820123 3127820124', /20 digits found.*put each number on its own line/],
    ['012 782 0123', /area code 012 cannot start with 0: area codes start with 2 to 9/],
    [
      '112 782 0123',
      /cannot start with 1.*if the 1 is the long-distance prefix, a digit is missing/,
    ],
    ['911 782 0123', /911 is a service code \(like 411 or 911\), not an area code/],
    ['211 782 0123', /211 is a service code/],
    ['312 082 0123', /exchange 082 \(digits 4 to 6\) cannot start with 0: check those digits/],
    ['312 182 0123', /exchange 182 .* cannot start with 1/],
    ['312 411 0123', /exchange 411 .* is a service code like 411 or 911/],
    ['1-800-FLOWERS', /Letters are not accepted: type the number in digits.*FLOWERS is 3569377/],
    ['312 782 CALL', /CALL is 2255/],
    ['312-782-0123 ext 45', /Remove the extension: enter the 10-digit number only/],
    ['312-782-0123 x45', /Remove the extension/],
    ['312#782#0123', /Remove “#”: type the number with digits only/],
    ['312 782 0123 ☎', /Remove “☎”/],
    ['+44 20 7946 0958', /only country code accepted is \+1, like \+1 312 555 0123/],
    ['312-555-1200-1299', /looks like a range of numbers: enter one number here/],
  ])('refuses %j saying how to fix it', (input, message) => {
    expect(errorOf(input)).toMatch(message);
  });

  it('ends every error with an example of a valid number', () => {
    for (const input of ['', '12', '012 782 0123', '911 782 0123', '312 082 0123', 'CALL']) {
      expect(errorOf(input)).toMatch(/like (\+1 )?312 555 0123/);
    }
  });

  it.each(['312 555 0100', '312-555-0150', '(212) 555-0199'])(
    'allows the fictional %j with a warning',
    (input) => {
      const parsed = parseTelephoneNumber(input);
      expect(parsed.ok).toBe(true);
      expect(parsed.ok && parsed.warnings).toEqual([
        expect.stringMatching(/fictional 555-0100 to 555-0199 block.*check the number/),
      ]);
    },
  );

  it.each(['312 555 0099', '312 555 0200', '312 556 0150'])(
    'does not warn about %j, just outside the fictional block',
    (input) => {
      expect(parseTelephoneNumber(input)).toMatchObject({ ok: true, warnings: [] });
    },
  );
});

describe('formatTelephoneNumber', () => {
  it('writes 10 digits as NPA-NXX-XXXX', () => {
    expect(formatTelephoneNumber('3125550123')).toBe('312-555-0123');
  });

  it('leaves anything that is not 10 digits as it was', () => {
    expect(formatTelephoneNumber('555 0123')).toBe('555 0123');
  });
});

describe('parseTelephoneNumbers: ranges', () => {
  it.each([
    '312-782-1200-1299',
    '3127821200-1299',
    '312 782 1200 - 1299',
    '(312) 782-1200 to 1299',
    '312 782 1200 – 1299',
    '312-782-1200 TO 1299',
    '312 782 1200-99',
    '3127821200-3127821299',
    '312-782-1200 to 312-782-1299',
    '3127821200 to 312 782 1299',
    '+1 312 782 1200 thru 1299',
  ])('expands %j to 312-782-1200..1299', (input) => {
    expect(numbersOf(input)).toEqual(lineNumbers(1200, 1299, '312782'));
  });

  it('replaces as many trailing digits as the end has: 1290-5 ends at 1295', () => {
    expect(numbersOf('3127821290-5')).toEqual(lineNumbers(1290, 1295, '312782'));
  });

  it('takes a one-number range', () => {
    expect(numbersOf('3127821200-1200')).toEqual(['3127821200']);
  });

  it('expands a whole exchange, the largest range allowed', () => {
    expect(numbersOf('312-782-0000-9999')).toHaveLength(MAX_RANGE_SIZE);
  });

  it.each([
    ['3127821299-1200', /312-782-1299 to 312-782-1200 runs backwards: put the lower number first/],
    [
      '3127829000-3127830999',
      /at most 10,000 numbers: split 312-782-9000 to 312-783-0999 into one range per exchange/,
    ],
    [
      '3127821200-312782129900',
      /end of the range has 12 digits: write its last 4 digits or the whole 10-digit number/,
    ],
    ['9117821200-1299', /911 is a service code/],
  ])('refuses the range %j saying how to fix it', (input, message) => {
    const { values, errors } = parseTelephoneNumbers(input);
    expect(values).toEqual([]);
    expect(errors).toEqual([{ line: 1, input, message: expect.stringMatching(message) as string }]);
  });

  it('warns once for a range that reaches into the fictional block', () => {
    const { values, warnings } = parseTelephoneNumbers('312-555-0190-0210');
    expect(values).toHaveLength(21);
    expect(warnings).toEqual([
      {
        line: 1,
        input: '312-555-0190-0210',
        message: expect.stringMatching(/fictional/) as string,
      },
    ]);
  });
});

describe('parseTelephoneNumbers: pasted lists', () => {
  it.each([
    ['new lines', '3127820123\n3127820124\r\n3127820125'],
    ['commas', '3127820123, 3127820124,3127820125'],
    ['semicolons', '3127820123;3127820124 ; 3127820125'],
    ['tabs', '3127820123\t3127820124\t\t3127820125'],
    ['pipes', '3127820123|3127820124 | 3127820125'],
    ['single spaces', '3127820123 3127820124 3127820125'],
    ['runs of spaces', '3127820123    3127820124  3127820125'],
    ['spaced numbers', '312 782 0123  312 782 0124   312 782 0125'],
    ['spaced numbers with one space between', '312 782 0123 312 782 0124 312 782 0125'],
    ['mixed formats', '(312) 782-0123 +1 312.782.0124 1-312-782-0125'],
    ['labels and junk', 'TN: 312 782 0123 (main)\nAlt: 312-782-0124\nLine 3: 3127820125'],
    ['blank lines', '\n\n3127820123\n   \n3127820124\n\n3127820125\n'],
  ])('splits numbers separated by %s', (_, text) => {
    expect(numbersOf(text)).toEqual(['3127820123', '3127820124', '3127820125']);
  });

  it('mixes numbers and ranges on one line', () => {
    expect(numbersOf('3127820123 312 782 1200-1202, 3127821300 to 1301')).toEqual([
      '3127820123',
      '3127821200',
      '3127821201',
      '3127821202',
      '3127821300',
      '3127821301',
    ]);
  });

  it('removes duplicates, keeps the first-seen order and counts what it removed', () => {
    const result = parseTelephoneNumbers(
      '3127820124\n312-782-0123\n(312) 782-0124\n3127820123-0125',
    );
    expect(result.values).toEqual(['3127820124', '3127820123', '3127820125']);
    expect(result.duplicatesRemoved).toBe(3);
  });

  it('reports each bad token with its line, as typed, and keeps the good ones', () => {
    const result = parseTelephoneNumbers('3127820123\n\n782 0124, 911 782 0125\n3127820126');
    expect(result.values).toEqual(['3127820123', '3127820126']);
    expect(result.errors).toEqual([
      { line: 3, input: '782 0124', message: expect.stringMatching(/Only 7 digits/) as string },
      { line: 3, input: '911 782 0125', message: expect.stringMatching(/service code/) as string },
    ]);
  });

  it('keeps warnings apart from errors', () => {
    const result = parseTelephoneNumbers('3125550123\n3127820124');
    expect(result.errors).toEqual([]);
    expect(result.values).toEqual(['3125550123', '3127820124']);
    expect(result.warnings).toEqual([
      { line: 1, input: '3125550123', message: expect.stringMatching(/fictional/) as string },
    ]);
  });

  it('returns an empty list for empty text', () => {
    expect(parseTelephoneNumbers('  \n\n ')).toEqual({
      values: [],
      errors: [],
      warnings: [],
      duplicatesRemoved: 0,
    });
  });

  it('refuses a list over the limit, saying how many it found and to split it', () => {
    const result = parseTelephoneNumbers('3127820000-0099\n3127821000-1049', { maxNumbers: 120 });
    expect(result.values).toHaveLength(120);
    expect(result.errors).toEqual([
      {
        line: 2,
        input: '3127821000-1049',
        message:
          'This list has 150 telephone numbers, more than the 120 one list can take: split it into lists of up to 120 and enter each separately',
      },
    ]);
  });

  it(`takes ${MAX_NUMBERS.toLocaleString('en-US')} numbers by default and refuses one more`, () => {
    const exchanges = Array.from({ length: 10 }, (_, i) => `3127${i + 30}0000-9999`);
    expect(parseTelephoneNumbers(exchanges.join('\n')).errors).toEqual([]);
    const over = parseTelephoneNumbers([...exchanges, '3127920000'].join('\n'));
    expect(over.errors[0]?.message).toMatch(/100,001 telephone numbers, more than the 100,000/);
  });

  // Its speed is measured by `npm run bench`, not here: timed unit tests flake on a busy CI.
  it('reads 100,000 pasted numbers in mixed formats, every one', () => {
    const lines = Array.from({ length: MAX_NUMBERS }, (_, i) => {
      const tn = `312${700 + Math.floor(i / 10_000)}${String(i % 10_000).padStart(4, '0')}`;
      return i % 2 ? formatTelephoneNumber(tn) : `(${tn.slice(0, 3)}) ${tn.slice(3)}`;
    });
    const result = parseTelephoneNumbers(lines.join('\n'));
    expect(result.errors).toEqual([]);
    expect(result.values).toHaveLength(MAX_NUMBERS);
  });

  it('refuses a range pasted over and over once the repeats pass twice the limit, naming its line', () => {
    const repeated = Array.from({ length: 50 }, () => '214-555-0000-9999').join('\n');
    const result = parseTelephoneNumbers(repeated);
    expect(result.values).toHaveLength(10_000);
    expect(result.errors[0]).toMatchObject({ line: 21, input: '214-555-0000-9999' });
  });

  it('explains a number a spreadsheet shortened to scientific notation', () => {
    const result = parseTelephoneNumbers('2.14740E+09\n312 555 0101');
    expect(result.values).toEqual(['3125550101']);
    expect(result.errors[0]).toMatchObject({ line: 1, input: '2.14740E+09' });
    expect(result.errors[0]?.message).toMatch(/scientific notation.*format the column as text/);
  });
});
