import { describe, expect, it } from 'vitest';
import type { Answers, StepId } from './answers.ts';
import {
  BILLING,
  LEFT_BRANCHES,
  LOOP_MAINTENANCE,
  PREMATURE_DISCONNECT,
  PREMATURE_DISCONNECT_ROUTING,
  everyRoutingPath,
} from './report.fixtures.ts';
import type { Decision } from './rules.ts';
import { route } from './rules.ts';
import { finalPage, planSteps, reachableStep } from './plan.ts';
import {
  asksEndUser,
  asksLoopCircuit,
  asksServiceOrders,
  asksSymptomChecklist,
  isPrematureDisconnect,
  reportSteps,
} from './steps.ts';

function decisionOf(answers: Answers): Decision {
  const r = route(answers);
  if (r.type !== 'decision') throw new Error(`route() still asks ${r.field}`);
  return r.decision;
}

const SR = {
  problemKind: 'serviceRequest',
  accessTariff: 'no',
  workedWithServiceRep: 'yes',
} as const;
const SR_STEPS: StepId[] = ['problem', 'accessTariff', 'serviceRep', 'order'];
const PORT = {
  problemKind: 'lnp',
  accessTariff: 'no',
  workedWithServiceRep: 'yes',
  reqtyp: 'CB',
  state: 'CA',
} as const;
const LNP_STEPS: StepId[] = ['problem', 'lnpTrouble', 'accessTariff', 'serviceRep', 'order'];
const REPORT: StepId[] = ['numbers', 'symptoms', 'escalation', 'contact'];

