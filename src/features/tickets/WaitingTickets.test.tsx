import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWaitingList } from '../../api/outboxWaiting.ts';
import { WaitingTickets } from './WaitingTickets.tsx';

afterEach(cleanup);

const op = (escalationId: string, pon: string, stop: object = {}) => ({
  escalationId,
  kind: 'create',
  ticket: { externalIdentifier: [{ id: pon, externalIdentifierType: 'PON' }] },
  ...stop,
});

describe('<WaitingTickets> on the start page', () => {
  it('lists each ticket not sent yet with what to do about it', async () => {
    const record = {
      operations: [
        op('e1', 'ACME-PON-0100'),
        op('e2', 'ACME-PON-0200', { failed: { message: 'AT&T’s ticket service refused it.' } }),
        op('e3', 'ACME-PON-0300', { held: { message: 'Some answers are missing.' } }),
      ],
    };
    const onSendAgain = vi.fn();
    render(
      <WaitingTickets
        onSendAgain={onSendAgain}
        list={createWaitingList(() => Promise.resolve(record))}
      />,
    );
    const user = userEvent.setup();

    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'PON ACME-PON-0100 — Queued (not sent yet)',
      'PON ACME-PON-0200 — Not sent',
      'PON ACME-PON-0300 — Waiting for you',
    ]);
    expect(screen.getByText('It will be sent when you are back online.')).toBeVisible();
    expect(screen.getByText('Some answers are missing.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the report PON ACME-PON-0100' })).toHaveAttribute(
      'href',
      '#/resume?draft=e1',
    );
    expect(
      screen.getByRole('link', { name: 'Check the answers PON ACME-PON-0300' }),
    ).toHaveAttribute('href', '#/resume?draft=e3');

    await user.click(screen.getByRole('button', { name: 'Send again PON ACME-PON-0200' }));

    expect(onSendAgain).toHaveBeenCalledWith('e2');
  });

  it('shows nothing when every ticket has left', async () => {
    const read = vi.fn(() => Promise.resolve({ operations: [] }));
    const { container } = render(
      <WaitingTickets onSendAgain={vi.fn()} list={createWaitingList(read)} />,
    );
    await vi.waitFor(() => {
      expect(read).toHaveBeenCalled();
    });
    expect(container).toBeEmptyDOMElement();
  });
});
