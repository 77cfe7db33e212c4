import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.ts';
import { PORTING_REQTYPS, StateCode, fieldStep } from './answers.ts';
import { PREMATURE_DISCONNECT_STATEMENT } from './outcomes.ts';
import { regionOf } from './regions.ts';
import {
  LEFT_BRANCHES,
  PREMATURE_DISCONNECT_ROUTING,
  ROUTING_CHOICES,
  everyRoutingPath,
} from './report.fixtures.ts';
import type { ContactKey } from './contacts.ts';
import type { Decision, OutcomeId, RoutingField } from './rules.ts';
import {
  ANY,
  OUTCOMES,
  ROUTING_FIELDS,
  RULES,
  allowedValues,
  isAllowed,
  isEscalation,
  route,
} from './rules.ts';

/**
 * Answers route()'s questions one at a time from `facts`, as the wizard does, and returns the
 * routing questions asked in order and the decision. Fails if a question is asked that `facts`
 * cannot answer, or the same question twice (an answer the question does not offer).
 */
function walk(facts: Answers): { asked: RoutingField[]; decision: Decision } {
  const known: Answers = {};
  const asked: RoutingField[] = [];
  for (;;) {
    const r = route(known);
    if (r.type === 'decision') return { asked, decision: r.decision };
    if (r.step !== fieldStep[r.field]) throw new Error(`${r.field} asked on step ${r.step}`);
    if (asked.includes(r.field)) throw new Error(`route() asked ${r.field} again`);
    const value = facts[r.field];
    if (value === undefined) throw new Error(`route() asked for ${r.field}, not in the case`);
    asked.push(r.field);
    Object.assign(known, { [r.field]: value });
  }
}

function decisionOf(answers: Answers): Decision {
  const r = route(answers);
  if (r.type !== 'decision') throw new Error(`route() still asks ${r.field}`);
  return r.decision;
}

interface Case {
  /** The source page's line (or the reading of it, docs/domain.md) the case stands for. */
  source: string;
  facts: Answers;
  rule: string;
  outcome: OutcomeId;
  contactKey?: ContactKey;
  asked: RoutingField[];
}

const SR = {
  problemKind: 'serviceRequest',
  accessTariff: 'no',
  workedWithServiceRep: 'yes',
} as const;
const SR_ASKED: RoutingField[] = ['problemKind', 'accessTariff', 'workedWithServiceRep', 'reqtyp'];
const COMPLETED = { focReceived: 'yes', completed: 'yes' } as const;
const TIMELINE_DONE: RoutingField[] = ['focReceived', 'completed', 'serviceAffected'];
const PD = { problemKind: 'lnp', lnpTrouble: 'prematureDisconnect' } as const;
const PD_ASKED: RoutingField[] = ['problemKind', 'lnpTrouble', 'isolation'];
const PORT = {
  problemKind: 'lnp',
  lnpTrouble: 'portOrder',
  accessTariff: 'no',
  workedWithServiceRep: 'yes',
} as const;
const PORT_ASKED: RoutingField[] = [
  'problemKind',
  'lnpTrouble',
  'accessTariff',
  'workedWithServiceRep',
  'reqtyp',
];
const ISOLATED = { isolation: 'attNetwork', premisesReviewed: 'yes' } as const;

const BEFORE_FOC = 'Service request before FOC: Ordering.';
const AFTER_FOC = 'Service request after FOC, before the completion date: Provisioning.';
const AFTER_COMPLETION = 'Service request after the completion date: Maintenance.';
const ISOLATE = 'Premature disconnect, 1. Isolate the trouble first';
const PREMISES = 'Premature disconnect, 1. … including a review of the premises equipment';
const ONLY_ATT = 'Premature disconnect, 2. If the trouble is isolated to AT&T’s network';