describe('planSteps: the order of the questions for each outcome', () => {
  it('starts with the problem question', () => {
    expect(planSteps({})).toEqual({ steps: ['problem'], next: 'problem', decision: undefined });
  });

  it.each<[string, Answers, StepId[]]>([
    ['billing', BILLING, ['problem', 'serviceRep', 'state', 'bill', ...REPORT]],
    [
      'ordering',
      { ...SR, reqtyp: 'BB', focReceived: 'no', state: 'GA' },
      [...SR_STEPS, 'foc', 'state', ...REPORT],
    ],
    [
      'provisioning',
      { ...SR, reqtyp: 'CB', focReceived: 'yes', completed: 'no', state: 'GA' },
      [...SR_STEPS, 'foc', 'completion', 'state', ...REPORT],
    ],
    [
      'maintenance, a line trouble (isolation asked)',
      LOOP_MAINTENANCE,
      [
        ...SR_STEPS,
        ...(['facility', 'foc', 'completion', 'serviceAffected', 'isolation', 'state'] as const),
        ...REPORT,
      ],
    ],
    [
      'maintenance, a completed order delivered wrong (no isolation)',
      {
        ...SR,
        reqtyp: 'BB',
        focReceived: 'yes',
        completed: 'yes',
        serviceAffected: 'no',
        state: 'GA',
      },
      [...SR_STEPS, 'foc', 'completion', 'serviceAffected', 'state', ...REPORT],
    ],
    [
      'mcpsc (the REQTYP, PON and VER as report fields)',
      { ...SR, problemKind: 'lsrReject', state: 'OH' },
      [
        'problem',
        'accessTariff',
        'serviceRep',
        'state',
        'order',
        'symptoms',
        'escalation',
        'contact',
      ],
    ],
    [
      'pfEscalationPolicy (the FOC as a report step)',
      { ...SR, reqtyp: 'MB', facilityIssue: 'yes' },
      [...SR_STEPS, 'facility', 'foc', ...REPORT],
    ],
    [
      'loopProvisioningContacts',
      { ...SR, reqtyp: 'AB', facilityIssue: 'yes', state: 'MI' },
      [...SR_STEPS, 'facility', 'state', 'foc', ...REPORT],
    ],
    [
      'lnpCenterContacts, premature disconnect (the DS1 question)',
      PREMATURE_DISCONNECT,
      [
        ...(['problem', 'lnpTrouble', 'isolation', 'order', 'state', 'foc'] as const),
        ...(['numbers', 'symptoms', 'ds1', 'escalation', 'contact'] as const),
      ],
    ],
    [
      'lnpCenterContacts, numbers on a DS1 (the DS1 question)',
      { ...PORT, lnpTrouble: 'ds1AndAbove' },
      [...LNP_STEPS, 'state', 'foc', 'numbers', 'symptoms', 'ds1', 'escalation', 'contact'],
    ],
    [
      'lnpCenterContacts, LRN correction (no DS1 question)',
      { ...PORT, lnpTrouble: 'lrnCorrection' },
      [...LNP_STEPS, 'state', 'foc', ...REPORT],
    ],
    [
      'provisioning of a port order',
      { ...PORT, lnpTrouble: 'portOrder', focReceived: 'yes', completed: 'no' },
      [...LNP_STEPS, 'foc', 'completion', 'state', ...REPORT],
    ],
    [
      'workWithServiceRep (no report steps)',
      { problemKind: 'billing', workedWithServiceRep: 'no' },
      ['problem', 'serviceRep'],
    ],
    [
      'checkOrderStatus (no report steps)',
      { ...SR, reqtyp: 'BB', focReceived: 'unknown' },
      [...SR_STEPS, 'foc'],
    ],
    ['expedites (no report steps)', { problemKind: 'expedite' }, ['problem']],
    [
      'accessTariff (no report steps)',
      { problemKind: 'serviceRequest', accessTariff: 'yes' },
      ['problem', 'accessTariff'],
    ],
    ['websiteSupport (no report steps)', { problemKind: 'website' }, ['problem']],
    [
      'isolateFirst, premature disconnect not isolated (no report steps)',
      { ...PREMATURE_DISCONNECT, isolation: 'notYet' },
      ['problem', 'lnpTrouble', 'isolation'],
    ],
    [
      'troubleOnClecSide after completion (no report steps)',
      { ...LOOP_MAINTENANCE, isolation: 'clecOrEndUser' },
      [...SR_STEPS, 'facility', 'foc', 'completion', 'serviceAffected', 'isolation'],
    ],
  ])('%s', (_, answers, steps) => {
    expect(planSteps(answers).steps).toEqual(steps);
  });

  it('asks every step at most once on every branch', () => {
    for (const { answers } of everyRoutingPath()) {
      const { steps } = planSteps(answers);
      expect(new Set(steps).size).toBe(steps.length);
    }
  });
});

