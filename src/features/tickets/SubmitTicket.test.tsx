import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { memoryStore } from '../../api/localStore.ts';
import {
  createOutbox,
  type CurrentReport,
  type Outbox,
  type OutboxOptions,
} from '../../api/outbox.ts';
import type { EscalationTicketInput } from '../../api/troubleTicket.ts';
import { describeChanges } from '../../domain/summary.ts';
import { db } from '../../mocks/db.ts';
import { injectFault } from '../../mocks/faults.ts';
import { server } from '../../mocks/server.ts';
import { changedInput, escalationInput } from '../../../test/unit/api/fixtures.ts';
import { recordPosts, setupMockBackend, simulateConnection } from '../../../test/msw.ts';
import { SubmitAction, SubmitConfirmation, useSubmission } from './SubmitTicket.tsx';
import { renderWithQueries } from './testing.tsx';

setupMockBackend();
// test/setup.ts does not unmount between tests (vitest runs without globals).
afterEach(cleanup);

const FAST_RETRIES = { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 50 };

/** The result page's part of it: the panel on top, the button beside Copy, the change note. */
function ResultPage({
  input,
  outbox,
  onFiled,
}: {
  input: EscalationTicketInput;
  outbox: Outbox;
  onFiled?: () => void;
}) {
  const { filed } = useSubmission(input.escalationId, outbox);
  return (
    <>
      <SubmitConfirmation input={input} outbox={outbox} />
      <SubmitAction
        input={input}
        outbox={outbox}
        changeNote={filed ? describeChanges(filed.summary, input.summary) : undefined}
        onFiled={onFiled}
      />
    </>
  );
}

function renderSubmit(options: OutboxOptions = {}, input = escalationInput()) {
  const outbox = createOutbox({ store: memoryStore(), retryPolicy: FAST_RETRIES, ...options });
  const onFiled = vi.fn();
  const { rerender } = renderWithQueries(
    <ResultPage input={input} outbox={outbox} onFiled={onFiled} />,
  );
  return {
    user: userEvent.setup(),
    input,
    outbox,
    onFiled,
    /** The result page showing another report of the same escalation. */
    show: (shown: EscalationTicketInput) => {
      rerender(<ResultPage input={shown} outbox={outbox} onFiled={onFiled} />);
    },
  };
}

const status = () => screen.getByRole('status');
const submitButton = () => screen.getByRole('button', { name: 'Submit as a ticket' });

/** The confirmation panel, once it shows a reference. */
async function filedPanel(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Escalation filed' });
}

