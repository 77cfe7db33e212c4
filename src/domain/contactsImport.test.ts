import { describe, expect, it } from 'vitest';
import {
  CONTACT_FUNCTIONS,
  PRODUCT_TYPES,
  type CenterContact,
  type CenterContactsFile,
} from './contacts.ts';
import { REGIONS } from './regions.ts';
import { CSV_HEADER } from './contactsCsvHeader.ts';
import { contactsToCsv, importContactsCsv } from './contactsImport.ts';
import {
  FILE_TOO_BIG_MESSAGE,
  MAX_IMPORT_BYTES,
  contactsToJson,
  importContactsJson,
} from './contactsJson.ts';

const HEADER = CSV_HEADER.join(',');
const FUNCTIONS = CONTACT_FUNCTIONS;
const PRODUCTS = PRODUCT_TYPES;

/** A CSV with the documented header and the given rows (cells after the row are left empty). */
function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\r\n');
}

const GOOD_ROW =
  'maintenance,midwest,loop,Midwest Maintenance (LOC),312-555-0101,,24 hours,loc@example.com,,' +
  'Duty manager,312-555-0150,,duty@example.com,Center manager,,,boss@example.com';

const MAINTENANCE_LOOP: CenterContact = {
  function: 'maintenance',
  region: 'midwest',
  productType: 'loop',
  name: 'Midwest Maintenance (LOC)',
  phone: '312-555-0101',
  levels: [{ level: 1, name: 'Duty manager', email: 'duty@example.com' }],
};

const LNP_WEST: CenterContact = {
  function: 'lnp',
  region: 'west',
  productType: 'all',
  name: 'LNP West',
  phone: '4155550116',
};

