// Walks the wizard in a real browser the way a user does: read the question, answer it by the
// labels on screen, press Continue. The browser twin of test/unit/wizard/journey.tsx.
import type { Page } from 'playwright-core';
import type { LnpTrouble, ProblemKind, Reqtyp } from '../../src/domain/answers.ts';
import {
  ISOLATION_LABELS,
  LNP_TROUBLE_LABELS,
  PROBLEM_KIND_LABELS,
  REQTYP_LABELS,
  SYMPTOM_LABELS,
} from '../../src/domain/labels.ts';
import { QUESTIONS } from '../../src/domain/questions.ts';
import type { Session } from './harness.ts';

/** One thing a user does on a page: pick a choice, type into a field. */
export type Action = (page: Page) => Promise<void>;

/** A question, known by its h1, and what the user does on it before pressing Continue. */
export interface Step {
  readonly question: string;
  readonly actions: readonly Action[];
}

export const step = (question: string, ...actions: Action[]): Step => ({ question, actions });

/** The h1 of a question: it may end with " (optional)". */
export const questionHeading = (page: Page, question: string) =>
  page.getByRole('heading', { level: 1, name: new RegExp(`^${escapeRegExp(question)}`) });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Checks the radio or checkbox whose label is exactly `label` ("Yes" is not "Yes, delete"). */
export const choose =
  (label: string): Action =>
  (page) =>
    page.getByLabel(label, { exact: true }).check();

/** Replaces the text of the one field whose label contains `label`. */
export const fill =
  (label: string | RegExp, text: string): Action =>
  (page) =>
    page.getByLabel(label).fill(text);

/** Picks an option, by value or visible text, in the one select whose label contains `label`. */
export const select =
  (label: string | RegExp, option: string): Action =>
  async (page) => {
    await page.getByLabel(label).selectOption(option);
  };

export const pressContinue = (page: Page) =>
  page.getByRole('button', { name: 'Continue', exact: true }).click();

/** Waits for the question, answers it and continues. */
export async function answer(page: Page, question: string, ...actions: Action[]): Promise<void> {
  await questionHeading(page, question).waitFor();
  for (const action of actions) await action(page);
  await pressContinue(page);
}

/**
 * Answers each step in turn. `onStep` runs once each question is on screen, before it is
 * answered: to check every page of a path (axe, screenshots).
 */
export async function walk(
  page: Page,
  steps: readonly Step[],
  onStep?: (page: Page, step: Step) => Promise<void>,
): Promise<void> {
  for (const s of steps) {
    await questionHeading(page, s.question).waitFor();
    await onStep?.(page, s);
    await answer(page, s.question, ...s.actions);
  }
}

const leavingAccepted = new WeakSet<Page>();

/**
 * The app asks before a reload drops work not yet taken away (beforeunload); a test that reloads
 * on purpose answers "Leave". Safe to call more than once.
 */
export function acceptLeaving(page: Page): void {
  if (leavingAccepted.has(page)) return;
  leavingAccepted.add(page);
  page.on('dialog', (dialog) => {
    void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
  });
}

/**
 * Opens the start page with nothing saved on this device (no draft, contact, ticket or contact
 * list), so a journey does not depend on the one before it. Reuses the session's page.
 */
export async function freshStart(session: Session): Promise<Page> {
  const current = session.context.pages()[0];
  if (current && /^(https?|file):/.test(current.url())) {
    acceptLeaving(current);
    // Leave first: the app writes a draft still being typed as it goes (pagehide).
    await current.goto('about:blank');
    // A new tab: sessionStorage (this tab's current draft, its unsaved copy) is per tab.
    await session.context.newPage();
    await current.close();
  }
  await session.clearAppData();
  const page = await session.openApp();
  acceptLeaving(page);
  return page;
}

export const startNow = (page: Page) => page.getByRole('link', { name: 'Start now' }).click();

export const CHECK_ANSWERS = 'Check your answers before you escalate';

/** From the check-answers page to the result page. */
export async function toResult(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
  await pressContinue(page);
  await page.locator('pre.report').waitFor();
}

/** The report as shown on the result page. */
export const reportText = async (page: Page): Promise<string> =>
  (await page.locator('pre.report').textContent()) ?? '';

// ---- Answers, step by step, as the UI words them ------------------------------------------

export const PON = 'PRT-20261125';
export const TELEPHONE_NUMBERS = '312 555 0101\n(312) 555-0102\n312.555.0103';
export const SERVICE_ORDER = 'N12345678';
export const DESCRIPTION = 'Order stuck, no update';
export const CIRCUIT_ID = '73/HCGS/123456/000/NE';
export const FOC_DATE = '11/20/2026';
export const DUE_DATE = '11/24/2026';
export const COMPLETION_DATE = '11/26/2026';
export const CONTACT = { name: 'Dana Reyes', company: 'Prairie Telecom', phone: '312 555 0142' };

