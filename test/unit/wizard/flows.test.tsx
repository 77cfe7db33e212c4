import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PROBLEM_KIND_LABELS, REQTYP_LABELS } from '../../../src/domain/labels.ts';
import { SERVICE_NAME } from '../../../src/ui/usePageTitle.ts';
import type { OpenedApp, Step } from './journey.tsx';
import {
  DESCRIPTION,
  ANSWERS,
  CHECK_ANSWERS,
  CONTACT,
  PON,
  Q,
  TN_BOX,
  afterCompletion,
  answer,
  checkRow,
  checkRowLines,
  checklist,
  choose,
  clickLink,
  contact,
  describeProblem,
  escalation,
  fill,
  findQuestion,
  heading,
  isolatedToAtt,
  journey,
  numbersAndOrders,
  openApp,
  orderPrefix,
  pressContinue,
  reload,
  reportText,
  selectOption,
  startNow,
  startsWith,
  state,
  step,
  toResult,
  typeInto,
  walk,
} from './journey.tsx';

/*
 * How the wizard behaves around the answers, through the UI: errors, Change and Back, what is
 * kept (a branch left, typing not yet continued, a reload, a new escalation beside an old one),
 * the page counter, what is prefilled, and an FOC pasted on the REQTYP page.
 */

/** The header's link to the start page. */
const HOME = 'Escalate to AT&T Wholesale';

/** Every step of `set` up to (not including) the page asking `question`. */
function stepsBefore(set: readonly Step[], question: string): readonly Step[] {
  const index = set.findIndex((s) => s.question === question);
  if (index === -1) throw new Error(`No step asks ${question}`);
  return set.slice(0, index);
}

/** A new escalation from the start page, answered up to the page asking `question`. */
async function walkTo(set: readonly Step[], question: string): Promise<OpenedApp> {
  const app = await openApp();
  await startNow(app.user);
  await walk(app.user, stepsBefore(set, question));
  await findQuestion(question);
  return app;
}

const errorSummary = () => screen.getByRole('alert', { name: 'There is a problem' });

/** The value of the one form control whose label matches. */
const valueOf = (label: string | RegExp) =>
  screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(label).value;

describe('errors', () => {
  it('nothing chosen: the summary is focused, links to the field, and the title says Error', async () => {
    const { user } = await openApp();
    await startNow(user);
    await pressContinue(user);

    const summary = errorSummary();
    expect(summary).toHaveFocus();
    expect(document.title).toBe(`Error: ${Q.problem} — ${SERVICE_NAME}`);
    const first = screen.getByLabelText(PROBLEM_KIND_LABELS.billing);
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText('Select what the problem is about', { selector: '.error-message' }),
    ).toHaveTextContent('Error: Select what the problem is about');
    await user.click(
      within(summary).getByRole('link', { name: 'Select what the problem is about' }),
    );
    expect(first).toHaveFocus();
    expect(window.location.hash).toBe('#/step/problem');

    await answer(user, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
    await findQuestion(Q.serviceRep);
    expect(document.title).toBe(`${Q.serviceRep} — ${SERVICE_NAME}`);
  });

  it('each message links to its own field, in page order, and nothing typed is lost', async () => {
    const { user } = await walkTo(ANSWERS.billing, Q.contact);
    await fill('Your name', CONTACT.name)(user);
    await fill('Call-back telephone number', '555 01')(user);
    await fill(/^E-mail address/, 'dana@')(user);
    await pressContinue(user);

    const summary = errorSummary();
    expect(summary).toHaveFocus();
    expect(document.title).toBe(`Error: ${Q.contact} — ${SERVICE_NAME}`);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#company',
      '#callbackNumber',
      '#email',
    ]);
    expect(links[0]).toHaveTextContent('Enter your company (the CLEC)');
    for (const [link, label] of [
      [links[0], 'Company (the CLEC)'],
      [links[1], 'Call-back telephone number'],
      [links[2], /^E-mail address/],
    ] as const) {
      if (!link) throw new Error('A link is missing');
      await user.click(link);
      const field = screen.getByLabelText(label);
      expect(field).toHaveFocus();
      expect(field).toHaveAttribute('aria-invalid', 'true');
      // The message under the label says the same as the summary.
      const describedBy = field.getAttribute('aria-describedby') ?? '';
      const message = document.getElementById(describedBy.split(' ').at(-1) ?? '');
      expect(message).toHaveTextContent(`Error: ${link.textContent}`);
    }
    expect(window.location.hash).toBe('#/step/contact');
    expect(valueOf('Your name')).toBe(CONTACT.name);
    expect(valueOf('Call-back telephone number')).toBe('555 01');
    expect(valueOf(/^E-mail address/)).toBe('dana@');

    await fill('Company (the CLEC)', CONTACT.company)(user);
    await fill('Call-back telephone number', CONTACT.phone)(user);
    await fill(/^E-mail address/, '')(user);
    await pressContinue(user);
    expect(await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS })).toHaveFocus();
    expect(document.title).toBe(`${CHECK_ANSWERS} — ${SERVICE_NAME}`);
  });

  it('a faulty line in a pasted list: the link selects that line in the box', async () => {
    const { user } = await walkTo(ANSWERS.billing, Q.numbers);
    const pasted = '312 555 0101\n312 555 01\n312 555 0103';
    await fill(TN_BOX, pasted)(user);
    await pressContinue(user);

    const link = within(errorSummary()).getByRole('link', {
      name: /^Fix the telephone number on line 2 \(“312 555 01”\)/,
    });
    await user.click(link);
    const box = screen.getByLabelText<HTMLTextAreaElement>(TN_BOX);
    expect(box).toHaveFocus();
    expect(box.value).toBe(pasted);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('312 555 01');
  });
});