const CASES: Case[] = [
  {
    source: 'For technical problems with this website, contact the site’s technical contact.',
    facts: { problemKind: 'website' },
    rule: 'website',
    outcome: 'websiteSupport',
    asked: ['problemKind'],
  },
  {
    source: 'Expedites: see the CLEC Handbook',
    facts: { problemKind: 'expedite' },
    rule: 'expedite',
    outcome: 'expedites',
    asked: ['problemKind'],
  },
  {
    source: ISOLATE,
    facts: { ...PD, isolation: 'notYet' },
    rule: 'premature-disconnect-not-isolated',
    outcome: 'isolateFirst',
    asked: PD_ASKED,
  },
  {
    source: `${ONLY_ATT} (isolated to the CLEC or the end user)`,
    facts: { ...PD, isolation: 'clecOrEndUser' },
    rule: 'premature-disconnect-clec-side',
    outcome: 'troubleOnClecSide',
    asked: PD_ASKED,
  },
  {
    source: PREMISES,
    facts: { ...PD, isolation: 'attNetwork', premisesReviewed: 'no' },
    rule: 'premature-disconnect-premises-not-reviewed',
    outcome: 'isolateFirst',
    asked: [...PD_ASKED, 'premisesReviewed'],
  },
  {
    source: `${ONLY_ATT}, call the number in the Center Contacts list for the region and product type`,
    facts: { ...PD, ...ISOLATED, reqtyp: 'BB', state: 'FL' },
    rule: 'premature-disconnect',
    outcome: 'lnpCenterContacts',
    contactKey: { function: 'lnp', region: 'southeast', productType: 'loopWithLnp' },
    asked: [...PD_ASKED, 'premisesReviewed', 'reqtyp', 'state'],
  },
  {
    source: `${ONLY_ATT} (another REQTYP, Connecticut: the historical East region)`,
    facts: { ...PD, ...ISOLATED, reqtyp: 'other', state: 'CT' },
    rule: 'premature-disconnect',
    outcome: 'lnpCenterContacts',
    contactKey: { function: 'lnp', region: 'east', productType: 'other' },
    asked: [...PD_ASKED, 'premisesReviewed', 'reqtyp', 'state'],
  },
  ...(['serviceRequest', 'lsrReject'] as const).map((problemKind): Case => ({
    source: `CLECs that must order from the Access Tariff: AT&T Business Prime-Access (${problemKind})`,
    facts: { problemKind, accessTariff: 'yes' },
    rule: 'access-tariff',
    outcome: 'accessTariff',
    asked: ['problemKind', 'accessTariff'],
  })),
  ...(['portOrder', 'lrnCorrection'] as const).map((lnpTrouble): Case => ({
    source: `CLECs that must order from the Access Tariff: AT&T Business Prime-Access (LNP, ${lnpTrouble})`,
    facts: { problemKind: 'lnp', lnpTrouble, accessTariff: 'yes' },
    rule: 'access-tariff-lnp',
    outcome: 'accessTariff',
    asked: ['problemKind', 'lnpTrouble', 'accessTariff'],
  })),
  {
    source:
      'An escalation is a problem that was NOT resolved at the Service Representative level (billing)',
    facts: { problemKind: 'billing', workedWithServiceRep: 'no' },
    rule: 'service-rep-first',
    outcome: 'workWithServiceRep',
    asked: ['problemKind', 'workedWithServiceRep'],
  },
  ...(['serviceRequest', 'lsrReject'] as const).map((problemKind): Case => ({
    source: `An escalation is a problem that was NOT resolved at the Service Representative level (${problemKind})`,
    facts: { problemKind, accessTariff: 'no', workedWithServiceRep: 'no' },
    rule: 'service-rep-first',
    outcome: 'workWithServiceRep',
    asked: ['problemKind', 'accessTariff', 'workedWithServiceRep'],
  })),
  {
    source:
      'An escalation is a problem that was NOT resolved at the Service Representative level (LNP)',
    facts: { ...PORT, lnpTrouble: 'aAndD', workedWithServiceRep: 'no' },
    rule: 'service-rep-first',
    outcome: 'workWithServiceRep',
    asked: ['problemKind', 'lnpTrouble', 'accessTariff', 'workedWithServiceRep'],
  },
  {
    source: 'Billing issue: Billing.',
    facts: { problemKind: 'billing', workedWithServiceRep: 'yes', state: 'IL' },
    rule: 'billing',
    outcome: 'billing',
    contactKey: { function: 'billing', region: 'midwest', productType: 'all' },
    asked: ['problemKind', 'workedWithServiceRep', 'state'],
  },
  {
    source: 'Business process and rules for fatal errors: MCPSC',
    facts: { ...SR, problemKind: 'lsrReject', state: 'OH' },
    rule: 'fatal-errors',
    outcome: 'mcpsc',
    contactKey: { function: 'mcpsc', region: 'midwest', productType: 'all' },
    asked: ['problemKind', 'accessTariff', 'workedWithServiceRep', 'state'],
  },
  ...(['EB', 'MB'] as const).map((reqtyp): Case => ({
    source: `Resale and Local Wholesale Complete orders (REQTYP EB and MB): the PF Escalation Policy (${reqtyp}, held for facilities)`,
    facts: { ...SR, reqtyp, facilityIssue: 'yes' },
    rule: 'resale-lwc-facilities',
    outcome: 'pfEscalationPolicy',
    asked: [...SR_ASKED, 'facilityIssue'],
  })),
  {
    source: 'For Loop (Req Type=AB) facility issues, please utilize the provisioning contacts.',
    facts: { ...SR, reqtyp: 'AB', facilityIssue: 'yes', state: 'MI' },
    rule: 'loop-facilities',
    outcome: 'loopProvisioningContacts',
    contactKey: { function: 'provisioning', region: 'midwest', productType: 'loop' },
    asked: [...SR_ASKED, 'facilityIssue', 'state'],
  },
  {
    source: `${BEFORE_FOC} (BB: no facility question)`,
    facts: { ...SR, reqtyp: 'BB', focReceived: 'no', state: 'TX' },
    rule: 'before-foc',
    outcome: 'ordering',
    contactKey: { function: 'ordering', region: 'southwest', productType: 'loopWithLnp' },
    asked: [...SR_ASKED, 'focReceived', 'state'],
  },
  {
    source: `${BEFORE_FOC} (resale EB, not held for facilities)`,
    facts: { ...SR, reqtyp: 'EB', facilityIssue: 'no', focReceived: 'no', state: 'GA' },
    rule: 'before-foc',
    outcome: 'ordering',
    contactKey: { function: 'ordering', region: 'southeast', productType: 'resale' },
    asked: [...SR_ASKED, 'facilityIssue', 'focReceived', 'state'],
  },
  {
    source: 'Service request before FOC: Ordering. After FOC …: whether the FOC came is not known',
    facts: { ...SR, reqtyp: 'CB', focReceived: 'unknown' },
    rule: 'foc-unknown',
    outcome: 'checkOrderStatus',
    asked: [...SR_ASKED, 'focReceived'],
  },
  {
    source: `${AFTER_FOC} (CB)`,
    facts: { ...SR, reqtyp: 'CB', focReceived: 'yes', completed: 'no', state: 'CA' },
    rule: 'after-foc',
    outcome: 'provisioning',
    contactKey: { function: 'provisioning', region: 'west', productType: 'lnp' },
    asked: [...SR_ASKED, 'focReceived', 'completed', 'state'],
  },
  {
    source: `${AFTER_FOC} (LWC MB, not held for facilities)`,
    facts: {
      ...SR,
      reqtyp: 'MB',
      facilityIssue: 'no',
      focReceived: 'yes',
      completed: 'no',
      state: 'NV',
    },
    rule: 'after-foc',
    outcome: 'provisioning',
    contactKey: { function: 'provisioning', region: 'west', productType: 'lwc' },
    asked: [...SR_ASKED, 'facilityIssue', 'focReceived', 'completed', 'state'],
  },
  {
    source:
      'After FOC, before the completion date: Provisioning. After: Maintenance (completion not known)',
    facts: { ...SR, reqtyp: 'other', focReceived: 'yes', completed: 'unknown' },
    rule: 'completion-unknown',
    outcome: 'checkOrderStatus',
    asked: [...SR_ASKED, 'focReceived', 'completed'],
  },
  {
    source: `${AFTER_COMPLETION} (delivered wrong, service not affected: no isolation)`,
    facts: {
      ...SR,
      reqtyp: 'AB',
      facilityIssue: 'no',
      ...COMPLETED,
      serviceAffected: 'no',
      state: 'WI',
    },
    rule: 'after-completion-no-line-trouble',
    outcome: 'maintenance',
    contactKey: { function: 'maintenance', region: 'midwest', productType: 'loop' },
    asked: [...SR_ASKED, 'facilityIssue', ...TIMELINE_DONE, 'state'],
  },
  {
    source: `${AFTER_COMPLETION} Isolate the trouble first (resale EB)`,
    facts: {
      ...SR,
      reqtyp: 'EB',
      facilityIssue: 'no',
      ...COMPLETED,
      serviceAffected: 'yes',
      isolation: 'notYet',
    },
    rule: 'after-completion-not-isolated',
    outcome: 'isolateFirst',
    asked: [...SR_ASKED, 'facilityIssue', ...TIMELINE_DONE, 'isolation'],
  },
  {
    source: `${AFTER_COMPLETION} Only troubles isolated to AT&T’s network (CLEC side)`,
    facts: {
      ...SR,
      reqtyp: 'other',
      ...COMPLETED,
      serviceAffected: 'yes',
      isolation: 'clecOrEndUser',
    },
    rule: 'after-completion-clec-side',
    outcome: 'troubleOnClecSide',
    asked: [...SR_ASKED, ...TIMELINE_DONE, 'isolation'],
  },
  {
    source: `${AFTER_COMPLETION} Isolation includes the premises equipment`,
    facts: {
      ...SR,
      reqtyp: 'BB',
      ...COMPLETED,
      serviceAffected: 'yes',
      isolation: 'attNetwork',
      premisesReviewed: 'no',
    },
    rule: 'after-completion-premises-not-reviewed',
    outcome: 'isolateFirst',
    asked: [...SR_ASKED, ...TIMELINE_DONE, 'isolation', 'premisesReviewed'],
  },
  {
    source: `${AFTER_COMPLETION} (loop AB, line trouble isolated to AT&T)`,
    facts: {
      ...SR,
      reqtyp: 'AB',
      facilityIssue: 'no',
      ...COMPLETED,
      serviceAffected: 'yes',
      ...ISOLATED,
      state: 'GA',
    },
    rule: 'after-completion',
    outcome: 'maintenance',
    contactKey: { function: 'maintenance', region: 'southeast', productType: 'loop' },
    asked: [
      ...SR_ASKED,
      'facilityIssue',
      ...TIMELINE_DONE,
      'isolation',
      'premisesReviewed',
      'state',
    ],
  },
  {
    source: `${AFTER_COMPLETION} (LWC MB, line trouble isolated to AT&T)`,
    facts: {
      ...SR,
      reqtyp: 'MB',
      facilityIssue: 'no',
      ...COMPLETED,
      serviceAffected: 'yes',
      ...ISOLATED,
      state: 'MO',
    },
    rule: 'after-completion',
    outcome: 'maintenance',
    contactKey: { function: 'maintenance', region: 'southwest', productType: 'lwc' },
    asked: [
      ...SR_ASKED,
      'facilityIssue',
      ...TIMELINE_DONE,
      'isolation',
      'premisesReviewed',
      'state',
    ],
  },
  {
    source: `${BEFORE_FOC} (the port order itself)`,
    facts: { ...PORT, reqtyp: 'CB', focReceived: 'no', state: 'OH' },
    rule: 'port-order-before-foc',
    outcome: 'ordering',
    contactKey: { function: 'ordering', region: 'midwest', productType: 'lnp' },
    asked: [...PORT_ASKED, 'focReceived', 'state'],
  },
  {
    source: `${BEFORE_FOC} (port order, FOC not known)`,
    facts: { ...PORT, reqtyp: 'BB', focReceived: 'unknown' },
    rule: 'port-order-foc-unknown',
    outcome: 'checkOrderStatus',
    asked: [...PORT_ASKED, 'focReceived'],
  },
  {
    source: `${AFTER_FOC} (the port order itself)`,
    facts: { ...PORT, reqtyp: 'BB', focReceived: 'yes', completed: 'no', state: 'AR' },
    rule: 'port-order-after-foc',
    outcome: 'provisioning',
    contactKey: { function: 'provisioning', region: 'southwest', productType: 'loopWithLnp' },
    asked: [...PORT_ASKED, 'focReceived', 'completed', 'state'],
  },
  {
    source: `${AFTER_FOC} (port order, completion not known)`,
    facts: { ...PORT, reqtyp: 'AB', focReceived: 'yes', completed: 'unknown' },
    rule: 'port-order-completion-unknown',
    outcome: 'checkOrderStatus',
    asked: [...PORT_ASKED, 'focReceived', 'completed'],
  },
  {
    source: `${AFTER_COMPLETION} (port order delivered wrong)`,
    facts: { ...PORT, reqtyp: 'other', ...COMPLETED, serviceAffected: 'no', state: 'KY' },
    rule: 'port-order-after-completion-no-line-trouble',
    outcome: 'maintenance',
    contactKey: { function: 'maintenance', region: 'southeast', productType: 'other' },
    asked: [...PORT_ASKED, ...TIMELINE_DONE, 'state'],
  },
  {
    source: `${AFTER_COMPLETION} Isolate the trouble first (port order)`,
    facts: { ...PORT, reqtyp: 'CB', ...COMPLETED, serviceAffected: 'yes', isolation: 'notYet' },
    rule: 'port-order-after-completion-not-isolated',
    outcome: 'isolateFirst',
    asked: [...PORT_ASKED, ...TIMELINE_DONE, 'isolation'],
  },
  {
    source: `${AFTER_COMPLETION} Only troubles isolated to AT&T’s network (port order, CLEC side)`,
    facts: {
      ...PORT,
      reqtyp: 'CB',
      ...COMPLETED,
      serviceAffected: 'yes',
      isolation: 'clecOrEndUser',
    },
    rule: 'port-order-after-completion-clec-side',
    outcome: 'troubleOnClecSide',
    asked: [...PORT_ASKED, ...TIMELINE_DONE, 'isolation'],
  },
  {
    source: `${AFTER_COMPLETION} Isolation includes the premises equipment (port order)`,
    facts: {
      ...PORT,
      reqtyp: 'CB',
      ...COMPLETED,
      serviceAffected: 'yes',
      isolation: 'attNetwork',
      premisesReviewed: 'no',
    },
    rule: 'port-order-after-completion-premises-not-reviewed',
    outcome: 'isolateFirst',
    asked: [...PORT_ASKED, ...TIMELINE_DONE, 'isolation', 'premisesReviewed'],
  },
  {
    source: `${AFTER_COMPLETION} (port order, line trouble isolated to AT&T)`,
    facts: {
      ...PORT,
      reqtyp: 'CB',
      ...COMPLETED,
      serviceAffected: 'yes',
      ...ISOLATED,
      state: 'IN',
    },
    rule: 'port-order-after-completion',
    outcome: 'maintenance',
    contactKey: { function: 'maintenance', region: 'midwest', productType: 'lnp' },
    asked: [...PORT_ASKED, ...TIMELINE_DONE, 'isolation', 'premisesReviewed', 'state'],
  },
  ...(['aAndD', 'ds0Loop', 'lrnCorrection', 'complexTranslations', 'ds1AndAbove'] as const).map(
    (lnpTrouble): Case => ({
      source: `LNP escalations: ${lnpTrouble}`,
      facts: { ...PORT, lnpTrouble, reqtyp: 'CB', state: 'KS' },
      rule: 'lnp',
      outcome: 'lnpCenterContacts',
      contactKey: { function: 'lnp', region: 'southwest', productType: 'lnp' },
      asked: [...PORT_ASKED, 'state'],
    }),
  ),
];

