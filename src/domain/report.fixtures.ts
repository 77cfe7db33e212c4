import type { Answers } from './answers.ts';
import {
  Isolation,
  LnpTrouble,
  ProblemKind,
  Reqtyp,
  StateCode,
  YesNo,
  YesNoUnknown,
} from './answers.ts';
import type { Decision, RoutingField } from './rules.ts';
import { allowedValues, route } from './rules.ts';

/*
 * Answer sets for the domain tests (and the benchmark): whole reports answered the way a CLEC desk
 * would, dates typed in both accepted forms, and every way through the routing questions.
 */

/** Every value each routing question can take; a routing field added without its values fails. */
export const ROUTING_CHOICES: { readonly [F in RoutingField]: readonly NonNullable<Answers[F]>[] } =
  {
    problemKind: ProblemKind.options,
    lnpTrouble: LnpTrouble.options,
    accessTariff: YesNo.options,
    workedWithServiceRep: YesNo.options,
    reqtyp: Reqtyp.options,
    facilityIssue: YesNo.options,
    focReceived: YesNoUnknown.options,
    completed: YesNoUnknown.options,
    serviceAffected: YesNo.options,
    isolation: Isolation.options,
    premisesReviewed: YesNo.options,
    state: StateCode.options,
  };

export interface RoutingPath {
  /** The routing answers given, one per question asked. */
  readonly answers: Answers;
  /** The routing questions route() asked, in order. */
  readonly asked: readonly RoutingField[];
  readonly decision: Decision;
}

/**
 * Every way through route()'s questions, breadth first: each question is answered with every
 * value it offers in its context (allowedValues()). The state only picks the region, never the
 * path (rules.test.ts holds route() to that), so one state stands for all 22.
 */
export function everyRoutingPath(state: StateCode = 'IL'): RoutingPath[] {
  const paths: RoutingPath[] = [];
  let open: { answers: Answers; asked: RoutingField[] }[] = [{ answers: {}, asked: [] }];
  while (open.length > 0) {
    const next: typeof open = [];
    for (const { answers, asked } of open) {
      const r = route(answers);
      if (r.type === 'decision') {
        paths.push({ answers, asked, decision: r.decision });
        continue;
      }
      const values: readonly string[] =
        r.field === 'state'
          ? [state]
          : (allowedValues(r.field, answers) ?? ROUTING_CHOICES[r.field]);
      for (const value of values) {
        next.push({ answers: { ...answers, [r.field]: value }, asked: [...asked, r.field] });
      }
    }
    open = next;
  }
  return paths;
}

/** The routing answers of a premature disconnect isolated to AT&T's network, premises reviewed. */
export const PREMATURE_DISCONNECT_ROUTING: Answers = {
  problemKind: 'lnp',
  lnpTrouble: 'prematureDisconnect',
  isolation: 'attNetwork',
  premisesReviewed: 'yes',
  reqtyp: 'BB',
  state: 'IL',
};

/** A premature disconnect of a pending port, every field of every step on its path answered. */
export const PREMATURE_DISCONNECT: Answers = {
  ...PREMATURE_DISCONNECT_ROUTING,
  pon: 'ABC-123',
  ver: '01',
  focReceived: 'yes',
  focDate: '11/20/2026',
  dueDate: '2026-11-24',
  telephoneNumbers: '(312) 555-0123\n312.555.0124, 312 555 0123',
  serviceOrders: 'N12345678 C87654321-CAN',
  symptoms: ['fastBusy', 'disconnectRecording'],
  symptomDetails: 'Callers hear a disconnect recording.\nStarted right after the 9:00 cut.',
  troubleStartDate: '11/25/2026',
  troubleStartTime: '9:30 am',
  troubleTimeZone: 'CT',
  ds1Disconnected: 'yes',
  circuitId: '',
  circuitIdUnknown: true,
  npacActivated: 'no',
  escalationLevel: 'second',
  attTicketNumbers: 'TT-1001, TT-1002',
  serviceRepName: 'Jane Doe',
  endUserName: 'Acme Dental',
  serviceAddress: '100 Main St\nChicago, IL 60601',
  contactName: 'Pat Lee',
  company: 'Example CLEC',
  companyCode: 'abc',
  callbackNumber: '(312) 555-0100',
  email: 'pat@example.com',
};

/**
 * Answers to steps a premature disconnect never asks, left in the draft from branches the user
 * tried first: none of them may route, show or be reported while the path is a PD.
 */
export const LEFT_BRANCHES: Answers = {
  accessTariff: 'yes',
  workedWithServiceRep: 'no',
  facilityIssue: 'yes',
  completed: 'yes',
  completionDate: '11/26/2026',
  serviceAffected: 'no',
  loopCircuitId: '12/LXFU/123456/SW',
  ban: '312 555-0100 999',
  billDate: '11/01/2026',
  disputedAmount: '99.00',
  claimNumber: 'CLM-1',
};

/** A billing issue, every field of every step on its path answered. */
export const BILLING: Answers = {
  problemKind: 'billing',
  workedWithServiceRep: 'yes',
  state: 'GA',
  ban: '404 555-0100 123',
  billDate: '2026-11-01',
  disputedAmount: '$1,234.5',
  claimNumber: 'CLM-77',
  telephoneNumbers: '404 555 0101',
  symptomDetails: 'Billed twice for the same port.\nA credit was promised on 10/15.',
  escalationLevel: 'first',
  attTicketNumbers: '',
  serviceRepName: 'Sam Ray',
  contactName: 'Pat Lee',
  company: 'Example CLEC',
  companyCode: '1234',
  callbackNumber: '312 555 0100',
  email: '',
};

/** A loop (AB) order completed with a line trouble isolated to AT&T: Maintenance. */
export const LOOP_MAINTENANCE: Answers = {
  problemKind: 'serviceRequest',
  accessTariff: 'no',
  workedWithServiceRep: 'yes',
  reqtyp: 'AB',
  pon: 'LOOP-7',
  ver: '02',
  facilityIssue: 'no',
  focReceived: 'yes',
  focDate: '11/02/2026',
  dueDate: '11/09/2026',
  completed: 'yes',
  completionDate: '11/09/2026',
  serviceAffected: 'yes',
  isolation: 'attNetwork',
  premisesReviewed: 'yes',
  state: 'TX',
  telephoneNumbers: '214 555 0142',
  serviceOrders: 'N55500011',
  loopCircuitId: ' 12/lxfu/123456/sw ',
  symptoms: ['noDialTone'],
  symptomDetails: '',
  troubleStartDate: '2026-11-10',
  troubleStartTime: '0700',
  troubleTimeZone: 'CT',
  escalationLevel: 'first',
  attTicketNumbers: 'TT-5',
  serviceRepName: '',
  endUserName: '',
  serviceAddress: '',
  contactName: 'Pat Lee',
  company: 'Example CLEC',
  companyCode: '',
  callbackNumber: '312 555 0100',
  email: 'pat@example.com',
};
