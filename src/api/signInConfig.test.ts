import { describe, expect, it } from 'vitest';
import { DEFAULT_SCOPES, parseSignInConfig } from './signInConfig.ts';

const API = { VITE_API_BASE_URL: 'https://tickets.example.com/tmf621/v4/' };
const CONFIGURED = {
  ...API,
  VITE_OIDC_ISSUER: 'https://login.example.com/realms/clec',
  VITE_OIDC_CLIENT_ID: 'escalation-wizard',
};

/** The message the build stops with for `env`. */
function errorOf(env: Record<string, unknown>): string {
  try {
    parseSignInConfig(env);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the settings were accepted');
}

describe('parseSignInConfig', () => {
  it('means no sign-in when no issuer is set, or an empty one, whatever else is set', () => {
    expect(parseSignInConfig({})).toBeUndefined();
    expect(parseSignInConfig({ ...API, VITE_OIDC_ISSUER: '', VITE_OIDC_CLIENT_ID: 'x' })).toBe(
      undefined,
    );
  });

  it('reads the issuer and client id, with the default scopes and no audience', () => {
    expect(parseSignInConfig(CONFIGURED)).toEqual({
      issuer: 'https://login.example.com/realms/clec',
      clientId: 'escalation-wizard',
      scopes: DEFAULT_SCOPES,
      audience: undefined,
      appUrl: undefined,
      accessHelp: undefined,
    });
  });

  it('reads the optional settings, with scopes separated by any spaces', () => {
    expect(
      parseSignInConfig({
        ...CONFIGURED,
        VITE_OIDC_SCOPES: ' openid  escalations ',
        VITE_OIDC_AUDIENCE: 'https://tickets.test/',
        VITE_APP_URL: 'https://tools.example.com/escalation/',
        VITE_ACCESS_HELP: 'the service desk, extension 4242',
      }),
    ).toMatchObject({
      scopes: 'openid escalations',
      audience: 'https://tickets.test/',
      appUrl: 'https://tools.example.com/escalation/',
      accessHelp: 'the service desk, extension 4242',
    });
  });

  it('allows plain http only for this machine', () => {
    for (const issuer of ['http://127.0.0.1:4000', 'http://localhost:8080/realms/test']) {
      expect(parseSignInConfig({ ...CONFIGURED, VITE_OIDC_ISSUER: issuer })?.issuer).toBe(issuer);
    }
    expect(errorOf({ ...CONFIGURED, VITE_OIDC_ISSUER: 'http://login.example.com' })).toMatch(
      /VITE_OIDC_ISSUER must use https/,
    );
  });

  it('refuses an issuer that is not an http(s) URL, saying what one looks like', () => {
    for (const issuer of ['login.example.com', 'ftp://login.example.com', 'not a url']) {
      expect(errorOf({ ...CONFIGURED, VITE_OIDC_ISSUER: issuer })).toMatch(
        /VITE_OIDC_ISSUER must be an https URL such as https:\/\/login\.example\.com/,
      );
    }
  });

  it('requires the client id once an issuer is set', () => {
    expect(errorOf({ ...CONFIGURED, VITE_OIDC_CLIENT_ID: undefined })).toMatch(
      /VITE_OIDC_CLIENT_ID is required when VITE_OIDC_ISSUER is set/,
    );
    expect(errorOf({ ...CONFIGURED, VITE_OIDC_CLIENT_ID: '  ' })).toMatch(/VITE_OIDC_CLIENT_ID/);
  });

  it('requires a real ticket system once an issuer is set, naming both settings', () => {
    expect(errorOf({ ...CONFIGURED, VITE_API_BASE_URL: undefined })).toMatch(
      /VITE_OIDC_ISSUER is set but VITE_API_BASE_URL is not/,
    );
  });

  it('refuses scopes without openid, saying how to write them', () => {
    expect(errorOf({ ...CONFIGURED, VITE_OIDC_SCOPES: 'profile email' })).toMatch(
      /VITE_OIDC_SCOPES must include openid \(separate scopes with spaces/,
    );
  });

  it('refuses an audience or an app address that is not a URL', () => {
    expect(errorOf({ ...CONFIGURED, VITE_OIDC_AUDIENCE: 'tickets' })).toMatch(
      /VITE_OIDC_AUDIENCE must be the ticket system’s resource indicator as a URL/,
    );
    expect(errorOf({ ...CONFIGURED, VITE_APP_URL: 'tools/escalation' })).toMatch(
      /VITE_APP_URL must be an https URL such as/,
    );
  });

  it('names every wrong setting at once', () => {
    const message = errorOf({
      VITE_OIDC_ISSUER: 'http://login.example.com',
      VITE_OIDC_SCOPES: 'email',
    });
    expect(message).toMatch(/VITE_OIDC_ISSUER/);
    expect(message).toMatch(/VITE_OIDC_SCOPES/);
  });
});
