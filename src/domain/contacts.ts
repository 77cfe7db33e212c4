import { z } from 'zod';
import { ContactPolicySchema, IntervalSchema, policyWhere } from './contactsPolicy.ts';
import { parseTelephoneNumber } from './identifiers/telephone.ts';
import { REGIONS } from './regions.ts';

/*
 * AT&T's Center Contacts list as each CLEC keeps it: one entry per function, region and product
 * type, read from center-contacts.json (docs/contacts.md), a list imported on the device, or the
 * backend. The zod schemas are the single source of the shape; public/center-contacts.schema.json
 * is generated from them. Every message says where the problem is and how to fix it, because
 * the reader is an administrator editing a file, not a developer.
 */

export const CONTACT_FUNCTIONS = [
  'billing',
  'ordering',
  'provisioning',
  'maintenance',
  'mcpsc',
  'lnp',
] as const;

export const PRODUCT_TYPES = [
  'loop',
  'loopWithLnp',
  'lnp',
  'resale',
  'lwc',
  'other',
  'all',
] as const;

/** Plain words for tables and the import page. */
export const CONTACT_FUNCTION_LABELS = {
  billing: 'Billing',
  ordering: 'Ordering',
  provisioning: 'Provisioning',
  maintenance: 'Maintenance',
  mcpsc: 'MCPSC',
  lnp: 'LNP',
} as const satisfies Record<(typeof CONTACT_FUNCTIONS)[number], string>;

export const PRODUCT_TYPE_LABELS = {
  loop: 'Loop (AB)',
  loopWithLnp: 'Loop with number portability (BB)',
  lnp: 'Number portability only (CB)',
  resale: 'Resale (EB)',
  lwc: 'Local Wholesale Complete (MB)',
  other: 'Other products',
  all: 'All products',
} as const satisfies Record<(typeof PRODUCT_TYPES)[number], string>;

const EXAMPLE_PHONE = '312-555-0123';
const EXAMPLE_EMAIL = 'center@example.com';

function oneOf(values: readonly string[]): string {
  return values.join(', ');
}

/** Required enum: the message names the field, the value found and every accepted value. */
function choice<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `Enter the ${field}: one of ${oneOf(values)}`
        : `${JSON.stringify(issue.input)} is not a ${field}: use one of ${oneOf(values)}`,
  });
}

export const ContactFunctionSchema = choice('function', CONTACT_FUNCTIONS).describe(
  "The center's function, as the Center Contacts list groups them.",
);
export type ContactFunction = z.infer<typeof ContactFunctionSchema>;

export const ProductTypeSchema = choice('product type', PRODUCT_TYPES).describe(
  "The product the line is for (REQTYP AB, BB, CB, EB, MB); 'all' is the function's general line " +
    'for the region, used when there is no line for the exact product.',
);
export type ProductType = z.infer<typeof ProductTypeSchema>;

export const ContactRegionSchema = choice('region', REGIONS).describe("AT&T's ILEC region.");

/** Text that must hold more than spaces; `what` completes "Enter ...". */
function text(what: string, optional = false) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Enter ${what}`
          : `Enter ${what} as text in quotes, not ${typeOf(issue.input)}`,
    })
    .regex(/\S/, {
      message: optional
        ? `This is blank: enter ${what}, or leave the field out`
        : `Enter ${what} (this one is blank)`,
      // One message for a blank value, not a second from the checks that follow.
      abort: true,
    });
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Any common NANP format; kept as written, so the file shows what the administrator typed. */
const PhoneSchema = text(`the 10-digit telephone number, like ${EXAMPLE_PHONE}`)
  .superRefine((value, ctx) => {
    const parsed = parseTelephoneNumber(value);
    if (!parsed.ok) {
      ctx.addIssue({
        code: 'custom',
        message: `${JSON.stringify(value)}: ${lowerFirst(parsed.error)}`,
      });
    }
  })
  .describe(`A North American number in any common format, like ${EXAMPLE_PHONE}.`);

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

const ExtensionSchema = z
  .string({ error: 'Enter the extension as text in quotes, like "1234"' })
  .regex(/^\d{1,8}$/, 'Enter the extension as digits only, like 1234 (leave out "x" or "ext")')
  .describe('Digits dialled after the number connects, like 1234.');

const EmailSchema = z
  .email({
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not an e-mail address: enter one like ${EXAMPLE_EMAIL}`,
  })
  .describe(`An e-mail address, like ${EXAMPLE_EMAIL}.`);

