/*
 * Whether a draft holds work, read from the stored record's plain shape: the start page's list
 * reads records without zod (it is on the first-load path), the tab's draft after the full check.
 */

interface DraftWork {
  readonly answers: object;
  readonly pending: Readonly<Record<string, object | undefined>>;
  readonly focText?: string | undefined;
}

/** Whether a draft holds any answer (the check and result pages need one). */
export const hasAnswers = (draft: Pick<DraftWork, 'answers'>): boolean =>
  Object.keys(draft.answers).length > 0;

/** Whether a form value holds something the user typed or chose. */
const given = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.trim() !== ''
    : Array.isArray(value)
      ? value.length > 0
      : value === true;

/**
 * Whether a draft holds work to resume or to lose: an answer, a pasted FOC, or something typed or
 * chosen on a page but not yet continued. Such a draft is listed on the start page, protected by
 * the "Leave site?" question and found by a new tab.
 */
export const hasWork = (draft: DraftWork): boolean =>
  hasAnswers(draft) ||
  given(draft.focText) ||
  Object.values(draft.pending).some((values) => Object.values(values ?? {}).some(given));
