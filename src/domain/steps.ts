import type { Answers, StepId } from './answers.ts';
import type { Decision, OutcomeId } from './rules.ts';
import { isAllowed, route } from './rules.ts';

/*
 * Which steps the wizard asks, as a pure function of the answers: the routing questions come from
 * route(); once there is a decision, an escalation adds the report steps that its report needs.
 * The UI asks this module and never decides by itself.
 */

/*
 * 'order' (REQTYP, PON, VER) and 'foc' are report steps where routing did not ask them: the
 * identifiers and the due date belong in the report, above all for a premature disconnect.
 */
const REPORT_STEPS: Record<OutcomeId, readonly StepId[]> = {
  billing: ['bill', 'numbers', 'symptoms', 'escalation', 'contact'],
  ordering: ['numbers', 'symptoms', 'escalation', 'contact'],
  provisioning: ['numbers', 'symptoms', 'escalation', 'contact'],
  maintenance: ['numbers', 'symptoms', 'escalation', 'contact'],
  mcpsc: ['order', 'symptoms', 'escalation', 'contact'],
  pfEscalationPolicy: ['foc', 'numbers', 'symptoms', 'escalation', 'contact'],
  loopProvisioningContacts: ['foc', 'numbers', 'symptoms', 'escalation', 'contact'],
  lnpCenterContacts: ['foc', 'numbers', 'symptoms', 'ds1', 'escalation', 'contact'],
  workWithServiceRep: [],
  checkOrderStatus: [],
  expedites: [],
  accessTariff: [],
  websiteSupport: [],
  isolateFirst: [],
  troubleOnClecSide: [],
};

/** A premature disconnect of a pending port: the report AT&T asks for (docs/domain.md). */
export function isPrematureDisconnect(answers: Answers): boolean {
  return answers.problemKind === 'lnp' && answers.lnpTrouble === 'prematureDisconnect';
}

/** Troubles on a working (or ported) line: the symptom checklist and when it started apply. */
export function asksSymptomChecklist(decision: Decision | undefined, answers: Answers): boolean {
  if (!decision) return false;
  return (
    (decision.outcome === 'maintenance' && answers.serviceAffected === 'yes') ||
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

/** AT&T's service order numbers exist once it has sent the FOC. */
export function asksServiceOrders(answers: Answers): boolean {
  return answers.focReceived === 'yes';
}

/** A loop order (AB, BB) being provisioned or maintained: its circuit ID identifies the loop. */
export function asksLoopCircuit(decision: Decision | undefined, answers: Answers): boolean {
  if (!decision) return false;
  const loop = answers.reqtyp === 'AB' || answers.reqtyp === 'BB';
  return (
    loop &&
    ['provisioning', 'maintenance', 'loopProvisioningContacts'].includes(decision.outcome) &&
    'reqtyp' in decision.rule.when
  );
}

/** An end user's line is concerned: who and where they are helps the center find it. */
export function asksEndUser(decision: Decision | undefined): boolean {
  return !!decision && decision.outcome !== 'billing' && decision.outcome !== 'mcpsc';
}

export function reportSteps(decision: Decision, answers: Answers): StepId[] {
  const steps = REPORT_STEPS[decision.outcome];
  return asksDs1(decision, answers) ? [...steps] : steps.filter((step) => step !== 'ds1');
}

/** The way through the rules the answers take. */
export interface Path {
  /**
   * The steps on the way, in order: every routing step up to the next unanswered one and, once
   * the decision is known, every report step its report needs.
   */
  readonly steps: readonly StepId[];
  /** The routing question still to answer; undefined once the decision is known. */
  readonly routingNext: StepId | undefined;
  /** Known once every routing question is answered. */
  readonly decision: Decision | undefined;
  /** The routing answers followed. */
  readonly known: Answers;
  /** The report steps, in order (not those routing already asked). */
  readonly reportSteps: readonly StepId[];
}

/**
 * Follows route() with the answers given. Answers of a branch the user left stay in the draft;
 * they count again only when the path comes back to their question, and an answer the question
 * would no longer offer (a resale REQTYP on a number port) is asked again.
 */
export function followPath(answers: Answers): Path {
  const steps: StepId[] = [];
  const known: Answers = {};
  for (;;) {
    const r = route(known);
    if (r.type === 'decision') {
      const report = reportSteps(r.decision, answers).filter((step) => !steps.includes(step));
      steps.push(...report);
      return { steps, routingNext: undefined, decision: r.decision, known, reportSteps: report };
    }
    if (!steps.includes(r.step)) steps.push(r.step);
    const value = answers[r.field];
    const withValue: Answers = { ...known, [r.field]: value };
    if (value === undefined || !isAllowed(r.field, withValue)) {
      return { steps, routingNext: r.step, decision: undefined, known, reportSteps: [] };
    }
    Object.assign(known, { [r.field]: value });
  }
}
