import { describe, expect, it } from 'vitest';
import type { Answers, StepId } from './answers.ts';
import { finalPage, planSteps, pruneAnswers, reachableStep } from './steps.ts';

const ORDER = { accessTariff: 'no', workedWithServiceRep: 'yes' } as const;
const ORDER_STEPS: StepId[] = ['problem', 'accessTariff', 'serviceRep', 'product'];

const prematureDisconnect: Answers = {
  ...ORDER,
  problemKind: 'lnp',
  reqtyp: 'CB',
  lnpTrouble: 'prematureDisconnect',
  isolation: 'attNetwork',
  premisesReviewed: 'yes',
  state: 'IL',
};
const PREMATURE_ROUTING: StepId[] = [
  ...ORDER_STEPS,
  'lnpTrouble',
  'isolation',
  'premises',
  'state',
];

const maintenance: Answers = {
  ...ORDER,
  problemKind: 'serviceRequest',
  reqtyp: 'BB',
  focReceived: 'yes',
  completed: 'yes',
  isolation: 'attNetwork',
  premisesReviewed: 'yes',
  state: 'TX',
};

/** Every report step of the premature-disconnect path, answered. */
const prematureReport: Answers = {
  pon: 'ABC123',
  focReceived: 'yes',
  dueDate: '2026-11-24',
  telephoneNumbers: '312-555-0123',
  serviceOrders: '',
  symptoms: ['disconnectRecording'],
  symptomDetails: '',
  ds1Disconnected: 'no',
  contactName: 'Pat Lee',
  company: 'Example CLEC',
  callbackNumber: '312-555-0100',
};

describe('planSteps', () => {
  it('starts with the problem question', () => {
    expect(planSteps({})).toEqual({ steps: ['problem'], next: 'problem', decision: undefined });
  });

  it.each<[string, Answers, StepId[]]>([
    [
      'billing',
      { problemKind: 'billing', workedWithServiceRep: 'yes', state: 'GA' },
      ['problem', 'serviceRep', 'state', 'telephoneNumbers', 'symptoms', 'contact'],
    ],
    [
      'ordering',
      { ...ORDER, problemKind: 'serviceRequest', reqtyp: 'BB', focReceived: 'no', state: 'GA' },
      [...ORDER_STEPS, 'foc', 'state', 'order', 'telephoneNumbers', 'symptoms', 'contact'],
    ],
    [
      'maintenance',
      maintenance,
      [
        ...ORDER_STEPS,
        ...(['foc', 'completion', 'isolation', 'premises', 'state'] as const),
        ...(['order', 'telephoneNumbers', 'serviceOrders', 'symptoms', 'contact'] as const),
      ],
    ],
    [
      'mcpsc',
      { ...ORDER, problemKind: 'lsrReject', state: 'OH' },
      ['problem', 'accessTariff', 'serviceRep', 'state', 'order', 'symptoms', 'contact'],
    ],
    [
      'pfEscalationPolicy',
      { ...ORDER, problemKind: 'serviceRequest', reqtyp: 'MB' },
      [...ORDER_STEPS, 'order', 'foc', 'telephoneNumbers', 'serviceOrders', 'symptoms', 'contact'],
    ],
    [
      'lnpCenterContacts, premature disconnect (asks the DS1 question)',
      prematureDisconnect,
      [
        ...PREMATURE_ROUTING,
        ...(['order', 'foc', 'telephoneNumbers', 'serviceOrders', 'symptoms'] as const),
        ...(['ds1', 'contact'] as const),
      ],
    ],
    [
      'lnpCenterContacts, numbers on a DS1 (asks the DS1 question)',
      { ...ORDER, problemKind: 'lnp', reqtyp: 'CB', lnpTrouble: 'ds1AndAbove', state: 'CA' },
      [
        ...ORDER_STEPS,
        ...(['lnpTrouble', 'state', 'order', 'foc', 'telephoneNumbers', 'serviceOrders'] as const),
        ...(['symptoms', 'ds1', 'contact'] as const),
      ],
    ],
    [
      'lnpCenterContacts, LRN correction (no DS1 question)',
      { ...ORDER, problemKind: 'lnp', reqtyp: 'CB', lnpTrouble: 'lrnCorrection', state: 'CA' },
      [
        ...ORDER_STEPS,
        ...(['lnpTrouble', 'state', 'order', 'foc', 'telephoneNumbers', 'serviceOrders'] as const),
        ...(['symptoms', 'contact'] as const),
      ],
    ],
    ['expedites (no report steps)', { problemKind: 'expedite' }, ['problem']],
    [
      'isolateFirst (no report steps)',
      { ...prematureDisconnect, isolation: 'notYet' },
      [...ORDER_STEPS, 'lnpTrouble', 'isolation'],
    ],
  ])('%s', (_, answers, steps) => {
    expect(planSteps(answers).steps).toEqual(steps);
  });

  it('names the first unanswered step as next, routing steps before report steps', () => {
    expect(planSteps({ ...prematureDisconnect, premisesReviewed: undefined }).next).toBe(
      'premises',
    );
    expect(planSteps(prematureDisconnect).next).toBe('order');
    expect(planSteps({ ...prematureDisconnect, ...prematureReport, pon: undefined }).next).toBe(
      'order',
    );
  });

  it('has nothing next once every step that applies is answered', () => {
    const plan = planSteps({ ...prematureDisconnect, ...prematureReport });
    expect(plan.next).toBeUndefined();
    expect(plan.decision?.outcome).toBe('lnpCenterContacts');
  });
});