const LEVEL_RANGE =
  'Enter the level as a whole number from 1 to 9: 1 is the first escalation above the center';

/** Unknown keys are refused so a misspelt field ("emial") is reported instead of dropped. */
function unknownFields(fields: readonly string[]) {
  return {
    error: (issue: z.core.$ZodRawIssue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
        return `Unknown field ${keys}: check the spelling; the fields are ${oneOf(fields)}`;
      }
      return issue.code === 'invalid_type'
        ? `Expected an object in braces { }, found ${typeOf(issue.input)}`
        : undefined;
    },
  };
}

/** A level's fields, in the order a file writes them. */
export const LEVEL_FIELDS = ['level', 'name', 'phone', 'extension', 'email', 'after'] as const;

export const ContactLevelSchema = z
  .strictObject(
    {
      level: z
        .int({ error: LEVEL_RANGE })
        .min(1, LEVEL_RANGE)
        .max(9, LEVEL_RANGE)
        .describe('1 is the first escalation above the center itself, 2 the next, and so on.'),
      name: text(
        'the name or title of the person at this level, like "Duty manager" (a level needs a name even when it has a phone or e-mail)',
      ).describe('The name or title, like "Duty manager".'),
      phone: PhoneSchema.optional(),
      extension: ExtensionSchema.optional(),
      email: EmailSchema.optional(),
      after: IntervalSchema.describe(
        'The organisation\'s interval before calling this level, when the escalation makes no progress at the level below, like "4 business hours". AT&T publishes none.',
      ).optional(),
    },
    unknownFields(LEVEL_FIELDS),
  )
  .describe('One step of the escalation ladder above the center.');
export type ContactLevel = z.infer<typeof ContactLevelSchema>;

/** An entry's fields, in the order a file writes them. */
export const CONTACT_FIELDS = [
  'function',
  'region',
  'productType',
  'name',
  'phone',
  'extension',
  'hours',
  'email',
  'notes',
  'levels',
] as const;

export const CenterContactSchema = z
  .strictObject(
    {
      function: ContactFunctionSchema,
      region: ContactRegionSchema,
      productType: ProductTypeSchema,
      name: text('the center\'s name, like "Midwest Maintenance (LOC)"').describe(
        "The center's name, as the Center Contacts list gives it.",
      ),
      phone: PhoneSchema,
      extension: ExtensionSchema.optional(),
      hours: text('the hours, like "Monday to Friday, 8:00 am to 5:00 pm CT"', true)
        .describe('When the center answers, with the time zone.')
        .optional(),
      email: EmailSchema.optional(),
      notes: text('the note', true).describe('Anything else the caller should know.').optional(),
      levels: z
        .array(ContactLevelSchema, {
          error: 'List the escalation levels in square brackets [ ], one { } per level',
        })
        .describe('The escalation ladder; each level number at most once.')
        .optional(),
    },
    unknownFields(CONTACT_FIELDS),
  )
  .superRefine((entry, ctx) => {
    const seen = new Map<number, number>();
    for (const [index, level] of entry.levels?.entries() ?? []) {
      const first = seen.get(level.level);
      if (first === undefined) {
        seen.set(level.level, index);
        continue;
      }
      ctx.addIssue({
        code: 'custom',
        path: ['levels', index, 'level'],
        message: `Level ${level.level} is listed twice (items ${first + 1} and ${index + 1} of "levels"): merge them or renumber one`,
      });
    }
  })
  .describe('One line of the Center Contacts list.');
export type CenterContact = z.infer<typeof CenterContactSchema>;

