import { readItem } from './storage.ts';

/*
 * A glance at the saved draft for the start page, without zod: the start page is the first paint
 * and its JavaScript budget has no room for the schema library (issue #6). The full check with
 * zod happens in draft.ts as soon as the wizard loads; a draft that fails it is set aside there
 * with a notice.
 */

export const DRAFT_VERSION = 1;
export const DRAFT_KEY = `att-escalation-wizard:draft:v${DRAFT_VERSION}`;

/** Whether a draft of this version with at least one answer is saved. */
export function hasSavedAnswers(storage: Storage | undefined): boolean {
  const raw = readItem(storage, DRAFT_KEY);
  if (raw === null) return false;
  try {
    const draft: unknown = JSON.parse(raw);
    if (typeof draft !== 'object' || draft === null || !('answers' in draft)) return false;
    const { answers } = draft;
    return typeof answers === 'object' && answers !== null && Object.keys(answers).length > 0;
  } catch {
    return false;
  }
}
