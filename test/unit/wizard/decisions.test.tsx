import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProblemKind, Reqtyp } from '../../../src/domain/answers.ts';
import {
  ISOLATION_LABELS,
  LNP_TROUBLE_LABELS,
  PROBLEM_KIND_LABELS,
  REQTYP_LABELS,
  SYMPTOM_LABELS,
} from '../../../src/domain/outcomes.ts';
import {
  answer,
  answerContact,
  choose,
  openApp,
  pasteInto,
  pressContinue,
  reportText,
  selectOption,
  startNow,
  typeInto,
} from './journey.tsx';

/*
 * Issue 3, "Done when": the UI walked to every decision and redirect, asserting the center and
 * the summary text.
 */

beforeEach(() => {
  localStorage.clear();
});

async function problem(user: UserEvent, kind: ProblemKind) {
  await answer(user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS[kind]));
}

/** The questions every order-related escalation starts with. */
async function orderPrefix(user: UserEvent, kind: ProblemKind, reqtyp?: Reqtyp) {
  await startNow(user);
  await problem(user, kind);
  await answer(user, 'Do you order this service from the Access Tariff?', choose('No'));
  await answer(
    user,
    'Have you already worked this problem with the AT&T Service Representative?',
    choose('Yes'),
    typeInto(/name or the ticket number/, 'J. Alvarez, ticket 88121'),
  );
  if (reqtyp) await answer(user, 'What is the REQTYP on the LSR?', choose(REQTYP_LABELS[reqtyp]));
}

const state = (code: string) => (user: UserEvent) =>
  answer(user, 'Which state is the service in?', selectOption(/Which state/, code));

const pon = (user: UserEvent) => answer(user, 'What is the PON?', typeInto(/PON/, 'PRT-20261125'));

const focWithDates = (user: UserEvent) =>
  answer(
    user,
    'Has AT&T sent the Firm Order Confirmation (FOC)?',
    choose('Yes'),
    typeInto(/FOC date/, '2026-11-20'),
    typeInto(/Due date/, '2026-11-24'),
  );

const numbers = (user: UserEvent) =>
  answer(
    user,
    'Which telephone numbers are affected?',
    pasteInto(/telephone numbers/, '312 555 0101\n(312) 555-0102\n312.555.0103'),
  );

const serviceOrders = (user: UserEvent) =>
  answer(
    user,
    'What are the AT&T service order numbers on the FOC?',
    typeInto(/service order numbers/, 'N12345678'),
  );

const describe_ = (user: UserEvent) =>
  answer(user, 'Describe the problem', typeInto('Describe the problem', 'Order stuck, no update'));

const checklist = (user: UserEvent) =>
  answer(user, 'What is happening on the line?', choose(SYMPTOM_LABELS.disconnectRecording));

async function checkThenResult(user: UserEvent) {
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'Check your answers before you escalate',
    }),
  ).toBeInTheDocument();
  await pressContinue(user);
}

function expectEscalation(title: string, center: string) {
  expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  expect(screen.getByText(center, { selector: 'strong' })).toBeInTheDocument();
  expect(reportText()).toContain(`Escalate to: ${center}`);
  expect(reportText()).toContain('CLEC contact: Dana Reyes');
}

