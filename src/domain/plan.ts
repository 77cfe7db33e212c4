import type { Answers, StepId } from './answers.ts';
import type { QuestionContext } from './questions.ts';
import { fieldsOf, isShown } from './questions.ts';
import type { Decision } from './rules.ts';
import { followPath } from './steps.ts';
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

/**
 * The line above a question. A user reads it as progress, so it never goes backwards and never
 * changes when a page is seen again (GOV.UK: a step count must stay honest when branching changes
 * the path):
 * - while the routing questions decide the center, the way ahead is not known: "Question 3", a
 *   number that only grows, with no total that a later answer would have to shrink;
 * - once the decision is known, the report's pages are known too: "Question 8 of 11", the same
 *   total on each of them;
 * - a page the FOC answered whole is passed over on the way forward, so it counts neither as asked
 *   nor as still to come; seen again (by Back or a Change link), it says so instead of a number.
 *
 * The caption of a page depends only on the answers of the pages before it and on which pages
 * the FOC answered: answering a later page never changes it.
 * `filledByFoc`: whether the FOC gave every answer of a page that it holds now.
 */
export function pageCaption(
  step: StepId,
  answers: Answers,
  filledByFoc: (step: StepId) => boolean = () => false,
): string {
  const path = followPath(answers);
  const ctx: QuestionContext = { answers, decision: path.decision };
  // As the wizard's Continue does (flow.ts, pageAfter): an FOC page still incomplete is asked.
  const passedOver = (s: StepId) => filledByFoc(s) && isAnswered(s, ctx);
  if (passedOver(step)) return 'Answered from the FOC';
  const asked = path.steps.filter((s) => s === step || !passedOver(s));
  const position = String(asked.indexOf(step) + 1);
  return path.reportSteps.includes(step)
    ? `Question ${position} of ${String(asked.length)}`
    : `Question ${position}`;
}