describe('route(): the Escalation Matrix, row by row', () => {
  it.each(CASES)('$source → $outcome ($rule)', (c) => {
    const { asked, decision } = walk(c.facts);
    expect(decision.rule.id).toBe(c.rule);
    expect(decision.outcome).toBe(c.outcome);
    expect(decision.contactKey).toEqual(c.contactKey);
    expect(asked).toEqual(c.asked);
  });

  it('has a case for every row of the table', () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });

  it('gives every row a unique id, a reason and the source line it rests on', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.reason, rule.id).toMatch(/\S.*\.$/);
      expect(rule.source.section, rule.id).toMatch(/^Escalation Matrix/);
      expect(rule.source.text, rule.id).not.toBe('');
    }
  });

  it('names in its rows every routing field, and only routing fields', () => {
    const named = new Set(RULES.flatMap((r) => Object.keys(r.when)));
    expect(named).toEqual(new Set(ROUTING_FIELDS));
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
    for (const outcome of OUTCOMES)
      expect(isEscalation(outcome), outcome).toBe(centers.includes(outcome));
    for (const c of CASES)
      expect(walk(c.facts).decision.escalation, c.source).toBe(centers.includes(c.outcome));
  });

  it('asks for the first missing answer, even when later answers are given', () => {
    expect(route({ reqtyp: 'AB', state: 'IL' })).toEqual({
      type: 'question',
      step: 'problem',
      field: 'problemKind',
    });
    expect(route({ ...SR, state: 'IL', focReceived: 'no' })).toEqual({
      type: 'question',
      step: 'order',
      field: 'reqtyp',
    });
  });

  it('is pure: the same answers give the same route, and the answers are not changed', () => {
    const answers = Object.freeze({ ...PREMATURE_DISCONNECT_ROUTING, ...LEFT_BRANCHES });
    expect(route(answers)).toEqual(route({ ...answers }));
    expect(answers).toEqual({ ...PREMATURE_DISCONNECT_ROUTING, ...LEFT_BRANCHES });
  });
});