describe('check answers and Change', () => {
  it('a change that opens a question asks it first, then returns to the check page', async () => {
    const { user } = await journey('ordering');
    expect(checkRowLines('FOC received')).toEqual(['No']);
    expect(screen.queryByText('Order completed', { selector: 'dt' })).toBeNull();

    await clickLink(user, 'Change FOC received');
    expect(await findQuestion(Q.foc)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/step/foc?returnTo=check');
    expect(screen.getByLabelText('No', { exact: true })).toBeChecked();
    await answer(user, Q.foc, choose('Yes'));
    // The FOC came: whether the order completed now decides the center, so it is asked.
    await answer(user, Q.completion, choose('No'));

    expect(await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS })).toHaveFocus();
    expect(window.location.hash).toBe('#/check');
    expect(checkRowLines('FOC received')).toEqual(['Yes']);
    expect(checkRowLines('Order completed')).toEqual(['No']);
    expect(checkRowLines('PON')).toEqual([PON]);
    await toResult(user);
    expect(heading()).toHaveTextContent('Escalate to Provisioning');
  });

  it('a change that opens nothing goes straight back to the check page', async () => {
    const { user } = await journey('ordering');
    await clickLink(user, 'Change PON');
    await answer(user, Q.order, fill(/^PON/, 'PRT-2'));
    expect(await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS })).toBeVisible();
    expect(checkRowLines('PON')).toEqual(['PRT-2']);
  });

  it('Back on a Change page returns to the check page, changing nothing', async () => {
    const { user } = await journey('ordering');
    await clickLink(user, 'Change Telephone numbers');
    await findQuestion(Q.numbers);
    await fill(TN_BOX, '214 555 0199')(user);
    await clickLink(user, 'Back');
    expect(await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS })).toBeVisible();
    expect(window.location.hash).toBe('#/check');
    expect(checkRowLines('Telephone numbers')[0]).toBe('3 telephone numbers');
  });

  it('a branch left: its answers stay in the draft, off the check page and the report, and come back', async () => {
    const { user } = await journey('maintenance');
    expect(checkRowLines('Where the trouble is isolated')).toEqual([
      'In AT&T’s network (translation issues included)',
    ]);

    // Not completed after all: Provisioning, where isolation is never asked. Its report wants a
    // description, which the symptom checklist did not ask for: that page comes back first.
    await clickLink(user, 'Change Order completed');
    await answer(user, Q.completion, choose('No'));
    await answer(user, Q.describe, fill(Q.describe, DESCRIPTION));
    await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS });
    for (const key of [
      'Completion date',
      'End user’s service affected',
      'Where the trouble is isolated',
      'Premises equipment reviewed',
    ]) {
      expect(screen.queryByText(key, { selector: 'dt' })).toBeNull();
    }
    await toResult(user);
    expect(heading()).toHaveTextContent('Escalate to Provisioning');
    expect(reportText()).not.toMatch(/^(Isolation|Completion date|Symptoms):/m);

    // Completed again: the branch's answers were kept, so nothing is asked twice.
    await clickLink(user, 'Check or change your answers');
    await clickLink(user, 'Change Order completed');
    await answer(user, Q.completion, choose('Yes'));
    await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS });
    expect(checkRowLines('Where the trouble is isolated')).toEqual([
      'In AT&T’s network (translation issues included)',
    ]);
    expect(checkRowLines('Premises equipment reviewed')).toEqual(['Yes']);
    expect(checkRowLines('Symptoms')).toEqual(['Disconnect or intercept recording']);
  });
});

