import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DEFAULT_RETRY_POLICY } from '../../../src/api/retry.ts';
import {
  CharacteristicSchema,
  TICKET_STATUSES,
  TmfErrorSchema,
  TroubleTicketCreateSchema,
  TroubleTicketPatchSchema,
  TroubleTicketSchema,
} from '../../../src/api/troubleTicket.ts';
import {
  CenterContactSchema,
  CenterContactsFileSchema,
  ContactLevelSchema,
} from '../../../src/domain/contacts.ts';
import { FAULTS } from '../../../src/mocks/faults.ts';

// docs/api.md is the contract people read; the schemas are the one the code runs. Keep them one.
const ROOT = resolve(import.meta.dirname, '../../..');
const DOC_PATH = resolve(ROOT, 'docs/api.md');
const doc = readFileSync(DOC_PATH, 'utf8');
const contactsDoc = readFileSync(resolve(ROOT, 'docs/contacts.md'), 'utf8');

/** The text of the section under `heading`, up to the next heading of its level or above. */
function section(heading: string): string {
  const lines = doc.split('\n');
  const start = lines.findIndex((line) => line.startsWith('#') && line.includes(heading));
  if (start < 0) throw new Error(`docs/api.md has no heading with ${heading}`);
  const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 1;
  const end = lines.findIndex(
    (line, index) => index > start && (/^#+/.exec(line)?.[0].length ?? Infinity) <= level,
  );
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** The fields of `schema` that `text` does not name in backticks. */
function undocumented(text: string, schema: z.ZodObject): string[] {
  return Object.keys(schema.shape).filter((field) => !text.includes(`\`${field}\``));
}

/** The backticked names in the first column of the tables in `text`. */
function tableFields(text: string): string[] {
  return [...text.matchAll(/^\| `([^`]+)` +\|/gm)].map((match) => match[1] ?? '');
}

describe('docs/api.md', () => {
  it.each<[string, z.ZodObject]>([
    ['TroubleTicket_FVO', TroubleTicketCreateSchema],
    ['TroubleTicket', TroubleTicketSchema],
    ['Error', TmfErrorSchema],
  ])('documents every field of %s', (_name, schema) => {
    expect(undocumented(doc, schema)).toEqual([]);
  });

  it('lists exactly the fields PATCH accepts (TroubleTicket_MVO)', () => {
    const update = section('Update: `TroubleTicket_MVO`');
    expect(tableFields(update).sort()).toEqual(
      Object.keys(TroubleTicketPatchSchema.shape)
        .filter((field) => field !== '@type')
        .sort(),
    );
    expect(update).toContain('application/merge-patch+json');
  });

  it('documents the characteristics the facts travel as', () => {
    const characteristics = section('Characteristics');
    expect(tableFields(characteristics)).toEqual(Object.keys(CharacteristicSchema.shape));
    expect(characteristics).toContain('"StringCharacteristic"');
  });

  it('says GET contacts returns a contacts file, whose fields docs/contacts.md documents', () => {
    const contacts = section('Center contacts');
    expect(contacts).toContain('`CenterContactsFileSchema`');
    expect(contacts).toContain('(contacts.md)');
    expect(tableFields(contacts)).toEqual(Object.keys(CenterContactsFileSchema.shape));
    for (const schema of [CenterContactsFileSchema, CenterContactSchema, ContactLevelSchema]) {
      expect(undocumented(contactsDoc, schema)).toEqual([]);
    }
  });

  it('lists every ticket status and every fault', () => {
    const missing = [...TICKET_STATUSES, ...FAULTS].filter((name) => !doc.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('gives the retry policy the outbox uses', () => {
    const { maxAttempts, baseDelayMs, maxDelayMs } = DEFAULT_RETRY_POLICY;
    const waits = Array.from(
      { length: maxAttempts - 1 },
      (_, n) => `${(baseDelayMs * 2 ** n) / 1000} s`,
    );
    expect(doc).toContain(`tried ${maxAttempts} times in all, waiting ${waits.join(', ')}`);
    expect(doc).toContain(`at most ${maxDelayMs / 1000} s`);
  });

  it('describes the outbox and the Idempotency-Key across tabs', () => {
    const outbox = section('Filing without losing or duplicating');
    for (const term of ['`src/api/outbox.ts`', 'IndexedDB', 'Web Lock', '`Idempotency-Key`']) {
      expect(outbox).toContain(term);
    }
  });

  it('names only files of this repository, and every one exists', () => {
    expect(doc).not.toMatch(/shared\/specs|\.\.\//);
    const paths = [...doc.matchAll(/`((?:src|test|docs|public)\/[^`\s]+)`/g)].map((m) => m[1]);
    const links = [...doc.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) =>
      resolve(dirname(DOC_PATH), m[1] ?? ''),
    );
    expect(paths.length + links.length).toBeGreaterThan(10);
    const missing = [
      ...paths.filter((path = '') => !existsSync(resolve(ROOT, path))),
      ...links.filter((path) => !existsSync(path)),
    ];
    expect(missing).toEqual([]);
  });
});
