import { describe, expect, it } from 'vitest';
import { contact } from './contacts.fixtures.ts';
import {
  CONTACT_FUNCTION_LABELS,
  CONTACT_FUNCTIONS,
  CenterContactSchema,
  CenterContactsFileSchema,
  PRODUCT_TYPE_LABELS,
  PRODUCT_TYPES,
  contactFileProblems,
  parseContactsFile,
  problemText,
  type CenterContactsFile,
} from './contacts.ts';

function file(contacts: unknown[], overrides: Record<string, unknown> = {}): unknown {
  return { updated: '2026-11-26', source: 'Test list', contacts, ...overrides };
}

function problemsOf(input: unknown): string[] {
  const parsed = parseContactsFile(input);
  return parsed.ok ? [] : parsed.problems.map(problemText);
}

describe('lists and labels', () => {
  it('labels every function and product type', () => {
    expect(Object.keys(CONTACT_FUNCTION_LABELS)).toEqual([...CONTACT_FUNCTIONS]);
    expect(Object.keys(PRODUCT_TYPE_LABELS)).toEqual([...PRODUCT_TYPES]);
    expect(PRODUCT_TYPE_LABELS.loopWithLnp).toBe('Loop with number portability (BB)');
  });
});

describe('CenterContactSchema', () => {
  it('accepts a full entry and keeps the phone as written', () => {
    const entry = contact({
      phone: '(312) 555-0101',
      extension: '1234',
      hours: '24 hours, 7 days',
      email: 'loc.midwest@example.com',
      notes: 'Have the circuit ID ready',
      levels: [
        { level: 1, name: 'Duty manager', phone: '312 555 0150', email: 'duty@example.com' },
        { level: 2, name: 'Center manager' },
      ],
    });
    expect(CenterContactSchema.parse(entry)).toEqual(entry);
  });

  it('keeps markup in names and notes as plain text', () => {
    const entry = contact({
      name: '<script>alert(1)</script>',
      notes: '<img src=x onerror=alert(1)>',
    });
    expect(CenterContactSchema.parse(entry)).toEqual(entry);
  });

  it.each([
    [
      'a short phone',
      { phone: '312-555-012' },
      /"312-555-012": only 9 digits found: enter all 10 digits/,
    ],
    ['a phone with letters', { phone: '312-555-LOOP' }, /Letters are not accepted/i],
    ['an extension in the phone', { phone: '312-555-0101 x12' }, /remove the extension/i],
    ['a non-digit extension', { extension: 'x12' }, /extension as digits only/],
    ['a bad e-mail', { email: 'loc@' }, /"loc@" is not an e-mail address: enter one like/],
    ['a blank name', { name: '  ' }, /Enter the center's name.*\(this one is blank\)/],
    ['a blank note', { notes: '' }, /^This is blank: enter the note, or leave the field out$/],
    [
      'an unknown region',
      { region: 'northeast' },
      /"northeast" is not a region: use one of southeast/,
    ],
  ])('refuses %s, saying how to fix it', (_, overrides, message) => {
    const result = CenterContactSchema.safeParse({ ...contact(), ...overrides });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(message),
    ]);
  });

  it('refuses a misspelt field instead of dropping it', () => {
    const result = CenterContactSchema.safeParse({ ...contact(), emial: 'a@example.com' });
    expect(result.error?.issues[0]?.message).toMatch(/Unknown field "emial": check the spelling/);
  });

  it('refuses a level number listed twice and one out of range', () => {
    const result = CenterContactSchema.safeParse(
      contact({
        levels: [
          { level: 1, name: 'Duty manager' },
          { level: 1, name: 'Center manager' },
        ],
      }),
    );
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['levels', 1, 'level'],
        message: expect.stringMatching(/Level 1 is listed twice/) as unknown,
      }),
    ]);
    const outOfRange = CenterContactSchema.safeParse(
      contact({ levels: [{ level: 10, name: 'Director' }] }),
    );
    expect(outOfRange.error?.issues[0]?.message).toMatch(/whole number from 1 to 9/);
  });
});

