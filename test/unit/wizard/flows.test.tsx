import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY } from '../../../src/features/drafts/peek.ts';
import {
  ISOLATION_LABELS,
  PROBLEM_KIND_LABELS,
  REQTYP_LABELS,
} from '../../../src/domain/outcomes.ts';
import {
  answer,
  answerContact,
  checkRow,
  choose,
  heading,
  openApp,
  pasteInto,
  pressContinue,
  reportText,
  selectOption,
  startNow,
  typeInto,
} from './journey.tsx';

/** Up to the Ordering decision: problem, tariff, Service Rep, REQTYP AB, no facility issue. */
async function toFocQuestion(user: UserEvent) {
  await startNow(user);
  await answer(user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS.serviceRequest));
  await answer(user, 'Do you order this service from the Access Tariff?', choose('No'));
  await answer(
    user,
    'Have you already worked this problem with the AT&T Service Representative?',
    choose('Yes'),
    typeInto(/name or the ticket number/, 'Ticket 51'),
  );
  await answer(user, 'What is the REQTYP on the LSR?', choose(REQTYP_LABELS.AB));
  await answer(user, 'Is this a facility issue?', choose('No'));
}

/** An Ordering escalation, answered through to the check page. */
async function toCheckPage(user: UserEvent) {
  await toFocQuestion(user);
  await answer(user, 'Has AT&T sent the Firm Order Confirmation (FOC)?', choose('No'));
  await answer(user, 'Which state is the service in?', selectOption(/Which state/, 'TX'));
  await answer(user, 'What is the PON?', typeInto(/PON/, 'PON-77'));
  await answer(
    user,
    'Which telephone numbers are affected?',
    pasteInto(/telephone/, '214 555 0101'),
  );
  await answer(
    user,
    'Describe the problem',
    typeInto('Describe the problem', 'No FOC after 5 days'),
  );
  await answerContact(user);
  expect(heading()).toHaveTextContent('Check your answers before you escalate');
}

describe('errors', () => {
  it('shows the error summary, focused, with a link that moves to the field', async () => {
    const { user } = await openApp('#/step/problem');
    await pressContinue(user);
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    expect(summary).toHaveFocus();
    expect(document.title).toBe('Error: What is the problem about? — Escalate to AT&T Wholesale');
    const first = screen.getByLabelText(PROBLEM_KIND_LABELS.billing);
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText('Select what the problem is about', { selector: 'p' }),
    ).toHaveTextContent('Error: Select what the problem is about');
    await user.click(
      within(summary).getByRole('link', { name: 'Select what the problem is about' }),
    );
    expect(first).toHaveFocus();
    expect(window.location.hash).toBe('#/step/problem');
  });

  it('keeps everything typed and says how to fix each field', async () => {
    const { user } = await openApp('#/step/problem');
    await answer(user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS.billing));
    await answer(
      user,
      'Have you already worked this problem with the AT&T Service Representative?',
      choose('Yes'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/Enter the Service Representative’s name/);
    const reference = screen.getByLabelText(/name or the ticket number/);
    expect(reference).toHaveAttribute('aria-describedby', expect.stringContaining('-error'));
    expect(screen.getByLabelText('Yes')).toBeChecked();
  });

  it('lists each problem line of a long paste, but renders at most 50 of them', async () => {
    const { user } = await openApp();
    await startNow(user);
    await answer(user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS.billing));
    await answer(user, /Service Representative\?/, choose('Yes'), typeInto(/ticket/, 'T1'));
    await answer(user, 'Which state is the service in?', selectOption(/Which state/, 'KS'));
    const good = Array.from({ length: 300 }, (_, i) => `316 555 ${String(2000 + i)}`);
    const bad = Array.from({ length: 120 }, (_, i) => `316 55 ${String(i)}`);
    await answer(
      user,
      'Which telephone numbers are affected?',
      pasteInto(/telephone/, [...good, ...bad].join('\n')),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/line 301/);
    expect(screen.getByText(/300 numbers understood\. Fix these 120 lines:/)).toBeInTheDocument();
    expect(document.querySelectorAll('.list-issues__list li')).toHaveLength(50);
    expect(screen.getByText('And 70 more lines to fix.')).toBeInTheDocument();
    expect(screen.getByLabelText(/telephone numbers/)).toHaveValue([...good, ...bad].join('\n'));
  });
});

