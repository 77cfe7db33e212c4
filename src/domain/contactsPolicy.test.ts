import { describe, expect, it } from 'vitest';
import { contact } from './contacts.fixtures.ts';
import { parseContactsFile, problemText, type CenterContactsFile } from './contacts.ts';
import { checkContactsFile, importedList } from './contactsCheck.ts';
import { CSV_HEADER } from './contactsCsvHeader.ts';
import { contactsToCsv, importContactsCsv } from './contactsImport.ts';
import { contactsToJson, importContactsJson } from './contactsJson.ts';

/*
 * The organisation's escalation policy in the contacts list: the interval before each level, and
 * the holidays and out-of-service interval at the top of the file, checked like every other field.
 */

const POLICY = {
  holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
  outOfServiceAfter: '4 hours',
};

function file(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { updated: '2026-11-26', source: 'Test list', contacts: [contact()], ...overrides };
}

function withAfter(after: unknown): Record<string, unknown> {
  return file({
    contacts: [contact({ levels: [{ level: 1, name: 'Duty manager', after } as never] })],
  });
}

function problemsOf(input: unknown): string[] {
  const parsed = parseContactsFile(input);
  return parsed.ok ? [] : parsed.problems.map(problemText);
}

describe('levels[].after', () => {
  it.each(['4 business hours', '24 hours', '2 days', '1 business day', '90 minutes'])(
    'accepts "%s"',
    (after) => {
      expect(problemsOf(withAfter(after))).toEqual([]);
    },
  );

  it.each([
    ['4', 'Add the unit to "4": write "4 hours" or "4 business hours"'],
    ['four hours', 'Write the number in digits: "4 hours", not "four hours"'],
    ['2 weeks', '"weeks" is not a unit the clock reads'],
    ['', 'Enter the interval, like'],
    [4, 'Enter the interval as text in quotes'],
  ])('refuses %j, naming the entry, the level and the field', (after, message) => {
    const [problem, ...rest] = problemsOf(withAfter(after));
    expect(rest).toEqual([]);
    expect(problem).toContain(
      'Entry 1 (maintenance, midwest, loop), level 1, field "after": ' + message,
    );
  });
});

describe('the policy', () => {
  it('is optional, and kept when given', () => {
    expect(problemsOf(file())).toEqual([]);
    const parsed = parseContactsFile(file({ policy: POLICY }));
    expect(parsed.ok && parsed.file.policy).toEqual(POLICY);
  });

  it.each([
    [
      { holidays: [{ date: '12/25/2026', name: 'Christmas Day' }] },
      'The policy, holiday 1, field "date": "12/25/2026" is not a date: write the holiday as YYYY-MM-DD, like 2026-12-25',
    ],
    [
      { holidays: [{ date: '2026-12-25', name: ' ' }] },
      'The policy, holiday 1, field "name": Enter the holiday\'s name, like "Christmas Day" (this one is blank)',
    ],
    [
      {
        holidays: [
          { date: '2026-12-25', name: 'Christmas Day' },
          { date: '2026-12-25', name: 'Christmas' },
        ],
      },
      'The policy, holiday 2, field "date": 2026-12-25 is listed twice (holidays 1 and 2): keep one of them',
    ],
    [
      { holidays: '2026-12-25' },
      'The policy, field "holidays": List the holidays in square brackets [ ]',
    ],
    [
      { outOfServiceAfter: '1 week' },
      'The policy, field "outOfServiceAfter": "week" is not a unit the clock reads',
    ],
    [{ holiday: [] }, 'Field "policy": Unknown field "holiday" in "policy": check the spelling'],
  ])('refuses %j with where and how to fix it', (policy, message) => {
    const problems = problemsOf(file({ policy }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('names the line the policy starts on in a JSON file', () => {
    const text = JSON.stringify(
      file({ policy: { holidays: [{ date: '2026-13-01', name: 'Nothing' }] } }),
      null,
      2,
    );
    expect(importContactsJson(text).problems.map(problemText)).toEqual([
      'The policy (line 13), holiday 1, field "date": "2026-13-01" is not a date: write the holiday as YYYY-MM-DD, like 2026-12-25',
    ]);
  });

  it('travels in the JSON file and back', () => {
    const list = file({ policy: POLICY }) as CenterContactsFile;
    const text = contactsToJson(list);
    expect(text.indexOf('"policy"')).toBeLessThan(text.indexOf('"contacts"'));
    expect(importContactsJson(text).file).toEqual(list);
  });

  it('is kept from a JSON file whose entries have problems, when the policy is valid', () => {
    const text = JSON.stringify(file({ policy: POLICY, contacts: [contact(), { name: 'x' }] }));
    const checked = checkContactsFile('list.json', text);
    expect(checked.problems).not.toEqual([]);
    expect(importedList(checked, '2026-12-01').policy).toEqual(POLICY);
  });
});

describe('the CSV', () => {
  const levels = [
    { level: 1, name: 'Duty manager', phone: '312-555-0150', after: '4 business hours' },
    { level: 2, name: 'Center manager', phone: '312-555-0151' },
  ];

  it('carries each level’s interval in a levelN_after column, both ways', () => {
    const entries = [contact({ hours: '24 hours, 7 days', levels })];
    const text = contactsToCsv(entries);
    expect(text.split('\r\n')[0]).toContain(',level1_email,level1_after,level2_name,');
    expect(importContactsCsv(text)).toMatchObject({ entries, problems: [] });
  });

  it('keeps the documented header for a list that sets no interval', () => {
    const text = contactsToCsv([contact()]);
    expect(text.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
  });

  it('reports an interval it cannot read by line and column, with how to write it', () => {
    const text = [
      'function,region,product_type,name,phone,level1_name,level1_after',
      'maintenance,midwest,loop,Midwest Maintenance,312-555-0101,Duty manager,1.5 hours',
    ].join('\n');
    const { entries, problems } = importContactsCsv(text);
    expect(entries).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 'level1_after' })]);
    expect(problems[0]?.message).toBe('Use a whole number: write "1.5 hours" as "90 minutes"');
  });

  it('keeps the policy of the list in use, since a CSV has no place for it', () => {
    const checked = checkContactsFile('list.csv', contactsToCsv([contact({ levels })]));
    expect(checked.policy).toBeUndefined();
    expect(importedList(checked, '2026-12-01', POLICY).policy).toEqual(POLICY);
    expect(importedList(checked, '2026-12-01')).not.toHaveProperty('policy');
  });

  it('gives way to a JSON file’s own policy, even when it has none', () => {
    const checked = checkContactsFile('list.json', JSON.stringify(file()));
    expect(importedList(checked, '2026-12-01', POLICY)).not.toHaveProperty('policy');
  });
});
