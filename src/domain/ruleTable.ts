import type { Answers, FieldName, Reqtyp } from './answers.ts';
import { PORTING_REQTYPS } from './answers.ts';

/*
 * AT&T's Escalation Matrix as data (rules.ts reads it: route()). Each row can be held against the source page: `source` quotes
 * the line it rests on, `when` lists the answers it needs, `reason` says why in plain words.
 * docs/domain.md holds the page's rows and the readings of it these rows rest on.
 *
 * How the table is read (route()): rows are tried top to bottom. A row whose conditions all hold
 * is the decision. A row with a condition that fails is skipped. A row whose conditions hold so
 * far but that needs an answer not given yet stops the search: that answer's step is the next
 * question. So the order of the rows is the order of precedence, and the order of the conditions
 * in a row is the order the questions are asked.
 */

/** The routing facts the rules test: the answer fields a row may name. */
export const ROUTING_FIELDS = [
  'problemKind',
  'lnpTrouble',
  'accessTariff',
  'workedWithServiceRep',
  'reqtyp',
  'facilityIssue',
  'focReceived',
  'completed',
  'serviceAffected',
  'isolation',
  'premisesReviewed',
  'state',
] as const satisfies readonly FieldName[];
export type RoutingField = (typeof ROUTING_FIELDS)[number];

/** Any answer at all: the row needs the fact (e.g. the state, for the region) but not a value. */
export const ANY = '*';

export type Condition = { [F in RoutingField]?: readonly NonNullable<Answers[F]>[] | typeof ANY };

/** Escalations: a center of the Escalation Matrix. */
export const ESCALATION_OUTCOMES = [
  'billing',
  'ordering',
  'provisioning',
  'maintenance',
  'mcpsc',
  'pfEscalationPolicy',
  'loopProvisioningContacts',
  'lnpCenterContacts',
] as const;

/** Not escalations: the user is sent elsewhere first. */
const REDIRECT_OUTCOMES = [
  'workWithServiceRep',
  'checkOrderStatus',
  'expedites',
  'accessTariff',
  'websiteSupport',
  'isolateFirst',
  'troubleOnClecSide',
] as const;

export const OUTCOMES = [...ESCALATION_OUTCOMES, ...REDIRECT_OUTCOMES] as const;
export type OutcomeId = (typeof OUTCOMES)[number];

export interface SourceLine {
  /** Where on the source page. */
  readonly section: string;
  /** The line, as the page puts it. */
  readonly text: string;
}

export interface Rule {
  readonly id: string;
  readonly when: Condition;
  readonly outcome: OutcomeId;
  readonly reason: string;
  readonly source: SourceLine;
}

const MATRIX = 'Escalation Matrix';
const LNP = 'Escalation Matrix > LNP escalations';
const PREMATURE = 'Escalation Matrix > Premature disconnect of pending LNP conversion';

const ALL_REQTYPS = ['AB', 'BB', 'CB', 'EB', 'MB', 'other'] as const satisfies readonly Reqtyp[];
const OTHER_LNP_TROUBLES = [
  'aAndD',
  'ds0Loop',
  'lrnCorrection',
  'complexTranslations',
  'ds1AndAbove',
] as const;

const PREMATURE_DISCONNECT = {
  problemKind: ['lnp'],
  lnpTrouble: ['prematureDisconnect'],
} as const satisfies Condition;

const ISOLATE: SourceLine = {
  section: PREMATURE,
  text: '1. Isolate the trouble first, including a review of the premises equipment.',
};
/** The same step, applied to any line or circuit trouble after completion (docs/domain.md). */
const ISOLATE_LINE_TROUBLE: SourceLine = {
  section: `${PREMATURE}, step 1, applied to line troubles after completion`,
  text: ISOLATE.text,
};
const CALL_WHEN_ISOLATED_LINE_TROUBLE: SourceLine = {
  section: `${PREMATURE}, step 2, applied to line troubles after completion`,
  text: 'If the trouble is isolated to AT&T’s network (translation issues included), call the number in the Center Contacts list for the right region and product type.',
};
const CALL_WHEN_ISOLATED: SourceLine = {
  section: PREMATURE,
  text: '2. If the trouble is isolated to AT&T’s network (translation issues included), call the number in the Center Contacts list for the right region and product type.',
};

