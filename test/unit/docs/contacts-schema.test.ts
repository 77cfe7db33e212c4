// @vitest-environment node
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  CenterContactSchema,
  parseContactsFile,
  problemText,
} from '../../../src/domain/contacts.ts';
import { isFictionalNumber } from '../../../src/domain/contactList.ts';
import { CSV_HEADER } from '../../../src/domain/contactsCsvHeader.ts';
import { importContactsCsv } from '../../../src/domain/contactsImport.ts';
import { REGENERATE_SAMPLE, SAMPLE_FILE, sampleJson } from '../../docs/center-contacts-sample.ts';
import { REGENERATE_SCHEMA, SCHEMA_FILE, contactsSchemaJson } from '../../docs/contacts-schema.ts';

const CONTACTS_DOC = new URL('../../../docs/contacts.md', import.meta.url);

const read = (url: URL) => readFileSync(url, 'utf8');

describe('public/center-contacts.schema.json', () => {
  it('is the JSON Schema of the zod file schema', async () => {
    expect(
      read(SCHEMA_FILE),
      `public/center-contacts.schema.json differs from CenterContactsFileSchema: run ${REGENERATE_SCHEMA}`,
    ).toBe(await contactsSchemaJson());
  });
});

describe('public/center-contacts.json', () => {
  const sample: unknown = JSON.parse(read(SAMPLE_FILE));

  it('is what the sample script writes', async () => {
    expect(read(SAMPLE_FILE), `run ${REGENERATE_SAMPLE}`).toBe(await sampleJson());
  });

  it('passes the zod schema', () => {
    const parsed = parseContactsFile(sample);
    expect(parsed.ok ? [] : parsed.problems.map(problemText)).toEqual([]);
  });

  it('passes the JSON Schema editors use', () => {
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(read(SCHEMA_FILE)) as object);
    expect(validate(sample), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('is marked as sample data and holds only fictional numbers and example.com addresses', () => {
    const parsed = parseContactsFile(sample);
    if (!parsed.ok) throw new Error('invalid sample');
    expect(parsed.file.sample).toBe(true);
    const phones = parsed.file.contacts.flatMap((c) => [
      c.phone,
      ...(c.levels ?? []).flatMap((l) => (l.phone ? [l.phone] : [])),
    ]);
    const emails = parsed.file.contacts.flatMap((c) => [
      c.email,
      ...(c.levels ?? []).map((l) => l.email),
    ]);
    for (const phone of phones) expect(phone).toMatch(/^[2-9]\d\d-555-01\d\d$/);
    // The guard that keeps fictional numbers out of reports knows every one of them.
    expect(phones.filter((phone) => !isFictionalNumber(phone))).toEqual([]);
    for (const email of emails) expect(email ?? '@example.com').toMatch(/@example\.com$/);
    expect(parsed.file.contacts.some((c) => c.levels?.length)).toBe(true);
  });
});

describe('docs/contacts.md', () => {
  const doc = read(CONTACTS_DOC);
  const blocks = (language: string) =>
    [...doc.matchAll(new RegExp(`\`\`\`${language}\n([^]*?)\`\`\``, 'g'))].map((m) => m[1] ?? '');

  it('shows the CSV header the import reads', () => {
    expect(blocks('csv')[0]?.trim()).toBe(CSV_HEADER.join(','));
  });

  it('shows an example CSV the import reads without problems', () => {
    const result = importContactsCsv(blocks('csv')[1] ?? '');
    expect(result.problems).toEqual([]);
    expect(result.entries).toHaveLength(3);
  });

  it('shows a valid example entry', () => {
    const entry: unknown = JSON.parse(blocks('json')[0] ?? '');
    expect(CenterContactSchema.safeParse(entry).error).toBeUndefined();
  });
});