describe('importContactsCsv', () => {
  it('reads a good file, levels included', () => {
    const result = importContactsCsv(
      csv(GOOD_ROW, 'billing,southeast,all,Southeast Billing,404-555-0100,12,,,Bring the BAN'),
    );
    expect(result).toEqual({
      rowCount: 2,
      problems: [],
      entries: [
        {
          function: 'maintenance',
          region: 'midwest',
          productType: 'loop',
          name: 'Midwest Maintenance (LOC)',
          phone: '312-555-0101',
          hours: '24 hours',
          email: 'loc@example.com',
          levels: [
            { level: 1, name: 'Duty manager', phone: '312-555-0150', email: 'duty@example.com' },
            { level: 2, name: 'Center manager', email: 'boss@example.com' },
          ],
        },
        {
          function: 'billing',
          region: 'southeast',
          productType: 'all',
          name: 'Southeast Billing',
          phone: '404-555-0100',
          extension: '12',
          notes: 'Bring the BAN',
        },
      ],
    });
  });

  it('reads headers in any case, with spaces, hyphens or underscores', () => {
    const result = importContactsCsv(
      'Function,REGION,Product Type,Name,Phone,E-mail,level-1-name,Level 1 Phone\n' +
        'lnp,west,product-less,LNP West,415-555-0116,lnp@example.com,Duty manager,415-555-0160\n',
    );
    expect(result.problems).toEqual([expect.objectContaining({ line: 2, column: 'Product Type' })]);
    const fixed = importContactsCsv(
      'Function,REGION,product-type,Name,Phone,E-mail,level-1-name,Level 1 Phone\n' +
        'lnp,west,all,LNP West,415-555-0116,lnp@example.com,Duty manager,415-555-0160\n',
    );
    expect(fixed.problems).toEqual([]);
    expect(fixed.entries[0]).toMatchObject({
      productType: 'all',
      email: 'lnp@example.com',
      levels: [{ level: 1, name: 'Duty manager', phone: '415-555-0160' }],
    });
  });

  it('reads the labels and REQTYP codes in enum cells', () => {
    const result = importContactsCsv(
      csv(
        'LNP,Southwest,BB,A,214-555-0101',
        'Maintenance,Southwest (former SWBT),Loop with number portability (BB),B,214-555-0102',
        'Ordering,southwest,Loop (AB),C,214-555-0103',
        'MCPSC,SOUTHWEST,All products,D,214-555-0104',
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => [e.function, e.region, e.productType])).toEqual([
      ['lnp', 'southwest', 'loopWithLnp'],
      ['maintenance', 'southwest', 'loopWithLnp'],
      ['ordering', 'southwest', 'loop'],
      ['mcpsc', 'southwest', 'all'],
    ]);
  });

  describe('reports each bad row by line and column, saying how to fix it', () => {
    const cases: [string, string, string, RegExp][] = [
      [
        'an unknown region',
        'lnp,northeast,all,A,312-555-0101',
        'region',
        /"northeast" is not a region: use one of southeast/,
      ],
      [
        'an unknown function',
        'repair,midwest,all,A,312-555-0101',
        'function',
        /"repair" is not a function: use one of billing/,
      ],
      [
        'an unknown product type',
        'lnp,midwest,ZZ,A,312-555-0101',
        'product_type',
        /"ZZ" is not a product type: use one of loop/,
      ],
      [
        'a phone the parser refuses',
        'lnp,midwest,all,A,312-555-012',
        'phone',
        /"312-555-012": only 9 digits found: enter all 10 digits/,
      ],
      [
        'a bad e-mail',
        'lnp,midwest,all,A,312-555-0101,,,lnp@example',
        'email',
        /"lnp@example" is not an e-mail address: enter one like/,
      ],
      ['a missing name', 'lnp,midwest,all,,312-555-0101', 'name', /^Enter the center's name/],
      [
        'a missing phone',
        'lnp,midwest,all,A,',
        'phone',
        /^Enter the 10-digit telephone number, like/,
      ],
      [
        'a bad extension',
        'lnp,midwest,all,A,312-555-0101,ext 12',
        'extension',
        /extension as digits only/,
      ],
      [
        'a level with a phone and e-mail but no name',
        'lnp,midwest,all,A,312-555-0101,,,,,,,,,,312-555-0151,,boss@example.com',
        'level2_name',
        /name or title of the person at this level/,
      ],
    ];
    it.each(cases)('%s', (_, row, column, message) => {
      const result = importContactsCsv(csv(GOOD_ROW, row));
      expect(result.problems).toEqual([
        { line: 3, row: 3, column, message: expect.stringMatching(message) as unknown },
      ]);
      expect(result.entries).toHaveLength(1);
      expect(result.rowCount).toBe(2);
    });
  });

  it('reports a duplicate key on both lines and keeps neither', () => {
    const result = importContactsCsv(
      csv(GOOD_ROW, 'billing,east,all,A,203-555-0100', GOOD_ROW.replace('0101', '0102')),
    );
    expect(result.problems).toEqual([
      {
        line: 2,
        row: 2,
        column: 'product_type',
        message:
          'Line 4 has the same function, region and product type (maintenance, midwest, loop): keep one of the two rows, or change the product type of one',
      },
      expect.objectContaining({
        line: 4,
        column: 'product_type',
        message: expect.stringMatching(/^Line 2 has the same/) as unknown,
      }),
    ]);
    expect(result.entries.map((e) => e.region)).toEqual(['east']);
  });

  it('reports an unknown column on the header line, so a typo loses no data', () => {
    const result = importContactsCsv(
      'function,region,product_type,name,phone,emial\nlnp,west,all,A,415-555-0100,a@example.com\n',
    );
    expect(result.problems).toEqual([
      {
        line: 1,
        row: 1,
        column: 'emial',
        message: expect.stringMatching(
          /^Unknown column "emial" \(column F\): check its spelling/,
        ) as unknown,
      },
    ]);
  });

  it('reports a repeated column', () => {
    const result = importContactsCsv('function,region,product_type,name,phone,Phone\n');
    expect(result.problems[0]).toMatchObject({
      line: 1,
      column: 'Phone',
      message: expect.stringMatching(/Column F repeats the column "phone"/) as unknown,
    });
  });

  it('reads no row when a required column is missing', () => {
    const result = importContactsCsv('function,region,name,phone\nlnp,west,A,415-555-0100\n');
    expect(result).toEqual({
      entries: [],
      rowCount: 1,
      problems: [
        {
          line: 1,
          row: 1,
          column: 'product_type',
          message: expect.stringMatching(
            /^The header row has no "product_type" column: add it/,
          ) as unknown,
        },
      ],
    });
  });

  it('reports data in a column without a header once', () => {
    const result = importContactsCsv(
      'function,region,product_type,name,phone\n' +
        'lnp,west,all,A,415-555-0100,stray\n' +
        'lnp,east,all,B,203-555-0100,stray\n',
    );
    expect(result.problems).toEqual([
      {
        line: 2,
        row: 2,
        column: 'F',
        message: expect.stringMatching(/^Column F holds data but has no known header/) as unknown,
      },
    ]);
  });

  it('reports a quote that is never closed', () => {
    const result = importContactsCsv(csv(GOOD_ROW, 'lnp,west,all,"LNP West,415-555-0100'));
    expect(result.problems).toEqual([
      {
        line: 3,
        row: 3,
        column: 'name',
        message: expect.stringMatching(/never closed.*add the closing quote/) as unknown,
      },
    ]);
  });

  it('reads quoted fields with commas, quotes and line breaks, and counts lines past them', () => {
    const result = importContactsCsv(
      csv(
        'lnp,west,all,"LNP West, ""Pacific""",415-555-0100,,"Monday to Friday,\r\n8 am to 5 pm",,"line one\nline two"',
        '',
        'lnp,east,all,LNP East,203-555-012',
      ),
    );
    expect(result.entries[0]).toMatchObject({
      name: 'LNP West, "Pacific"',
      hours: 'Monday to Friday,\r\n8 am to 5 pm',
      notes: 'line one\nline two',
    });
    // The first row spans lines 2 to 4 and a blank line follows: the next row starts on line 6,
    // which a spreadsheet shows as row 4.
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 6, row: 4, column: 'phone' }),
    ]);
    expect(result.rowCount).toBe(2);
  });

  it('ignores a byte order mark at the start', () => {
    const result = importContactsCsv(`\uFEFF${csv(GOOD_ROW)}`);
    expect(result.problems).toEqual([]);
    expect(result.entries).toHaveLength(1);
  });

  it('reads semicolon-separated files (Excel in some locales)', () => {
    const result = importContactsCsv(
      'function;region;product_type;name;phone;hours\r\n' +
        'billing;midwest;all;Midwest Billing;312-555-0100;Monday to Friday, 8 am to 5 pm\r\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.entries[0]).toMatchObject({
      name: 'Midwest Billing',
      hours: 'Monday to Friday, 8 am to 5 pm',
    });
  });

  it('reads tab-separated text pasted from a spreadsheet', () => {
    const result = importContactsCsv(
      'function\tregion\tproduct_type\tname\tphone\nlnp\twest\tall\tA\t415-555-0100\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.entries).toHaveLength(1);
  });

  it('keeps markup in names and notes as plain text', () => {
    const result = importContactsCsv(
      csv('lnp,west,all,<script>alert(1)</script>,415-555-0100,,,,<img src=x onerror=alert(1)>'),
    );
    expect(result.entries[0]).toMatchObject({
      name: '<script>alert(1)</script>',
      notes: '<img src=x onerror=alert(1)>',
    });
  });

  it('reports an empty file and a file with only a header', () => {
    expect(importContactsCsv('').problems).toEqual([
      expect.objectContaining({
        line: 1,
        message: expect.stringMatching(/^The file is empty/) as unknown,
      }),
    ]);
    expect(importContactsCsv(`${HEADER}\r\n`)).toEqual({
      entries: [],
      rowCount: 0,
      problems: [
        expect.objectContaining({ message: expect.stringMatching(/no centers/) as unknown }),
      ],
    });
  });

  it('refuses a file over the size limit', () => {
    const result = importContactsCsv('x'.repeat(MAX_IMPORT_BYTES + 1));
    expect(result.problems).toEqual([expect.objectContaining({ message: FILE_TOO_BIG_MESSAGE })]);
  });

  // Function x region x product type makes 210 keys, so 10,000 rows must repeat keys: each row
  // is valid on its own and the only problems are the duplicates.
  it('reads 10,000 rows', () => {
    const keys = FUNCTIONS.flatMap((fn) =>
      REGIONS.flatMap((region) => PRODUCTS.map((product) => `${fn},${region},${product}`)),
    );
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const line = String(100 + (i % 100)).padStart(4, '0');
      return `${keys[i % keys.length] ?? ''},Center ${i},312-555-${line},${i},,desk${i}@example.com`;
    });
    const result = importContactsCsv(csv(...rows));
    expect(result.rowCount).toBe(10_000);
    expect(result.problems).toHaveLength(10_000);
    expect(result.problems.every((p) => p.column === 'product_type')).toBe(true);
    // The row at index 5,000 (line 5,002) has key 5,000 mod 210 = 170, first used on line 172.
    expect(result.problems[5_000]).toEqual({
      line: 5_002,
      row: 5_002,
      column: 'product_type',
      message: expect.stringMatching(
        /^Line 172 has the same function, region and product type \(mcpsc, east, lnp\)/,
      ) as unknown,
    });
  });

  it('reads a full list, every key once', () => {
    const rows = FUNCTIONS.flatMap((fn) =>
      REGIONS.flatMap((region) =>
        PRODUCTS.map(
          (product) => `${fn},${region},${product},${fn} ${region} ${product},312-555-0100`,
        ),
      ),
    );
    const result = importContactsCsv(csv(...rows));
    expect(result.problems).toEqual([]);
    expect(result.entries).toHaveLength(210);
    expect(result.entries[100]).toEqual({
      function: 'provisioning',
      region: 'east',
      productType: 'lnp',
      name: 'provisioning east lnp',
      phone: '312-555-0100',
    });
  });
});