describe('a premature disconnect always ends in its own procedure', () => {
  it.each(PORTING_REQTYPS)(
    'asks the kind of trouble, isolation and premises, the REQTYP (%s) and the state only',
    (reqtyp) => {
      const { asked, decision } = walk({ ...PREMATURE_DISCONNECT_ROUTING, reqtyp });
      expect(asked).toEqual([
        'problemKind',
        'lnpTrouble',
        'isolation',
        'premisesReviewed',
        'reqtyp',
        'state',
      ]);
      expect(decision.rule.id).toBe('premature-disconnect');
      expect(decision.outcome).toBe('lnpCenterContacts');
    },
  );

  it('asks the isolation and the premises on the same step', () => {
    expect(fieldStep.isolation).toBe('isolation');
    expect(fieldStep.premisesReviewed).toBe('isolation');
    expect(route({ ...PD, isolation: 'attNetwork' })).toEqual({
      type: 'question',
      step: 'isolation',
      field: 'premisesReviewed',
    });
  });

  it('asks the REQTYP once the trouble is isolated to AT&T’s network, premises reviewed', () => {
    expect(route({ ...PD, ...ISOLATED })).toEqual({
      type: 'question',
      step: 'order',
      field: 'reqtyp',
    });
  });

  it('says the exact statement in its reason', () => {
    expect(decisionOf({ ...PREMATURE_DISCONNECT_ROUTING }).rule.reason).toContain(
      `“${PREMATURE_DISCONNECT_STATEMENT}”`,
    );
  });

  it('never asks the Access Tariff or the Service Representative on any branch', () => {
    const pd = everyRoutingPath().filter((p) => p.answers.lnpTrouble === 'prematureDisconnect');
    expect(pd.length).toBeGreaterThan(0);
    const asked = new Set(pd.flatMap((p) => p.asked));
    expect(asked).toEqual(
      new Set(['problemKind', 'lnpTrouble', 'isolation', 'premisesReviewed', 'reqtyp', 'state']),
    );
    expect(new Set(pd.map((p) => p.decision.outcome))).toEqual(
      new Set(['isolateFirst', 'troubleOnClecSide', 'lnpCenterContacts']),
    );
  });

  it('is never taken elsewhere by answers left from other branches', () => {
    const decision = decisionOf({ ...PREMATURE_DISCONNECT_ROUTING, ...LEFT_BRANCHES });
    expect(decision.rule.id).toBe('premature-disconnect');
    expect(decisionOf({ ...PD, ...LEFT_BRANCHES, isolation: 'notYet' }).outcome).toBe(
      'isolateFirst',
    );
    expect(decisionOf({ ...PD, ...LEFT_BRANCHES, isolation: 'clecOrEndUser' }).outcome).toBe(
      'troubleOnClecSide',
    );
  });
});