describe('walking to each escalation', () => {
  it('billing: Billing', async () => {
    const { user } = await openApp();
    await startNow(user);
    await problem(user, 'billing');
    await answer(
      user,
      'Have you already worked this problem with the AT&T Service Representative?',
      choose('Yes'),
      typeInto(/name or the ticket number/, 'Ticket 4471'),
    );
    await state('TX')(user);
    await numbers(user);
    await answer(user, 'Describe the problem', typeInto('Describe the problem', 'Billed twice'));
    await answerContact(user);
    await checkThenResult(user);
    expectEscalation('Escalate to Billing', 'Billing');
    expect(reportText()).toContain('Ticket 4471');
    expect(reportText()).toContain('Telephone numbers (3):');
    expect(reportText()).toContain('Trouble in detail: Billed twice');
  });

  it('a service request before the FOC: Ordering', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'serviceRequest', 'AB');
    await answer(user, 'Is this a facility issue?', choose('No'));
    await answer(user, 'Has AT&T sent the Firm Order Confirmation (FOC)?', choose('No'));
    await state('IL')(user);
    await pon(user);
    await numbers(user);
    await describe_(user);
    await answerContact(user);
    await checkThenResult(user);
    expectEscalation('Escalate to Ordering', 'Ordering');
    expect(reportText()).toContain('PON: PRT-20261125');
    expect(reportText()).toContain('Midwest');
  });

  it('after the FOC, before completion: Provisioning', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'serviceRequest', 'BB');
    await answer(user, 'Has AT&T sent the Firm Order Confirmation (FOC)?', choose('Yes'));
    await answer(user, 'Has AT&T completed the order?', choose('No'));
    await state('CA')(user);
    await pon(user);
    await numbers(user);
    await serviceOrders(user);
    await describe_(user);
    await answerContact(user);
    await checkThenResult(user);
    expectEscalation('Escalate to Provisioning', 'Provisioning');
    expect(reportText()).toContain('N12345678');
  });

  it('after completion, isolated to AT&T: Maintenance, with the symptom checklist', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'serviceRequest', 'CB');
    await answer(user, 'Has AT&T sent the Firm Order Confirmation (FOC)?', choose('Yes'));
    await answer(user, 'Has AT&T completed the order?', choose('Yes'));
    await answer(user, 'Where has the trouble been isolated?', choose(ISOLATION_LABELS.attNetwork));
    await answer(user, /premises been reviewed/, choose('Yes'));
    await state('GA')(user);
    await pon(user);
    await numbers(user);
    await serviceOrders(user);
    await checklist(user);
    await answerContact(user);
    await checkThenResult(user);
    expectEscalation('Escalate to Maintenance', 'Maintenance');
    expect(reportText()).toContain('Symptoms: Disconnect or intercept recording');
  });

  it('fatal errors: the MCPSC', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'lsrReject');
    await state('OH')(user);
    await pon(user);
    await describe_(user);
    await answerContact(user);
    await checkThenResult(user);
    expectEscalation(
      'Escalate to the MCPSC',
      'MCPSC (Mechanized Customer Production Support Center)',
    );
  });

  it('resale: the PF Escalation Policy', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'serviceRequest', 'EB');
    await pon(user);
    await focWithDates(user);
    await numbers(user);
    await serviceOrders(user);
    await describe_(user);
    await answerContact(user);
    await checkThenResult(user);
    expectEscalation(
      'Follow the PF Escalation Policy',
      'PF Escalation Policy (Resale and Local Wholesale Complete)',
    );
    expect(
      screen.getByText(/Accessible Letters CLECALL15-013/, { selector: 'li' }),
    ).toBeInTheDocument();
  });

  it('a loop order with a facility issue: the provisioning contacts', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'serviceRequest', 'AB');
    await answer(user, 'Is this a facility issue?', choose('Yes'));
    await state('FL')(user);
    await pon(user);
    await focWithDates(user);
    await numbers(user);
    await serviceOrders(user);
    await describe_(user);
    await answerContact(user);
    await checkThenResult(user);
    expectEscalation('Escalate to Provisioning', 'Provisioning contacts (Center Contacts list)');
  });

  it('a premature disconnect: LNP, with the exact words, the DS1 and its circuit ID', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'lnp', 'BB');
    await answer(
      user,
      'What kind of number-porting problem is it?',
      choose(LNP_TROUBLE_LABELS.prematureDisconnect),
    );
    await answer(user, 'Where has the trouble been isolated?', choose(ISOLATION_LABELS.attNetwork));
    await answer(user, /premises been reviewed/, choose('Yes'));
    await state('MO')(user);
    await pon(user);
    await focWithDates(user);
    await numbers(user);
    await serviceOrders(user);
    await checklist(user);
    await answer(
      user,
      'Does isolation point to a physical disconnection of the DS1?',
      choose('Yes'),
      typeInto('The DS1’s circuit ID', '73/HCGS/123456/000/NE'),
    );
    await answerContact(user);
    await checkThenResult(user);
    expectEscalation('Escalate the number port (LNP)', 'LNP (Center Contacts list)');
    expect(reportText().split('\n')[0]).toBe('Premature disconnect of pending LNP conversion');
    expect(reportText()).toContain('DS1 circuit ID: 73/HCGS/123456/000/NE');
    expect(reportText()).toContain('FOC due date: 2026-11-24');
  });

  it('an LRN correction: LNP, without the DS1 question', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'lnp', 'CB');
    await answer(
      user,
      'What kind of number-porting problem is it?',
      choose(LNP_TROUBLE_LABELS.lrnCorrection),
    );
    await state('NV')(user);
    await pon(user);
    await focWithDates(user);
    await numbers(user);
    await serviceOrders(user);
    await describe_(user);
    await answerContact(user);
    await checkThenResult(user);
    expectEscalation('Escalate the number port (LNP)', 'LNP (Center Contacts list)');
    expect(reportText()).not.toContain('DS1 physically disconnected');
  });
});

