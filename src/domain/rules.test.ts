import { describe, expect, it } from 'vitest';
import type { Answers, StepId } from './answers.ts';
import {
  Isolation,
  LnpTrouble,
  ProblemKind,
  Reqtyp,
  StateCode,
  YesNo,
  YesNoUnknown,
} from './answers.ts';
import type { ContactKey, Decision, OutcomeId } from './rules.ts';
import { RULES, route } from './rules.ts';

/**
 * Answers route()'s questions one at a time from `facts`, as the wizard does, and returns the
 * steps asked in order and the decision. Fails if a question is asked that `facts` cannot answer.
 */
function walk(facts: Answers): { steps: StepId[]; decision: Decision } {
  const known: Answers = {};
  const steps: StepId[] = [];
  for (;;) {
    const r = route(known);
    if (r.type === 'decision') return { steps, decision: r.decision };
    const value = facts[r.field];
    if (value === undefined) throw new Error(`route() asked for ${r.field}, not in the case`);
    steps.push(r.step);
    Object.assign(known, { [r.field]: value });
  }
}

interface Case {
  /** The source page's row or bullet the case stands for. */
  source: string;
  facts: Answers;
  rule: string;
  outcome: OutcomeId;
  contactKey?: ContactKey;
  steps: StepId[];
}

const ORDER = { accessTariff: 'no', workedWithServiceRep: 'yes' } as const;
const ORDER_STEPS: StepId[] = ['problem', 'accessTariff', 'serviceRep', 'product'];
const premature = {
  ...ORDER,
  problemKind: 'lnp',
  reqtyp: 'BB',
  lnpTrouble: 'prematureDisconnect',
} as const;
const PREMATURE_STEPS: StepId[] = [...ORDER_STEPS, 'lnpTrouble', 'isolation'];
const completed = {
  ...ORDER,
  problemKind: 'serviceRequest',
  reqtyp: 'other',
  focReceived: 'yes',
  completed: 'yes',
} as const;
const COMPLETED_STEPS: StepId[] = [...ORDER_STEPS, 'foc', 'completion', 'isolation'];

