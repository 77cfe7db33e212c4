// A real OpenID Connect provider for the sign-in tests (issue #26): oidc-provider on 127.0.0.1,
// with the app as its one public client (authorization code with PKCE, refresh tokens), JWT
// access tokens for the ticket system, and two people, one of whom may not use escalations.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { errors, type Adapter, type AdapterPayload } from 'oidc-provider';
import { listenLocally, readBody } from './local.ts';

export const CLIENT_ID = 'escalation-wizard';
/** The ticket system's resource indicator (RFC 8707): the `aud` of its access tokens. */
export const AUDIENCE = 'https://tickets.test/';
/** The scope the ticket system asks for before it files or lists an escalation. */
export const ESCALATIONS_SCOPE = 'escalations';

export interface Account {
  readonly name: string;
  readonly email: string;
  /** Whether the provider ever grants this person the `escalations` scope. */
  readonly mayEscalate: boolean;
}

/** The people who can sign in, by the username typed on the provider's login page. */
export const ACCOUNTS: Readonly<Record<string, Account>> = {
  alice: { name: 'Alice Coordinator', email: 'alice@clec.test', mayEscalate: true },
  bob: { name: 'Bob Outsider', email: 'bob@clec.test', mayEscalate: false },
};

export interface IssuedTokens {
  readonly access_token: string;
  readonly refresh_token?: string;
  readonly id_token?: string;
}

export interface TestProvider {
  /** The issuer, `http://127.0.0.1:PORT` (VITE_OIDC_ISSUER). */
  readonly issuer: string;
  /** Lifetime in seconds of the access tokens issued from now on; change it between tests. */
  accessTokenTtl: number;
  /** What the token endpoint gave out, oldest first: to find the tokens the app holds. */
  readonly issued: readonly IssuedTokens[];
  /**
   * Ends every session at the provider, as its idle timeout or an administrator would: the
   * refresh tokens stop working (renewal fails) and the next sign-in asks for the login again.
   * Access tokens already issued stay valid until they expire, as JWTs do.
   */
  endSessions(): void;
  close(): Promise<void>;
}

export interface ProviderOptions {
  /** The app's address: its redirect URI and post-logout redirect URI. */
  redirectUri: string;
  /** Lifetime in seconds of the access tokens, until `accessTokenTtl` is changed. */
  accessTokenTtl?: number;
  /** A fixed port, for running the provider by hand; a free one when left out. */
  port?: number;
}

/**
 * oidc-provider keeps its sessions, grants and tokens in one map per model, so that
 * `endSessions()` can drop them all. (The library's own memory adapter cannot be listed.)
 */
function memoryAdapter(stores: Map<string, Map<string, AdapterPayload>>) {
  return class MemoryAdapter implements Adapter {
    private readonly store: Map<string, AdapterPayload>;

    constructor(model: string) {
      this.store = stores.get(model) ?? new Map<string, AdapterPayload>();
      stores.set(model, this.store);
    }

    upsert(id: string, payload: AdapterPayload) {
      this.store.set(id, payload);
      return Promise.resolve();
    }

    find(id: string) {
      return Promise.resolve(this.store.get(id));
    }

    findByUid(uid: string) {
      return Promise.resolve([...this.store.values()].find((payload) => payload.uid === uid));
    }

    findByUserCode(userCode: string) {
      return Promise.resolve(
        [...this.store.values()].find((payload) => payload.userCode === userCode),
      );
    }

    consume(id: string) {
      const payload = this.store.get(id);
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      return Promise.resolve();
    }

    destroy(id: string) {
      this.store.delete(id);
      return Promise.resolve();
    }

    revokeByGrantId(grantId: string) {
      for (const [id, payload] of this.store) {
        if (payload.grantId === grantId) this.store.delete(id);
      }
      return Promise.resolve();
    }
  };
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0).toString()};`);

/** The provider's login page: one field, the username, as the test types it. */
function loginPage(problem?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test provider: log in</title></head>
<body><main>
<h1>Log in to the test provider</h1>
${problem ? `<p role="alert">${escape(problem)}</p>` : ''}
<form method="post">
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" required>
<button type="submit">Log in</button>
</form>
</main></body></html>`;
}