describe('progress and focus', () => {
  it('counts questions honestly: "Question N" until the path is known, then "of M"', async () => {
    const { user } = await openApp();
    await startNow(user);
    expect(screen.getByText('Question 1')).toBeInTheDocument();
    await answer(user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS.billing));
    await answer(user, /Service Representative\?/, choose('Yes'), typeInto(/ticket/, 'T1'));
    expect(screen.getByText('Question 3')).toBeInTheDocument();
    await answer(user, 'Which state is the service in?', selectOption(/Which state/, 'KS'));
    expect(screen.getByText('Question 4 of 6')).toBeInTheDocument();
    expect(heading()).toHaveFocus();
    expect(document.title).toBe(
      'Which telephone numbers are affected? — Escalate to AT&T Wholesale',
    );
  });

  it('flags Connecticut as historical as soon as it is chosen', async () => {
    const { user } = await openApp();
    await startNow(user);
    await answer(user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS.billing));
    await answer(user, /Service Representative\?/, choose('Yes'), typeInto(/ticket/, 'T1'));
    expect(screen.queryByText(/Frontier/)).toBeNull();
    await user.selectOptions(screen.getByLabelText(/Which state/), 'CT');
    expect(screen.getByText(/sold SNET \(Connecticut\) to Frontier/)).toBeInTheDocument();
  });
});

describe('URLs and history', () => {
  it('moves between steps with Back and Forward, answers intact', async () => {
    const { user } = await openApp();
    await startNow(user);
    await answer(user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS.billing));
    expect(window.location.hash).toBe('#/step/serviceRep');
    act(() => {
      window.history.back();
    });
    await screen.findByRole('heading', { level: 1, name: 'What is the problem about?' });
    expect(screen.getByLabelText(PROBLEM_KIND_LABELS.billing)).toBeChecked();
    act(() => {
      window.history.forward();
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Service Representative\?/ }),
    ).toHaveFocus();
  });

  it('lands a deep link to a step not reachable yet on the furthest reachable one', async () => {
    await openApp('#/step/contact');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What is the problem about?' }),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(window.location.hash).toBe('#/step/problem');
    });
  });

  it('treats an unknown address as the start page', async () => {
    await openApp('#/step/not-a-step');
    expect(heading()).toHaveTextContent('Escalate a problem to AT&T Wholesale');
  });
});