describe('Back and unsaved typing', () => {
  it('Back goes to the previous question with its answer, and from the first to the start page', async () => {
    const { user } = await openApp();
    await startNow(user);
    await answer(user, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
    await findQuestion(Q.serviceRep);
    await clickLink(user, 'Back');
    expect(await findQuestion(Q.problem)).toHaveFocus();
    expect(screen.getByLabelText(PROBLEM_KIND_LABELS.billing)).toBeChecked();
    await clickLink(user, 'Back');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Escalate a problem to AT&T Wholesale',
      }),
    ).toBeInTheDocument();
  });

  it('typing not yet continued is kept per page across Back and forward', async () => {
    const { user } = await walkTo(ANSWERS.billing, Q.numbers);
    await fill(TN_BOX, '312 555 0101\n312 555 0102')(user);
    await clickLink(user, 'Back');
    await findQuestion(Q.bill);
    await typeInto(/^Claim or dispute number/, 'C-77')(user);
    await clickLink(user, 'Back');
    await findQuestion(Q.state);

    await answer(user, Q.state);
    await findQuestion(Q.bill);
    expect(valueOf(/^Claim or dispute number/)).toBe('C-77');
    await pressContinue(user);
    await findQuestion(Q.numbers);
    expect(valueOf(TN_BOX)).toBe('312 555 0101\n312 555 0102');
  });
});

describe('never losing work', () => {
  it('a reload resumes the page, its half-typed answer and the answers before it', async () => {
    const app = await walkTo(ANSWERS.billing, Q.bill);
    await typeInto(/^Billing account number/, '214 555')(app.user);

    const { user } = await reload(app);
    expect(await findQuestion(Q.bill)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/step/bill');
    expect(valueOf(/^Billing account number/)).toBe('214 555');
    await clickLink(user, 'Back');
    await findQuestion(Q.state);
    expect(valueOf(startsWith(Q.state))).toBe('TX');
  });

  it('“Start now” starts a new escalation; the one before stays listed, and continues where it was', async () => {
    const { user } = await walkTo(ANSWERS.ordering, Q.facility);
    const listed = async () => {
      await clickLink(user, HOME);
      const list = await screen.findByRole('region', {
        name: 'Unfinished escalations on this device',
      });
      return within(list);
    };

    const drafts = await listed();
    expect(drafts.getByText(`PON ${PON}`, { selector: 'strong' })).toBeInTheDocument();
    expect(drafts.getByRole('listitem')).toHaveTextContent(
      `PON ${PON} — ${PROBLEM_KIND_LABELS.serviceRequest}`,
    );

    await startNow(user);
    expect(screen.getByLabelText(PROBLEM_KIND_LABELS.serviceRequest)).not.toBeChecked();
    await answer(user, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
    await findQuestion(Q.serviceRep);

    const both = await listed();
    expect(both.getAllByRole('listitem')).toHaveLength(2);
    await user.click(both.getByRole('link', { name: `Continue PON ${PON}` }));
    expect(await findQuestion(Q.facility)).toBeInTheDocument();
    await clickLink(user, 'Back');
    await findQuestion(Q.order);
    expect(screen.getByLabelText(REQTYP_LABELS.AB)).toBeChecked();
    expect(valueOf(/^PON/)).toBe(PON);
  });
});

/** A line trouble after completion, from "Start now" to the symptoms page, in `inState`. */
async function toSymptoms(inState: string) {
  const { user } = await openApp();
  await startNow(user);
  await walk(user, [
    ...afterCompletion,
    step(Q.serviceAffected, choose('Yes: a line or circuit trouble')),
    isolatedToAtt,
    state(inState),
    numbersAndOrders(),
  ]);
  await findQuestion(Q.checklist);
  return user;
}

describe('what the wizard offers', () => {
  it('numbers the questions until the center is known, then counts them out of the total', async () => {
    const { user } = await openApp();
    await startNow(user);
    const counter = () => screen.getByText(/^Question \d+/).textContent;
    expect(counter()).toBe('Question 1');
    await answer(user, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
    await findQuestion(Q.serviceRep);
    expect(counter()).toBe('Question 2');
    // Billing: the state is the last routing question, then four report pages and the contact.
    await answer(user, Q.serviceRep, choose('Yes'));
    await findQuestion(Q.state);
    expect(counter()).toBe('Question 3');
    await answer(user, Q.state, selectOption(startsWith(Q.state), 'TX'));
    await findQuestion(Q.bill);
    expect(counter()).toBe('Question 4 of 8');
    // Seen again, a page says what it said the first time.
    await clickLink(user, 'Back');
    await findQuestion(Q.state);
    expect(counter()).toBe('Question 3');
  });

  it('prefills the contact remembered from the last escalation', async () => {
    const { user } = await journey('billing');
    await clickLink(user, HOME);
    await startNow(user);
    await walk(user, stepsBefore(ANSWERS.billing, Q.contact));
    await findQuestion(Q.contact);
    expect(valueOf('Your name')).toBe(CONTACT.name);
    expect(valueOf('Company (the CLEC)')).toBe(CONTACT.company);
    expect(valueOf('Call-back telephone number')).toBe(CONTACT.phone);
    await pressContinue(user);
    await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS });
    expect(checkRowLines('Your name')).toEqual([CONTACT.name]);
  });

  it('prefills the time zone of the state on the symptoms page', async () => {
    const user = await toSymptoms('CA');
    expect(screen.getByLabelText('Time zone')).toHaveDisplayValue('Pacific (PT)');
    await answer(user, Q.checklist, ...checklist.actions, fill(/^Date/, '11/25/2026'));
    await walk(user, [escalation, contact]);
    await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS });
    expect(checkRowLines('Trouble started')).toEqual(['11/25/2026 PT']);
  });
});

