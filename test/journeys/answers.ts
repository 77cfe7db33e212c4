// The answers a user gives on every path of the wizard, worded as the UI words them: one set of
// journeys for the unit suite (test/unit/wizard/journey.tsx) and the browser suite
// (test/e2e/journey.ts), each of which brings its own way to choose, fill and select.
import type { LnpTrouble, ProblemKind, Reqtyp } from '../../src/domain/answers.ts';
import {
  ISOLATION_LABELS,
  LNP_TROUBLE_LABELS,
  PROBLEM_KIND_LABELS,
  REQTYP_LABELS,
  SYMPTOM_LABELS,
} from '../../src/domain/labels.ts';
import { QUESTIONS } from '../../src/domain/questions.ts';

export const PON = 'PRT-20261125';
export const TELEPHONE_NUMBERS = '312 555 0101\n(312) 555-0102\n312.555.0103';
export const SERVICE_ORDER = 'N12345678';
export const DESCRIPTION = 'Order stuck, no update';
export const CIRCUIT_ID = '73/HCGS/123456/000/NE';
export const FOC_DATE = '11/20/2026';
export const DUE_DATE = '11/24/2026';
export const COMPLETION_DATE = '11/26/2026';
export const CONTACT = { name: 'Dana Reyes', company: 'Prairie Telecom', phone: '312 555 0142' };

export const CHECK_ANSWERS = 'Check your answers before you escalate';

/** A question's title as the registry words it (a title that depends on answers is spelled out). */
const title = (id: keyof typeof QUESTIONS): string => {
  const t = QUESTIONS[id].title;
  if (typeof t !== 'string') throw new Error(`${id} has a title that depends on the answers`);
  return t;
};

export const Q = {
  problem: title('problem'),
  lnpTrouble: title('lnpTrouble'),
  accessTariff: title('accessTariff'),
  serviceRep: title('serviceRep'),
  order: title('order'),
  facility: title('facility'),
  foc: title('foc'),
  completion: title('completion'),
  serviceAffected: title('serviceAffected'),
  isolation: title('isolation'),
  state: title('state'),
  bill: title('bill'),
  escalation: title('escalation'),
  ds1: title('ds1'),
  contact: title('contact'),
  numbers: 'Which telephone numbers are affected?',
  numbersAndOrders: 'Which telephone numbers and service orders are affected?',
  numbersOnFoc: 'Which telephone numbers and service orders were on the FOC?',
  describe: 'Describe the problem',
  checklist: 'What is happening on the line?',
} as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches a heading or label that starts with `text` (it may end with "(optional)" or a tag). */
export const startsWith = (text: string): RegExp => new RegExp(`^${escapeRegExp(text)}`);

/** The telephone-number box, whichever label the path gives it. */
export const TN_BOX = /^(Which telephone numbers|Affected telephone numbers|Telephone numbers)/;
export const SO_BOX = /^AT&T service order numbers/;

/** How a suite does what a user does on a page. */
export interface Vocabulary<A> {
  /** The radio or checkbox whose label is exactly `label`. */
  readonly choose: (label: string) => A;
  /** Replaces the text of the one field whose label matches. */
  readonly fill: (label: string | RegExp, text: string) => A;
  /** Picks an option, by value or visible text, in the one select whose label matches. */
  readonly select: (label: string | RegExp, option: string) => A;
}

/** A question, known by its h1, and what the user does on it before pressing Continue. */
export interface Step<A> {
  readonly question: string;
  readonly actions: readonly A[];
}

