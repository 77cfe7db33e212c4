import type {
  SignoutResponse,
  StateStore,
  User,
  UserManager,
  UserManagerSettings,
} from 'oidc-client-ts';
import type { SignInConfig } from './signInConfig.ts';

/*
 * Who is signed in to the organisation's ticket system (issue #26, docs/sign-in.md): OpenID
 * Connect with the authorization-code flow and PKCE, done by oidc-client-ts, whose UserManager is
 * injected, so this engine is tested without a provider and without real time.
 * - Tokens live in memory and in the store given (the tab's sessionStorage, so a reload keeps the
 *   user signed in and a closed tab forgets them); never in localStorage (docs/decisions/0009).
 * - The sign-in leaves the page for the provider's and comes back to the page's own address with
 *   ?code=…&state=…: start() finishes it, removes them from the address bar and returns to the
 *   page the user was on (its #route travels in the sign-in's state).
 * - The access token is renewed with the refresh token shortly before it expires. A token that
 *   expired anyway, or that the ticket system refused (401), asks the user to sign in again.
 */

/** The user as the ID token names them, and the access token requests carry. */
export interface SignedInUser {
  /** The ID token's name and e-mail claims. */
  readonly name: string | undefined;
  readonly email: string | undefined;
  /** The ID token's subject: the account's id at the provider. */
  readonly subject: string;
  readonly accessToken: string;
  /** When the access token expires, in milliseconds since the epoch (undefined: not said). */
  readonly expiresAt: number | undefined;
}

export type SessionState =
  | {
      readonly status: 'signedOut';
      /** Why the last sign-in did not finish, in words for the user. */
      readonly problem?: string;
    }
  /** On the way to the provider, or back from it. */
  | { readonly status: 'signingIn' }
  | { readonly status: 'signedIn'; readonly user: SignedInUser }
  /** The token expired or was refused: the user must sign in again; nothing else is lost. */
  | { readonly status: 'expired' };

/** The part of oidc-client-ts's UserManager the session uses. */
export type SessionUserManager = Pick<
  UserManager,
  | 'getUser'
  | 'removeUser'
  | 'signinRedirect'
  | 'signinCallback'
  | 'signinSilent'
  | 'signoutRedirect'
  | 'signoutCallback'
> & {
  readonly events: Pick<
    UserManager['events'],
    'addUserLoaded' | 'addAccessTokenExpiring' | 'addAccessTokenExpired'
  >;
};

export interface SessionOptions {
  readonly config: SignInConfig;
  /** Makes the UserManager for these settings (the app: `new UserManager(settings)`). */
  readonly createUserManager: (settings: UserManagerSettings) => SessionUserManager;
  /** Where the tokens and the sign-in's state are kept: the tab's sessionStorage. */
  readonly store: StateStore;
  /** The page's address now. */
  readonly address: () => string;
  /** Shows `url` in the address bar without loading it, and follows its #route. */
  readonly replaceAddress: (url: string) => void;
  /** The time now, in milliseconds since the epoch. */
  readonly now?: () => number;
}

export interface Session {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => SessionState;
  /** Finishes a sign-in or sign-out the address comes back from, else reads the kept user. */
  readonly start: () => Promise<void>;
  /** Leaves for the provider's sign-in page; comes back to the page the user is on. */
  readonly signIn: () => Promise<void>;
  /** Forgets the tokens, then leaves for the provider's sign-out page. */
  readonly signOut: () => Promise<void>;
  /** The access token to send, while signed in. */
  readonly accessToken: () => string | undefined;
  /** The ticket system refused the token (401): the user must sign in again. */
  readonly refused: () => void;
}

/** Why a user who is not signed in is asked to, when the ticket system refused them (401). */
export const SIGN_IN_TO_SEND =
  'The ticket system lets in only signed-in people: sign in to send and read escalations. Your answers and anything queued are kept, and queued tickets are sent once you have signed in.';

/** How long before it expires the access token is renewed. */
export const RENEW_BEFORE_SECONDS = 20;

/** The page's own address, without query or #route: the redirect URI under any sub-path. */
export function pageUrl(address: string): string {
  const url = new URL(address);
  return url.origin + url.pathname;
}