describe('check answers', () => {
  it('lists only the path taken; a change opens its new questions, then returns to check', async () => {
    const { user } = await openApp();
    await toCheckPage(user);
    expect(within(checkRow('FOC received')).getByText('No')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Change FOC received' }));
    expect(window.location.hash).toBe('#/step/foc?returnTo=check');
    await answer(user, 'Has AT&T sent the Firm Order Confirmation (FOC)?', choose('Yes'));
    // The change opened two questions: completion, and (for Provisioning) the service orders.
    await answer(user, 'Has AT&T completed the order?', choose('No'));
    await answer(
      user,
      'What are the AT&T service order numbers on the FOC?',
      typeInto(/service order/, 'N1234567'),
    );
    expect(heading()).toHaveTextContent('Check your answers before you escalate');
    expect(within(checkRow('Order completed')).getByText('No')).toBeInTheDocument();
    expect(within(checkRow('PON')).getByText('PON-77')).toBeInTheDocument();
    await pressContinue(user);
    expect(heading()).toHaveTextContent('Escalate to Provisioning');
  });

  it('shows what the number parser noted without blocking: repeats and fictional numbers', async () => {
    const { user } = await openApp();
    await toCheckPage(user);
    await user.click(screen.getByRole('link', { name: 'Change Telephone numbers' }));
    await answer(
      user,
      'Which telephone numbers are affected?',
      pasteInto(/telephone/, '312 555 1234\n(312) 555-1234\n214 555 0101'),
    );
    const row = checkRow('Telephone numbers');
    expect(within(row).getByText('2 telephone numbers')).toBeInTheDocument();
    expect(within(row).getByText('1 repeated entry counted once')).toBeInTheDocument();
    expect(
      within(row).getByText(/^Check line 3 \(“214 555 0101”\): .*fictional/),
    ).toBeInTheDocument();
  });

  it('drops the answers of a branch the user left', async () => {
    const { user } = await openApp();
    await toFocQuestion(user);
    await answer(user, 'Has AT&T sent the Firm Order Confirmation (FOC)?', choose('Yes'));
    await answer(user, 'Has AT&T completed the order?', choose('Yes'));
    await answer(user, 'Where has the trouble been isolated?', choose(ISOLATION_LABELS.attNetwork));
    await answer(user, /premises been reviewed/, choose('Yes'));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await answer(user, 'Has AT&T completed the order?', choose('No'));
    await answer(user, 'Which state is the service in?', selectOption(/Which state/, 'TX'));
    await answer(user, 'What is the PON?');
    await answer(user, 'Which telephone numbers are affected?');
    await answer(user, 'What are the AT&T service order numbers on the FOC?');
    await answer(user, 'Describe the problem', typeInto('Describe the problem', 'Stuck'));
    await answerContact(user);
    expect(screen.queryByText('Where the trouble is isolated')).toBeNull();
    expect(screen.queryByText('Premises equipment reviewed')).toBeNull();
    await pressContinue(user);
    expect(reportText()).not.toMatch(/isolat/i);
  });
});

describe('never losing work', () => {
  it('resumes after a reload, answers and half-typed text included', async () => {
    const first = await openApp();
    await startNow(first.user);
    await answer(first.user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS.billing));
    await first.user.type(screen.getByLabelText('Yes'), ' ');
    await first.user.type(screen.getByLabelText(/name or the ticket number/), 'Half-typed');
    first.unmount();

    const second = await openApp('#/');
    await second.user.click(screen.getByRole('link', { name: 'Resume your saved escalation' }));
    expect(heading()).toHaveTextContent(/Service Representative\?/);
    expect(screen.getByLabelText('Yes')).toBeChecked();
    expect(screen.getByLabelText(/name or the ticket number/)).toHaveValue('Half-typed');
  });

  it('starts afresh with a notice when the saved draft is damaged or old', async () => {
    localStorage.setItem(DRAFT_KEY, '{"version":0,"answers":{"problemKind":"nonsense"}}');
    await openApp('#/step/serviceRep');
    expect(heading()).toHaveTextContent('What is the problem about?');
    expect(
      screen.getByRole('region', { name: 'Your saved answers could not be restored' }),
    ).toBeInTheDocument();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('says so when the browser refuses to store anything, and keeps the work in memory', async () => {
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const { user } = await openApp();
    await startNow(user);
    await answer(user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS.billing));
    expect(screen.getByText(/cannot be saved on this device/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(screen.getByLabelText(PROBLEM_KIND_LABELS.billing)).toBeChecked();
  });

  it('asks before starting again, then forgets the answers but not the contact', async () => {
    const { user } = await openApp();
    await toCheckPage(user);
    await user.click(screen.getByRole('link', { name: 'Escalate to AT&T Wholesale' }));
    await user.click(screen.getByRole('link', { name: 'Start again' }));
    expect(heading()).toHaveTextContent('Delete your answers and start again?');
    await user.click(screen.getByRole('button', { name: 'Yes, delete and start again' }));
    expect(heading()).toHaveTextContent('Escalate a problem to AT&T Wholesale');
    expect(screen.queryByRole('link', { name: 'Resume your saved escalation' })).toBeNull();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();

    await startNow(user);
    await answer(user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS.billing));
    await answer(user, /Service Representative\?/, choose('Yes'), typeInto(/ticket/, 'T1'));
    await answer(user, 'Which state is the service in?', selectOption(/Which state/, 'KS'));
    await answer(user, 'Which telephone numbers are affected?');
    await answer(user, 'Describe the problem', typeInto('Describe the problem', 'x'));
    expect(screen.getByLabelText('Your name')).toHaveValue('Dana Reyes');
    expect(screen.getByLabelText('Call-back telephone number')).toHaveValue('312 555 0142');
  });

  it('warns before leaving with work not yet taken away', async () => {
    const { user } = await openApp();
    await startNow(user);
    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(false);
    await answer(user, 'What is the problem about?', choose(PROBLEM_KIND_LABELS.billing));
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(true);
  });
});

describe('taking the report away', () => {
  async function toResult(user: UserEvent) {
    await toCheckPage(user);
    await pressContinue(user);
    expect(heading()).toHaveTextContent('Escalate to Ordering');
  }

  it('copies the report and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const { user } = await openApp();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await toResult(user);
    await user.click(screen.getByRole('button', { name: 'Copy the report' }));
    expect(writeText).toHaveBeenCalledWith(reportText());
    expect(screen.getByText(/^Copied/)).toHaveAttribute('role', 'status');
  });

  it('falls back to a selected text box when the clipboard refuses', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('NotAllowedError')));
    const { user } = await openApp();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await toResult(user);
    await user.click(screen.getByRole('button', { name: 'Copy the report' }));
    const manual = await screen.findByLabelText(/Press Ctrl\+C \(or ⌘C on a Mac\)/);
    expect(manual).toHaveValue(reportText());
    expect(manual).toHaveFocus();
    const box = manual as HTMLTextAreaElement;
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, reportText().length]);
  });

  it('offers an e-mail draft with the subject and the report', async () => {
    const { user } = await openApp();
    await toResult(user);
    const link = screen.getByRole('link', { name: 'Open an e-mail draft' });
    const href = new URL(link.getAttribute('href') ?? '');
    expect(href.protocol).toBe('mailto:');
    expect(href.searchParams.get('subject')).toMatch(/PON PON-77/);
    expect(href.searchParams.get('body')).toBe(reportText());
  });

  it('shows the center’s contact and files the escalation as a ticket', async () => {
    const { user } = await openApp();
    await toResult(user);
    const phone = await screen.findByRole('link', { name: /555/ });
    expect(phone.getAttribute('href')).toMatch(/^tel:\+1/);
    await user.click(screen.getByRole('button', { name: 'Submit as a ticket' }));
    expect(await screen.findByText(/Your ticket reference is/)).toBeInTheDocument();
  });
});
