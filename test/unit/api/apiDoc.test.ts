import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CenterContactSchema } from '../../../src/api/contacts.ts';
import {
  TICKET_STATUSES,
  TmfErrorSchema,
  TroubleTicketCreateSchema,
  TroubleTicketPatchSchema,
  TroubleTicketSchema,
} from '../../../src/api/troubleTicket.ts';
import { FAULTS } from '../../../src/mocks/faults.ts';

// docs/api.md is the contract people read; the schemas are the one the code runs. Keep them one.
const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/api.md'), 'utf8');

describe('docs/api.md', () => {
  it.each([
    ['CenterContact', CenterContactSchema],
    ['TroubleTicket_FVO', TroubleTicketCreateSchema],
    ['TroubleTicket', TroubleTicketSchema],
    ['TroubleTicket_MVO', TroubleTicketPatchSchema],
    ['Error', TmfErrorSchema],
  ])('documents every field of %s', (_name, schema) => {
    const missing = Object.keys(schema.shape).filter((field) => !doc.includes(`\`${field}\``));
    expect(missing).toEqual([]);
  });

  it('lists every ticket status and every fault', () => {
    const missing = [...TICKET_STATUSES, ...FAULTS].filter((name) => !doc.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