/**
 * A premature disconnect has its own reporting procedure whose only precondition is isolation:
 * the end user is out of service, so it is never sent to the Service Representative first, and
 * no other row (resale, Access Tariff) may take it (docs/domain.md).
 */
const PREMATURE_DISCONNECT_RULES: readonly Rule[] = [
  {
    id: 'premature-disconnect-not-isolated',
    when: { ...PREMATURE_DISCONNECT, isolation: ['notYet'] },
    outcome: 'isolateFirst',
    reason:
      'For a premature disconnect, AT&T asks the CLEC to isolate the trouble first, including a review of the premises equipment.',
    source: ISOLATE,
  },
  {
    id: 'premature-disconnect-clec-side',
    when: { ...PREMATURE_DISCONNECT, isolation: ['clecOrEndUser'] },
    outcome: 'troubleOnClecSide',
    reason:
      'The trouble was isolated to your network or the end user’s premises, not AT&T’s: AT&T escalates only troubles isolated to its network.',
    source: CALL_WHEN_ISOLATED,
  },
  {
    id: 'premature-disconnect-premises-not-reviewed',
    when: { ...PREMATURE_DISCONNECT, isolation: ['attNetwork'], premisesReviewed: ['no'] },
    outcome: 'isolateFirst',
    reason:
      'Isolation must include a review of the premises equipment. Review it first; escalate if the trouble is still in AT&T’s network.',
    source: ISOLATE,
  },
  {
    id: 'premature-disconnect',
    when: {
      ...PREMATURE_DISCONNECT,
      isolation: ['attNetwork'],
      premisesReviewed: ['yes'],
      reqtyp: PORTING_REQTYPS,
      state: ANY,
    },
    outcome: 'lnpCenterContacts',
    reason:
      'A premature disconnect of a pending number port, isolated to AT&T’s network: call the Center Contacts number for your region and product type, and say “Premature disconnect of pending LNP conversion”.',
    source: CALL_WHEN_ISOLATED,
  },
];

interface OrderSubject {
  /** Prefix of the rows' ids. */
  readonly id: string;
  /** What makes the problem an order of this kind, up to and including the REQTYP. */
  readonly when: Condition;
  /** How the reason names the order. */
  readonly noun: string;
}

/**
 * "Service request before FOC: Ordering; after FOC, before completion: Provisioning; after
 * completion: Maintenance" for one kind of order. After completion, only a line or circuit
 * trouble goes through isolation (docs/domain.md, Readings): wrong features, records or a
 * missing completion notice go to Maintenance directly.
 */