describe('the REQTYP of a number port', () => {
  it('offers only the products that port: AB, BB, CB and other', () => {
    expect(allowedValues('reqtyp', { problemKind: 'lnp' })).toEqual(['AB', 'BB', 'CB', 'other']);
  });

  it('offers every REQTYP for other problems, and narrows no other question', () => {
    expect(allowedValues('reqtyp', { problemKind: 'serviceRequest' })).toBeUndefined();
    expect(allowedValues('state', { problemKind: 'lnp' })).toBeUndefined();
    expect(allowedValues('lnpTrouble', { problemKind: 'lnp' })).toBeUndefined();
  });

  it.each<[string, Answers, boolean]>([
    ['resale EB on a number port', { problemKind: 'lnp', reqtyp: 'EB' }, false],
    ['LWC MB on a number port', { problemKind: 'lnp', reqtyp: 'MB' }, false],
    ['loop with LNP BB on a number port', { problemKind: 'lnp', reqtyp: 'BB' }, true],
    ['resale EB on a service request', { problemKind: 'serviceRequest', reqtyp: 'EB' }, true],
    ['no answer', { problemKind: 'lnp' }, false],
  ])('isAllowed: %s → %s', (_, answers, allowed) => {
    expect(isAllowed('reqtyp', answers)).toBe(allowed);
  });

  it.each<[string, Answers]>([
    ['a premature disconnect', { ...PREMATURE_DISCONNECT_ROUTING }],
    ['a port order', { ...PORT, focReceived: 'no', state: 'IL' }],
    ['an LRN correction', { ...PORT, lnpTrouble: 'lrnCorrection', state: 'IL' }],
  ])('asks again a resale or LWC REQTYP saved from an earlier branch (%s)', (_, answers) => {
    for (const reqtyp of ['EB', 'MB'] as const) {
      expect(route({ ...answers, reqtyp })).toEqual({
        type: 'question',
        step: 'order',
        field: 'reqtyp',
      });
    }
  });

  it('is asked with the porting choices only, on every number-port branch', () => {
    for (const path of everyRoutingPath().filter((p) => p.answers.problemKind === 'lnp')) {
      if (!path.asked.includes('reqtyp')) continue;
      expect(PORTING_REQTYPS as readonly string[]).toContain(path.answers.reqtyp);
      expect(allowedValues('reqtyp', path.answers)).toEqual(PORTING_REQTYPS);
    }
  });

  it('is never named by a number-port row with EB or MB', () => {
    for (const rule of RULES.filter((r) => r.when.problemKind?.includes('lnp'))) {
      const reqtyps = rule.when.reqtyp;
      if (reqtyps === undefined || reqtyps === ANY) continue;
      expect(reqtyps, rule.id).not.toContain('EB');
      expect(reqtyps, rule.id).not.toContain('MB');
    }
  });
});

