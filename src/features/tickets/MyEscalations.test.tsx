import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTroubleTicket } from '../../api/tickets.ts';
import { toTroubleTicketCreate } from '../../api/troubleTicket.ts';
import { injectFault } from '../../mocks/faults.ts';
import { escalationInput } from '../../../test/unit/api/fixtures.ts';
import { setupMockBackend } from '../../../test/msw.ts';
import { MyEscalations } from './MyEscalations.tsx';
import { TicketDetail } from './TicketDetail.tsx';
import { renderWithQueries } from './testing.tsx';

setupMockBackend();
afterEach(cleanup);

function file(overrides: Parameters<typeof escalationInput>[0] = {}) {
  const input = escalationInput(overrides);
  return createTroubleTicket(toTroubleTicketCreate(input), input.escalationId);
}

describe('<MyEscalations>', () => {
  it('lists the tickets filed, newest first, and opens one', async () => {
    const older = await file({
      ticketType: 'Provisioning escalation',
      summary: 'Loop not delivered\nmore',
    });
    const newer = await file();
    const onOpen = vi.fn();
    renderWithQueries(<MyEscalations onOpen={onOpen} />);

    expect(screen.getByRole('heading', { level: 1, name: 'My escalations' })).toBeInTheDocument();
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent)
          .slice(1),
      ),
    ).toEqual([
      [
        'Acknowledged',
        'LNP premature disconnect',
        'Premature disconnect of pending LNP conversion',
      ],
      ['Acknowledged', 'Provisioning escalation', 'Loop not delivered'],
    ]);

    await userEvent.setup().click(screen.getByRole('link', { name: older.id }));
    expect(onOpen).toHaveBeenCalledWith(older.id);
    expect(screen.getByRole('link', { name: newer.id })).toHaveAttribute(
      'href',
      `#/escalations?ticket=${newer.id}`,
    );
  });

  it('says so when there is nothing yet', async () => {
    renderWithQueries(<MyEscalations />);
    expect(
      await screen.findByText(/You have not filed an escalation as a ticket yet/),
    ).toBeInTheDocument();
  });

  it('explains a failed load and tries again', async () => {
    await file();
    injectFault('503', { count: 1 });
    renderWithQueries(<MyEscalations />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'AT&T’s ticket service is busy. Wait a minute, then try again.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByRole('row')).toHaveLength(2);
  });
});

describe('<TicketDetail>', () => {
  it('shows the ticket, adds a note, and cancels after a confirmation', async () => {
    const ticket = await file();
    const user = userEvent.setup();
    renderWithQueries(<TicketDetail id={ticket.id} />);

    expect(await screen.findByText('ACME-PON-0042')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Escalation ${ticket.id}`);
    expect(screen.getByText('312-555-0142, 312-555-0143')).toBeInTheDocument();
    expect(screen.getByText('73/HCGS/123456/000/NE')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByText('Enter the text of the note')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Add a note'), 'End user confirms no dial tone.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText(/: End user confirms no dial tone\.$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cancel this escalation' }));
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    await user.click(screen.getByRole('button', { name: 'Cancel this escalation' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect(await screen.findByText('Cancelled — Cancelled by the CLEC')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Cancel this escalation' }),
    ).not.toBeInTheDocument();
  });

  it('explains an unknown reference', async () => {
    renderWithQueries(<TicketDetail id="TT-1" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'AT&T’s ticket service does not know this ticket.',
    );
  });
});
