import { z } from 'zod';

/*
 * The sign-in settings (issue #26, docs/sign-in.md), read at build time: the page's Content
 * Security Policy is a <meta> written by the build, and it must name the provider's origin, so the
 * provider has to be known then too (docs/decisions/0009). vite.config.ts parses them once, fails
 * the build (and the dev server) on a wrong one, and writes the result into the code as
 * __SIGN_IN__, which the app reads without zod (account.ts).
 */

/** The scopes asked for when VITE_OIDC_SCOPES is not set. */
export const DEFAULT_SCOPES = 'openid profile email escalations';

export interface SignInConfig {
  /** The provider's issuer URL, as its discovery document names it. */
  readonly issuer: string;
  readonly clientId: string;
  /** Space-separated, `openid` among them. */
  readonly scopes: string;
  /** The ticket system's resource indicator (RFC 8707), sent as `resource`. */
  readonly audience: string | undefined;
  /** Where the hosted app lives: the single file, which cannot sign in, points there. */
  readonly appUrl: string | undefined;
  /** Whom to ask for access, named in the message for an account that may not file escalations. */
  readonly accessHelp: string | undefined;
}

/** An unset variable and an empty one mean the same: not configured. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True for https, and for http on this machine only (tests and development). A value that is no
 * URL at all passes here: the URL check names that mistake.
 */
function isSecureOrLocal(value: string): boolean {
  const url = URL.parse(value);
  if (!url) return true;
  return url.protocol !== 'http:' || LOCAL_HOSTS.has(url.hostname);
}

const httpUrl = (setting: string, example: string) =>
  z.url({
    protocol: /^https?$/,
    error: `${setting} must be an https URL such as ${example}`,
  });

const EnvSchema = z
  .object({
    VITE_API_BASE_URL: optional(z.string()),
    VITE_OIDC_ISSUER: optional(
      httpUrl('VITE_OIDC_ISSUER', 'https://login.example.com/realms/clec').refine(isSecureOrLocal, {
        error:
          'VITE_OIDC_ISSUER must use https (plain http is allowed only for localhost or 127.0.0.1, for tests): write https://… or leave it unset for no sign-in',
      }),
    ),
    VITE_OIDC_CLIENT_ID: optional(z.string().trim()),
    VITE_OIDC_SCOPES: optional(
      z
        .string()
        .trim()
        .refine((scopes) => scopes.split(/\s+/).includes('openid'), {
          error: `VITE_OIDC_SCOPES must include openid (separate scopes with spaces, such as "${DEFAULT_SCOPES}"), or leave it unset for that default`,
        }),
    ),
    VITE_OIDC_AUDIENCE: optional(
      z
        .string()
        .trim()
        .refine((value) => URL.canParse(value), {
          error:
            'VITE_OIDC_AUDIENCE must be the ticket system’s resource indicator as a URL, such as https://tickets.example.com/, or unset',
        }),
    ),
    VITE_APP_URL: optional(httpUrl('VITE_APP_URL', 'https://tools.example.com/escalation/')),
    VITE_ACCESS_HELP: optional(z.string().trim()),
  })
  .superRefine((env, context) => {
    if (!env.VITE_OIDC_ISSUER) return;
    if (!env.VITE_OIDC_CLIENT_ID) {
      context.addIssue({
        code: 'custom',
        path: ['VITE_OIDC_CLIENT_ID'],
        message:
          'VITE_OIDC_CLIENT_ID is required when VITE_OIDC_ISSUER is set: give the client id your provider registered for this app (docs/sign-in.md)',
      });
    }
    if (!env.VITE_API_BASE_URL) {
      context.addIssue({
        code: 'custom',
        path: ['VITE_API_BASE_URL'],
        message:
          'VITE_OIDC_ISSUER is set but VITE_API_BASE_URL is not: sign-in is for a real ticket system, so set VITE_API_BASE_URL to it, or unset VITE_OIDC_ISSUER to use the mock without sign-in',
      });
    }
  });

/**
 * The sign-in settings of `env` (the VITE_ variables), or undefined when no issuer is set (no
 * sign-in: the app as it was). Throws an error naming each wrong setting and how to fix it.
 */
export function parseSignInConfig(env: Record<string, unknown>): SignInConfig | undefined {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`The sign-in settings are wrong:\n${z.prettifyError(parsed.error)}`);
  }
  const settings = parsed.data;
  if (!settings.VITE_OIDC_ISSUER || !settings.VITE_OIDC_CLIENT_ID) return undefined;
  return {
    issuer: settings.VITE_OIDC_ISSUER,
    clientId: settings.VITE_OIDC_CLIENT_ID,
    scopes: (settings.VITE_OIDC_SCOPES ?? DEFAULT_SCOPES).split(/\s+/).join(' '),
    audience: settings.VITE_OIDC_AUDIENCE,
    appUrl: settings.VITE_APP_URL,
    accessHelp: settings.VITE_ACCESS_HELP,
  };
}
