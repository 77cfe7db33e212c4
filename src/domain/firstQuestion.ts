import type { FieldName, StepId } from './answers.ts';
import { pageCaption, planSteps } from './plan.ts';
import {
  choicesFor,
  contextOf,
  fieldsOf,
  hintOf,
  introOf,
  isOptional,
  labelOf,
  titleOf,
} from './questions.ts';

/**
 * The first question as plain data, computed from the registry at build time (src/build/defines.ts
 * defines it as __FIRST_QUESTION__). The page that shows it before the wizard's code has loaded
 * (the start page's HTML, and the moment after "Start now") renders this, with neither zod nor
 * the form library; the wizard's own page for the same step then takes over with the same markup.
 */
export interface FirstQuestionView {
  readonly step: StepId;
  readonly field: FieldName;
  /** The h1 and legend. */
  readonly title: string;
  /** The caption above it: "Question 1". */
  readonly caption: string;
  /** The error when Continue is pressed with nothing chosen. */
  readonly required: string;
  readonly hint?: string;
  readonly inline: boolean;
  readonly choices: readonly {
    readonly value: string;
    readonly label: string;
    readonly hint?: string;
    readonly dividerBefore?: boolean;
  }[];
}

/**
 * Throws, naming what to change, when the first question is not what the light page can show: one
 * required set of radios, titled by the page, revealing nothing.
 */
export function firstQuestionView(): FirstQuestionView {
  const plan = planSteps({});
  const [step] = plan.steps;
  if (step === undefined) throw new Error('The plan for no answers has no first question.');
  const ctx = contextOf({}, plan);
  const fields = fieldsOf(step);
  const [first] = fields;
  const unsupported = (why: string) =>
    new Error(
      `The first question (${step}) ${why}: the page shown before the wizard loads ` +
        '(src/features/wizard/FirstQuestion.tsx) shows one required set of radios only.',
    );
  if (fields.length !== 1 || !first) throw unsupported('has more than one field');
  const { name, spec } = first;
  if (spec.kind !== 'radios') throw unsupported(`is a ${spec.kind} field`);
  if (labelOf(spec, ctx) !== undefined || introOf(step, ctx) !== undefined)
    throw unsupported('has a label or an intro of its own');
  if (isOptional(spec, ctx) || !spec.required) throw unsupported('is optional');
  const choices = choicesFor(spec, ctx);
  if (choices.some((choice) => choice.reveals?.length)) throw unsupported('reveals fields');
  const hint = hintOf(spec, ctx);
  return {
    step,
    field: name,
    title: titleOf(step, ctx),
    caption: pageCaption(step, {}),
    required: spec.required,
    ...(hint === undefined ? {} : { hint }),
    inline: spec.inline ?? false,
    choices: choices.map(({ value, label, hint: choiceHint, dividerBefore }) => ({
      value,
      label,
      ...(choiceHint === undefined ? {} : { hint: choiceHint }),
      ...(dividerBefore === undefined ? {} : { dividerBefore }),
    })),
  };
}
