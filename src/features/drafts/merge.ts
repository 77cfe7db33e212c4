import type { FieldName, StepId } from '../../domain/answers.ts';
import { fieldStep } from '../../domain/answers.ts';
import type { FormValue } from '../../domain/validation.ts';
import type { Draft } from './draft.ts';

/*
 * Two tabs that changed the same saved draft: a three-way merge against the revision this tab
 * built on (the base). Each field is one unit: its answer, what was typed into it but not yet
 * continued, and the value the FOC gave it. A field only one tab changed takes that tab's value,
 * so answers on different pages are all kept. A field both tabs changed to different values is a
 * conflict: the user is shown both values and picks one, and nothing is dropped without a choice.
 * The pasted FOC text is one more unit of its own.
 */

/** What a conflict can be about: a field of the wizard, or the pasted FOC text. */
export type ConflictKey = FieldName | 'focText';

/** A unit both tabs changed differently: what each tab shows for it. */
export interface ConflictField {
  readonly key: ConflictKey;
  readonly mine: FieldValue;
  readonly theirs: FieldValue;
}

/** An answer or a typed value as the form shows it; undefined when the field is empty. */
export type FieldValue = FormValue | number | undefined;

export type Side = 'mine' | 'theirs';

/** The user's pick for each conflicting unit; a unit without a pick stays a conflict. */
export type ConflictChoices = Readonly<Partial<Record<ConflictKey, Side>>>;

export interface MergeResult {
  /** Built on `theirs` (its revision), with every unit taken from the side the rules chose. */
  readonly merged: Draft;
  readonly conflicts: readonly ConflictField[];
}

/** Empty text, no choice and an empty list all mean nothing was given. */
function meaningful(value: unknown): unknown {
  if (value === '' || value === null || value === false) return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(meaningful(a)) === JSON.stringify(meaningful(b));
}

const typedOf = (draft: Draft, field: FieldName): FormValue | undefined =>
  draft.pending[fieldStep[field]]?.[field];

/** What the field shows in a tab: the typing not yet continued, else the answer. */
function shownOf(draft: Draft, field: FieldName): FieldValue {
  const typed = typedOf(draft, field);
  return meaningful(typed === undefined ? draft.answers[field] : typed) as FieldValue;
}

function fieldChanged(base: Draft, side: Draft, field: FieldName): boolean {
  return (
    !same(side.answers[field], base.answers[field]) ||
    !same(shownOf(side, field), shownOf(base, field)) ||
    !same(side.fromFoc[field], base.fromFoc[field])
  );
}

/** Every field any of the drafts holds something for. */
function fieldsIn(...drafts: Draft[]): FieldName[] {
  const names = new Set<string>();
  for (const draft of drafts) {
    for (const name of Object.keys(draft.answers)) names.add(name);
    for (const name of Object.keys(draft.fromFoc)) names.add(name);
    for (const values of Object.values(draft.pending)) {
      for (const name of Object.keys(values)) names.add(name);
    }
  }
  // A stored name the registry no longer knows has no step: it cannot be shown or merged.
  return [...names].filter((name): name is FieldName => name in fieldStep);
}

/** `record` with `key` set to `value`, or without `key` when `value` is undefined. */
function withValue<T extends object>(record: T, key: string, value: unknown): T {
  const rest = Object.entries(record).filter(([name]) => name !== key);
  return Object.fromEntries(value === undefined ? rest : [...rest, [key, value]]) as T;
}

/** The field's answer, typing and FOC value copied from `from` into the draft being built. */
function copyField(into: Draft, from: Draft, field: FieldName): Draft {
  const step: StepId = fieldStep[field];
  const typedHere = withValue(into.pending[step] ?? {}, field, typedOf(from, field));
  return {
    ...into,
    answers: withValue(into.answers, field, from.answers[field]),
    fromFoc: withValue(into.fromFoc, field, from.fromFoc[field]),
    pending: withValue(
      into.pending,
      step,
      Object.keys(typedHere).length === 0 ? undefined : typedHere,
    ),
  };
}

/** Whether two drafts hold the same work (revisions and times aside). */
export function sameContent(a: Draft, b: Draft): boolean {
  const content = (d: Draft) =>
    JSON.stringify([d.answers, d.pending, d.fromFoc, d.focText ?? '', d.done]);
  return content(a) === content(b);
}

/**
 * Merges this tab's draft (`mine`) with the one another tab saved (`theirs`), both grown from
 * `base`. `choices` settles conflicts: a conflicting unit with a choice is taken from that side
 * and is no longer reported as a conflict.
 */
export function mergeDrafts(
  base: Draft,
  mine: Draft,
  theirs: Draft,
  choices: ConflictChoices = {},
): MergeResult {
  let merged: Draft = theirs;
  const conflicts: ConflictField[] = [];
  for (const field of fieldsIn(base, mine, theirs)) {
    if (!fieldChanged(base, mine, field)) continue;
    if (!fieldChanged(base, theirs, field)) {
      merged = copyField(merged, mine, field);
      continue;
    }
    const shownMine = shownOf(mine, field);
    const shownTheirs = shownOf(theirs, field);
    if (same(shownMine, shownTheirs)) {
      // Both tabs show the same value: keep the side that has it as an answer, not as typing.
      if (typedOf(theirs, field) !== undefined && typedOf(mine, field) === undefined) {
        merged = copyField(merged, mine, field);
      }
    } else if (choices[field] === 'mine') {
      merged = copyField(merged, mine, field);
    } else if (choices[field] !== 'theirs') {
      conflicts.push({ key: field, mine: shownMine, theirs: shownTheirs });
    }
  }

  const focMine = meaningful(mine.focText) as string | undefined;
  const focTheirs = meaningful(theirs.focText) as string | undefined;
  if (!same(focMine, base.focText)) {
    const theirsChanged = !same(focTheirs, base.focText);
    if (!theirsChanged || same(focMine, focTheirs) || choices.focText === 'mine') {
      merged = { ...merged, focText: mine.focText };
    } else if (choices.focText !== 'theirs') {
      conflicts.push({ key: 'focText', mine: focMine, theirs: focTheirs });
    }
  }

  // The report was taken away with the answers of the tab that marked it: done stays true only
  // while the merged answers are still those.
  const sameAnswers = (d: Draft) => JSON.stringify(d.answers) === JSON.stringify(merged.answers);
  const done = (mine.done && sameAnswers(mine)) || (theirs.done && sameAnswers(theirs));
  return { merged: { ...merged, done }, conflicts };
}

/** The steps whose fields show something else in `after` than in `before`. */
export function changedSteps(before: Draft, after: Draft): StepId[] {
  const steps = new Set<StepId>();
  for (const field of fieldsIn(before, after)) {
    if (
      !same(shownOf(before, field), shownOf(after, field)) ||
      !same(before.fromFoc[field], after.fromFoc[field])
    ) {
      steps.add(fieldStep[field]);
    }
  }
  return [...steps];
}