/** What findContact() looks up: the decision's function, the state's region, the REQTYP's product. */
export type ContactKey = Pick<CenterContact, 'function' | 'region' | 'productType'>;

const FILE_FIELDS = ['$schema', 'updated', 'source', 'sample', 'policy', 'contacts'] as const;

export const CenterContactsFileSchema = z
  .strictObject(
    {
      $schema: z
        .string({
          error: 'Enter "$schema" as text, like "./center-contacts.schema.json", or leave it out',
        })
        .describe('Lets editors check the file: "./center-contacts.schema.json".')
        .optional(),
      updated: z.iso
        .date({
          error: (issue) =>
            issue.input === undefined
              ? 'Enter the date the list was last updated, as YYYY-MM-DD, like 2026-11-26'
              : `${JSON.stringify(issue.input)} is not a date: write it as YYYY-MM-DD, like 2026-11-26`,
        })
        .describe('The day the list was last checked against AT&T’s, as YYYY-MM-DD.'),
      source: text(
        'where the list comes from, like "AT&T Center Contacts list, CLEC Online, checked 2026-11-26"',
      ).describe('Where the list comes from, so users can tell how far to trust it.'),
      sample: z
        .boolean({ error: 'Enter "sample" as true or false without quotes, or leave it out' })
        .describe(
          'True only for the fictional list the app ships with: a real list leaves it out or sets false.',
        )
        .optional(),
      policy: ContactPolicySchema.optional(),
      contacts: z
        .array(CenterContactSchema, {
          error: 'List the centers in square brackets [ ], one { } per center',
        })
        .min(
          1,
          'Add at least one center to "contacts": an empty list would leave every user without a number',
        )
        .describe(
          'The centers. Each function, region and product type may appear once: the app checks this, JSON Schema cannot.',
        ),
    },
    unknownFields(FILE_FIELDS),
  )
  .superRefine(
    (file, ctx) => {
      // Runs even when some entries are invalid, so duplicates show up in the same pass.
      const contacts: unknown = (file as { contacts?: unknown }).contacts;
      if (!Array.isArray(contacts)) return;
      for (const [index, first] of duplicateKeys(contacts)) {
        ctx.addIssue({
          code: 'custom',
          path: ['contacts', index, 'productType'],
          message: `Entry ${first + 1} has the same function, region and product type: keep one of them, or change the product type of one`,
        });
      }
    },
    { when: () => true },
  )
  .meta({
    title: 'Center contacts',
    description:
      "A CLEC's copy of AT&T Wholesale's Center Contacts list, read by the escalation wizard (docs/contacts.md). " +
      'Each function, region and product type may appear once, and each level number once per center: ' +
      'the app checks both, the phone numbers and the intervals ("after", "outOfServiceAfter"); this schema cannot.',
  });
export type CenterContactsFile = z.infer<typeof CenterContactsFileSchema>;

/** "maintenance, midwest, loop" */
export function contactKeyText(key: ContactKey): string {
  return `${key.function}, ${key.region}, ${key.productType}`;
}

function readKey(value: unknown): ContactKey | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { function: fn, region, productType } = value as Record<string, unknown>;
  const fnOk = ContactFunctionSchema.safeParse(fn);
  const regionOk = ContactRegionSchema.safeParse(region);
  const productOk = ProductTypeSchema.safeParse(productType);
  return fnOk.success && regionOk.success && productOk.success
    ? { function: fnOk.data, region: regionOk.data, productType: productOk.data }
    : undefined;
}

/**
 * Pairs [index, index of the other entry with the same key], both ways, so each of two duplicates
 * names the other. Entries without a readable key are skipped: they have their own problems.
 */
