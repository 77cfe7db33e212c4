import { describe, expect, it, vi } from 'vitest';
import { createAccount, signedInContact } from './account.ts';
import type { Session, SessionState } from './session.ts';

function fakeSession(state: SessionState): Session {
  return {
    subscribe: () => () => undefined,
    getSnapshot: () => state,
    start: vi.fn(() => Promise.resolve()),
    signIn: () => Promise.resolve(),
    signOut: () => Promise.resolve(),
    accessToken: () => undefined,
    refused: () => undefined,
  };
}

describe('createAccount', () => {
  it('has no session without sign-in configured', async () => {
    const account = createAccount();
    expect(await account.ready()).toBeUndefined();
    expect(account.getSnapshot()).toBeUndefined();
  });

  it('loads and starts the session once, however many ask, and tells listeners', async () => {
    const account = createAccount();
    const session = fakeSession({ status: 'signedOut' });
    const load = vi.fn(() => Promise.resolve(session));
    account.setLoader(load);
    const heard = vi.fn();
    account.subscribe(heard);

    const [first, second] = await Promise.all([account.ready(), account.ready()]);

    expect(first).toBe(session);
    expect(second).toBe(session);
    expect(load).toHaveBeenCalledTimes(1);
    expect(session.start).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalled();
    expect(account.getSnapshot()).toEqual({ status: 'signedOut' });
  });

  it('tries to load the session again when it could not (offline before it was saved)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const account = createAccount();
    const session = fakeSession({ status: 'signedOut' });
    const load = vi
      .fn<() => Promise<Session>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(session);
    account.setLoader(load);

    expect(await account.ready()).toBeUndefined();
    expect(await account.ready()).toBe(session);
  });
});

describe('signedInContact', () => {
  const user = {
    name: 'Alice Coordinator',
    email: 'alice@clec.test',
    subject: 'alice',
    accessToken: 't',
    expiresAt: undefined,
  };

  it('gives the ID token’s name and e-mail as the contact’s answers while signed in', () => {
    expect(signedInContact({ status: 'signedIn', user })).toEqual({
      contactName: 'Alice Coordinator',
      email: 'alice@clec.test',
    });
    expect(signedInContact({ status: 'signedIn', user: { ...user, name: undefined } })).toEqual({
      email: 'alice@clec.test',
    });
  });

  it('gives nothing when nobody is signed in', () => {
    expect(signedInContact(undefined)).toEqual({});
    expect(signedInContact({ status: 'expired' })).toEqual({});
    expect(signedInContact({ status: 'signedOut' })).toEqual({});
  });
});