describe('contactsToCsv', () => {
  const entries: CenterContact[] = [
    {
      function: 'maintenance',
      region: 'midwest',
      productType: 'loop',
      name: 'Midwest Maintenance, "LOC"',
      phone: '+1 312 555 0101',
      extension: '12',
      hours: 'Monday to Friday,\n8 am to 5 pm',
      email: 'loc@example.com',
      notes: '=HYPERLINK("http://example.com")',
      levels: [
        { level: 1, name: 'Duty manager', phone: '312-555-0150' },
        { level: 2, name: '@Center manager', email: 'boss@example.com', extension: '9' },
      ],
    },
    LNP_WEST,
  ];

  it('writes the documented header', () => {
    expect(contactsToCsv([]).split('\r\n')[0]).toBe(HEADER);
    expect(HEADER).toBe(
      'function,region,product_type,name,phone,extension,hours,email,notes,' +
        'level1_name,level1_phone,level1_extension,level1_email,' +
        'level2_name,level2_phone,level2_extension,level2_email,' +
        'level3_name,level3_phone,level3_extension,level3_email,' +
        'level4_name,level4_phone,level4_extension,level4_email,' +
        'level5_name,level5_phone,level5_extension,level5_email',
    );
  });

  it('round-trips through the import', () => {
    const result = importContactsCsv(contactsToCsv(entries));
    expect(result).toEqual({ entries, problems: [], rowCount: 2 });
  });

  it('makes cells a spreadsheet would run as formulas show as text', () => {
    const text = contactsToCsv(entries);
    expect(text).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    expect(text).toContain(`"'@Center manager"`);
    expect(text).toContain(`"'+1 312 555 0101"`);
  });

  it('adds level columns when a level above 5 is used', () => {
    const deep: CenterContact = {
      ...LNP_WEST,
      levels: [{ level: 7, name: 'Vice president', email: 'vp@example.com' }],
    };
    const text = contactsToCsv([deep]);
    expect(text.split('\r\n')[0]).toMatch(
      /,level7_name,level7_phone,level7_extension,level7_email$/,
    );
    expect(importContactsCsv(text).entries).toEqual([deep]);
  });
});

