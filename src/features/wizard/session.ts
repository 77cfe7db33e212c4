import type { Answers, FieldName, StepId } from '../../domain/answers.ts';
import type { FormValue, FormValues } from '../../domain/validation.ts';

/** Values the FOC filled in, per field: shown "From the FOC" while the answer still equals them. */
export type FromFoc = Partial<Record<FieldName, FormValue>>;

/**
 * What the wizard needs from whoever keeps the escalation in progress (the drafts feature, wired
 * by the app): the answers so far, and where to put new ones. The wizard never touches storage.
 */
export interface WizardSession {
  /** Identifies this escalation: its draft, and its ticket's Idempotency-Key. */
  readonly escalationId: string;
  readonly answers: Answers;
  /** Typed into a step but not yet committed with Continue, per step: Back never loses a paste. */
  readonly pending: Partial<Record<StepId, FormValues>>;
  readonly fromFoc: FromFoc;
  /** The FOC text pasted, kept until the user dismisses it (nothing pasted is lost). */
  readonly focText: string | undefined;
  /** The CLEC contact from an earlier escalation, to prefill (never ask twice). */
  readonly rememberedContact: Partial<Answers> | undefined;
  readonly hasAnswers: boolean;
  /** The report was filed or taken away: starting a new escalation loses nothing. */
  readonly done: boolean;
  /** The answers after Continue on `step` (whose unsaved typing is then dropped). */
  readonly commit: (answers: Answers, step?: StepId) => void;
  readonly keepPending: (step: StepId, values: FormValues) => void;
  /** Answers read from the FOC, and which fields they filled. */
  readonly applyFoc: (answers: Answers, filled: FromFoc) => void;
  readonly keepFocText: (text: string | undefined) => void;
  /** The report was copied, downloaded, e-mailed, printed or filed. */
  readonly markDone: () => void;
  /** A fresh escalation; `like` copies this one's order identifiers and contact. */
  readonly startNew: (options?: { like?: boolean }) => void;
}
