import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session, SessionState } from '../api/session.ts';
import type { SignInConfig } from '../api/signInConfig.ts';
import { AccountStatus, SignInNotices } from './Account.tsx';

// The build's sign-in settings, as a build with an issuer writes them (hoisted with the mock).
const { CONFIG } = vi.hoisted((): { CONFIG: SignInConfig } => ({
  CONFIG: {
    issuer: 'https://login.example.com',
    clientId: 'escalation-wizard',
    scopes: 'openid profile email escalations',
    audience: undefined,
    appUrl: 'https://tools.example.com/escalation/',
    accessHelp: undefined,
  },
}));

vi.mock('../api/account.ts', async (original) => ({
  ...(await original<typeof import('../api/account.ts')>()),
  signInConfig: CONFIG,
}));
const { account } = await import('../api/account.ts');

/** The app's session, in the state the test sets. */
let state: SessionState = { status: 'signedOut' };
const listeners = new Set<() => void>();
const session: Session = {
  subscribe: (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: () => state,
  start: () => Promise.resolve(),
  signIn: vi.fn(() => {
    state = { status: 'signingIn' };
    return new Promise<void>(() => undefined);
  }),
  signOut: vi.fn(() => Promise.resolve()),
  accessToken: () => undefined,
  refused: () => undefined,
};
account.setLoader(() => Promise.resolve(session));
await account.ready();

function becomes(next: SessionState): void {
  act(() => {
    state = next;
    for (const listener of listeners) listener();
  });
}

const ALICE = {
  name: 'Alice Coordinator',
  email: 'alice@clec.test',
  subject: 'alice',
  accessToken: 'token',
  expiresAt: undefined,
};

/** Moves the page to `url` through happy-dom: no page script can change the protocol. */
const setPageUrl = (url: string): void => {
  (window as unknown as { happyDOM: { setURL: (to: string) => void } }).happyDOM.setURL(url);
};

afterEach(() => {
  cleanup();
  setPageUrl('http://127.0.0.1/');
});

describe('sign-in as the user sees it', () => {
  it('offers Sign in, then names who is signed in with Sign out', () => {
    render(<AccountStatus />);
    becomes({ status: 'signedOut' });
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();

    becomes({ status: 'signedIn', user: ALICE });
    expect(screen.getByText('Signed in as Alice Coordinator')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });

  it('asks to sign in again, keeping everything, when the sign-in ended; the button signs in', async () => {
    render(<SignInNotices />);
    becomes({ status: 'expired' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Your answers, the report on screen and any queued ticket are kept',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));

    expect(session.signIn).toHaveBeenCalledTimes(1);
  });

  it('says why a sign-in did not finish', () => {
    render(<SignInNotices />);
    becomes({ status: 'signedOut', problem: 'Sign-in did not finish (access_denied).' });
    expect(screen.getByRole('alert')).toHaveTextContent('Sign-in did not finish (access_denied).');
  });

  it('says the single file cannot sign in, and points to the hosted app', () => {
    setPageUrl('file:///C:/Users/dana/escalation-wizard.html');
    render(
      <>
        <AccountStatus />
        <SignInNotices />
      </>,
    );
    expect(screen.getByText(/cannot sign in to your organisation’s ticket system/)).toBeVisible();
    expect(screen.getByRole('link', { name: CONFIG.appUrl })).toHaveAttribute(
      'href',
      CONFIG.appUrl,
    );
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });
});
