import { useSyncExternalStore } from 'react';
import { account, displayName, signInConfig } from '../api/account.ts';
import { useHydrating } from './hydrating.ts';
import { updates } from './pwa.ts';

/*
 * Sign-in as the user sees it (issue #26, docs/sign-in.md): in the header, "Sign in" or who is
 * signed in with "Sign out"; above the page, the notice that asks to sign in again without losing
 * anything, and the single file's notice that it cannot sign in. Nothing at all without sign-in
 * configured, and nothing in the prerendered HTML: who is signed in is known once the page runs.
 */

const noServerState = () => undefined;

function useSession() {
  return useSyncExternalStore(account.subscribe, account.getSnapshot, noServerState);
}

/** The single file, opened from disk: the provider cannot send the user back to a file: page. */
const openedFromFile = () => location.protocol === 'file:';

/**
 * Leaves for the provider (to sign in or out), once the answers are saved; comes back to the
 * same page. If the provider cannot be reached, the page stays as it was.
 */
async function leaveFor(action: 'signIn' | 'signOut'): Promise<void> {
  const session = await account.ready();
  if (!session) return;
  const stay = await updates.leaveSaved();
  // Back from the provider's page with the browser's Back button, the page is as it was.
  window.addEventListener('pageshow', stay, { once: true });
  await session[action]();
  // Still here: the provider could not be reached, and the "leave site?" warning comes back.
  stay();
}

/** The header's part: Sign in, or who is signed in and Sign out. */
export function AccountStatus() {
  const state = useSession();
  const hydrating = useHydrating();
  if (!signInConfig || hydrating || openedFromFile() || !state) return null;
  // While the page leaves for the provider, the session says "signingIn" and offers nothing.
  const action = state.status === 'signedIn' ? 'signOut' : 'signIn';
  return (
    <div className="header__account">
      {state.status === 'signedIn' ? (
        <p className="header__user">Signed in as {displayName(state.user)}</p>
      ) : null}
      {state.status === 'signingIn' ? (
        <p className="header__user">Signing in…</p>
      ) : (
        <button
          type="button"
          className="header__button"
          onClick={() => {
            void leaveFor(action);
          }}
        >
          {action === 'signOut' ? 'Sign out' : 'Sign in'}
        </button>
      )}
    </div>
  );
}

/** Above the page: why the user must sign in (again), or why this copy cannot. */
export function SignInNotices() {
  const state = useSession();
  const hydrating = useHydrating();
  if (!signInConfig || hydrating) return null;
  if (openedFromFile()) {
    const { appUrl } = signInConfig;
    return (
      <div className="notification">
        <p className="notification__title">This copy cannot sign in</p>
        <p className="body">
          Opened from a file, this copy of the tool cannot sign in to your organisation’s ticket
          system, so it cannot file or read escalations there. Everything else works: copy or
          download the report.
          {appUrl ? (
            <>
              {' '}
              To file tickets, use the hosted tool at <a href={appUrl}>{appUrl}</a>.
            </>
          ) : (
            ' To file tickets, use the hosted copy of this tool.'
          )}
        </p>
      </div>
    );
  }
  if (state?.status === 'expired') {
    return (
      <div className="notification" role="alert">
        <p className="notification__title">Your sign-in has ended</p>
        <p className="body">
          Sign in again to send and read escalations. Your answers, the report on screen and any
          queued ticket are kept; queued tickets are sent once you have signed in.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            void leaveFor('signIn');
          }}
        >
          Sign in again
        </button>
      </div>
    );
  }
  if (state?.status === 'signedOut' && state.problem) {
    return (
      <div className="notification" role="alert">
        <p className="notification__title">You are not signed in</p>
        <p className="body">{state.problem}</p>
      </div>
    );
  }
  return null;
}