/** A redirect page: its heading, its reason and the source line, and a way back. */
function expectRedirect(title: string, reason: RegExp, source: RegExp) {
  expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  expect(screen.getByText(reason)).toBeInTheDocument();
  expect(screen.getByText(source, { selector: 'blockquote p' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Change your last answer' })).toBeInTheDocument();
  expect(document.querySelector('pre.report')).toBeNull();
}

describe('walking to each redirect', () => {
  it('a problem with the website', async () => {
    const { user } = await openApp();
    await startNow(user);
    await problem(user, 'website');
    expectRedirect(
      'Contact the website’s technical contact',
      /not escalations/,
      /technical problems with this website/,
    );
    expect(screen.getByText(/address is cut off/)).toBeInTheDocument();
  });

  it('an expedite', async () => {
    const { user } = await openApp();
    await startNow(user);
    await problem(user, 'expedite');
    expectRedirect(
      'Request an expedite',
      /not handled through the Escalation Matrix/,
      /Expedites: see the CLEC/,
    );
  });

  it('an Access Tariff customer', async () => {
    const { user } = await openApp();
    await startNow(user);
    await problem(user, 'serviceRequest');
    await answer(user, 'Do you order this service from the Access Tariff?', choose('Yes'));
    expectRedirect(
      'Escalate to AT&T Business Prime-Access',
      /You order this service from the Access Tariff/,
      /must order from the Access Tariff/,
    );
  });

  it('not yet worked with the Service Representative', async () => {
    const { user } = await openApp();
    await startNow(user);
    await problem(user, 'billing');
    await answer(
      user,
      'Have you already worked this problem with the AT&T Service Representative?',
      choose('No'),
    );
    expectRedirect(
      'Work it with the Service Representative first',
      /Work it with the Service Representative first; escalate/,
      /NOT resolved/,
    );
  });

  it('not knowing whether the FOC came', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'serviceRequest', 'BB');
    await answer(user, 'Has AT&T sent the Firm Order Confirmation (FOC)?', choose('I don’t know'));
    expectRedirect(
      'Check the order’s status first',
      /Check the order’s status \(your LSR responses/,
      /before FOC/,
    );
  });

  it('not knowing whether the order completed', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'serviceRequest', 'BB');
    await answer(user, 'Has AT&T sent the Firm Order Confirmation (FOC)?', choose('Yes'));
    await answer(user, 'Has AT&T completed the order?', choose('I don’t know'));
    expectRedirect(
      'Check the order’s status first',
      /Check for AT&T’s completion notice/,
      /before the completion date/,
    );
  });

  it('a trouble not isolated yet', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'lnp', 'BB');
    await answer(
      user,
      'What kind of number-porting problem is it?',
      choose(LNP_TROUBLE_LABELS.prematureDisconnect),
    );
    await answer(user, 'Where has the trouble been isolated?', choose(ISOLATION_LABELS.notYet));
    expectRedirect('Isolate the trouble first', /isolate the trouble first/, /Isolate the trouble/);
  });

  it('premises equipment not reviewed', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'serviceRequest', 'CB');
    await answer(user, 'Has AT&T sent the Firm Order Confirmation (FOC)?', choose('Yes'));
    await answer(user, 'Has AT&T completed the order?', choose('Yes'));
    await answer(user, 'Where has the trouble been isolated?', choose(ISOLATION_LABELS.attNetwork));
    await answer(user, /premises been reviewed/, choose('No'));
    expectRedirect(
      'Isolate the trouble first',
      /must include a review of the premises equipment/,
      /premises equipment/,
    );
  });

  it('a trouble on the CLEC’s side', async () => {
    const { user } = await openApp();
    await orderPrefix(user, 'serviceRequest', 'CB');
    await answer(user, 'Has AT&T sent the Firm Order Confirmation (FOC)?', choose('Yes'));
    await answer(user, 'Has AT&T completed the order?', choose('Yes'));
    await answer(
      user,
      'Where has the trouble been isolated?',
      choose(ISOLATION_LABELS.clecOrEndUser),
    );
    expectRedirect(
      'Nothing to escalate to AT&T',
      /not AT&T’s to fix/,
      /isolated to AT&T’s network/,
    );
  });
});
