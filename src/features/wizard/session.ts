import type { Answers, StepId } from '../../domain/answers.ts';

/** What a form holds while a step is being answered: text, a checkbox, a checklist, no choice. */
export type FormValue = string | boolean | string[] | null;
export type FormValues = Record<string, FormValue>;

export interface PendingStep {
  readonly step: StepId;
  readonly values: FormValues;
}

/**
 * What the wizard needs from whoever keeps the escalation in progress (the drafts feature in the
 * app): the answers so far, and where to put new ones. The wizard never touches storage.
 */
export interface WizardSession {
  readonly answers: Answers;
  /** Typed into a step but not yet committed with Continue. */
  readonly pending: PendingStep | undefined;
  /** The CLEC contact from an earlier escalation, to prefill (never ask twice). */
  readonly rememberedContact: Partial<Answers> | undefined;
  readonly hasAnswers: boolean;
  readonly commit: (answers: Answers) => void;
  readonly keepPending: (pending: PendingStep) => void;
  readonly markTakenAway: () => void;
  readonly startAgain: () => void;
}