describe('CenterContactsFileSchema', () => {
  it('accepts a file with $schema and sample', () => {
    const input = file([contact()], { $schema: './center-contacts.schema.json', sample: true });
    expect(CenterContactsFileSchema.parse(input)).toEqual(input);
  });

  it('reports the same key twice on both entries', () => {
    expect(problemsOf(file([contact(), contact({ phone: '312-555-0102' })]))).toEqual([
      'Entry 1 (maintenance, midwest, loop), field "productType": Entry 2 has the same function, region and product type: keep one of them, or change the product type of one',
      'Entry 2 (maintenance, midwest, loop), field "productType": Entry 1 has the same function, region and product type: keep one of them, or change the product type of one',
    ]);
  });

  it('finds duplicates even when an entry has other problems', () => {
    const problems = problemsOf(file([contact({ phone: '123' }), contact()]));
    expect(problems).toHaveLength(3);
  });

  it.each([
    [
      'a missing date',
      { updated: undefined },
      'Field "updated": Enter the date the list was last updated, as YYYY-MM-DD, like 2026-11-26',
    ],
    [
      'a date that does not exist',
      { updated: '2026-02-30' },
      'Field "updated": "2026-02-30" is not a date: write it as YYYY-MM-DD, like 2026-11-26',
    ],
    [
      'a missing source',
      { source: undefined },
      expect.stringMatching(/^Field "source": Enter where the list comes from/),
    ],
    [
      'no centers',
      { contacts: [] },
      expect.stringMatching(/^Field "contacts": Add at least one center/),
    ],
    [
      'sample as text',
      { sample: 'yes' },
      expect.stringMatching(/^Field "sample": Enter "sample" as true or false/),
    ],
    [
      'an unknown field',
      { udpated: '2026-11-26' },
      expect.stringMatching(/^The file: Unknown field "udpated"/),
    ],
  ])('reports %s', (_, overrides, expected) => {
    expect(problemsOf(file([contact()], overrides))).toEqual([expected]);
  });

  it('refuses something that is not an object', () => {
    expect(problemsOf([contact()])).toEqual([
      expect.stringMatching(/^The file: Expected an object in braces \{ \}, found a list/),
    ]);
  });
});

describe('contactFileProblems', () => {
  it('names the entry by position and key, the field, and how to fix it', () => {
    const input = file([
      contact({ productType: 'all' }),
      contact({ productType: 'resale' }),
      contact({ productType: 'lwc' }),
      contact({ phone: '312-555-012' }),
    ]);
    const problems = problemsOf(input);
    expect(problems).toEqual([
      'Entry 4 (maintenance, midwest, loop), field "phone": "312-555-012": only 9 digits found: enter all 10 digits, area code first, like 312 555 0123',
    ]);
  });

  it('names a level by its number and adds the JSON line when known', () => {
    const input = file([
      contact({ levels: [{ level: 2, name: 'Center manager', email: 'boss@' }] }),
    ]);
    const result = CenterContactsFileSchema.safeParse(input);
    const [problem] = contactFileProblems(input, result.error?.issues ?? [], [7]);
    expect(problem).toEqual({
      entry: 1,
      path: ['contacts', 0, 'levels', 0, 'email'],
      where: 'Entry 1 (maintenance, midwest, loop; line 7), level 2, field "email"',
      message: '"boss@" is not an e-mail address: enter one like center@example.com',
      line: 7,
    });
  });

  it('leaves the key out when the entry has none to show', () => {
    expect(problemsOf(file(['not an entry']))).toEqual([
      'Entry 1: Expected an object in braces { }, found a string',
    ]);
  });
});

// Keeps the fixture honest: a file built by these helpers is what the schema expects.
it('the test fixture is a valid file', () => {
  const input = file([contact()]) as CenterContactsFile;
  expect(parseContactsFile(input)).toEqual({ ok: true, file: input });
});
