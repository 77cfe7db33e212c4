import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { Session } from '../api/session.ts';
import { createSession } from '../api/session.ts';
import type { SignInConfig } from '../api/signInConfig.ts';

/*
 * The sign-in session over the browser's own pieces: oidc-client-ts, the tab's sessionStorage
 * (never localStorage: docs/decisions/0009) and the address bar. Its own chunk, loaded by the
 * account (api/account.ts) only when sign-in is configured, and never before the first paint.
 */

/** Shows `url` without loading it, and tells the router, as navigate() does (router.ts). */
function replaceAddress(url: string): void {
  const oldURL = location.href;
  history.replaceState(null, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
}

export function openSession(config: SignInConfig): Session {
  const session = createSession({
    config,
    createUserManager: (settings) => new UserManager(settings),
    store: new WebStorageStateStore({ store: sessionStorage }),
    address: () => location.href,
    replaceAddress,
  });
  // Back from the provider's page with the browser's Back button, the page comes back as it was
  // left, "signing in": read again who is signed in.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) void session.start();
  });
  return session;
}
