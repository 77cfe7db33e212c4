// @vitest-environment node
import { resolveConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { apiOrigin, contentSecurityPolicy, policy, styleHashes } from './contentSecurityPolicy.ts';
import { transformHtml } from './plugin.fixtures.ts';

// The SHA-256 digests, in base64, of "" and of "body{color:red}" (as `openssl dgst -sha256 -binary | base64` gives them).
const EMPTY = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
const RED = 'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E=';

describe('contentSecurityPolicy', () => {
  it('puts the policy first in the head, allowing the page’s <style> by its hash and no inline script', async () => {
    const html = '<head><style>body{color:red}</style></head>';
    const tags = await transformHtml(contentSecurityPolicy(undefined), html);
    expect(tags).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy(undefined, [RED]) },
        injectTo: 'head-prepend',
      },
    ]);
    const content = policy(undefined, [RED]);
    expect(content).toContain(`style-src 'self' '${RED}'`);
    expect(content).toContain("script-src 'self';");
    expect(content).not.toContain('unsafe-inline');
  });

  it('hashes each <style> element’s text, the empty one too', () => {
    expect(styleHashes('<style></style><p>x</p><style>body{color:red}</style>')).toEqual([
      EMPTY,
      RED,
    ]);
    expect(styleHashes('<link rel="stylesheet" href="a.css">')).toEqual([]);
  });

  it('lets the page talk to its own origin and the configured API, nothing else', () => {
    expect(policy('https://api.example.com/tmf621/v4', [])).toContain(
      "connect-src 'self' https://api.example.com;",
    );
    expect(policy('/api', [])).toContain("connect-src 'self';");
    expect(apiOrigin('')).toBeUndefined();
    expect(apiOrigin('not a url')).toBeUndefined();
  });

  it('adds the sign-in provider’s origin to connect-src only when an issuer is configured', () => {
    const api = 'https://api.example.com/tmf621/v4';
    expect(policy(api, [], 'https://login.example.com/realms/clec')).toContain(
      "connect-src 'self' https://api.example.com https://login.example.com;",
    );
    expect(policy(api, [], 'https://api.example.com/auth')).toContain(
      "connect-src 'self' https://api.example.com;",
    );
    const withoutIssuer = policy(api, []);
    expect(withoutIssuer).toContain("connect-src 'self' https://api.example.com;");
    // The sign-in pages are whole-page navigations: no frame or form is allowed anywhere else.
    expect(policy(api, [], 'https://login.example.com')).toContain("form-action 'self'");
    expect(policy(api, [], 'https://login.example.com')).not.toContain('frame-src');
  });
});

describe('the hosted build’s policy, as vite.config.ts makes it', () => {
  const NAMES = ['VITE_API_BASE_URL', 'VITE_OIDC_ISSUER', 'VITE_OIDC_CLIENT_ID'];
  const saved = NAMES.map((name) => process.env[name]);
  const setEnv = (name: string, value: string | undefined) => {
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  };
  afterEach(() => {
    NAMES.forEach((name, index) => {
      setEnv(name, saved[index]);
    });
  });

  /** The policy the configured build writes, for a page with no inline style. */
  async function builtPolicy(apiBaseUrl: string | undefined, issuer?: string): Promise<string> {
    setEnv('VITE_API_BASE_URL', apiBaseUrl);
    setEnv('VITE_OIDC_ISSUER', issuer);
    setEnv('VITE_OIDC_CLIENT_ID', issuer ? 'escalation-wizard' : undefined);
    const config = await resolveConfig({ mode: 'production', logLevel: 'silent' }, 'build');
    const plugin = config.plugins.find((p) => p.name === 'content-security-policy');
    if (!plugin) throw new Error('the hosted build has no content-security-policy plugin');
    return JSON.stringify(await transformHtml(plugin, '<head></head>'));
  }

  it('lets the page reach the API named by VITE_API_BASE_URL, and only its own origin without one', async () => {
    expect(await builtPolicy('https://tickets.example.net/tmf-api/v5')).toContain(
      "connect-src 'self' https://tickets.example.net;",
    );
    const withoutApi = await builtPolicy(undefined);
    expect(withoutApi).toContain("connect-src 'self';");
    expect(withoutApi).toContain("script-src 'self';");
  }, 60_000);

  it('lets the page reach the sign-in provider named by VITE_OIDC_ISSUER', async () => {
    expect(
      await builtPolicy('https://tickets.example.net/tmf-api/v5', 'https://login.example.net/x'),
    ).toContain("connect-src 'self' https://tickets.example.net https://login.example.net;");
  }, 60_000);
});
