import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';

/*
 * The TMF621 OpenAPI file as an ajv validator, so contract tests hold our payloads to the spec
 * itself rather than to our reading of it. OpenAPI 3.0 schemas are not plain JSON Schema:
 * - `discriminator` on a oneOf picks the branch by @type; ajv's own discriminator support needs
 *   the @type const inside each branch, which the spec does not have, so it becomes if/then per
 *   mapping entry. (Without it a PartyRoleRef also matches PartyRef and oneOf fails.)
 * - `discriminator` on allOf schemas only names the type itself: dropped.
 * - `example` is documentation: dropped.
 */

// A copy of TM Forum's published spec (Apache-2.0, see spec/TMF621-LICENSE), kept in the repo so
// the contract tests run on any clone.
const SPEC_PATH = resolve(import.meta.dirname, 'spec/TMF621-Trouble_Ticket-v5.0.1.oas.yaml');
const SPEC_ID = 'tmf621.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Discriminator {
  propertyName: string;
  mapping?: Record<string, string>;
}

function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const { discriminator, ...rest } = node;
  delete rest.example;
  const out: Record<string, Json> = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, toJsonSchema(value)]),
  );
  const { propertyName, mapping } = (discriminator ?? {}) as unknown as Partial<Discriminator>;
  if (out.oneOf && propertyName && mapping) {
    delete out.oneOf;
    out.required = [propertyName];
    out.properties = { [propertyName]: { enum: Object.keys(mapping) } };
    out.allOf = Object.entries(mapping).map(([name, ref]) => ({
      if: { properties: { [propertyName]: { const: name } } },
      then: { $ref: ref },
    }));
  }
  return out;
}

function createAjv(): Ajv {
  const spec = load(readFileSync(SPEC_PATH, 'utf8')) as { components: { schemas: Json } };
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv);
  ajv.addFormat('base64', /^[A-Za-z0-9+/]*={0,2}$/);
  ajv.addKeyword('components');
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: toJsonSchema(spec.components.schemas) } });
  return ajv;
}

const ajv = createAjv();

export type SpecSchema =
  'TroubleTicket' | 'TroubleTicket_FVO' | 'TroubleTicket_MVO' | 'TroubleTicket_RES' | 'Error';

/** The spec's complaints about `value` as a `schema`, one line each; empty when it conforms. */
export function specErrors(schema: SpecSchema, value: unknown): string[] {
  const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${schema}`);
  if (!validate) throw new Error(`The TMF621 spec has no schema ${schema}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? ''}`,
  );
}