describe('planSteps: the next step', () => {
  it('asks a page again when a change of branch makes what it holds incomplete', () => {
    // The checklist page saved no description; Provisioning asks for one.
    expect(planSteps(LOOP_MAINTENANCE).next).toBeUndefined();
    const provisioning = { ...LOOP_MAINTENANCE, completed: 'no' } as const;
    expect(planSteps(provisioning).decision?.outcome).toBe('provisioning');
    expect(planSteps(provisioning).next).toBe('symptoms');
    expect(planSteps({ ...provisioning, symptomDetails: 'Order not worked' }).next).toBeUndefined();
  });

  it('is the first unanswered routing step, then the first unanswered report step', () => {
    expect(planSteps({ ...PREMATURE_DISCONNECT_ROUTING, premisesReviewed: undefined }).next).toBe(
      'isolation',
    );
    expect(planSteps(PREMATURE_DISCONNECT_ROUTING).next).toBe('foc');
    expect(
      planSteps({
        ...PREMATURE_DISCONNECT,
        npacActivated: undefined,
        escalationLevel: undefined,
        attTicketNumbers: undefined,
        serviceRepName: undefined,
        endUserName: undefined,
        serviceAddress: undefined,
      }).next,
    ).toBe('escalation');
  });

  it('counts a report step answered only once every required field it shows is stored', () => {
    // The NPAC question is required for a PD: the other answers of its step do not answer it.
    expect(planSteps({ ...PREMATURE_DISCONNECT, npacActivated: undefined }).next).toBe(
      'escalation',
    );
    // It is not asked on other escalations: their step is answered without it.
    expect(planSteps({ ...LOOP_MAINTENANCE, npacActivated: undefined }).next).toBeUndefined();
  });

  it('asks the REQTYP again when a resale one is left from an earlier branch', () => {
    const plan = planSteps({ ...PREMATURE_DISCONNECT, reqtyp: 'EB' });
    expect(plan.next).toBe('order');
    expect(plan.decision).toBeUndefined();
    expect(plan.steps).toEqual(['problem', 'lnpTrouble', 'isolation', 'order']);
  });

  it('counts a step answered with every optional text left empty', () => {
    const plan = planSteps({
      ...BILLING,
      ban: '',
      billDate: '',
      disputedAmount: '',
      claimNumber: '',
    });
    expect(plan.next).toBeUndefined();
  });

  it('is undefined once every step that applies is answered, with the decision', () => {
    const plan = planSteps(PREMATURE_DISCONNECT);
    expect(plan.next).toBeUndefined();
    expect(plan.decision?.rule.id).toBe('premature-disconnect');
  });

  it('keeps the answers of a branch the user left, and counts them again on coming back', () => {
    const lrn: Answers = {
      ...PREMATURE_DISCONNECT,
      lnpTrouble: 'lrnCorrection',
      accessTariff: 'no',
      workedWithServiceRep: 'yes',
    };
    const left = planSteps(lrn);
    expect(left.steps).not.toContain('isolation');
    expect(left.steps).not.toContain('ds1');
    expect(left.next).toBeUndefined();
    const back = planSteps({ ...lrn, lnpTrouble: 'prematureDisconnect' });
    expect(back.steps).toEqual(planSteps(PREMATURE_DISCONNECT).steps);
    expect(back.next).toBeUndefined();
  });

  it('ignores answers to steps off the path', () => {
    expect(planSteps({ ...PREMATURE_DISCONNECT, ...LEFT_BRANCHES })).toEqual(
      planSteps(PREMATURE_DISCONNECT),
    );
  });
});

describe('reportSteps', () => {
  it.each<[string, Answers, boolean]>([
    ['a premature disconnect', PREMATURE_DISCONNECT_ROUTING, true],
    ['numbers riding a DS1', { ...PORT, lnpTrouble: 'ds1AndAbove' }, true],
    ['an LRN correction', { ...PORT, lnpTrouble: 'lrnCorrection' }, false],
    ['complex translations', { ...PORT, lnpTrouble: 'complexTranslations' }, false],
  ])('asks the DS1 question for %s: %s', (_, answers, ds1) => {
    expect(reportSteps(decisionOf(answers), answers).includes('ds1')).toBe(ds1);
  });

  it('adds no report step to a redirect', () => {
    for (const { decision, answers } of everyRoutingPath()) {
      if (!decision.escalation)
        expect(reportSteps(decision, answers), decision.rule.id).toEqual([]);
      else expect(reportSteps(decision, answers).at(-1), decision.rule.id).toBe('contact');
    }
  });
});

