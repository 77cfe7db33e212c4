import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The origin of a server the hosted build may talk to: the API of VITE_API_BASE_URL, or the
 * sign-in provider of VITE_OIDC_ISSUER (connect-src allows only the page's own origin and those).
 * A relative, empty or unreadable value means the same origin, so nothing is added.
 */
export function apiOrigin(apiBaseUrl: string | undefined): string | undefined {
  if (!apiBaseUrl) return undefined;
  try {
    return new URL(apiBaseUrl).origin;
  } catch {
    return undefined;
  }
}

/**
 * The policy's text, allowing the inline stylesheets whose hashes are given and no inline script.
 * With sign-in (`issuer`, docs/sign-in.md) the page also reads the provider's discovery document
 * and calls its token endpoint, so connect-src adds the issuer's origin. Nothing else is needed:
 * the sign-in and sign-out pages are reached by navigating the whole page there (no frame, no
 * form post), which the policy does not govern, and the ID token is read without fetching keys.
 */
export function policy(
  apiBaseUrl: string | undefined,
  styleHashes: readonly string[],
  issuer?: string,
): string {
  const connect = [...new Set(["'self'", apiOrigin(apiBaseUrl), apiOrigin(issuer)])]
    .filter(Boolean)
    .join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The CSP source of each <style> element in the page, in order: "sha256-" and its base64 digest. */
export function styleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css = '']) => `sha256-${createHash('sha256').update(css).digest('base64')}`,
  );
}

/**
 * Strict CSP as a <meta>, so it holds on any static host without header configuration. Only for
 * the hosted build: the single-file build must inline its script (see docs/decisions/0002).
 * frame-ancestors is left out because browsers ignore it in a <meta>.
 * The stylesheet is written into the page (inlineStylesheet.ts), so the first paint waits for no
 * request; its hash is the only inline style the policy allows. This plugin must therefore run
 * after that one: vite.config.ts states the order and checkHtmlOrder() refuses a build without it.
 */
export function contentSecurityPolicy(apiBaseUrl: string | undefined, issuer?: string): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: policy(apiBaseUrl, styleHashes(html), issuer),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
