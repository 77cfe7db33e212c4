// The sign-in tests' provider and ticket system on their own, without a browser: the ticket
// system lets in a token with the `escalations` scope and nobody else, and the provider grants
// each person only their own scopes and stops renewing once its sessions end.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { TROUBLE_TICKET_PATH } from '../../../src/api/troubleTicket.ts';
import { startTicketBackend } from './backend.ts';
import { until } from './local.ts';
import { AUDIENCE, CLIENT_ID, startProvider } from './provider.ts';

const APP_ORIGIN = 'http://127.0.0.1:9';
const REDIRECT_URI = `${APP_ORIGIN}/tools/escalation/`;

const provider = await startProvider({ redirectUri: REDIRECT_URI });
const backend = await startTicketBackend({
  issuer: provider.issuer,
  audience: AUDIENCE,
  appOrigin: APP_ORIGIN,
});

interface Tokens {
  access_token: string;
  refresh_token?: string;
  id_token: string;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/**
 * The authorization-code flow with PKCE as the app runs it, the login page filled in by a script:
 * follows the provider's redirects by hand, keeping its cookies, up to the app's redirect URI.
 */
async function signIn(username: string): Promise<Tokens> {
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        Cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  const next = (response: Response) => {
    const location = response.headers.get('Location');
    assert.ok(location, `expected a redirect, got ${response.status.toString()}`);
    return new URL(location, provider.issuer).href;
  };

  const verifier = base64url(randomBytes(32));
  const authorize = new URL(`${provider.issuer}/auth`);
  authorize.search = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    scope: 'openid profile email escalations',
    redirect_uri: REDIRECT_URI,
    resource: AUDIENCE,
    state: base64url(randomBytes(8)),
    code_challenge: base64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
  }).toString();
  const loginPage = next(await send(authorize.href));
  const resume = next(
    await send(loginPage, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username }).toString(),
    }),
  );
  const callback = new URL(next(await send(resume)));
  assert.equal(`${callback.origin}${callback.pathname}`, REDIRECT_URI);
  const code = callback.searchParams.get('code');
  assert.ok(code, `no code in ${callback.href}`);
  const token = await fetch(`${provider.issuer}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
      resource: AUDIENCE,
    }).toString(),
  });
  assert.equal(token.status, 200, await token.clone().text());
  return (await token.json()) as Tokens;
}

const tickets = new URL(TROUBLE_TICKET_PATH, backend.url).href;

const listTickets = (token?: string) =>
  fetch(tickets, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

const fileTicket = (token: string) =>
  fetch(tickets, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      '@type': 'TroubleTicket',
      description: 'LNP port out of 2145550100 missed its FOC date.',
      severity: 'Major',
      ticketType: 'Provisioning escalation',
    }),
  });

const refresh = (refreshToken: string) =>
  fetch(`${provider.issuer}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: CLIENT_ID,
      refresh_token: refreshToken,
    }).toString(),
  });

await test('the provider publishes an http issuer on 127.0.0.1 that requires PKCE', async () => {
  const discovery = (await (
    await fetch(`${provider.issuer}/.well-known/openid-configuration`)
  ).json()) as { issuer: string; code_challenge_methods_supported: string[] };
  assert.match(discovery.issuer, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.deepEqual(discovery.code_challenge_methods_supported, ['S256']);
});

await test('alice files a ticket and the ticket system knows it was her', async () => {
  const { access_token: token, id_token: idToken } = await signIn('alice');
  const claims = JSON.parse(
    Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as { name?: string; email?: string };
  assert.equal(claims.name, 'Alice Coordinator');
  assert.equal(claims.email, 'alice@clec.test');
  assert.equal((await listTickets(token)).status, 200);
  const filed = await fileTicket(token);
  assert.equal(filed.status, 201, await filed.clone().text());
  const { id } = (await filed.json()) as { id: string };
  assert.deepEqual(backend.filings.at(-1), {
    ticketId: id,
    sub: 'alice',
    name: 'Alice Coordinator',
  });
});

await test('a request without a token gets 401 and the Bearer challenge, a forged one 401 invalid_token', async () => {
  const { access_token: token } = await signIn('alice');
  const [header, payload] = token.split('.');
  const forged = `${header ?? ''}.${payload ?? ''}.${base64url(randomBytes(256))}`;
  const none = await listTickets();
  assert.equal(none.status, 401);
  assert.equal(none.headers.get('WWW-Authenticate'), 'Bearer realm="clec-tickets"');
  const bad = await listTickets(forged);
  assert.equal(bad.status, 401);
  assert.match(bad.headers.get('WWW-Authenticate') ?? '', /^Bearer error="invalid_token"/);
});

await test('bob is never granted escalations: the ticket system answers 403 with a TMF Error', async () => {
  const { access_token: token } = await signIn('bob');
  const response = await listTickets(token);
  assert.equal(response.status, 403);
  assert.match(response.headers.get('WWW-Authenticate') ?? '', /insufficient_scope/);
  const body = (await response.json()) as { '@type': string; message: string };
  assert.equal(body['@type'], 'Error');
  assert.match(body.message, /may not file or read escalations/);
  assert.equal((await fileTicket(token)).status, 403);
  assert.deepEqual(backend.requests.at(-1), {
    method: 'POST',
    path: TROUBLE_TICKET_PATH,
    status: 403,
    sub: 'bob',
  });
});

await test('an expired access token gets 401, and no renewal once the provider ended the session', async () => {
  provider.accessTokenTtl = 1;
  try {
    const { access_token: token, refresh_token: refreshToken } = await signIn('alice');
    assert.ok(refreshToken, 'the public client gets a refresh token');
    const renewed = await refresh(refreshToken);
    assert.equal(renewed.status, 200, await renewed.clone().text());
    const { refresh_token: rotated } = (await renewed.json()) as Tokens;
    await until(() => backend.refuses(token), 'the access token to expire');
    const expired = await listTickets(token);
    assert.equal(expired.status, 401);
    assert.match(expired.headers.get('WWW-Authenticate') ?? '', /invalid_token/);
    provider.endSessions();
    const refused = await refresh(rotated ?? '');
    assert.equal(refused.status, 400);
    assert.equal(((await refused.json()) as { error: string }).error, 'invalid_grant');
  } finally {
    provider.accessTokenTtl = 600;
  }
});

await test('CORS lets the app origin send Authorization, and no other origin', async () => {
  const preflight = (origin: string) =>
    fetch(tickets, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
  const allowed = await preflight(APP_ORIGIN);
  assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), APP_ORIGIN);
  assert.match(allowed.headers.get('Access-Control-Allow-Headers') ?? '', /Authorization/);
  const other = await preflight('https://elsewhere.test');
  assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
});

await backend.close();
await provider.close();