export async function startProvider({
  redirectUri,
  accessTokenTtl = 600,
  port = 0,
}: ProviderOptions): Promise<TestProvider> {
  const server = createServer();
  const { origin: issuer, close } = await listenLocally(server, port);
  const stores = new Map<string, Map<string, AdapterPayload>>();
  const issued: IssuedTokens[] = [];
  // A key of its own for each run: nothing signed by one test run is valid in the next.
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });

  const handle: TestProvider = {
    issuer,
    accessTokenTtl,
    issued,
    endSessions() {
      for (const model of ['Session', 'Grant', 'RefreshToken', 'Interaction']) {
        stores.get(model)?.clear();
      }
    },
    close,
  };

  const provider = new Provider(issuer, {
    adapter: memoryAdapter(stores),
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig' }] },
    clients: [
      {
        client_id: CLIENT_ID,
        client_name: 'Escalation wizard',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [redirectUri],
      },
    ],
    cookies: { keys: ['sign-in tests only, never a real secret'] },
    claims: {
      openid: ['sub'],
      profile: ['name'],
      email: ['email', 'email_verified'],
    },
    // The app reads the user's name and e-mail from the ID token, not from the userinfo endpoint
    // (its access token is for the ticket system, not for the provider).
    conformIdTokenClaims: false,
    findAccount(_ctx: unknown, sub: string) {
      const account = ACCOUNTS[sub];
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, name: account.name, email: account.email, email_verified: true }),
      };
    },
    // The ticket system records who filed each ticket from the access token alone.
    extraTokenClaims: (_ctx: unknown, token: { kind: string; accountId?: string }) =>
      token.kind === 'AccessToken' && token.accountId
        ? { name: ACCOUNTS[token.accountId]?.name }
        : undefined,
    // The app is a first-party client: no consent page. Each person is granted what the
    // directory allows and nothing else, so bob's token never carries `escalations`, whatever
    // the app asks for. A scope granted or refused counts as answered, so the provider does not
    // ask for consent either way.
    loadExistingGrant: grantFor,
    // A public client renews with a refresh token (rotated on each use), no offline_access.
    issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => AUDIENCE,
        // A token request without `resource` gets a token for the resource the user granted.
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx: unknown, resourceIndicator: string) {
          if (resourceIndicator !== AUDIENCE) throw new errors.InvalidTarget();
          return {
            audience: AUDIENCE,
            scope: ESCALATIONS_SCOPE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: handle.accessTokenTtl,
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx: { body: unknown }, form: string) {
          ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test provider: sign out</title></head>
<body><main><h1>Sign out of the test provider?</h1>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out of the test provider</button>
</main></body></html>`;
        },
      },
    },
    // The app in the browser calls the token endpoint from its own origin.
    clientBasedCORS: (_ctx: unknown, origin: string) => origin === new URL(redirectUri).origin,
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/login/${interaction.uid}`,
    },
    ttl: {
      AccessToken: () => handle.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 86_400,
      Grant: 86_400,
      RefreshToken: 86_400,
    },
  });

  async function grantFor(ctx: {
    oidc: {
      client?: { clientId: string };
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      result?: { consent?: { grantId?: string } };
    };
  }) {
    const clientId = ctx.oidc.client?.clientId;
    const accountId = ctx.oidc.session?.accountId;
    if (!clientId || !accountId) return undefined;
    const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(clientId);
    const found = existing ? await provider.Grant.find(existing) : undefined;
    if (found) return found;
    const grant = new provider.Grant({ accountId, clientId });
    grant.addOIDCScope('openid profile email');
    if (ACCOUNTS[accountId]?.mayEscalate) grant.addResourceScope(AUDIENCE, ESCALATIONS_SCOPE);
    else grant.rejectResourceScope(AUDIENCE, ESCALATIONS_SCOPE);
    await grant.save();
    return grant;
  }

  // The test reads the tokens the app was given: to know when the one it holds expired, and to
  // look for them where the app must not keep them.
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as Partial<IssuedTokens> | undefined;
    if (ctx.oidc?.route === 'token' && typeof body?.access_token === 'string') {
      issued.push({ ...body, access_token: body.access_token });
    }
  });

  const oidc = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!/^\/login\/[\w-]+$/.test(new URL(req.url ?? '/', issuer).pathname)) {
      oidc(req, res);
      return;
    }
    void login(req, res).catch((error: unknown) => {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(error));
    });
  });

  async function login(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name !== 'login') {
      throw new Error(`The test provider has no page for the "${details.prompt.name}" prompt.`);
    }
    const page = (problem?: string) =>
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(loginPage(problem));
    if (req.method !== 'POST') {
      page();
      return;
    }
    const username =
      new URLSearchParams((await readBody(req)).toString('utf8')).get('username')?.trim() ?? '';
    if (!ACCOUNTS[username]) {
      page(`No account is called "${username}". Try alice or bob.`);
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: username } },
      { mergeWithLastSubmission: false },
    );
  }

  return handle;
}
