import type { Answers, Reqtyp, StepId } from './answers.ts';
import { PORTING_REQTYPS, fieldStep } from './answers.ts';
import type { ContactFunction, ContactKey, ProductType } from './contacts.ts';
import { regionOf } from './regions.ts';
import type { Condition, OutcomeId, Rule, RoutingField } from './ruleTable.ts';
import { ANY, ESCALATION_OUTCOMES, RULES } from './ruleTable.ts';

/*
 * How the Escalation Matrix (ruleTable.ts) is read: route() tries the rows top to bottom. A row
 * whose conditions all hold is the decision. A row with a condition that fails is skipped. A row
 * whose conditions hold so far but that needs an answer not given yet stops the search: that
 * answer's step is the next question. The table's names are exported here too, so the rest of the
 * app reads the rules from one module.
 */

export { ANY, OUTCOMES, ROUTING_FIELDS, RULES } from './ruleTable.ts';
export type { OutcomeId, Rule, RoutingField, SourceLine } from './ruleTable.ts';

/**
 * The choices a routing question offers in the context of the answers before it. Only the REQTYP
 * depends on context: resale (EB) and LWC (MB) keep the number on AT&T's switch, so they never
 * port and a number-port problem is never theirs.
 */
export function allowedValues<F extends RoutingField>(
  field: F,
  answers: Answers,
): readonly NonNullable<Answers[F]>[] | undefined {
  if (field === 'reqtyp' && answers.problemKind === 'lnp') {
    return PORTING_REQTYPS as unknown as readonly NonNullable<Answers[F]>[];
  }
  return undefined;
}

/** An answer the question, asked now, would offer: a stale one is asked again. */
export function isAllowed(field: RoutingField, answers: Answers): boolean {
  const value = answers[field];
  if (value === undefined) return false;
  const allowed = allowedValues(field, answers) as readonly string[] | undefined;
  return !allowed || allowed.includes(value);
}

export interface Decision {
  readonly outcome: OutcomeId;
  readonly escalation: boolean;
  readonly rule: Rule;
  /** Set for escalations that are looked up in the Center Contacts list. */
  readonly contactKey?: ContactKey;
}

/** What the rules need next: a question to ask, or the decision. */
export type Route =
  | { readonly type: 'question'; readonly step: StepId; readonly field: RoutingField }
  | { readonly type: 'decision'; readonly decision: Decision };

const ESCALATIONS: ReadonlySet<OutcomeId> = new Set<OutcomeId>(ESCALATION_OUTCOMES);

const CONTACT_FUNCTION: Partial<Record<OutcomeId, ContactFunction>> = {
  billing: 'billing',
  ordering: 'ordering',
  provisioning: 'provisioning',
  maintenance: 'maintenance',
  mcpsc: 'mcpsc',
  loopProvisioningContacts: 'provisioning',
  lnpCenterContacts: 'lnp',
};

const PRODUCT_OF_REQTYP: Record<Reqtyp, ProductType> = {
  AB: 'loop',
  BB: 'loopWithLnp',
  CB: 'lnp',
  EB: 'resale',
  MB: 'lwc',
  other: 'other',
};

export function isEscalation(outcome: OutcomeId): boolean {
  return ESCALATIONS.has(outcome);
}

function decide(rule: Rule, answers: Answers): Decision {
  const fn = CONTACT_FUNCTION[rule.outcome];
  // The REQTYP names the desk only where the rules asked it; billing and MCPSC have one desk.
  const product = 'reqtyp' in rule.when && answers.reqtyp;
  const contactKey: ContactKey | undefined =
    fn && answers.state
      ? {
          function: fn,
          region: regionOf(answers.state),
          productType: product ? PRODUCT_OF_REQTYP[product] : 'all',
        }
      : undefined;
  return {
    outcome: rule.outcome,
    escalation: isEscalation(rule.outcome),
    rule,
    ...(contactKey ? { contactKey } : {}),
  };
}

/**
 * The module's public face: from the answers given so far, the next routing question that must
 * be answered, or the decision. Pure and total: any answers give one of the two. An answer the
 * question would not offer in this context (a resale REQTYP on a number port) counts as not given.
 */
export function route(answers: Answers): Route {
  for (const rule of RULES) {
    let missing: RoutingField | undefined;
    let fails = false;
    for (const [field, allowed] of Object.entries(rule.when) as [
      RoutingField,
      Condition[RoutingField],
    ][]) {
      const value = answers[field];
      if (value === undefined || !isAllowed(field, answers)) {
        missing = field;
        break;
      }
      if (allowed !== ANY && !(allowed as readonly string[] | undefined)?.includes(value)) {
        fails = true;
        break;
      }
    }
    if (fails) continue;
    if (missing) return { type: 'question', step: fieldStep[missing], field: missing };
    return { type: 'decision', decision: decide(rule, answers) };
  }
  // Unreachable when every branch of each question has a row; tests hold the table to that.
  throw new Error('No escalation rule matches these answers');
}
