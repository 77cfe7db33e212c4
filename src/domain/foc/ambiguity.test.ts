import { describe, expect, it } from 'vitest';
import { readFoc } from './index.ts';
import { complete, lines, loose, sure, tns } from './foc.fixtures.ts';

describe('readFoc: what is ambiguous is reported, not guessed', () => {
  it('two different PONs: neither is taken', () => {
    const reading = readFoc(lines('PON: ABC123', 'DD: 11/24/2026', 'PON: XYZ-77'));
    expect(reading.pon).toBeUndefined();
    expect(reading.dueDate).toEqual(sure('2026-11-24', 2, '11/24/2026'));
    expect(reading.issues).toEqual([
      {
        field: 'pon',
        line: 3,
        message:
          'The text holds 2 different PONs: “ABC123” (line 1) and “XYZ-77” (line 3). Paste one FOC at a time, or type the PON of this order yourself',
      },
    ]);
  });

  it('two different versions, due dates and CCNAs: each is reported', () => {
    const reading = readFoc(
      lines('VER: 02', 'version 3', 'DD: 11/24/2026', 'DD: Nov 25, 2026', 'CCNA: XYZ, CCNA: QRS'),
    );
    expect(reading.fieldsFound).toBe(0);
    expect(reading.issues.map((issue) => [issue.field, issue.line])).toEqual([
      ['ver', 2],
      ['dueDate', 4],
      ['ccna', 5],
    ]);
    expect(reading.issues[1]?.message).toMatch(
      /^The text holds 2 different due dates \(DD\): “11\/24\/2026” \(line 3\) and “11\/25\/2026” \(line 4\)/,
    );
  });

  it('a date that could be MM/DD or DD/MM, with nothing to settle it', () => {
    const reading = readFoc(lines('PON: ABC123', 'DD: 05/06/2026'));
    expect(reading).toEqual({
      pon: sure('ABC123', 1, 'ABC123'),
      issues: [
        {
          field: 'dueDate',
          line: 2,
          message:
            'The due date (DD) “05/06/2026” is not settled: it could be May 6, 2026 or June 5, 2026, and nothing else in the text shows whether its dates are written month first or day first. Check the FOC and type the date as MM/DD/YYYY',
        },
      ],
      unsettledDates: {
        dueDate: { line: 2, text: '05/06/2026', why: 'It could be May 6, 2026 or June 5, 2026' },
      },
      fieldsFound: 1,
    });
  });

  it('another date of the text that can only be month first settles it', () => {
    const reading = readFoc(lines('D/TSENT: 04/20/2026', 'DD: 05/06/2026'));
    expect(reading).toEqual(
      complete({
        focDate: sure('2026-04-20', 1, '04/20/2026'),
        dueDate: sure('2026-05-06', 2, '05/06/2026'),
      }),
    );
  });

  it('a date anywhere in the text (even DDD) that can only be day first settles it', () => {
    const reading = readFoc(lines('DD: 05/06/2026', 'DDD: 20/05/2026'));
    expect(reading).toEqual(complete({ dueDate: sure('2026-06-05', 1, '05/06/2026') }));
  });

  it('dates written both ways leave the ambiguous one unread', () => {
    const reading = readFoc(lines('D/TSENT: 11/20/2026', 'DD: 05/06/2026', 'DDD: 25/05/2026'));
    expect(reading.dueDate).toBeUndefined();
    expect(reading.issues[0]?.message).toMatch(/and the text writes other dates both ways/);
  });

  it('a due date before the FOC date: both kept, neither sure', () => {
    const reading = readFoc(lines('D/TSENT: 11/20/2026', 'DD: 11/18/2026'));
    expect(reading).toEqual({
      focDate: loose('2026-11-20', 1, '11/20/2026'),
      dueDate: loose('2026-11-18', 2, '11/18/2026'),
      issues: [
        {
          field: 'dueDate',
          line: 2,
          message:
            'The due date (DD) 11/18/2026 is before the FOC date 11/20/2026 on line 1: check both dates on the FOC and type the right ones',
        },
      ],
      fieldsFound: 2,
    });
  });

  it.each([
    ['DDD', lines('PON: ABC123', 'DDD: 11/24/2026')],
    ['Desired Due Date', lines('PON: ABC123', 'Desired Due Date: 11/24/2026')],
    ['a DDD column', lines('PON,DDD', 'ABC123,11/24/2026')],
    ['DDD on its own line', lines('PON: ABC123', 'DDD', '11/24/2026')],
  ])('%s and no DD: the desired due date is never taken as the due date', (_, text) => {
    const reading = readFoc(text);
    expect(reading.dueDate).toBeUndefined();
    expect(reading.fieldsFound).toBe(1);
    expect(reading.issues).toEqual([
      expect.objectContaining({
        field: 'dueDate',
        message: expect.stringMatching(
          /^Only the desired due date \(DDD, line \d\) is in the text: .* Type the due date \(DD\) from the FOC$/,
        ) as string,
      }),
    ]);
  });

  it('DDD and DD: the DD is the due date', () => {
    const reading = readFoc(
      lines('DDD: 11/22/2026', 'DD: 11/24/2026', 'desired due date 11/21/2026'),
    );
    expect(reading).toEqual(complete({ dueDate: sure('2026-11-24', 2, '11/24/2026') }));
  });

  it.each([
    [
      'TN: 214-555-01',
      'telephoneNumbers',
      /^The telephone number \(TN\) “214-555-01” was not taken. Only 8 digits found/,
    ],
    [
      'ORD: 12345678',
      'serviceOrders',
      /^The service order number \(ORD\) “12345678” was not taken. Start with the order type letter/,
    ],
    [
      'ECCKT: see attached',
      'circuitIds',
      /^The circuit ID \(ECCKT\) “see attached” was not taken. Write the circuit IDs/,
    ],
    ['PON: ABC 123 456', 'pon', /^The PON “ABC 123 456” was not taken. Remove the spaces/],
    [
      'VER: 123',
      'ver',
      /^The version \(VER\) “123” was not taken. A version \(VER\) is 1 or 2 digits/,
    ],
    ['REQTYP: B', 'reqtyp', /was not taken. A REQTYP is 2 letters, like BB/],
    ['CCNA: ABCD', 'ccna', /was not taken. A CCNA is the 3-character code of the CLEC/],
    [
      'DD: 11/24',
      'dueDate',
      /^The due date \(DD\) “11\/24” was not taken. Add the year: enter the date as MM\/DD\/YYYY, like 11\/24\/2026$/,
    ],
    ['D/TSENT: 02/30/2026', 'focDate', /was not taken. There is no February 30 in 2026/],
  ])('a value its parser refuses is reported, not taken: %j', (text, field, message) => {
    expect(readFoc(text)).toEqual({
      issues: [{ field, line: 1, message: expect.stringMatching(message) as string }],
      fieldsFound: 0,
    });
  });

  it('a list keeps the values its parser takes, reports the rest and is not sure', () => {
    const reading = readFoc(lines('TN: 214-555-0101, 214-555-01', '214-555-0102', 'Thanks'));
    expect(reading.telephoneNumbers).toEqual(
      loose(tns(['214-555-0101', '214-555-0102'], 2), 1, '214-555-0101, 214-555-01\n214-555-0102'),
    );
    expect(reading.issues).toEqual([
      expect.objectContaining({ field: 'telephoneNumbers', line: 1 }),
    ]);
  });

  it('trailing words of a sentence after "label:" do not cast doubt on the value', () => {
    expect(readFoc('DD: 11/24/2026 as requested, ORD: N12345678 was issued')).toEqual(
      complete({
        dueDate: sure('2026-11-24', 1, '11/24/2026'),
        serviceOrders: sure(['N12345678'], 1, 'N12345678'),
      }),
    );
  });

  it('words that only look like labels are not read: Tennessee, "the order", "due to"', () => {
    const reading = readFoc(
      lines(
        'AT&T Wholesale, 123 Main St, Nashville, TN 37201',
        'Thank you for the order. Due to the holiday, the PON was reviewed.',
      ),
    );
    expect(reading.fieldsFound).toBe(0);
    expect(reading.issues).toEqual([expect.objectContaining({ field: 'text' })]);
  });
});