function orderTimeline({ id, when, noun }: OrderSubject): Rule[] {
  const completed = { ...when, focReceived: ['yes'], completed: ['yes'] } as const;
  const affected = { ...completed, serviceAffected: ['yes'] } as const;
  return [
    {
      id: `${id}before-foc`,
      when: { ...when, focReceived: ['no'], state: ANY },
      outcome: 'ordering',
      reason: `AT&T has not sent the Firm Order Confirmation (FOC) yet, so the ${noun} is with Ordering.`,
      source: { section: MATRIX, text: 'Service request before FOC: Ordering.' },
    },
    {
      id: `${id}foc-unknown`,
      when: { ...when, focReceived: ['unknown'] },
      outcome: 'checkOrderStatus',
      reason: `Which center handles the ${noun} depends on whether AT&T has sent the FOC and whether the order has completed. Check the order’s status (your LSR responses, or the Service Representative) first, then come back.`,
      source: {
        section: MATRIX,
        text: 'Service request before FOC: Ordering. After FOC, before completion: Provisioning. After completion: Maintenance.',
      },
    },
    {
      id: `${id}after-foc`,
      when: { ...when, focReceived: ['yes'], completed: ['no'], state: ANY },
      outcome: 'provisioning',
      reason: `AT&T has sent the FOC but the order has not completed, so the ${noun} is with Provisioning.`,
      source: {
        section: MATRIX,
        text: 'Service request after FOC, before the completion date: Provisioning.',
      },
    },
    {
      id: `${id}completion-unknown`,
      when: { ...when, focReceived: ['yes'], completed: ['unknown'] },
      outcome: 'checkOrderStatus',
      reason:
        'After the FOC, the center depends on whether the order has completed: Provisioning before completion, Maintenance after. Check for AT&T’s completion notice first, then come back.',
      source: {
        section: MATRIX,
        text: 'After FOC, before the completion date: Provisioning. After the completion date: Maintenance.',
      },
    },
    {
      id: `${id}after-completion-no-line-trouble`,
      when: { ...completed, serviceAffected: ['no'], state: ANY },
      outcome: 'maintenance',
      reason:
        'The order has completed and the problem is with what was delivered (features, records, the completion notice), not a line or circuit trouble: Maintenance handles it, with no isolation needed.',
      source: { section: MATRIX, text: 'Service request after the completion date: Maintenance.' },
    },
    {
      id: `${id}after-completion-not-isolated`,
      when: { ...affected, isolation: ['notYet'] },
      outcome: 'isolateFirst',
      reason:
        'Before a trouble on a completed service is escalated, isolate it — premises equipment included — so the escalation reaches the network that has the fault.',
      source: ISOLATE_LINE_TROUBLE,
    },
    {
      id: `${id}after-completion-clec-side`,
      when: { ...affected, isolation: ['clecOrEndUser'] },
      outcome: 'troubleOnClecSide',
      reason:
        'The trouble was isolated to your network or the end user’s premises: it is not AT&T’s to fix, so there is nothing to escalate.',
      source: CALL_WHEN_ISOLATED_LINE_TROUBLE,
    },
    {
      id: `${id}after-completion-premises-not-reviewed`,
      when: { ...affected, isolation: ['attNetwork'], premisesReviewed: ['no'] },
      outcome: 'isolateFirst',
      reason:
        'Isolation must include a review of the premises equipment. Review it first; escalate if the trouble is still in AT&T’s network.',
      source: ISOLATE_LINE_TROUBLE,
    },
    {
      id: `${id}after-completion`,
      when: { ...affected, isolation: ['attNetwork'], premisesReviewed: ['yes'], state: ANY },
      outcome: 'maintenance',
      reason: `The order has completed and the trouble is isolated to AT&T’s network, so the ${noun} is with Maintenance.`,
      source: { section: MATRIX, text: 'Service request after the completion date: Maintenance.' },
    },
  ];
}

/** The Access Tariff's row: its ordering and maintenance escalations are Prime-Access's. */
const ACCESS_TARIFF = {
  outcome: 'accessTariff',
  reason:
    'You order this service from the Access Tariff, so its ordering and maintenance escalations go to AT&T Business Prime-Access, not to the wholesale centers.',
  source: {
    section: MATRIX,
    text: 'CLECs that must order from the Access Tariff: ordering and maintenance escalations are at AT&T Business Prime-Access.',
  },
} as const;