describe('resale (EB) and LWC (MB) service requests', () => {
  it.each<[string, boolean]>([
    ['AB', true],
    ['EB', true],
    ['MB', true],
    ['BB', false],
    ['CB', false],
    ['other', false],
  ])('REQTYP %s is asked whether the order is held for facilities: %s', (reqtyp, asked) => {
    expect(route({ ...SR, reqtyp } as Answers)).toEqual(
      asked
        ? { type: 'question', step: 'facility', field: 'facilityIssue' }
        : { type: 'question', step: 'foc', field: 'focReceived' },
    );
  });

  it.each<[string, Answers, OutcomeId]>([
    ['no FOC', { focReceived: 'no' }, 'ordering'],
    ['FOC, not completed', { focReceived: 'yes', completed: 'no' }, 'provisioning'],
    ['completed, delivered wrong', { ...COMPLETED, serviceAffected: 'no' }, 'maintenance'],
    [
      'completed, line trouble',
      { ...COMPLETED, serviceAffected: 'yes', ...ISOLATED },
      'maintenance',
    ],
  ])('follow the FOC timeline when not held for facilities: %s → %s', (_, timeline, outcome) => {
    for (const [reqtyp, productType] of [
      ['EB', 'resale'],
      ['MB', 'lwc'],
    ] as const) {
      const decision = decisionOf({ ...SR, reqtyp, facilityIssue: 'no', ...timeline, state: 'TX' });
      expect(decision.outcome).toBe(outcome);
      expect(decision.contactKey).toEqual({ function: outcome, region: 'southwest', productType });
    }
  });
});

