import type { Answers, StepId } from '../../domain/answers.ts';
import { finalPage, planSteps, reachableStep } from '../../domain/plan.ts';
import type { WizardPage } from './pages.ts';

/*
 * Where the wizard goes, as pure functions of the answers: the domain's plan decides, the UI only
 * turns its answer into a page.
 */

const toPage = (target: StepId | 'check' | 'result', returnTo?: 'check'): WizardPage =>
  target === 'check' || target === 'result'
    ? { kind: target }
    : returnTo
      ? { kind: 'step', step: target, returnTo }
      : { kind: 'step', step: target };

/** Where the user resumes a draft: the next unanswered question, else the check or result page. */
export function resumePage(answers: Answers): WizardPage {
  const plan = planSteps(answers);
  return toPage(plan.next ?? finalPage(plan));
}

/**
 * After Continue on `step` (answers already committed): the following question, or, when
 * changing an answer from the check page, the first question the change opened and then the check
 * page again.
 */
export function pageAfter(
  step: StepId,
  answers: Answers,
  returnTo?: 'check',
  /** Answered pages to pass over: those the FOC answered whole, which the user did not type. */
  skip: (step: StepId) => boolean = () => false,
): WizardPage {
  const plan = planSteps(answers);
  if (returnTo) return plan.next ? toPage(plan.next, returnTo) : toPage(finalPage(plan));
  const ahead = plan.steps.slice(plan.steps.indexOf(step) + 1);
  const following = ahead.find((s) => s === plan.next || !skip(s));
  return following ? toPage(reachableStep(following, answers)) : toPage(finalPage(plan));
}

/**
 * The page before a step: the previous question, or the start page before the first. A change
 * made from the check page goes back there, unless the change opened this question, whose Back
 * returns to the question that opened it.
 */
export function pageBefore(step: StepId, answers: Answers, returnTo?: 'check'): WizardPage {
  const plan = planSteps(answers);
  if (returnTo && (plan.next === undefined || plan.next !== step)) {
    return toPage(finalPage(plan));
  }
  const previous = plan.steps[plan.steps.indexOf(step) - 1];
  return previous ? toPage(previous, returnTo) : { kind: 'start' };
}

/** The page a URL may show with these answers: a page not yet reachable gives way. */
export function allowedPage(page: WizardPage, answers: Answers): WizardPage {
  switch (page.kind) {
    case 'step': {
      const target = reachableStep(page.step, answers);
      return target === page.step ? page : toPage(target);
    }
    case 'check': {
      const plan = planSteps(answers);
      if (plan.next) return toPage(plan.next);
      return plan.decision?.escalation ? page : { kind: 'result' };
    }
    case 'result': {
      const plan = planSteps(answers);
      return plan.next ? toPage(plan.next) : page;
    }
    case 'resume':
      return resumePage(answers);
    default:
      return page;
  }
}