describe('the trouble’s start', () => {
  it('“this morning” needs no date typed: one press writes today’s', async () => {
    const user = await toSymptoms('TX');
    await user.click(screen.getByRole('button', { name: /^Use today’s date/ }));
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(valueOf(/^Date/)).toBe(
      `${pad(today.getMonth() + 1)}/${pad(today.getDate())}/${String(today.getFullYear())}`,
    );
  });

  it('refuses a start hours in the future, saying what time it is now', async () => {
    const user = await toSymptoms('TX');
    const tomorrow = new Date(Date.now() + 30 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await answer(
      user,
      Q.checklist,
      ...checklist.actions,
      fill(
        /^Date/,
        `${pad(tomorrow.getMonth() + 1)}/${pad(tomorrow.getDate())}/${String(tomorrow.getFullYear())}`,
      ),
    );
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(/The trouble cannot start in the future: it is .* now/);
    expect(heading()).toHaveTextContent(Q.checklist);
  });
});

describe('an FOC pasted on the REQTYP page', () => {
  const FOC = [
    'Firm Order Confirmation',
    `PON: ${PON}`,
    'VER: 02',
    'REQTYP: BB',
    'D/TSENT: 11/20/2026 10:15 AM',
    'DD: 11/24/2026',
  ].join('\n');

  it('fills the PON, VER and dates, skips what it answered, and the check page says so', async () => {
    const { user } = await walkTo(orderPrefix('serviceRequest', 'BB'), Q.order);
    await user.click(screen.getByText('Paste the FOC to fill in the order’s details'));
    await fill('The FOC’s text', FOC)(user);
    await user.click(screen.getByRole('button', { name: 'Read the FOC' }));
    const review = await screen.findByRole('region', { name: 'What the FOC says' });
    for (const kept of [
      'FOC received: Yes',
      `PON: ${PON}`,
      'Version (VER): 02',
      `Requisition type (REQTYP): ${REQTYP_LABELS.BB}`,
      'FOC date (D/TSENT): 11/20/2026',
      'Due date (DD): 11/24/2026',
    ]) {
      expect(within(review).getByLabelText(startsWith(kept))).toBeChecked();
    }
    await user.click(within(review).getByRole('button', { name: 'Use these' }));

    // The REQTYP and the FOC questions are answered: the next question is the completion.
    const asked = await walk(user, [
      step(Q.completion, choose('No')),
      state('IL'),
      numbersAndOrders(),
      describeProblem,
      escalation,
      contact,
    ]);
    expect(asked).not.toContain(Q.foc);
    await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS });
    const fromFoc = (key: string) => within(checkRow(key)).queryByText('From the FOC');
    expect(checkRowLines('PON')).toEqual([PON]);
    expect(checkRowLines('Version (VER)')).toEqual(['02']);
    expect(checkRowLines('REQTYP')).toEqual([REQTYP_LABELS.BB]);
    expect(checkRowLines('FOC date')).toEqual(['11/20/2026']);
    expect(checkRowLines('Due date (DD)')).toEqual(['11/24/2026']);
    for (const key of [
      'PON',
      'Version (VER)',
      'REQTYP',
      'FOC received',
      'FOC date',
      'Due date (DD)',
    ]) {
      expect(fromFoc(key)).toBeInTheDocument();
    }
    for (const key of ['Order completed', 'State', 'Telephone numbers']) {
      expect(fromFoc(key)).toBeNull();
    }

    // Changed by hand, an answer is no longer the FOC's.
    await clickLink(user, 'Change PON');
    expect(await findQuestion(Q.order)).toBeInTheDocument();
    expect(screen.getByLabelText('PON (optional) From the FOC')).toHaveValue(PON);
    await answer(user, Q.order, fill(/^PON/, 'PRT-2'));
    await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS });
    expect(fromFoc('PON')).toBeNull();
    expect(fromFoc('Version (VER)')).toBeInTheDocument();
    await toResult(user);
    expect(reportText()).toMatch(/^PON: PRT-2$/m);
    expect(reportText()).toMatch(/^FOC date: 11\/20\/2026$/m);
    expect(reportText()).toMatch(/^Due date \(DD\): 11\/24\/2026$/m);
  });
});