describe('importContactsJson', () => {
  const sample: CenterContactsFile = {
    $schema: './center-contacts.schema.json',
    updated: '2026-11-26',
    source: 'Test list',
    contacts: [MAINTENANCE_LOOP, LNP_WEST],
  };

  it('round-trips contactsToJson', () => {
    expect(importContactsJson(contactsToJson(sample))).toEqual({
      file: sample,
      entries: sample.contacts,
      problems: [],
      entryCount: 2,
    });
  });

  it('writes keys in the documented order, two-space indented, with a final newline', () => {
    const scrambled = {
      contacts: [
        {
          phone: '415-555-0116',
          name: 'LNP West',
          productType: 'all',
          region: 'west',
          function: 'lnp',
        },
      ],
      source: 'Test list',
      updated: '2026-11-26',
    } as CenterContactsFile;
    expect(contactsToJson(scrambled)).toBe(
      [
        '{',
        '  "updated": "2026-11-26",',
        '  "source": "Test list",',
        '  "contacts": [',
        '    {',
        '      "function": "lnp",',
        '      "region": "west",',
        '      "productType": "all",',
        '      "name": "LNP West",',
        '      "phone": "415-555-0116"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('names the entry, its key, its line and the field of each problem, and keeps the valid entries', () => {
    const broken = contactsToJson({
      ...sample,
      contacts: [
        MAINTENANCE_LOOP,
        { ...LNP_WEST, email: 'lnp@west' },
        { ...LNP_WEST, region: 'east' },
      ],
    });
    const result = importContactsJson(broken);
    expect(result.file).toBeUndefined();
    expect(result.entryCount).toBe(3);
    expect(result.entries.map((e) => e.region)).toEqual(['midwest', 'east']);
    expect(result.problems).toEqual([
      {
        entry: 2,
        path: ['contacts', 1, 'email'],
        where: 'Entry 2 (lnp, west, all; line 20), field "email"',
        message: '"lnp@west" is not an e-mail address: enter one like center@example.com',
        line: 20,
      },
    ]);
    expect(broken.split('\n')[19]).toBe('    {');
  });

  it('says where invalid JSON breaks and how to fix it', () => {
    const text = '{\n  "updated": "2026-11-26",\n  "source": "x",\n}\n';
    expect(importContactsJson(text).problems).toEqual([
      {
        path: [],
        where: 'Line 4, column 1',
        message:
          'This is not valid JSON: remove the comma before }: the last field has none after it',
        line: 4,
        column: 1,
      },
    ]);
  });

  it.each([
    [
      'a missing comma',
      '{"a": 1\n "b": 2}',
      'Line 2, column 2',
      /comma , is missing between two fields/,
    ],
    ['single quotes', "{'a': 1}", 'Line 1, column 2', /field name must be in double quotes/],
    ['curly quotes', '{"a": \u201cx\u201d}', 'Line 1, column 7', /straight double quotes/],
    ['a comment', '{"a": // note\n1}', 'Line 1, column 7', /no comments/],
    ['an unclosed list', '{"a": [1, 2}', 'Line 1, column 12', /closing \] is missing/],
    ['a cut-off file', '{"a": [', 'Line 1, column 8', /ends too early/],
  ])('explains %s', (_, text, where, message) => {
    expect(importContactsJson(text).problems).toEqual([
      expect.objectContaining({ where, message: expect.stringMatching(message) as unknown }),
    ]);
  });

  it('explains a web page served instead of the list', () => {
    const result = importContactsJson('<!doctype html><html></html>');
    expect(result.problems[0]?.message).toMatch(/web page \(HTML\), not the JSON list/);
  });

  it('ignores a byte order mark and refuses an oversized file', () => {
    expect(importContactsJson(`\uFEFF${contactsToJson(sample)}`).file).toEqual(sample);
    expect(importContactsJson(' '.repeat(MAX_IMPORT_BYTES + 1)).problems[0]?.message).toBe(
      FILE_TOO_BIG_MESSAGE,
    );
  });

  it('keeps markup as plain text', () => {
    const marked = {
      ...sample,
      contacts: [{ ...LNP_WEST, name: '<img src=x onerror=alert(1)>' }],
    };
    expect(importContactsJson(contactsToJson(marked)).file).toEqual(marked);
  });
});

describe('the sample flag', () => {
  it('is written as a sample column on every row, and read back', () => {
    const text = contactsToCsv([MAINTENANCE_LOOP, LNP_WEST], { sample: true });
    const [header, ...rows] = text.trim().split('\r\n');
    expect(header?.endsWith(',sample')).toBe(true);
    expect(rows.every((row) => row.endsWith(',true'))).toBe(true);
    const back = importContactsCsv(text);
    expect(back.sample).toBe(true);
    expect(back.entries).toEqual([MAINTENANCE_LOOP, LNP_WEST]);
    expect(back.problems).toEqual([]);
  });

  it('leaves the column out of a real list', () => {
    const text = contactsToCsv([LNP_WEST]);
    expect(text).not.toMatch(/sample/);
    expect(importContactsCsv(text).sample).toBeUndefined();
  });

  it('stays sample when one row says true, and a value other than true or false is reported', () => {
    const rows = ['function,region,product_type,name,phone,Sample'];
    rows.push('lnp,west,all,LNP West,415-555-0116,');
    rows.push('lnp,east,all,LNP East,203-555-0116,yes');
    const result = importContactsCsv(rows.join('\n'));
    expect(result.sample).toBe(true);
    expect(result.problems.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 3, column: 'Sample' },
    ]);
    expect(result.problems[0]?.message).toMatch(/^"yes" is not true or false/);
    expect(result.entries.map((entry) => entry.name)).toEqual(['LNP West']);
  });

  it('survives a JSON file whose entries have problems', () => {
    const text = JSON.stringify({
      updated: '2026-11-26',
      source: 'Sample',
      sample: true,
      contacts: [LNP_WEST, { ...MAINTENANCE_LOOP, phone: '312-555-01' }],
    });
    const result = importContactsJson(text);
    expect(result.file).toBeUndefined();
    expect(result.entries).toEqual([LNP_WEST]);
    expect(result.fields).toEqual({ updated: '2026-11-26', source: 'Sample', sample: true });
  });

  it('a "sample" that is not false is still sample, though reported', () => {
    const text = JSON.stringify({
      updated: '2026-11-26',
      source: 'S',
      sample: 'yes',
      contacts: [LNP_WEST],
    });
    const result = importContactsJson(text);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'Enter "sample" as true or false without quotes, or leave it out',
    ]);
    expect(result.fields?.sample).toBe(true);
  });
});
