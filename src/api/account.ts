import type { Session, SessionState, SignedInUser } from './session.ts';
import type { SignInConfig } from './signInConfig.ts';

/*
 * Who is signed in, for every part of the app that needs it (requests, the header, the report's
 * contact), without loading the sign-in library: the session (session.ts, with oidc-client-ts) is
 * its own chunk, which the app loads once the page is idle, at once when the address comes back
 * from the provider, and before the first request to the ticket system.
 */

/**
 * The sign-in settings the build checked (signInConfig.ts); undefined: no sign-in at all, as for
 * code loaded outside the app's build (a Node test server reusing the mock's handlers).
 */
export const signInConfig: SignInConfig | undefined =
  typeof __SIGN_IN__ === 'undefined' ? undefined : (__SIGN_IN__ ?? undefined);

export interface Account {
  /** How to load the session; the app gives it (only when sign-in is configured). */
  readonly setLoader: (load: () => Promise<Session>) => void;
  /** The session once loaded and started; undefined without sign-in or when it cannot load. */
  readonly ready: () => Promise<Session | undefined>;
  /** The session if it has loaded. */
  readonly current: () => Session | undefined;
  readonly subscribe: (listener: () => void) => () => void;
  /** The session's state; undefined until it has loaded (or without sign-in). */
  readonly getSnapshot: () => SessionState | undefined;
}

export function createAccount(): Account {
  let load: (() => Promise<Session>) | undefined;
  let loading: Promise<Session | undefined> | undefined;
  let session: Session | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    setLoader(loader) {
      load = loader;
    },
    ready() {
      if (!load) return Promise.resolve(undefined);
      loading ??= load().then(
        async (loaded) => {
          session = loaded;
          loaded.subscribe(notify);
          notify();
          await loaded.start();
          return loaded;
        },
        (error: unknown) => {
          // Offline before the sign-in's code was ever saved: requests go without a token, and
          // the next one tries to load it again.
          loading = undefined;
          console.error('The sign-in could not load', error);
          return undefined;
        },
      );
      return loading;
    },
    current: () => session,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => session?.getSnapshot(),
  };
}

/** How the header names the user: the ID token's name, else its e-mail, else its subject. */
export const displayName = (user: SignedInUser): string => user.name ?? user.email ?? user.subject;

/**
 * The signed-in user's name and e-mail from the ID token, as the report's contact answers: the
 * contact step starts with them, and the user can change them. Empty when nobody is signed in.
 */
export function signedInContact(state: SessionState | undefined): {
  readonly contactName?: string;
  readonly email?: string;
} {
  if (state?.status !== 'signedIn') return {};
  const { name, email } = state.user;
  return { ...(name ? { contactName: name } : {}), ...(email ? { email } : {}) };
}

/** The app's account. */
export const account: Account = createAccount();