/** The steps and the ready-made journeys, in a suite's vocabulary. */
export function journeys<A>({ choose, fill, select }: Vocabulary<A>) {
  const step = (question: string, ...actions: A[]): Step<A> => ({ question, actions });

  const problem = (kind: ProblemKind) => step(Q.problem, choose(PROBLEM_KIND_LABELS[kind]));
  const lnpTrouble = (kind: LnpTrouble) => step(Q.lnpTrouble, choose(LNP_TROUBLE_LABELS[kind]));
  const accessTariff = (yes: boolean) => step(Q.accessTariff, choose(yes ? 'Yes' : 'No'));
  const serviceRepWorked = step(Q.serviceRep, choose('Yes'));
  const order = (value: Reqtyp, withPon = true) =>
    step(Q.order, choose(REQTYP_LABELS[value]), ...(withPon ? [fill(/^PON/, PON)] : []));
  const facility = (yes: boolean) => step(Q.facility, choose(yes ? 'Yes' : 'No'));
  const focWithDates = step(
    Q.foc,
    choose('Yes'),
    fill(/^FOC date/, FOC_DATE),
    fill(/^Due date/, DUE_DATE),
  );
  const isolatedToAtt = step(Q.isolation, choose(ISOLATION_LABELS.attNetwork), choose('Yes'));
  const state = (code: string) => step(Q.state, select(startsWith(Q.state), code));
  const numbers = step(Q.numbers, fill(TN_BOX, TELEPHONE_NUMBERS));
  const numbersAndOrders = (question: string = Q.numbersAndOrders) =>
    step(question, fill(TN_BOX, TELEPHONE_NUMBERS), fill(SO_BOX, SERVICE_ORDER));
  const describeProblem = step(Q.describe, fill(Q.describe, DESCRIPTION));
  const checklist = step(Q.checklist, choose(SYMPTOM_LABELS.disconnectRecording));
  const escalation = step(Q.escalation);
  const contact = step(
    Q.contact,
    fill('Your name', CONTACT.name),
    fill('Company (the CLEC)', CONTACT.company),
    fill('Call-back telephone number', CONTACT.phone),
  );

  /** The questions every order-related escalation starts with. */
  const orderPrefix = (kind: ProblemKind, value?: Reqtyp): Step<A>[] => [
    problem(kind),
    accessTariff(false),
    serviceRepWorked,
    ...(value ? [order(value)] : []),
  ];
  const prematureDisconnectPrefix = [problem('lnp'), lnpTrouble('prematureDisconnect')];
  /** A service request whose order AT&T has confirmed and completed. */
  const afterCompletion = [
    ...orderPrefix('serviceRequest', 'CB'),
    step(Q.foc, choose('Yes')),
    step(Q.completion, choose('Yes'), fill(/^Completion date/, COMPLETION_DATE)),
  ];
  const lineTrouble = step(Q.serviceAffected, choose('Yes: a line or circuit trouble'));

  /**
   * Ready-made answers from the first question: an escalation's end on the check-answers page
   * (then the suite's `toResult`), a redirect's on its page.
   */
  const ANSWERS = {
    billing: [
      problem('billing'),
      serviceRepWorked,
      state('TX'),
      step(Q.bill, fill(/^Billing account number/, '214 555-0100 123')),
      numbers,
      describeProblem,
      escalation,
      contact,
    ],
    ordering: [
      ...orderPrefix('serviceRequest', 'AB'),
      facility(false),
      step(Q.foc, choose('No')),
      state('IL'),
      numbers,
      describeProblem,
      escalation,
      contact,
    ],
    resaleOrdering: [
      ...orderPrefix('serviceRequest', 'EB'),
      facility(false),
      step(Q.foc, choose('No')),
      state('GA'),
      numbers,
      describeProblem,
      escalation,
      contact,
    ],
    provisioning: [
      ...orderPrefix('serviceRequest', 'BB'),
      step(Q.foc, choose('Yes')),
      step(Q.completion, choose('No')),
      state('CA'),
      numbersAndOrders(),
      describeProblem,
      escalation,
      contact,
    ],
    maintenance: [
      ...afterCompletion,
      lineTrouble,
      isolatedToAtt,
      state('GA'),
      numbersAndOrders(),
      checklist,
      escalation,
      contact,
    ],
    maintenanceRecords: [
      ...afterCompletion,
      step(Q.serviceAffected, choose('No: the order itself is wrong')),
      state('GA'),
      numbersAndOrders(),
      describeProblem,
      escalation,
      contact,
    ],
    mcpsc: [
      problem('lsrReject'),
      accessTariff(false),
      serviceRepWorked,
      state('OH'),
      order('other'),
      describeProblem,
      escalation,
      contact,
    ],
    pfResale: [
      ...orderPrefix('serviceRequest', 'EB'),
      facility(true),
      focWithDates,
      numbersAndOrders(),
      describeProblem,
      escalation,
      contact,
    ],
    pfLocalWholesaleComplete: [
      ...orderPrefix('serviceRequest', 'MB'),
      facility(true),
      focWithDates,
      numbersAndOrders(),
      describeProblem,
      escalation,
      contact,
    ],
    loopFacility: [
      ...orderPrefix('serviceRequest', 'AB'),
      facility(true),
      state('CT'),
      focWithDates,
      numbersAndOrders(),
      describeProblem,
      escalation,
      contact,
    ],
    lnpPrematureDisconnect: [
      ...prematureDisconnectPrefix,
      isolatedToAtt,
      order('BB'),
      state('MO'),
      focWithDates,
      numbersAndOrders(Q.numbersOnFoc),
      checklist,
      step(Q.ds1, choose('Yes'), fill('The DS1’s circuit ID', CIRCUIT_ID)),
      step(Q.escalation, choose('No')),
      contact,
    ],
    portOrder: [
      problem('lnp'),
      lnpTrouble('portOrder'),
      accessTariff(false),
      serviceRepWorked,
      order('CB'),
      step(Q.foc, choose('No')),
      state('IL'),
      numbers,
      describeProblem,
      escalation,
      contact,
    ],
    portOrderAfterFoc: [
      problem('lnp'),
      lnpTrouble('portOrder'),
      accessTariff(false),
      serviceRepWorked,
      order('CB'),
      focWithDates,
      step(Q.completion, choose('No')),
      state('IL'),
      numbersAndOrders(),
      describeProblem,
      escalation,
      contact,
    ],
    lnpLrnCorrection: [
      problem('lnp'),
      lnpTrouble('lrnCorrection'),
      accessTariff(false),
      serviceRepWorked,
      order('CB'),
      state('NV'),
      focWithDates,
      numbersAndOrders(),
      describeProblem,
      escalation,
      contact,
    ],
    workWithServiceRep: [problem('billing'), step(Q.serviceRep, choose('No'))],
    checkOrderStatus: [...orderPrefix('serviceRequest', 'BB'), step(Q.foc, choose('I don’t know'))],
    completionUnknown: [
      ...orderPrefix('serviceRequest', 'BB'),
      step(Q.foc, choose('Yes')),
      step(Q.completion, choose('I don’t know')),
    ],
    expedites: [problem('expedite')],
    accessTariff: [problem('serviceRequest'), accessTariff(true)],
    websiteSupport: [problem('website')],
    isolateFirst: [
      ...prematureDisconnectPrefix,
      step(Q.isolation, choose(ISOLATION_LABELS.notYet)),
    ],
    premisesNotReviewed: [
      ...afterCompletion,
      lineTrouble,
      step(Q.isolation, choose(ISOLATION_LABELS.attNetwork), choose('No')),
    ],
    troubleOnClecSide: [
      ...afterCompletion,
      lineTrouble,
      step(Q.isolation, choose(ISOLATION_LABELS.clecOrEndUser)),
    ],
  } as const satisfies Record<string, readonly Step<A>[]>;

  return {
    step,
    problem,
    lnpTrouble,
    state,
    isolatedToAtt,
    numbersAndOrders,
    describeProblem,
    checklist,
    escalation,
    contact,
    orderPrefix,
    afterCompletion,
    ANSWERS,
  };
}