const CASES: Case[] = [
  {
    source: 'Billing issue: Billing',
    facts: { problemKind: 'billing', workedWithServiceRep: 'yes', state: 'IL' },
    rule: 'billing',
    outcome: 'billing',
    contactKey: { function: 'billing', region: 'midwest', productType: 'all' },
    steps: ['problem', 'serviceRep', 'state'],
  },
  {
    source: 'Service request before FOC: Ordering',
    facts: {
      ...ORDER,
      problemKind: 'serviceRequest',
      reqtyp: 'BB',
      focReceived: 'no',
      state: 'TX',
    },
    rule: 'before-foc',
    outcome: 'ordering',
    contactKey: { function: 'ordering', region: 'southwest', productType: 'loopWithLnp' },
    steps: [...ORDER_STEPS, 'foc', 'state'],
  },
  {
    source: 'Service request after FOC, before completion: Provisioning',
    facts: {
      ...ORDER,
      problemKind: 'serviceRequest',
      reqtyp: 'CB',
      focReceived: 'yes',
      completed: 'no',
      state: 'CA',
    },
    rule: 'after-foc',
    outcome: 'provisioning',
    contactKey: { function: 'provisioning', region: 'west', productType: 'lnp' },
    steps: [...ORDER_STEPS, 'foc', 'completion', 'state'],
  },
  {
    source: 'Service request after the completion date: Maintenance (loop without facility issue)',
    facts: {
      ...completed,
      reqtyp: 'AB',
      facilityIssue: 'no',
      isolation: 'attNetwork',
      premisesReviewed: 'yes',
      state: 'GA',
    },
    rule: 'after-completion',
    outcome: 'maintenance',
    contactKey: { function: 'maintenance', region: 'southeast', productType: 'loop' },
    steps: [...ORDER_STEPS, 'facility', 'foc', 'completion', 'isolation', 'premises', 'state'],
  },
  {
    source: 'After completion, isolate first, premises equipment included',
    facts: { ...completed, isolation: 'notYet' },
    rule: 'after-completion-not-isolated',
    outcome: 'isolateFirst',
    steps: COMPLETED_STEPS,
  },
  {
    source: 'After completion, premises equipment not reviewed',
    facts: { ...completed, isolation: 'attNetwork', premisesReviewed: 'no' },
    rule: 'after-completion-premises-not-reviewed',
    outcome: 'isolateFirst',
    steps: [...COMPLETED_STEPS, 'premises'],
  },
  {
    source: 'After completion, trouble isolated to the CLEC or end user',
    facts: { ...completed, isolation: 'clecOrEndUser' },
    rule: 'after-completion-clec-side',
    outcome: 'troubleOnClecSide',
    steps: COMPLETED_STEPS,
  },
  {
    source: 'Fatal errors (mechanized LSR rejects): MCPSC',
    facts: { ...ORDER, problemKind: 'lsrReject', state: 'OH' },
    rule: 'fatal-errors',
    outcome: 'mcpsc',
    contactKey: { function: 'mcpsc', region: 'midwest', productType: 'all' },
    steps: ['problem', 'accessTariff', 'serviceRep', 'state'],
  },
  {
    source: 'Resale (REQTYP EB): PF Escalation Policy',
    facts: { ...ORDER, problemKind: 'serviceRequest', reqtyp: 'EB' },
    rule: 'resale-lwc',
    outcome: 'pfEscalationPolicy',
    steps: ORDER_STEPS,
  },
  {
    source: 'Local Wholesale Complete (REQTYP MB): PF Escalation Policy, number port too',
    facts: { ...ORDER, problemKind: 'lnp', reqtyp: 'MB' },
    rule: 'resale-lwc',
    outcome: 'pfEscalationPolicy',
    steps: ORDER_STEPS,
  },
  {
    source: 'Loop orders (REQTYP AB) with facility issues: provisioning contacts',
    facts: {
      ...ORDER,
      problemKind: 'serviceRequest',
      reqtyp: 'AB',
      facilityIssue: 'yes',
      state: 'MI',
    },
    rule: 'loop-facilities',
    outcome: 'loopProvisioningContacts',
    contactKey: { function: 'provisioning', region: 'midwest', productType: 'loop' },
    steps: [...ORDER_STEPS, 'facility', 'state'],
  },
  ...(['aAndD', 'ds0Loop', 'lrnCorrection', 'complexTranslations', 'ds1AndAbove'] as const).map(
    (lnpTrouble): Case => ({
      source: `LNP escalations: ${lnpTrouble}`,
      facts: { ...ORDER, problemKind: 'lnp', reqtyp: 'CB', lnpTrouble, state: 'KS' },
      rule: 'lnp',
      outcome: 'lnpCenterContacts',
      contactKey: { function: 'lnp', region: 'southwest', productType: 'lnp' },
      steps: [...ORDER_STEPS, 'lnpTrouble', 'state'],
    }),
  ),
  {
    source: 'Premature disconnect, 1. isolate the trouble first',
    facts: { ...premature, isolation: 'notYet' },
    rule: 'premature-disconnect-not-isolated',
    outcome: 'isolateFirst',
    steps: PREMATURE_STEPS,
  },
  {
    source: 'Premature disconnect, 1. … including a review of the premises equipment',
    facts: { ...premature, isolation: 'attNetwork', premisesReviewed: 'no' },
    rule: 'premature-disconnect-premises-not-reviewed',
    outcome: 'isolateFirst',
    steps: [...PREMATURE_STEPS, 'premises'],
  },
  {
    source: 'Premature disconnect, 2. only troubles isolated to AT&T’s network (CLEC side)',
    facts: { ...premature, isolation: 'clecOrEndUser' },
    rule: 'premature-disconnect-clec-side',
    outcome: 'troubleOnClecSide',
    steps: PREMATURE_STEPS,
  },
  {
    source: 'Premature disconnect, 2. call Center Contacts for the region and product type',
    facts: { ...premature, isolation: 'attNetwork', premisesReviewed: 'yes', state: 'FL' },
    rule: 'premature-disconnect',
    outcome: 'lnpCenterContacts',
    contactKey: { function: 'lnp', region: 'southeast', productType: 'loopWithLnp' },
    steps: [...PREMATURE_STEPS, 'premises', 'state'],
  },
  {
    source: 'Premature disconnect in Connecticut (historical East region)',
    facts: {
      ...premature,
      reqtyp: 'AB',
      isolation: 'attNetwork',
      premisesReviewed: 'yes',
      state: 'CT',
    },
    rule: 'premature-disconnect',
    outcome: 'lnpCenterContacts',
    contactKey: { function: 'lnp', region: 'east', productType: 'loop' },
    steps: [...PREMATURE_STEPS, 'premises', 'state'],
  },
  {
    source: 'Not yet worked with the Service Representative (billing)',
    facts: { problemKind: 'billing', workedWithServiceRep: 'no' },
    rule: 'service-rep-first',
    outcome: 'workWithServiceRep',
    steps: ['problem', 'serviceRep'],
  },
  {
    source: 'Not yet worked with the Service Representative (number port)',
    facts: { problemKind: 'lnp', accessTariff: 'no', workedWithServiceRep: 'no' },
    rule: 'service-rep-first',
    outcome: 'workWithServiceRep',
    steps: ['problem', 'accessTariff', 'serviceRep'],
  },
  {
    source: 'Expedites: CLEC Handbook',
    facts: { problemKind: 'expedite' },
    rule: 'expedite',
    outcome: 'expedites',
    steps: ['problem'],
  },
  ...(['serviceRequest', 'lsrReject', 'lnp'] as const).map((problemKind): Case => ({
    source: `Access Tariff CLECs: AT&T Business Prime-Access (${problemKind})`,
    facts: { problemKind, accessTariff: 'yes' },
    rule: 'access-tariff',
    outcome: 'accessTariff',
    steps: ['problem', 'accessTariff'],
  })),
  {
    source: 'Technical problems with the website: technical contact',
    facts: { problemKind: 'website' },
    rule: 'website',
    outcome: 'websiteSupport',
    steps: ['problem'],
  },
  {
    source: 'FOC not known: check the order’s status',
    facts: { ...ORDER, problemKind: 'serviceRequest', reqtyp: 'BB', focReceived: 'unknown' },
    rule: 'foc-unknown',
    outcome: 'checkOrderStatus',
    steps: [...ORDER_STEPS, 'foc'],
  },
  {
    source: 'Completion not known: check for the completion notice',
    facts: {
      ...ORDER,
      problemKind: 'serviceRequest',
      reqtyp: 'BB',
      focReceived: 'yes',
      completed: 'unknown',
    },
    rule: 'completion-unknown',
    outcome: 'checkOrderStatus',
    steps: [...ORDER_STEPS, 'foc', 'completion'],
  },
];