export const RULES: readonly Rule[] = [
  {
    id: 'website',
    when: { problemKind: ['website'] },
    outcome: 'websiteSupport',
    reason:
      'Technical problems with the website itself are not escalations: they go to the site’s technical contact.',
    source: {
      section: MATRIX,
      text: 'For technical problems with this website, contact the site’s technical contact.',
    },
  },
  {
    id: 'expedite',
    when: { problemKind: ['expedite'] },
    outcome: 'expedites',
    reason:
      'Expedites are not handled through the Escalation Matrix: the CLEC Handbook describes how to request one.',
    source: {
      section: MATRIX,
      text: 'Expedites: see the CLEC Handbook, Ordering > General Ordering (UNE or Resale) > Expedites.',
    },
  },
  ...PREMATURE_DISCONNECT_RULES,
  {
    id: 'access-tariff',
    when: { problemKind: ['serviceRequest', 'lsrReject'], accessTariff: ['yes'] },
    ...ACCESS_TARIFF,
  },
  {
    id: 'access-tariff-lnp',
    when: {
      problemKind: ['lnp'],
      lnpTrouble: ['portOrder', ...OTHER_LNP_TROUBLES],
      accessTariff: ['yes'],
    },
    ...ACCESS_TARIFF,
  },
  {
    id: 'service-rep-first',
    when: {
      problemKind: ['billing', 'serviceRequest', 'lsrReject', 'lnp'],
      workedWithServiceRep: ['no'],
    },
    outcome: 'workWithServiceRep',
    reason:
      'An escalation is a problem that was not resolved to your satisfaction at the AT&T Service Representative level. Work it with the Service Representative first; escalate if it is not resolved.',
    source: {
      section: MATRIX,
      text: 'An escalation is a problem that was NOT resolved to the CLEC’s satisfaction at the AT&T Service Representative level.',
    },
  },
  {
    id: 'billing',
    when: { problemKind: ['billing'], workedWithServiceRep: ['yes'], state: ANY },
    outcome: 'billing',
    reason: 'Billing issues are escalated to the Billing center.',
    source: { section: MATRIX, text: 'Billing issue: Billing.' },
  },
  {
    id: 'fatal-errors',
    when: { problemKind: ['lsrReject'], workedWithServiceRep: ['yes'], state: ANY },
    outcome: 'mcpsc',
    reason:
      'Questions on the business process and rules behind fatal errors (mechanized LSR rejects) are escalated to the Mechanized Customer Production Support Center (MCPSC).',
    source: {
      section: MATRIX,
      text: 'Business process and rules for fatal errors: MCPSC (Mechanized Customer Production Support Center).',
    },
  },
  {
    id: 'resale-lwc-facilities',
    when: {
      problemKind: ['serviceRequest'],
      workedWithServiceRep: ['yes'],
      reqtyp: ['EB', 'MB'],
      facilityIssue: ['yes'],
    },
    outcome: 'pfEscalationPolicy',
    reason:
      'Resale (REQTYP EB) and Local Wholesale Complete (REQTYP MB) orders held for facilities follow the PF (pending facilities) Escalation Policy rather than the matrix’s centers.',
    source: {
      section: MATRIX,
      text: 'Resale and Local Wholesale Complete orders (REQTYP EB and MB): the PF Escalation Policy — CLEC Online > Customer Service Contact; Accessible Letters CLECALL15-013 and CLECSE15-042.',
    },
  },
  {
    id: 'loop-facilities',
    when: {
      problemKind: ['serviceRequest'],
      workedWithServiceRep: ['yes'],
      reqtyp: ['AB'],
      facilityIssue: ['yes'],
      state: ANY,
    },
    outcome: 'loopProvisioningContacts',
    reason:
      'Loop orders (REQTYP AB) with facility issues are escalated to the provisioning contacts in the Center Contacts list.',
    source: {
      section: MATRIX,
      text: 'For Loop (Req Type=AB) facility issues, please utilize the provisioning contacts.',
    },
  },
  ...orderTimeline({
    id: '',
    when: { problemKind: ['serviceRequest'], workedWithServiceRep: ['yes'], reqtyp: ALL_REQTYPS },
    noun: 'service request',
  }),
  ...orderTimeline({
    id: 'port-order-',
    when: {
      problemKind: ['lnp'],
      lnpTrouble: ['portOrder'],
      workedWithServiceRep: ['yes'],
      reqtyp: PORTING_REQTYPS,
    },
    noun: 'port order',
  }),
  {
    id: 'lnp',
    when: {
      problemKind: ['lnp'],
      lnpTrouble: OTHER_LNP_TROUBLES,
      workedWithServiceRep: ['yes'],
      reqtyp: PORTING_REQTYPS,
      state: ANY,
    },
    outcome: 'lnpCenterContacts',
    reason:
      'LNP escalations — orders in the LNP A&D process, LNP on DS0-level loops, LRN corrections, numbers with complex translations and numbers riding DS1-and-above circuits — go to the LNP number in the Center Contacts list for your region and product type.',
    source: {
      section: LNP,
      text: 'LNP escalations: orders in the LNP "A&D" process; LNP on DS0-level loops; LRN corrections; numbers with complex translations (route indexes, trunk groups, hunt groups); numbers riding "S1 and above" circuits before conversion.',
    },
  },
];