/** The names of the ready-made journeys. */
export type AnswerSet = keyof ReturnType<typeof journeys>['ANSWERS'];

// ---- What the report says of these answers ----------------------------------------------------

export const NUMBERS = '312-555-0101, 312-555-0102, 312-555-0103';
export const CONTACT_LINES = ['CLEC: Prairie Telecom', 'Contact: Dana Reyes, 312-555-0142'];
export const NUMBER_LINES = [`Affected telephone numbers (3): ${NUMBERS}`];
export const ORDER_LINES = ['AT&T service order numbers (1): N12345678'];
export const FOC_LINES = ['PON: PRT-20261125', 'FOC date: 11/20/2026', 'Due date (DD): 11/24/2026'];
export const DESCRIBED = 'Details: Order stuck, no update';
export const NOT_RESOLVED = 'Worked with the AT&T Service Representative: not resolved';

/** The report's lines that change with the clock and the build, for whole-text comparisons. */
export const stable = (report: string): string =>
  report
    .replace(/^Reported: .*$/m, 'Reported: <when>')
    .replace(/^Made with .*$/m, 'Made with <this build>');

/**
 * The billing journey's whole report, as `stable` leaves it; `centerContact` is the line the
 * organisation's list gives (the shipped sample's never reaches a report).
 */
export function billingReport(centerContact?: string): string {
  return [
    'Escalation: Billing issue',
    'Request: Review the charges below and correct the bill, or tell us why they stand.',
    '',
    `Telephone numbers (3): ${NUMBERS}`,
    'Billing account number (BAN): 214 555-0100 123',
    '',
    DESCRIBED,
    'State: Texas (TX)',
    NOT_RESOLVED,
    '',
    ...CONTACT_LINES,
    'Reported: <when>',
    '',
    'Escalated to: Billing, Southwest (former SWBT)',
    ...(centerContact ? [`Center contact: ${centerContact}`] : []),
    'Made with <this build>',
    '',
  ].join('\n');
}
