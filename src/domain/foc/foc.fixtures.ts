import type { FocReading, FocTelephoneNumbers, Found } from './index.ts';

/*
 * Example FOCs, one or more per layout, with the complete reading of each, and the helpers the
 * FOC reader's tests write readings with. Every number here is fictional: telephone numbers in
 * 555-0100..0199, made-up orders and PONs.
 */

export const sure = <T>(value: T, line: number, text: string): Found<T> => ({
  value,
  line,
  sure: true,
  text,
});
export const loose = <T>(value: T, line: number, text: string): Found<T> => ({
  value,
  line,
  sure: false,
  text,
});
export const tns = (entries: string[], count: number): FocTelephoneNumbers => ({ entries, count });
export const complete = (fields: Omit<FocReading, 'issues' | 'fieldsFound'>): FocReading => ({
  ...fields,
  issues: [],
  fieldsFound: Object.keys(fields).length,
});
export const lines = (...text: string[]): string => text.join('\n');

/** [name, pasted text, the complete reading]: one or more per layout. */
export const FOCS: [string, string, FocReading][] = [
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