describe('after completion: is the end user’s service affected?', () => {
  const completed = { ...SR, reqtyp: 'BB', ...COMPLETED } as const;

  it('is asked once the order has completed', () => {
    expect(route(completed)).toEqual({
      type: 'question',
      step: 'serviceAffected',
      field: 'serviceAffected',
    });
  });

  it('no: goes to Maintenance with only the state asked, no isolation', () => {
    expect(route({ ...completed, serviceAffected: 'no' })).toEqual({
      type: 'question',
      step: 'state',
      field: 'state',
    });
    expect(decisionOf({ ...completed, serviceAffected: 'no', state: 'TX' }).outcome).toBe(
      'maintenance',
    );
  });

  it.each<[Answers, OutcomeId]>([
    [{ isolation: 'notYet' }, 'isolateFirst'],
    [{ isolation: 'clecOrEndUser' }, 'troubleOnClecSide'],
    [{ isolation: 'attNetwork', premisesReviewed: 'no' }, 'isolateFirst'],
    [{ ...ISOLATED, state: 'TX' }, 'maintenance'],
  ])('yes: isolation first, as for a premature disconnect (%o → %s)', (isolation, outcome) => {
    expect(route({ ...completed, serviceAffected: 'yes' })).toEqual({
      type: 'question',
      step: 'isolation',
      field: 'isolation',
    });
    expect(decisionOf({ ...completed, serviceAffected: 'yes', ...isolation }).outcome).toBe(
      outcome,
    );
  });
});

describe('the port order itself (lnpTrouble portOrder)', () => {
  it.each<[Answers, string, OutcomeId]>([
    [{ focReceived: 'no', state: 'IL' }, 'port-order-before-foc', 'ordering'],
    [{ focReceived: 'yes', completed: 'no', state: 'IL' }, 'port-order-after-foc', 'provisioning'],
  ])('follows the FOC timeline: %o → %s', (timeline, rule, outcome) => {
    for (const reqtyp of PORTING_REQTYPS) {
      const decision = decisionOf({ ...PORT, reqtyp, ...timeline });
      expect(decision.rule.id).toBe(rule);
      expect(decision.outcome).toBe(outcome);
    }
  });

  it('is asked the Access Tariff, then the Service Representative, then the REQTYP', () => {
    expect(walk({ ...PORT, reqtyp: 'CB', focReceived: 'no', state: 'IL' }).asked).toEqual([
      ...PORT_ASKED,
      'focReceived',
      'state',
    ]);
  });

  it('is never asked whether it is held for facilities', () => {
    const asked = everyRoutingPath()
      .filter((p) => p.answers.lnpTrouble === 'portOrder')
      .flatMap((p) => p.asked);
    expect(asked).not.toContain('facilityIssue');
  });
});