describe('the predicates the questions depend on', () => {
  it.each<[Answers, boolean]>([
    [{ problemKind: 'lnp', lnpTrouble: 'prematureDisconnect' }, true],
    [{ problemKind: 'lnp', lnpTrouble: 'portOrder' }, false],
    [{ problemKind: 'serviceRequest', lnpTrouble: 'prematureDisconnect' }, false],
    [{ problemKind: 'lnp' }, false],
  ])('isPrematureDisconnect(%o) is %s', (answers, pd) => {
    expect(isPrematureDisconnect(answers)).toBe(pd);
  });

  it.each<[string, Answers, boolean]>([
    ['a line trouble after completion', LOOP_MAINTENANCE, true],
    [
      'a completed order delivered wrong',
      {
        ...SR,
        reqtyp: 'BB',
        focReceived: 'yes',
        completed: 'yes',
        serviceAffected: 'no',
        state: 'GA',
      },
      false,
    ],
    ['a premature disconnect', PREMATURE_DISCONNECT_ROUTING, true],
    ['numbers riding a DS1', { ...PORT, lnpTrouble: 'ds1AndAbove' }, true],
    ['an LRN correction', { ...PORT, lnpTrouble: 'lrnCorrection' }, false],
    ['an order before the FOC', { ...SR, reqtyp: 'BB', focReceived: 'no', state: 'GA' }, false],
    ['billing', BILLING, false],
  ])('asksSymptomChecklist: %s → %s', (_, answers, checklist) => {
    expect(asksSymptomChecklist(decisionOf(answers), answers)).toBe(checklist);
  });

  it('asks no symptom checklist, loop circuit or end user before the decision', () => {
    expect(asksSymptomChecklist(undefined, LOOP_MAINTENANCE)).toBe(false);
    expect(asksLoopCircuit(undefined, LOOP_MAINTENANCE)).toBe(false);
    expect(asksEndUser(undefined)).toBe(false);
  });

  it.each<[Answers, boolean]>([
    [{ focReceived: 'yes' }, true],
    [{ focReceived: 'no' }, false],
    [{ focReceived: 'unknown' }, false],
    [{}, false],
  ])('asksServiceOrders(%o) is %s: AT&T’s service orders come with the FOC', (answers, asks) => {
    expect(asksServiceOrders(answers)).toBe(asks);
  });

  it('asks the loop circuit ID exactly for AB and BB orders in provisioning or maintenance', () => {
    const outcomes = ['provisioning', 'maintenance', 'loopProvisioningContacts'];
    let asked = 0;
    for (const { decision, answers } of everyRoutingPath()) {
      // A loop REQTYP left from another branch never makes billing or MCPSC ask it.
      const withStale = { reqtyp: 'AB' as const, ...answers };
      const expected =
        (withStale.reqtyp === 'AB' || withStale.reqtyp === 'BB') &&
        outcomes.includes(decision.outcome) &&
        answers.reqtyp !== undefined;
      expect(asksLoopCircuit(decision, withStale), decision.rule.id).toBe(expected);
      if (expected) asked++;
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('asks the end user for every escalation but billing and MCPSC', () => {
    for (const { decision } of everyRoutingPath()) {
      expect(asksEndUser(decision), decision.rule.id).toBe(
        decision.outcome !== 'billing' && decision.outcome !== 'mcpsc',
      );
    }
  });
});

describe('reachableStep (deep links)', () => {
  it('opens a step that is answered or next', () => {
    expect(reachableStep('lnpTrouble', PREMATURE_DISCONNECT_ROUTING)).toBe('lnpTrouble');
    expect(reachableStep('foc', PREMATURE_DISCONNECT_ROUTING)).toBe('foc');
  });

  it('sends a link past the next question to that question', () => {
    expect(reachableStep('contact', {})).toBe('problem');
    expect(reachableStep('contact', PREMATURE_DISCONNECT_ROUTING)).toBe('foc');
  });

  it('sends a link to a step off the current path to the next question', () => {
    expect(reachableStep('facility', PREMATURE_DISCONNECT_ROUTING)).toBe('foc');
    expect(reachableStep('accessTariff', PREMATURE_DISCONNECT_ROUTING)).toBe('foc');
  });

  it('sends a link off the path of a finished journey to its final page', () => {
    expect(reachableStep('facility', PREMATURE_DISCONNECT)).toBe('check');
    expect(reachableStep('state', { problemKind: 'expedite' })).toBe('result');
  });
});

describe('finalPage', () => {
  it('checks the answers of an escalation before its result', () => {
    expect(finalPage(planSteps(PREMATURE_DISCONNECT))).toBe('check');
  });

  it('shows a redirect’s result directly', () => {
    expect(finalPage(planSteps({ problemKind: 'website' }))).toBe('result');
  });
});