describe('pruneAnswers', () => {
  it('keeps every answer on the current path', () => {
    const answers = { ...prematureDisconnect, ...prematureReport };
    expect(pruneAnswers(answers)).toEqual(answers);
  });

  it('drops the answers of a branch the user left', () => {
    // The user went down the premature-disconnect branch, then changed the kind of LNP trouble.
    const changed = { ...prematureDisconnect, ...prematureReport, lnpTrouble: 'lrnCorrection' };
    const pruned = pruneAnswers(changed as Answers);
    expect(pruned).not.toHaveProperty('isolation');
    expect(pruned).not.toHaveProperty('premisesReviewed');
    expect(pruned).not.toHaveProperty('ds1Disconnected');
    expect(pruned).toMatchObject({ lnpTrouble: 'lrnCorrection', state: 'IL', pon: 'ABC123' });
  });

  it('drops everything past the first unanswered question', () => {
    const unanswered = { ...maintenance, workedWithServiceRep: undefined };
    expect(pruneAnswers(unanswered)).toEqual({ problemKind: 'serviceRequest', accessTariff: 'no' });
  });
});

describe('reachableStep (deep links)', () => {
  it('opens a step that is answered or next', () => {
    expect(reachableStep('accessTariff', prematureDisconnect)).toBe('accessTariff');
    expect(reachableStep('order', prematureDisconnect)).toBe('order');
  });

  it('sends a link past the next question to that question', () => {
    expect(reachableStep('contact', {})).toBe('problem');
    expect(reachableStep('contact', prematureDisconnect)).toBe('order');
  });

  it('sends a link to a step off the current path to the next question', () => {
    expect(reachableStep('facility', prematureDisconnect)).toBe('order');
  });

  it('sends a link off the path of a finished journey to its final page', () => {
    expect(reachableStep('facility', { ...prematureDisconnect, ...prematureReport })).toBe('check');
    expect(reachableStep('state', { problemKind: 'expedite' })).toBe('result');
  });
});

describe('finalPage', () => {
  it('checks the answers of an escalation before its result', () => {
    expect(finalPage(planSteps({ ...prematureDisconnect, ...prematureReport }))).toBe('check');
  });

  it('shows a redirect’s result directly', () => {
    expect(finalPage(planSteps({ problemKind: 'website' }))).toBe('result');
  });
});