/** What oidc-client-ts is told: the contract with the provider (docs/sign-in.md). */
export function userManagerSettings(
  config: SignInConfig,
  address: string,
  store: StateStore,
): UserManagerSettings {
  const redirect = pageUrl(address);
  const resource = config.audience ? { resource: config.audience } : {};
  return {
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: redirect,
    post_logout_redirect_uri: redirect,
    response_type: 'code',
    scope: config.scopes,
    // The audience goes on the authorization request (`resource` setting) and on the code's
    // exchange (extraTokenParams): the provider then issues a JWT for the ticket system.
    ...resource,
    extraTokenParams: { ...resource },
    userStore: store,
    stateStore: store,
    // Renewal is the engine's: the library's own would refresh without the `resource`, and get a
    // token the ticket system does not accept.
    automaticSilentRenew: false,
    accessTokenExpiringNotificationTimeInSeconds: RENEW_BEFORE_SECONDS,
    // The name and e-mail come from the ID token: the provider's userinfo endpoint does not take
    // an access token issued for another audience.
    loadUserInfo: false,
  };
}

const hasCallback = (params: URLSearchParams) =>
  params.has('state') && (params.has('code') || params.has('error'));

function describeSignInFailure(error: unknown): string {
  const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Sign-in did not finish${reason}. Try signing in again.`;
}

export function createSession(options: SessionOptions): Session {
  const { config, createUserManager, store, address, replaceAddress } = options;
  const now = options.now ?? Date.now;
  const manager = createUserManager(userManagerSettings(config, address(), store));
  const listeners = new Set<() => void>();
  let state: SessionState = { status: 'signedOut' };

  const set = (next: SessionState): void => {
    state = next;
    for (const listener of listeners) listener();
  };

  function fromUser(user: User | null | undefined): SessionState {
    if (!user?.access_token) return { status: 'signedOut' };
    const expiresAt = user.expires_at === undefined ? undefined : user.expires_at * 1000;
    if (expiresAt !== undefined && expiresAt <= now()) return { status: 'expired' };
    const { name, email, sub } = user.profile;
    return {
      status: 'signedIn',
      user: {
        name,
        email,
        subject: sub,
        accessToken: user.access_token,
        expiresAt,
      },
    };
  }

  manager.events.addUserLoaded((user) => {
    set(fromUser(user));
  });
  manager.events.addAccessTokenExpiring(() => {
    void manager
      .signinSilent(config.audience ? { resource: config.audience } : {})
      // A renewal that failed (offline, or the provider ended the session) is not an error yet:
      // the token still works until it expires, and then the user is asked to sign in again.
      .catch(() => undefined);
  });
  manager.events.addAccessTokenExpired(() => {
    if (state.status === 'signedIn') set({ status: 'expired' });
  });

  /** Shows the page's address without the provider's answer, on the #route it came back to. */
  function returnTo(route: string | undefined): void {
    replaceAddress(pageUrl(address()) + (route ?? ''));
  }

  async function finishSignIn(): Promise<void> {
    set({ status: 'signingIn' });
    let user: User | undefined;
    try {
      user = await manager.signinCallback(address());
    } catch (error) {
      returnTo(undefined);
      set({ status: 'signedOut', problem: describeSignInFailure(error) });
      return;
    }
    returnTo(user?.url_state);
    set(fromUser(user));
  }

  async function finishSignOut(): Promise<void> {
    let response: SignoutResponse | undefined;
    try {
      response = await manager.signoutCallback(address());
    } catch {
      // An answer this tab did not ask for: the address is cleaned all the same.
    }
    returnTo(response?.url_state);
    set({ status: 'signedOut' });
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    async start() {
      const params = new URL(address()).searchParams;
      if (hasCallback(params)) return finishSignIn();
      if (params.has('state')) return finishSignOut();
      set(fromUser(await manager.getUser().catch(() => null)));
    },
    async signIn() {
      set({ status: 'signingIn' });
      try {
        await manager.signinRedirect({ url_state: new URL(address()).hash });
      } catch (error) {
        // The provider could not be reached (offline, or a wrong issuer): nothing was lost.
        set({ status: 'signedOut', problem: describeSignInFailure(error) });
      }
    },
    async signOut() {
      const route = new URL(address()).hash;
      set({ status: 'signedOut' });
      try {
        // Removes the kept user first, then leaves for the provider, which ends its own session.
        await manager.signoutRedirect({ url_state: route });
      } catch {
        // The provider could not be reached: the tokens are forgotten here all the same.
        await manager.removeUser().catch(() => undefined);
      }
    },
    accessToken: () => (state.status === 'signedIn' ? state.user.accessToken : undefined),
    refused() {
      if (state.status === 'signingIn') return;
      // Someone who never signed in (or signed out) has no sign-in that "ended": they are asked
      // to sign in, with the header's Sign in.
      set(
        state.status === 'signedOut'
          ? { status: 'signedOut', problem: SIGN_IN_TO_SEND }
          : { status: 'expired' },
      );
      // A reload must not bring the refused token back.
      void manager.removeUser().catch(() => undefined);
    },
  };
}
