import type { StateStore, UserManagerSettings } from 'oidc-client-ts';
import { InMemoryWebStorage, User, WebStorageStateStore } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import { displayName } from './account.ts';
import { SIGN_IN_TO_SEND, createSession, pageUrl, userManagerSettings } from './session.ts';
import type { SignInConfig } from './signInConfig.ts';

const CONFIG: SignInConfig = {
  issuer: 'https://login.example.com',
  clientId: 'escalation-wizard',
  scopes: 'openid profile email escalations',
  audience: 'https://tickets.test/',
  appUrl: undefined,
  accessHelp: undefined,
};
const NOW = Date.UTC(2026, 11, 7, 9, 0, 0);
const PAGE = 'https://tools.example.com/escalation/';

function userFor(
  profile: { name?: string; email?: string },
  token = 'token-1',
  expiresInSeconds = 300,
  urlState?: string,
): User {
  return new User({
    access_token: token,
    token_type: 'Bearer',
    refresh_token: 'refresh-1',
    profile: { sub: 'alice', iss: CONFIG.issuer, aud: CONFIG.clientId, exp: 0, iat: 0, ...profile },
    expires_at: NOW / 1000 + expiresInSeconds,
    ...(urlState === undefined ? {} : { url_state: urlState }),
  });
}

type Callback = (...args: never[]) => unknown;

/** A UserManager that answers as the provider would, and lets the test fire its events. */
function fakeManager(kept: User | null = null) {
  const handlers: Record<string, Callback[]> = {};
  const on = (name: string) => (callback: Callback) => {
    (handlers[name] ??= []).push(callback);
    return () => undefined;
  };
  let stored = kept;
  const fire = (name: string, ...args: unknown[]) => {
    for (const handler of handlers[name] ?? []) (handler as (...a: unknown[]) => void)(...args);
  };
  const manager = {
    getUser: vi.fn(() => Promise.resolve(stored)),
    removeUser: vi.fn(() => {
      stored = null;
      return Promise.resolve();
    }),
    signinRedirect: vi.fn(() => Promise.resolve()),
    signinCallback: vi.fn((): Promise<User | undefined> => Promise.resolve(undefined)),
    signinSilent: vi.fn((): Promise<User | null> => Promise.resolve(null)),
    signoutRedirect: vi.fn(() => {
      stored = null;
      return Promise.resolve();
    }),
    signoutCallback: vi.fn(() => Promise.resolve(undefined)),
    events: {
      addUserLoaded: on('userLoaded'),
      addAccessTokenExpiring: on('expiring'),
      addAccessTokenExpired: on('expired'),
    },
  };
  /** A new user from the provider: what the library announces after a sign-in or renewal. */
  const load = (user: User) => {
    stored = user;
    fire('userLoaded', user);
  };
  return { manager, fire, load };
}

function setup(options: { address?: string; kept?: User | null } = {}): ReturnType<
  typeof fakeManager
> & {
  session: ReturnType<typeof createSession>;
  shown: string[];
  settings: () => UserManagerSettings | undefined;
} {
  const fake = fakeManager(options.kept ?? null);
  let address = options.address ?? `${PAGE}#/step/contact`;
  const shown: string[] = [];
  let settings: UserManagerSettings | undefined;
  const session = createSession({
    config: CONFIG,
    createUserManager: (given) => {
      settings = given;
      return fake.manager;
    },
    store: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    address: () => address,
    replaceAddress: (url) => {
      shown.push(url);
      address = url;
    },
    now: () => NOW,
  });
  return { ...fake, session, shown, settings: () => settings };
}

