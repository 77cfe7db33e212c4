import type { Answers, StepId } from './answers.ts';
import { stepFields } from './answers.ts';
import type { Decision, OutcomeId } from './rules.ts';
import { route } from './rules.ts';

/*
 * Which steps the wizard asks, as a pure function of the answers (architecture.md, point 3):
 * the routing questions come from route(); once there is a decision, an escalation adds the
 * report steps that its report needs. The UI asks this module and never decides by itself.
 */

/*
 * 'foc' is a report step where routing did not ask it: the FOC's due date belongs in the report
 * (issue #2, 4d), above all for a premature disconnect of a pending port.
 */
const REPORT_STEPS: Record<OutcomeId, readonly StepId[]> = {
  billing: ['telephoneNumbers', 'symptoms', 'contact'],
  ordering: ['order', 'telephoneNumbers', 'symptoms', 'contact'],
  provisioning: ['order', 'telephoneNumbers', 'serviceOrders', 'symptoms', 'contact'],
  maintenance: ['order', 'telephoneNumbers', 'serviceOrders', 'symptoms', 'contact'],
  mcpsc: ['order', 'symptoms', 'contact'],
  pfEscalationPolicy: ['order', 'foc', 'telephoneNumbers', 'serviceOrders', 'symptoms', 'contact'],
  loopProvisioningContacts: [
    'order',
    'foc',
    'telephoneNumbers',
    'serviceOrders',
    'symptoms',
    'contact',
  ],
  lnpCenterContacts: ['order', 'foc', 'telephoneNumbers', 'serviceOrders', 'symptoms', 'contact'],
  workWithServiceRep: [],
  checkOrderStatus: [],
  expedites: [],
  accessTariff: [],
  websiteSupport: [],
  isolateFirst: [],
  troubleOnClecSide: [],
};

/** A premature disconnect of a pending port: the report AT&T asks for (domain.md, steps 3-6). */
export function isPrematureDisconnect(answers: Answers): boolean {
  return answers.problemKind === 'lnp' && answers.lnpTrouble === 'prematureDisconnect';
}

/** Troubles on a working (or ported) line: the symptom checklist applies. */
export function asksSymptomChecklist(decision: Decision, answers: Answers): boolean {
  return (
    decision.outcome === 'maintenance' ||
    (decision.outcome === 'lnpCenterContacts' &&
      (isPrematureDisconnect(answers) || answers.lnpTrouble === 'ds1AndAbove'))
  );
}

/** The DS1 question: physical DS1 disconnection (premature disconnect) or numbers on a DS1. */
function asksDs1(decision: Decision, answers: Answers): boolean {
  return (
    decision.outcome === 'lnpCenterContacts' &&
    (isPrematureDisconnect(answers) || answers.lnpTrouble === 'ds1AndAbove')
  );
}

export function reportSteps(decision: Decision, answers: Answers): StepId[] {
  const steps = [...REPORT_STEPS[decision.outcome]];
  if (asksDs1(decision, answers)) steps.splice(steps.indexOf('contact'), 0, 'ds1');
  return steps;
}

/** A step is answered once its first field has a value; the UI stores '' for an empty optional. */
export function isAnswered(step: StepId, answers: Answers): boolean {
  const [first] = stepFields(step);
  return first !== undefined && answers[first] !== undefined;
}

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

export function planSteps(answers: Answers): Plan {
  const steps: StepId[] = [];
  const known: Answers = {};
  for (;;) {
    const r = route(known);
    if (r.type === 'decision') {
      const report = reportSteps(r.decision, answers);
      steps.push(...report);
      const next = report.find((s) => !isAnswered(s, answers));
      return { steps, next, decision: r.decision };
    }
    steps.push(r.step);
    if (!isAnswered(r.step, answers)) return { steps, next: r.step, decision: undefined };
    for (const field of stepFields(r.step)) {
      if (answers[field] !== undefined) Object.assign(known, { [field]: answers[field] });
    }
  }
}

/** Only the answers of steps on the current path: a branch the user left is not reported. */
export function pruneAnswers(answers: Answers): Answers {
  const { steps } = planSteps(answers);
  const kept: Answers = {};
  for (const step of steps) {
    for (const field of stepFields(step)) {
      if (answers[field] !== undefined) Object.assign(kept, { [field]: answers[field] });
    }
  }
  return kept;
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
export function finalPage(plan: Plan): 'check' | 'result' {
  return plan.decision?.escalation ? 'check' : 'result';
}
