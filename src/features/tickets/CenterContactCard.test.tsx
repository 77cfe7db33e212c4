import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { injectFault } from '../../mocks/faults.ts';
import { setupMockBackend } from '../../../test/msw.ts';
import { CenterContactCard } from './CenterContactCard.tsx';
import { renderWithQueries } from './testing.tsx';

setupMockBackend();
afterEach(cleanup);

const KEY = { function: 'lnp', region: 'midwest', productType: 'loopWithLnp' } as const;

describe('<CenterContactCard>', () => {
  it('shows who to call, marked as sample data', async () => {
    renderWithQueries(<CenterContactCard contactKey={KEY} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the center’s contact details…');
    const phone = await screen.findByRole('link', { name: /^312-555-01\d\d$/ });
    expect(phone.getAttribute('href')).toMatch(/^tel:\+131255501\d\d$/);
    expect(screen.getByText('Midwest LNP: Loop with LNP')).toBeInTheDocument();
    expect(screen.getByText('24 hours, 7 days')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'lnp.midwest.loopwithlnp@example.com' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Sample data — not real AT&T numbers/)).toBeInTheDocument();
  });

  it('falls back to the bundled list when the network fails', async () => {
    injectFault('network');
    renderWithQueries(<CenterContactCard contactKey={KEY} />);
    expect(
      await screen.findByText(/The latest contact list could not be loaded/, {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Midwest LNP: Loop with LNP')).toBeInTheDocument();
  });
});