describe('route(): the Escalation Matrix, row by row', () => {
  it.each(CASES)('$source → $outcome ($rule)', (c) => {
    const { steps, decision } = walk(c.facts);
    expect(decision.rule.id).toBe(c.rule);
    expect(decision.outcome).toBe(c.outcome);
    expect(decision.contactKey).toEqual(c.contactKey);
    expect(steps).toEqual(c.steps);
  });

  it('has a case for every row of the table', () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });

  it('marks the centers of the matrix as escalations and the redirects as not', () => {
    const centers: OutcomeId[] = [
      'billing',
      'ordering',
      'provisioning',
      'maintenance',
      'mcpsc',
      'pfEscalationPolicy',
      'loopProvisioningContacts',
      'lnpCenterContacts',
    ];
    for (const c of CASES) {
      expect(walk(c.facts).decision.escalation, c.source).toBe(centers.includes(c.outcome));
    }
  });

  it('asks for the first missing answer, even when later answers are given', () => {
    expect(route({ reqtyp: 'AB', state: 'IL' })).toEqual({
      type: 'question',
      step: 'problem',
      field: 'problemKind',
    });
  });
});

/** Every value a routing question can take, in the order route() asks them. */
const CHOICES: { [F in keyof Answers]?: readonly NonNullable<Answers[F]>[] } = {
  problemKind: ProblemKind.options,
  accessTariff: YesNo.options,
  workedWithServiceRep: YesNo.options,
  reqtyp: Reqtyp.options,
  facilityIssue: YesNo.options,
  focReceived: YesNoUnknown.options,
  completed: YesNoUnknown.options,
  lnpTrouble: LnpTrouble.options,
  isolation: Isolation.options,
  premisesReviewed: YesNo.options,
  state: StateCode.options,
};

describe('route() is total', () => {
  it('reaches a decision for every answer to every question, and reaches every row', () => {
    const reached = new Set<string>();
    let paths = 0;
    const explore = (known: Answers): void => {
      const r = route(known);
      if (r.type === 'decision') {
        reached.add(r.decision.rule.id);
        paths++;
        return;
      }
      const values = CHOICES[r.field];
      if (!values) throw new Error(`route() asked ${r.field}, which has no enumerated values`);
      for (const value of values) explore({ ...known, [r.field]: value });
    };
    explore({});
    expect(paths).toBeGreaterThan(RULES.length);
    expect(reached).toEqual(new Set(RULES.map((r) => r.id)));
  });
});