describe('<SubmitAction> and <SubmitConfirmation>', () => {
  it('files exactly one ticket from a double click, and confirms it with its reference', async () => {
    injectFault('latency', { latencyMs: 100 });
    const posts = recordPosts();
    const { user, onFiled } = renderSubmit();

    await user.dblClick(submitButton());

    expect(status()).toHaveTextContent('Sending…');
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    const panel = await filedPanel();
    expect(panel).toHaveTextContent('Your ticket reference is TT-100001.');
    expect(screen.getByRole('link', { name: 'Open TT-100001 in My escalations' })).toHaveAttribute(
      'href',
      '#/escalations?ticket=TT-100001',
    );
    expect(posts).toHaveLength(1);
    expect(await db.list()).toHaveLength(1);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(onFiled).toHaveBeenCalledTimes(1);
  });

  it('says the service is slow once the outbox has waited long for an answer', async () => {
    injectFault('latency', { latencyMs: 200 });
    const timers: { ms: number; fire: () => void }[] = [];
    const { user } = renderSubmit({
      timer: (ms, fire) => {
        timers.push({ ms, fire });
        return () => {};
      },
    });

    await user.click(submitButton());

    expect(status()).toHaveTextContent(/^Sending…$/);
    expect(timers.map((t) => t.ms)).toEqual([5000]);
    act(() => {
      timers[0]?.fire();
    });
    expect(status()).toHaveTextContent(
      'Sending… AT&T’s ticket service is slow to answer. Keep this page open: the ticket will not be filed twice.',
    );
    expect(await filedPanel()).toHaveTextContent('TT-100001');
  });

  it('asks before sending a queued report whose answers no longer make one, then sends the one shown', async () => {
    const connection = simulateConnection(false);
    const why =
      'Some answers are missing since it was queued: finish the escalation, then send it.';
    let now: CurrentReport = { status: 'hold', message: why };
    const { user, outbox } = renderSubmit({
      isOnline: connection.isOnline,
      resolve: () => Promise.resolve(now),
    });
    onTestFinished(outbox.watch());
    await user.click(submitButton());

    connection.goOnline();

    expect(await screen.findByText(`Not sent yet. ${why}`)).toHaveRole('status');
    expect(await db.list()).toEqual([]);
    now = { status: 'unchanged' };
    await user.click(screen.getByRole('button', { name: 'Send this report' }));
    expect(await filedPanel()).toHaveTextContent('TT-100001');
  });

  it('explains a failure after the retries, and files the ticket on Retry', async () => {
    injectFault('500', { count: FAST_RETRIES.maxAttempts });
    const posts = recordPosts();
    const { user } = renderSubmit();

    await user.click(submitButton());

    expect(
      await screen.findByText(
        'Not sent. AT&T’s ticket service had an internal error (HTTP 500). Try again in a few minutes.',
      ),
    ).toHaveRole('status');
    expect(posts).toHaveLength(FAST_RETRIES.maxAttempts);
    expect(await db.list()).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'Escalation filed' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await filedPanel()).toHaveTextContent('TT-100001');
    expect(posts).toHaveLength(FAST_RETRIES.maxAttempts + 1);
    expect(await db.list()).toHaveLength(1);
  });

  it('says when it will retry a busy service (Retry-After), then files the ticket', async () => {
    injectFault('503', { count: 1, retryAfterSeconds: 5 });
    let resume = () => {};
    const waits: number[] = [];
    const { user } = renderSubmit({
      retryPolicy: { ...FAST_RETRIES, maxDelayMs: 30_000 },
      sleep: (ms) =>
        new Promise((resolve) => {
          waits.push(ms);
          resume = resolve;
        }),
    });

    await user.click(submitButton());

    expect(
      await screen.findByText('Sending… AT&T’s ticket service is busy; retrying in 5 s.'),
    ).toHaveRole('status');
    expect(waits).toEqual([5000]);
    resume();
    expect(await filedPanel()).toHaveTextContent('TT-100001');
    expect(await db.list()).toHaveLength(1);
  });

  it('queues the ticket offline, and sends it once when the connection returns', async () => {
    const connection = simulateConnection(false);
    const posts = recordPosts();
    const { user, outbox } = renderSubmit({ isOnline: connection.isOnline });
    onTestFinished(outbox.watch());

    await user.click(submitButton());

    await vi.waitFor(() => {
      expect(status()).toHaveTextContent('Queued — it will be sent when you are back online.');
    });
    expect(posts).toHaveLength(0);
    connection.goOnline();
    connection.goOnline();
    expect(await filedPanel()).toHaveTextContent('TT-100001');
    expect(posts).toHaveLength(1);
    expect(await db.list()).toHaveLength(1);
  });

  it('says a ticket refused for an ended sign-in (401) waits for the user to sign in again', async () => {
    const { user } = renderSubmit({
      create: () => Promise.reject(new ApiError('unauthorized', 'HTTP 401', { status: 401 })),
    });

    await user.click(submitButton());

    await vi.waitFor(() => {
      expect(status()).toHaveTextContent(
        'Queued — it will be sent once you have signed in again. Nothing is lost.',
      );
    });
    expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();
  });

  it('sends a report changed after filing to the same ticket, with a note of what changed', async () => {
    const { user, input, show } = renderSubmit();
    await user.click(submitButton());
    await filedPanel();
    const changed = changedInput(input);
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method !== 'OPTIONS') requests.push(request.method);
    });

    show(changed);

    expect(status()).toHaveTextContent(
      'Your answers changed after TT-100001 was filed: that ticket still holds the earlier report.',
    );
    await user.click(screen.getByRole('button', { name: 'Send the changes to TT-100001' }));

    expect(await filedPanel()).toHaveTextContent('Your ticket reference is TT-100001.');
    expect(requests).toEqual(['GET', 'PATCH']);
    const [ticket, ...others] = await db.list();
    expect(others).toEqual([]);
    expect(ticket).toMatchObject({ id: 'TT-100001', description: changed.summary });
    expect(ticket?.note?.at(-1)?.text).toBe(
      'The CLEC changed the escalation after filing it. PON: ACME-PON-0043 (was: ACME-PON-0042).',
    );
  });

  it('shows the confirmation only while the report shown is the one filed', async () => {
    const { user, input, show } = renderSubmit();
    await user.click(submitButton());
    await filedPanel();

    show(changedInput(input));
    expect(screen.queryByRole('region', { name: 'Escalation filed' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send the changes to TT-100001' })).toBeVisible();

    // The answers changed back: the ticket holds this report again.
    show(input);
    expect(screen.getByRole('region', { name: 'Escalation filed' })).toHaveTextContent('TT-100001');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(status().textContent).toBe('');
  });
});
