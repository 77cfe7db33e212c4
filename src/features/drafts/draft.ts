import { z } from 'zod';
import type { Answers, FieldName } from '../../domain/answers.ts';
import { AnswersSchema, STEP_IDS, StepIdSchema, stepSchemas } from '../../domain/answers.ts';

/*
 * A saved escalation in progress: the committed answers (answers of a branch the user left
 * included: they are kept, not reported), what was typed into each step but not yet committed,
 * the FOC text pasted and which answers it filled. Checked with zod on load; an answer a newer
 * version no longer accepts is dropped on its own, never the whole draft.
 */

export const DRAFT_VERSION = 2;

const FormValueSchema = z.union([z.string(), z.boolean(), z.array(z.string()), z.null()]);
const FormValuesSchema = z.record(z.string(), FormValueSchema);

export const DraftSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  /** Identifies the escalation: the draft's key, and its ticket's Idempotency-Key. */
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  /** Grows by one at every save: a save based on an older revision is another tab's conflict. */
  rev: z.number().int().nonnegative(),
  answers: AnswersSchema,
  pending: z.partialRecord(StepIdSchema, FormValuesSchema),
  fromFoc: FormValuesSchema,
  focText: z.string().optional(),
  /** The report was filed or taken away (copied, downloaded, e-mailed, printed). */
  done: z.boolean(),
  createdAt: z.iso.datetime(),
  savedAt: z.iso.datetime(),
  /** The tab that saved this revision: a reloaded tab tells its own last write from another's. */
  savedBy: z.string().max(64).optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** A random id; randomUUID is missing outside secure contexts (plain http on a LAN). */
export function newDraftId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

export function emptyDraft(id: string = newDraftId(), now = new Date()): Draft {
  const at = now.toISOString();
  return {
    version: DRAFT_VERSION,
    id,
    rev: 0,
    answers: {},
    pending: {},
    fromFoc: {},
    done: false,
    createdAt: at,
    savedAt: at,
  };
}

const FIELD_SCHEMAS: Partial<Record<string, z.ZodType>> = Object.fromEntries(
  STEP_IDS.flatMap((step) => Object.entries(stepSchemas[step].shape as Record<string, z.ZodType>)),
);

/** The answers that still fit their field; the rest are counted as dropped. */
function keepValidAnswers(raw: unknown): { answers: Answers; dropped: number } {
  const answers: Answers = {};
  let dropped = 0;
  if (typeof raw === 'object' && raw !== null) {
    for (const [field, value] of Object.entries(raw) as [string, unknown][]) {
      const schema = FIELD_SCHEMAS[field];
      if (schema?.safeParse(value).success) Object.assign(answers, { [field]: value });
      else dropped++;
    }
  }
  return { answers, dropped };
}

export type ReadDraft =
  | { readonly status: 'ok'; readonly draft: Draft; readonly dropped: number }
  | { readonly status: 'unusable' };

/** A stored value as a draft: whole, or with the answers that no longer fit dropped. */
export function readDraft(stored: unknown): ReadDraft {
  const whole = DraftSchema.safeParse(stored);
  if (whole.success) return { status: 'ok', draft: whole.data, dropped: 0 };
  if (typeof stored !== 'object' || stored === null || !('answers' in stored)) {
    return { status: 'unusable' };
  }
  const { answers, dropped } = keepValidAnswers(stored.answers);
  const repaired = DraftSchema.safeParse({ ...stored, answers });
  return repaired.success
    ? { status: 'ok', draft: repaired.data, dropped }
    : { status: 'unusable' };
}

/**
 * A draft the previous version saved in localStorage (version 1): its answers move into a new
 * draft, renamed where a field changed, so an upgrade loses nothing that still has a place.
 */
export function migrateVersion1(raw: unknown, now = new Date()): Draft | undefined {
  if (typeof raw !== 'object' || raw === null || !('answers' in raw)) return undefined;
  const old = raw.answers;
  if (typeof old !== 'object' || old === null) return undefined;
  const { serviceRepReference, ...rest } = old as Record<string, unknown>;
  const { answers } = keepValidAnswers({
    ...rest,
    ...(typeof serviceRepReference === 'string' ? { serviceRepName: serviceRepReference } : {}),
  });
  if (Object.keys(answers).length === 0) return undefined;
  const id =
    'escalationId' in raw &&
    typeof raw.escalationId === 'string' &&
    /^[A-Za-z0-9-]{1,64}$/.test(raw.escalationId)
      ? raw.escalationId
      : newDraftId();
  return { ...emptyDraft(id, now), answers, rev: 1 };
}

/** What "New escalation like this one" copies: the order's identifiers and the contact. */
const LIKE_FIELDS: readonly FieldName[] = [
  'reqtyp',
  'pon',
  'ver',
  'state',
  'focReceived',
  'focDate',
  'dueDate',
  'telephoneNumbers',
  'serviceOrders',
  'loopCircuitId',
  'circuitId',
  'endUserName',
  'serviceAddress',
  'contactName',
  'company',
  'companyCode',
  'callbackNumber',
  'email',
];

/** The answers a new escalation "like this one" starts with. */
export const answersLike = (answers: Answers): Answers =>
  Object.fromEntries(
    LIKE_FIELDS.flatMap((field) => (answers[field] === undefined ? [] : [[field, answers[field]]])),
  );