describe('the Access Tariff question', () => {
  const paths = everyRoutingPath();

  it('is asked for service requests, fatal errors and number ports other than a PD only', () => {
    const asks = (p: (typeof paths)[number]) =>
      p.answers.problemKind === 'serviceRequest' ||
      p.answers.problemKind === 'lsrReject' ||
      (p.answers.problemKind === 'lnp' && p.answers.lnpTrouble !== 'prematureDisconnect');
    for (const path of paths) {
      expect(path.asked.includes('accessTariff'), JSON.stringify(path.answers)).toBe(asks(path));
    }
  });

  it('names ordering and maintenance escalations in its reason (billing stays with Billing)', () => {
    const rows = RULES.filter((r) => r.outcome === 'accessTariff');
    expect(rows.map((r) => r.id)).toEqual(['access-tariff', 'access-tariff-lnp']);
    for (const row of rows) {
      expect(row.reason).toContain('ordering and maintenance escalations');
      expect(row.source.text).toContain('ordering and maintenance escalations');
      expect(row.when.problemKind).not.toContain('billing');
    }
  });
});

describe('the contact key', () => {
  it.each<[string, Answers]>([
    ['billing', { problemKind: 'billing', workedWithServiceRep: 'yes', state: 'IL' }],
    ['MCPSC', { ...SR, problemKind: 'lsrReject', state: 'IL' }],
  ])('is for all products on %s, even with a REQTYP left from another branch', (_, answers) => {
    for (const reqtyp of ['AB', 'EB', 'other'] as const) {
      expect(decisionOf({ ...answers, reqtyp }).contactKey?.productType).toBe('all');
    }
  });

  it('is set exactly for the escalations looked up in the Center Contacts list', () => {
    const looked: OutcomeId[] = [
      'billing',
      'ordering',
      'provisioning',
      'maintenance',
      'mcpsc',
      'loopProvisioningContacts',
      'lnpCenterContacts',
    ];
    for (const { decision, answers } of everyRoutingPath('OK')) {
      if (looked.includes(decision.outcome)) {
        expect(decision.contactKey?.region, decision.rule.id).toBe('southwest');
        expect(answers.state).toBe('OK');
      } else {
        expect(decision.contactKey, decision.rule.id).toBeUndefined();
      }
    }
  });

  it('takes the region from the state, and the state never changes the path', () => {
    const withState = everyRoutingPath().filter((p) => p.asked.includes('state'));
    expect(withState.length).toBeGreaterThan(0);
    for (const path of withState) {
      for (const state of StateCode.options) {
        const decision = decisionOf({ ...path.answers, state });
        expect(decision.rule.id).toBe(path.decision.rule.id);
        expect(decision.contactKey?.region).toBe(regionOf(state));
      }
    }
  });
});

describe('route() is total', () => {
  it('reaches a decision for every answer to every question, and reaches every row', () => {
    const reached = new Set<string>();
    let paths = 0;
    const explore = (known: Answers, depth: number): void => {
      expect(depth).toBeLessThanOrEqual(ROUTING_FIELDS.length);
      const r = route(known);
      if (r.type === 'decision') {
        reached.add(r.decision.rule.id);
        expect(r.decision.escalation).toBe(isEscalation(r.decision.outcome));
        paths++;
        return;
      }
      // Every value the schema allows, including those the question would not offer: they are
      // asked again, never decided on.
      const offered = allowedValues(r.field, known) as readonly string[] | undefined;
      const values = r.field === 'state' ? ['IL'] : (ROUTING_CHOICES[r.field] as readonly string[]);
      for (const value of values) {
        const next = { ...known, [r.field]: value };
        if (offered && !offered.includes(value)) {
          expect(route(next)).toEqual(r);
          continue;
        }
        explore(next, depth + 1);
      }
    };
    explore({}, 0);
    expect(paths).toBe(everyRoutingPath().length);
    expect(paths).toBeGreaterThan(RULES.length);
    expect(reached).toEqual(new Set(RULES.map((r) => r.id)));
  });

  it('asks every routing question on some branch', () => {
    expect(new Set(everyRoutingPath().flatMap((p) => p.asked))).toEqual(new Set(ROUTING_FIELDS));
  });

  it('asks no question twice on a branch', () => {
    for (const { asked } of everyRoutingPath()) expect(new Set(asked).size).toBe(asked.length);
  });
});