describe('createSession', () => {
  it('starts signed out when this tab keeps no user, and signed in when it does', async () => {
    const out = setup();
    await out.session.start();
    expect(out.session.getSnapshot()).toEqual({ status: 'signedOut' });
    expect(out.session.accessToken()).toBeUndefined();

    const kept = setup({ kept: userFor({ name: 'Alice Coordinator', email: 'alice@clec.test' }) });
    await kept.session.start();
    expect(kept.session.getSnapshot()).toEqual({
      status: 'signedIn',
      user: {
        name: 'Alice Coordinator',
        email: 'alice@clec.test',
        subject: 'alice',
        accessToken: 'token-1',
        expiresAt: NOW + 300_000,
      },
    });
    expect(kept.session.accessToken()).toBe('token-1');
  });

  it('asks to sign in again when the kept token has expired', async () => {
    const { session } = setup({ kept: userFor({ name: 'Alice' }, 'old', -5) });
    await session.start();
    expect(session.getSnapshot()).toEqual({ status: 'expired' });
    expect(session.accessToken()).toBeUndefined();
  });

  it('names the user by the ID token’s name, else its e-mail, else its subject', async () => {
    const { session } = setup({ kept: userFor({ email: 'bob@clec.test' }) });
    await session.start();
    const state = session.getSnapshot();
    if (state.status !== 'signedIn') throw new Error('not signed in');
    expect(state.user).toMatchObject({ name: undefined, email: 'bob@clec.test' });
    expect(displayName(state.user)).toBe('bob@clec.test');
    expect(displayName({ ...state.user, name: 'Bob Outsider' })).toBe('Bob Outsider');
    expect(displayName({ ...state.user, email: undefined })).toBe('alice');
  });

  it('leaves for the provider with the page’s #route, to come back to it', async () => {
    const { session, manager } = setup();
    await session.start();
    await session.signIn();
    expect(manager.signinRedirect).toHaveBeenCalledWith({ url_state: '#/step/contact' });
    expect(session.getSnapshot()).toEqual({ status: 'signingIn' });
  });

  it('finishes the sign-in the address comes back with, and returns to the saved page', async () => {
    const address = `${PAGE}?code=abc&state=xyz`;
    const { session, manager, shown } = setup({ address });
    manager.signinCallback.mockResolvedValue(
      userFor({ name: 'Alice Coordinator' }, 'token-1', 300, '#/step/contact'),
    );
    await session.start();
    expect(manager.signinCallback).toHaveBeenCalledWith(address);
    expect(shown).toEqual([`${PAGE}#/step/contact`]);
    expect(session.accessToken()).toBe('token-1');
  });

  it('says why a sign-in did not finish, and cleans the address', async () => {
    const { session, manager, shown } = setup({
      address: `${PAGE}?error=access_denied&state=xyz`,
    });
    manager.signinCallback.mockRejectedValue(new Error('access_denied'));
    await session.start();
    expect(session.getSnapshot()).toEqual({
      status: 'signedOut',
      problem: 'Sign-in did not finish (access_denied). Try signing in again.',
    });
    expect(shown).toEqual([PAGE]);
  });

  it('renews the token with the ticket system’s audience before it expires', async () => {
    const { session, manager, fire, load } = setup({ kept: userFor({ name: 'Alice' }) });
    await session.start();
    fire('expiring');
    expect(manager.signinSilent).toHaveBeenCalledWith({ resource: 'https://tickets.test/' });
    load(userFor({ name: 'Alice' }, 'token-2'));
    expect(session.accessToken()).toBe('token-2');
  });

  it('asks to sign in again when the token expired without renewal', async () => {
    const { session, manager, fire } = setup({ kept: userFor({ name: 'Alice' }) });
    manager.signinSilent.mockRejectedValue(new Error('offline'));
    await session.start();
    fire('expiring');
    expect(session.getSnapshot().status).toBe('signedIn');
    fire('expired');
    expect(session.getSnapshot()).toEqual({ status: 'expired' });
    expect(session.accessToken()).toBeUndefined();
  });

  it('asks someone who never signed in to sign in, not to sign in "again", when refused', async () => {
    const { session } = setup();
    await session.start();
    expect(session.getSnapshot()).toEqual({ status: 'signedOut' });
    session.refused();
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', problem: SIGN_IN_TO_SEND });
  });

  it('asks to sign in again when the ticket system refuses the token, and tells listeners', async () => {
    const { session } = setup({ kept: userFor({ name: 'Alice' }) });
    await session.start();
    const heard = vi.fn();
    session.subscribe(heard);
    session.refused();
    expect(session.getSnapshot()).toEqual({ status: 'expired' });
    expect(session.accessToken()).toBeUndefined();
    expect(heard).toHaveBeenCalled();
  });

  it('forgets the tokens on sign-out, even when the provider cannot be reached', async () => {
    const signedIn = setup({ kept: userFor({ name: 'Alice' }) });
    await signedIn.session.start();
    await signedIn.session.signOut();
    expect(signedIn.manager.signoutRedirect).toHaveBeenCalledWith({
      url_state: '#/step/contact',
    });
    expect(signedIn.session.accessToken()).toBeUndefined();
    expect(await signedIn.manager.getUser()).toBeNull();

    const offline = setup({ kept: userFor({ name: 'Alice' }) });
    offline.manager.signoutRedirect.mockRejectedValue(new Error('Failed to fetch'));
    await offline.session.start();
    await offline.session.signOut();
    expect(offline.manager.removeUser).toHaveBeenCalled();
    expect(offline.session.getSnapshot()).toEqual({ status: 'signedOut' });
  });

  it('cleans the address the provider’s sign-out comes back with', async () => {
    const { session, manager, shown } = setup({ address: `${PAGE}?state=xyz` });
    manager.signoutCallback.mockResolvedValue({ url_state: '#/escalations' } as never);
    await session.start();
    expect(shown).toEqual([`${PAGE}#/escalations`]);
    expect(session.getSnapshot()).toEqual({ status: 'signedOut' });
  });
});

describe('userManagerSettings', () => {
  it('uses the page’s own address under any sub-path, PKCE’s code flow and the tab’s store only', () => {
    const store: StateStore = new WebStorageStateStore({ store: new InMemoryWebStorage() });
    const settings = userManagerSettings(CONFIG, `${PAGE}?code=1&state=2#/result`, store);
    expect(settings).toMatchObject({
      authority: CONFIG.issuer,
      client_id: 'escalation-wizard',
      redirect_uri: PAGE,
      post_logout_redirect_uri: PAGE,
      response_type: 'code',
      scope: 'openid profile email escalations',
      resource: 'https://tickets.test/',
      extraTokenParams: { resource: 'https://tickets.test/' },
      automaticSilentRenew: false,
    });
    expect(settings.userStore).toBe(store);
    expect(settings.stateStore).toBe(store);
    expect(settings.disablePKCE).toBeUndefined();
  });

  it('sends no resource without an audience', () => {
    const store = new WebStorageStateStore({ store: new InMemoryWebStorage() });
    const settings = userManagerSettings({ ...CONFIG, audience: undefined }, PAGE, store);
    expect(settings).not.toHaveProperty('resource');
    expect(settings.extraTokenParams).toEqual({});
  });

  it('takes the redirect address without query or #route', () => {
    expect(pageUrl('http://127.0.0.1:4173/?code=1&state=2#/step/contact')).toBe(
      'http://127.0.0.1:4173/',
    );
  });
});
