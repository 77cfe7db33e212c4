import type { Answers, StepId } from './answers.ts';
import type { QuestionContext } from './questions.ts';
import { fieldsOf, isShown } from './questions.ts';
import type { Decision } from './rules.ts';
import { route } from './rules.ts';
import { choicesOf, followPath, reportSteps } from './steps.ts';
import { isComplete } from './validation.ts';

/*
 * The wizard's plan: the path the answers take (steps.ts) and the first step still to answer.
 * The UI asks this module which page comes next and never decides by itself.
 */

export interface Plan {
  /**
   * The steps that apply, in order: every routing step up to the next unanswered one and, once
   * the decision is known, every report step.
   */
  readonly steps: readonly StepId[];
  /** The first step still to answer; undefined when everything that applies is answered. */
  readonly next: StepId | undefined;
  /** Known once every routing question is answered. */
  readonly decision: Decision | undefined;
}

/**
 * A report step is answered once something of it is stored (the wizard stores '' for an optional
 * text left empty, so continuing past it counts) and what is stored completes it in this context:
 * after a change of branch, a page whose rules changed is asked again. A value the FOC filled in
 * answers a step the same way, so the wizard skips what the FOC already says.
 */
export function isAnswered(step: StepId, ctx: QuestionContext): boolean {
  const stored = fieldsOf(step).some(
    ({ name }) => ctx.answers[name] !== undefined && isShown(step, name, ctx),
  );
  return stored && isComplete(step, ctx);
}

export function planSteps(answers: Answers): Plan {
  const path = followPath(answers);
  if (!path.decision) {
    return { steps: path.steps, next: path.routingNext, decision: undefined };
  }
  const ctx: QuestionContext = { answers, decision: path.decision };
  const next = path.reportSteps.find((step) => !isAnswered(step, ctx));
  return { steps: path.steps, next, decision: path.decision };
}

/** Where a link to `step` may land: the step itself when reachable, else the furthest one. */
export function reachableStep(step: StepId, answers: Answers): StepId | 'check' | 'result' {
  const plan = planSteps(answers);
  const index = plan.steps.indexOf(step);
  const nextIndex = plan.next ? plan.steps.indexOf(plan.next) : plan.steps.length;
  if (index !== -1 && index <= nextIndex) return step;
  return plan.next ?? finalPage(plan);
}

/** Where the wizard goes once every step is answered. */
export function finalPage(plan: Pick<Plan, 'decision'>): 'check' | 'result' {
  return plan.decision?.escalation ? 'check' : 'result';
}

/** The longest journey from the routing answers in `known`, over every way ahead. */
const longestJourneys = new Map<string, number>();

/**
 * `steps`: the journey's steps up to and including the one `known` routes to next (followPath).
 * One walk over the ways ahead, each step counted as it is reached: the page count on "Start now"
 * walks the whole rule tree, so it must not walk each way again from the start.
 */
function longestJourney(known: Answers, steps: readonly StepId[]): number {
  const key = JSON.stringify(known);
  const cached = longestJourneys.get(key);
  if (cached !== undefined) return cached;
  const walk = (answers: Answers, before: readonly StepId[]): number => {
    const r = route(answers);
    if (r.type === 'decision') {
      return (
        before.length +
        reportSteps(r.decision, answers).filter((step) => !before.includes(step)).length
      );
    }
    const through = before.includes(r.step) ? before : [...before, r.step];
    return Math.max(
      0,
      ...choicesOf(r.field, answers).map((value) =>
        walk({ ...answers, [r.field]: value }, through),
      ),
    );
  };
  const total = walk(known, steps);
  longestJourneys.set(key, total);
  return total;
}

/**
 * How many steps the whole journey has, for "Question 3 of about 12": exact once the decision is
 * known, before that the longest way the remaining answers could take (an escalation's), so the
 * count only ever shrinks as the user answers.
 */
export function estimatedStepCount(answers: Answers): number {
  const { steps, decision, known } = followPath(answers);
  return decision ? steps.length : longestJourney(known, steps);
}

/** The line above a question: "Question 3 of 12", or "of about 12" while the decision is open. */
export const questionCaption = (position: number, total: number, decided: boolean): string =>
  decided
    ? `Question ${String(position)} of ${String(total)}`
    : `Question ${String(position)} of about ${String(total)}`;
