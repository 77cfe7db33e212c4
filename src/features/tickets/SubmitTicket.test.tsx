import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTicketOutbox, type TicketOutboxOptions } from '../../api/ticketOutbox.ts';
import { db } from '../../mocks/db.ts';
import { injectFault } from '../../mocks/faults.ts';
import { server } from '../../mocks/server.ts';
import { escalationInput } from '../../../test/unit/api/fixtures.ts';
import { setupMockBackend } from '../../../test/msw.ts';
import { SubmitTicket } from './SubmitTicket.tsx';
import { renderWithQueries } from './testing.tsx';

setupMockBackend();
// test/setup.ts does not unmount between tests (vitest runs without globals).
afterEach(cleanup);

const FAST_RETRIES = { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 50 };

function renderSubmit(options: TicketOutboxOptions = {}) {
  const input = escalationInput();
  const outbox = createTicketOutbox({
    storage: localStorage,
    retryPolicy: FAST_RETRIES,
    ...options,
  });
  renderWithQueries(<SubmitTicket input={input} outbox={outbox} />);
  return {
    user: userEvent.setup(),
    button: screen.getByRole('button', { name: 'Submit as a ticket' }),
  };
}

/** How many tickets were POSTed: the guards must keep it to one, not just the idempotency key. */
function countPosts(): () => number {
  let posts = 0;
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST') posts += 1;
  });
  return () => posts;
}

const sent = () => screen.findByText(/^Sent\. Your ticket reference is TT-\d+\.$/);

describe('<SubmitTicket>', () => {
  it('makes exactly one ticket from a double click', async () => {
    injectFault('latency', { latencyMs: 100 });
    const posts = countPosts();
    const { user, button } = renderSubmit();

    await user.dblClick(button);

    expect(screen.getByRole('status')).toHaveTextContent('Sending…');
    expect(button).toBeDisabled();
    await sent();
    expect(posts()).toBe(1);
    expect(db.list()).toHaveLength(1);
    expect(
      screen.getByRole('link', { name: `Open ${db.list()[0]?.id ?? ''} in My escalations` }),
    ).toHaveAttribute('href', `#/escalations?ticket=${db.list()[0]?.id ?? ''}`);
  });

  it('explains a failure after the retries, and files the ticket on Retry', async () => {
    injectFault('500', { count: FAST_RETRIES.maxAttempts });
    const { user, button } = renderSubmit();

    await user.click(button);

    expect(
      await screen.findByText(
        'Not sent. AT&T’s ticket service had an internal error (HTTP 500). Try again in a few minutes.',
      ),
    ).toHaveRole('status');
    expect(db.list()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await sent();
    expect(db.list()).toHaveLength(1);
  });

  it('says when it will retry a busy service, then sends', async () => {
    injectFault('503', { count: 1, retryAfterSeconds: 5 });
    let resume = () => {};
    const { user, button } = renderSubmit({
      retryPolicy: { ...FAST_RETRIES, maxDelayMs: 30_000 },
      sleep: () =>
        new Promise((resolve) => {
          resume = resolve;
        }),
    });

    await user.click(button);

    expect(
      await screen.findByText('Sending… AT&T’s ticket service is busy; retrying in 5 s.'),
    ).toBeInTheDocument();
    resume();
    await sent();
    expect(db.list()).toHaveLength(1);
  });

  it('queues the ticket offline and sends it once when the connection returns', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const posts = countPosts();
    const { user, button } = renderSubmit();

    await user.click(button);

    expect(screen.getByRole('status')).toHaveTextContent(
      'Queued — it will be sent when you are back online',
    );
    expect(posts()).toBe(0);
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await sent();
    expect(posts()).toBe(1);
    expect(db.list()).toHaveLength(1);
  });
});
