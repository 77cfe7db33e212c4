import type { Answers, FieldName, StepId } from './answers.ts';
import { contextOf, fieldsOf, isShown } from './questions.ts';

/*
 * The rule that lets "Continue" pass over a page the pasted FOC answered. It stays apart from the
 * FOC reader and its proposals, which load only with the first order page, because every
 * question page applies it.
 */

/**
 * Whether a page is passed over because the FOC answered it whole: every field the page asks (a
 * checkbox such as "I don't know it" aside) is filled, each still with the value the FOC gave.
 * A page with a field left empty (a due date the reader could not settle), or with an answer the
 * user typed, is asked.
 */
export function filledByFoc(
  step: StepId,
  answers: Answers,
  fromFoc: Readonly<Partial<Record<FieldName, unknown>>>,
): boolean {
  const ctx = contextOf(answers);
  const asked = fieldsOf(step).filter(
    ({ name, spec }) => spec.kind !== 'checkbox' && isShown(step, name, ctx),
  );
  return (
    asked.length > 0 &&
    asked.every(({ name }) => {
      const value = answers[name];
      return value !== undefined && value !== '' && fromFoc[name] === value;
    })
  );
}