/** A question's title as the registry words it (a title that depends on answers is spelled out). */
const title = (step: keyof typeof QUESTIONS): string => {
  const t = QUESTIONS[step].title;
  if (typeof t !== 'string') throw new Error(`${step} has a title that depends on the answers`);
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

/** The telephone-number box, whichever label the path gives it. */
const TN_BOX = /^(Which telephone numbers|Affected telephone numbers|Telephone numbers)/;
const SO_BOX = /^AT&T service order numbers/;

export const problem = (kind: ProblemKind) => step(Q.problem, choose(PROBLEM_KIND_LABELS[kind]));
export const lnpTrouble = (kind: LnpTrouble) =>
  step(Q.lnpTrouble, choose(LNP_TROUBLE_LABELS[kind]));
export const accessTariff = (yes: boolean) => step(Q.accessTariff, choose(yes ? 'Yes' : 'No'));
export const serviceRepWorked = step(Q.serviceRep, choose('Yes'));
export const order = (value: Reqtyp, withPon = true) =>
  step(Q.order, choose(REQTYP_LABELS[value]), ...(withPon ? [fill(/^PON/, PON)] : []));
export const facility = (yes: boolean) => step(Q.facility, choose(yes ? 'Yes' : 'No'));
export const focWithDates = step(
  Q.foc,
  choose('Yes'),
  fill(/^FOC date/, FOC_DATE),
  fill(/^Due date/, DUE_DATE),
);
export const isolatedToAtt = step(Q.isolation, choose(ISOLATION_LABELS.attNetwork), choose('Yes'));
export const state = (code: string) => step(Q.state, select(Q.state, code));
export const numbers = step(Q.numbers, fill(TN_BOX, TELEPHONE_NUMBERS));
export const numbersAndOrders = (question: string = Q.numbersAndOrders) =>
  step(question, fill(TN_BOX, TELEPHONE_NUMBERS), fill(SO_BOX, SERVICE_ORDER));
export const describe = step(Q.describe, fill(Q.describe, DESCRIPTION));
export const checklist = step(Q.checklist, choose(SYMPTOM_LABELS.disconnectRecording));
export const escalation = step(Q.escalation);
export const contact = step(
  Q.contact,
  fill('Your name', CONTACT.name),
  fill('Company (the CLEC)', CONTACT.company),
  fill('Call-back telephone number', CONTACT.phone),
);

/** The questions every order-related escalation starts with. */
const orderPrefix = (kind: ProblemKind, value?: Reqtyp): Step[] => [
  problem(kind),
  accessTariff(false),
  serviceRepWorked,
  ...(value ? [order(value)] : []),
];

const prematureDisconnectPrefix = [problem('lnp'), lnpTrouble('prematureDisconnect')];

const afterCompletion = [
  ...orderPrefix('serviceRequest', 'CB'),
  step(Q.foc, choose('Yes')),
  step(Q.completion, choose('Yes'), fill(/^Completion date/, COMPLETION_DATE)),
];

/**
 * Ready-made answers from the first question: an escalation's end on the check-answers page
 * (then `toResult`), a redirect's on its page.
 */
export const ANSWERS = {
  billing: [
    problem('billing'),
    serviceRepWorked,
    state('TX'),
    step(Q.bill, fill(/^Billing account number/, '214 555-0100 123')),
    numbers,
    describe,
    escalation,
    contact,
  ],
  ordering: [
    ...orderPrefix('serviceRequest', 'AB'),
    facility(false),
    step(Q.foc, choose('No')),
    state('IL'),
    numbers,
    describe,
    escalation,
    contact,
  ],
  resaleOrdering: [
    ...orderPrefix('serviceRequest', 'EB'),
    facility(false),
    step(Q.foc, choose('No')),
    state('GA'),
    numbers,
    describe,
    escalation,
    contact,
  ],
  provisioning: [
    ...orderPrefix('serviceRequest', 'BB'),
    step(Q.foc, choose('Yes')),
    step(Q.completion, choose('No')),
    state('CA'),
    numbersAndOrders(),
    describe,
    escalation,
    contact,
  ],
  maintenance: [
    ...afterCompletion,
    step(Q.serviceAffected, choose('Yes: a line or circuit trouble')),
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
    describe,
    escalation,
    contact,
  ],
  mcpsc: [
    problem('lsrReject'),
    accessTariff(false),
    serviceRepWorked,
    state('OH'),
    order('other'),
    describe,
    escalation,
    contact,
  ],
  pfResale: [
    ...orderPrefix('serviceRequest', 'EB'),
    facility(true),
    focWithDates,
    numbersAndOrders(),
    describe,
    escalation,
    contact,
  ],
  pfLocalWholesaleComplete: [
    ...orderPrefix('serviceRequest', 'MB'),
    facility(true),
    focWithDates,
    numbersAndOrders(),
    describe,
    escalation,
    contact,
  ],
  loopFacility: [
    ...orderPrefix('serviceRequest', 'AB'),
    facility(true),
    state('CT'),
    focWithDates,
    numbersAndOrders(),
    describe,
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
    describe,
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
    describe,
    escalation,
    contact,
  ],
  workWithServiceRep: [problem('billing'), step(Q.serviceRep, choose('No'))],
  checkOrderStatus: [...orderPrefix('serviceRequest', 'BB'), step(Q.foc, choose('I don’t know'))],
  expedites: [problem('expedite')],
  accessTariff: [problem('serviceRequest'), accessTariff(true)],
  websiteSupport: [problem('website')],
  isolateFirst: [...prematureDisconnectPrefix, step(Q.isolation, choose(ISOLATION_LABELS.notYet))],
  troubleOnClecSide: [
    ...afterCompletion,
    step(Q.serviceAffected, choose('Yes: a line or circuit trouble')),
    step(Q.isolation, choose(ISOLATION_LABELS.clecOrEndUser)),
  ],
} as const satisfies Record<string, readonly Step[]>;

export type AnswerSet = keyof typeof ANSWERS;

/** From the start page (nothing saved) through every answer of `set`. */
export async function journey(session: Session, set: AnswerSet): Promise<Page> {
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, ANSWERS[set]);
  return page;
}
