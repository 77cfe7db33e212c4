import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { CenterContactsFileSchema } from '../../src/domain/contacts.ts';

/*
 * Writes public/center-contacts.schema.json from the zod schema, so editors check
 * center-contacts.json against the same rules the app applies. Refinements (phone numbers, one
 * entry per key, one level per number) have no JSON Schema form: the app checks them, and the
 * schema's descriptions say so. test/unit/docs/contacts-schema.test.ts fails when the committed
 * file differs. Run: npx node test/docs/contacts-schema.ts
 */

export const REGENERATE_SCHEMA = 'npx node test/docs/contacts-schema.ts';
export const SCHEMA_FILE = new URL('../../public/center-contacts.schema.json', import.meta.url);

/** The schema file's text, formatted as `npm run format` would. */
export async function contactsSchemaJson(): Promise<string> {
  // draft-07: the version editors' JSON support understands best.
  const schema = z.toJSONSchema(CenterContactsFileSchema, { target: 'draft-07', io: 'input' });
  const config = await resolveConfig(SCHEMA_FILE);
  return format(JSON.stringify(schema, null, 2), { ...config, filepath: SCHEMA_FILE.pathname });
}

if (import.meta.main) {
  writeFileSync(SCHEMA_FILE, await contactsSchemaJson());
}
