import { z } from 'zod';
import { AnswersSchema, StepIdSchema } from '../../domain/answers.ts';
import { DRAFT_KEY, DRAFT_VERSION } from './peek.ts';
import { readItem, removeItem, writeItem } from './storage.ts';

/*
 * The saved draft: the committed answers, where the user was, and the values typed into the
 * current step but not yet committed (a half-pasted list of numbers is work too). Checked with
 * zod on load: a draft from an older version or a damaged one is dropped, never trusted.
 */

const FormValue = z.union([z.string(), z.boolean(), z.array(z.string()), z.null()]);

export const PendingStepSchema = z.object({
  step: StepIdSchema,
  values: z.record(z.string(), FormValue),
});
export type PendingStep = z.infer<typeof PendingStepSchema>;

export const DraftLocationSchema = z.union([StepIdSchema, z.enum(['check', 'result'])]);
export type DraftLocation = z.infer<typeof DraftLocationSchema>;

export const DraftSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  /** Identifies this escalation to the ticket service, so a retried submit files one ticket. */
  escalationId: z.string().min(1).max(64),
  answers: AnswersSchema,
  location: DraftLocationSchema.optional(),
  pending: PendingStepSchema.optional(),
  savedAt: z.iso.datetime(),
});
export type Draft = z.infer<typeof DraftSchema>;

export type LoadedDraft = (
  | { readonly status: 'none' }
  | { readonly status: 'loaded'; readonly draft: Draft }
  | { readonly status: 'discarded' }
) & {
  /** Keys of drafts that cannot be used, for discardDrafts() once the page is shown. */
  readonly discard: readonly string[];
};

// Drafts written by earlier versions used these keys; they are dropped on load.
const OLDER_KEY = /^att-escalation-wizard:draft:v\d+$/;

/**
 * Reads the saved draft without changing storage: React may call this more than once for one
 * mount (a render it throws away), and each call must give the same answer. A draft found
 * unusable is removed by discardDrafts(), from an effect.
 */
export function loadDraft(storage: Storage | undefined): LoadedDraft {
  const raw = readItem(storage, DRAFT_KEY);
  const older = olderDraftKeys(storage);
  if (raw === null)
    return older.length > 0
      ? { status: 'discarded', discard: older }
      : { status: 'none', discard: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = DraftSchema.safeParse(json);
  return parsed.success
    ? { status: 'loaded', draft: parsed.data, discard: older }
    : { status: 'discarded', discard: [...older, DRAFT_KEY] };
}

export function discardDrafts(storage: Storage | undefined, keys: readonly string[]): void {
  for (const key of keys) removeItem(storage, key);
}

function olderDraftKeys(storage: Storage | undefined): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key && key !== DRAFT_KEY && OLDER_KEY.test(key)) keys.push(key);
    }
  } catch {
    // An unreadable storage has no older drafts we could drop.
  }
  return keys;
}

/** False when the draft could not be written: the caller keeps it in memory and says so. */
export function saveDraft(storage: Storage | undefined, draft: Draft): boolean {
  return writeItem(storage, DRAFT_KEY, JSON.stringify(draft));
}

/** A random id; randomUUID is missing outside secure contexts (plain http on a LAN). */
export function newEscalationId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

export function clearDraft(storage: Storage | undefined): void {
  removeItem(storage, DRAFT_KEY);
}