export function duplicateKeys(entries: readonly unknown[]): [number, number][] {
  const byKey = new Map<string, number[]>();
  for (const [index, entry] of entries.entries()) {
    const key = readKey(entry);
    if (!key) continue;
    const text = contactKeyText(key);
    const indexes = byKey.get(text);
    if (indexes) indexes.push(index);
    else byKey.set(text, [index]);
  }
  const pairs: [number, number][] = [];
  for (const indexes of byKey.values()) {
    if (indexes.length < 2) continue;
    for (const index of indexes) {
      const other = indexes.find((i) => i !== index) ?? index;
      pairs.push([index, other]);
    }
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** One problem of a contacts file, by entry and field. */
export interface ContactFileProblem {
  /** 1-based position in "contacts"; absent for a problem with the file as a whole. */
  readonly entry?: number;
  /** The zod path from the top of the file, like ["contacts", 3, "phone"]. */
  readonly path: readonly PropertyKey[];
  /** Where, in words: 'Entry 4 (maintenance, midwest, loop), field "phone"'. */
  readonly where: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** Line (and column) in the JSON text, when known. */
  readonly line?: number;
  readonly column?: number;
}

/** The problem as one line for the UI: where, then what to do. */
export function problemText(problem: ContactFileProblem): string {
  return `${problem.where}: ${problem.message}`;
}

/**
 * Readable problems from zod issues for a file. `input` is what was parsed, to name each entry by
 * its key; `entryLines[i]` is the JSON line where entry i starts, and `policyLine` the line where
 * "policy" starts, when the caller knows them.
 */
export function contactFileProblems(
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
  entryLines: readonly number[] = [],
  policyLine?: number,
): ContactFileProblem[] {
  const problems = issues.map((issue): ContactFileProblem => {
    const [top, index, ...rest] = issue.path;
    if (top === 'policy') {
      return {
        path: issue.path,
        where: policyWhere(issue.path.slice(1), policyLine),
        message: issue.message,
        ...(policyLine !== undefined ? { line: policyLine } : {}),
      };
    }
    if (top !== 'contacts' || typeof index !== 'number') {
      const where = top === undefined ? 'The file' : `Field ${JSON.stringify(top)}`;
      return { path: issue.path, where, message: issue.message };
    }
    const entry = at(at(input, 'contacts'), index);
    const line = entryLines[index];
    const key = readKey(entry);
    const label = [key && contactKeyText(key), line !== undefined && `line ${line}`]
      .filter(Boolean)
      .join('; ');
    const where = [`Entry ${index + 1}${label ? ` (${label})` : ''}`, ...fieldWords(entry, rest)];
    return {
      entry: index + 1,
      path: issue.path,
      where: where.join(', '),
      message: issue.message,
      ...(line !== undefined ? { line } : {}),
    };
  });
  // In file order: the file's own fields first, then entry by entry.
  return problems.sort((a, b) => (a.entry ?? 0) - (b.entry ?? 0));
}

function at(value: unknown, key: PropertyKey): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<PropertyKey, unknown>)[key]
    : undefined;
}

/** ["levels", 1, "email"] -> ['level 2', 'field "email"'], naming the level by its number. */
function fieldWords(entry: unknown, path: readonly PropertyKey[]): string[] {
  const [field, index, sub] = path;
  if (field === undefined) return [];
  if (field !== 'levels' || typeof index !== 'number') return [`field ${JSON.stringify(field)}`];
  const number = at(at(at(entry, 'levels'), index), 'level');
  const level =
    typeof number === 'number' && Number.isInteger(number)
      ? `level ${number}`
      : `item ${index + 1} of "levels"`;
  return sub === undefined ? [level] : [level, `field ${JSON.stringify(sub)}`];
}

export type ParsedContactsFile =
  | { readonly ok: true; readonly file: CenterContactsFile }
  | { readonly ok: false; readonly problems: ContactFileProblem[] };

/** Validates parsed JSON as a contacts file. */
export function parseContactsFile(
  input: unknown,
  entryLines: readonly number[] = [],
  policyLine?: number,
): ParsedContactsFile {
  const result = CenterContactsFileSchema.safeParse(input);
  return result.success
    ? { ok: true, file: result.data }
    : {
        ok: false,
        problems: contactFileProblems(input, result.error.issues, entryLines, policyLine),
      };
}
