import { z } from 'zod';
import type { CenterContact } from './contacts.ts';
import { CenterContactSchema, ContactLevelSchema } from './contacts.ts';

/*
 * Editing one center on the Center contacts page: the form's values, checked by the list's own
 * schemas (the entry's fields from CenterContactSchema, each level's from ContactLevelSchema), and
 * the entry they make.
 */

/** Rows of the edit form; the CSV header has five levels too. Levels 6 to 9 are kept as they are. */
export const LEVEL_ROWS = 5;

export interface LevelRow {
  name: string;
  phone: string;
  extension: string;
  email: string;
  /** The organisation's interval before calling this level, like "4 business hours". */
  after: string;
}

export interface EditValues {
  name: string;
  phone: string;
  extension: string;
  hours: string;
  email: string;
  notes: string;
  levels: LevelRow[];
}

/** The entry's fields in the form, in the order the form shows them. */
export const EDIT_FIELDS = ['name', 'phone', 'extension', 'hours', 'email', 'notes'] as const;
/** A level row's fields, in order. */
export const LEVEL_ROW_FIELDS = ['name', 'phone', 'extension', 'email', 'after'] as const;

/** Trimmed text, with blank fields left out: the schema treats absent as "not given". */
function filled<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) =>
      typeof value === 'string' && value.trim() !== '' ? [[key, value.trim()]] : [],
    ),
  ) as Partial<T>;
}

const entryShape = CenterContactSchema.shape;

/** A blank level row is no level; the array keeps its length so each message lands on its row. */
export const EditSchema = z.preprocess(
  (values: EditValues) => ({
    ...filled({ ...values, levels: undefined }),
    levels: values.levels.map((row) => {
      const level = filled(row);
      return Object.keys(level).length > 0 ? level : undefined;
    }),
  }),
  z.object({
    name: entryShape.name,
    phone: entryShape.phone,
    extension: entryShape.extension,
    hours: entryShape.hours,
    email: entryShape.email,
    notes: entryShape.notes,
    levels: z.array(
      ContactLevelSchema.pick({
        name: true,
        phone: true,
        extension: true,
        email: true,
        after: true,
      }).optional(),
    ),
  }),
);
export type EditOutput = z.output<typeof EditSchema>;

/** The form's starting values: the entry's, with levels 1 to 5 on their rows. */
export function editDefaults(contact: CenterContact): EditValues {
  const levels = new Map((contact.levels ?? []).map((level) => [level.level, level]));
  return {
    name: contact.name,
    phone: contact.phone,
    extension: contact.extension ?? '',
    hours: contact.hours ?? '',
    email: contact.email ?? '',
    notes: contact.notes ?? '',
    levels: Array.from({ length: LEVEL_ROWS }, (_, i) => {
      const level = levels.get(i + 1);
      return {
        name: level?.name ?? '',
        phone: level?.phone ?? '',
        extension: level?.extension ?? '',
        email: level?.email ?? '',
        after: level?.after ?? '',
      };
    }),
  };
}

/** The entry with the form's values: level rows numbered 1 to 5, levels above 5 kept. */
export function editedEntry(contact: CenterContact, values: EditOutput): CenterContact {
  const { levels: rows, ...fields } = values;
  const levels = [
    ...rows.flatMap((row, i) => (row ? [{ level: i + 1, ...row }] : [])),
    ...(contact.levels ?? []).filter((level) => level.level > LEVEL_ROWS),
  ];
  return {
    function: contact.function,
    region: contact.region,
    productType: contact.productType,
    ...fields,
    ...(levels.length > 0 ? { levels } : {}),
  };
}
