import { z } from 'zod';

/*
 * Where the API lives. Without VITE_API_BASE_URL the app talks to the in-page mock (issue #4).
 *
 * The mock answers at a fixed absolute origin rather than a path relative to the page: a relative
 * URL resolves to a file: URL when the single-file build is opened from disk, and to whatever the
 * static host serves under a sub-path (`vite preview` answers unknown paths with index.html and
 * 200). The reserved .invalid TLD never resolves, so if the mock is not running a request fails
 * fast as a network error instead of reaching a real host.
 */
export const MOCK_API_BASE_URL = 'https://mock.escalations.invalid/';

const EnvSchema = z.object({
  VITE_API_BASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .url({
        protocol: /^https?$/,
        error:
          'VITE_API_BASE_URL must be an http(s) URL such as https://tickets.example.com/ (or unset to use the mock)',
      })
      .optional(),
  ),
});

export interface ApiConfig {
  /** Always ends with "/", so endpoint paths resolve below it. */
  readonly baseUrl: string;
  readonly shouldMock: boolean;
}

export function parseApiConfig(env: Record<string, unknown>): ApiConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  const base = parsed.data.VITE_API_BASE_URL;
  if (!base) return { baseUrl: MOCK_API_BASE_URL, shouldMock: true };
  return { baseUrl: base.endsWith('/') ? base : `${base}/`, shouldMock: false };
}

export const apiConfig: ApiConfig = parseApiConfig(import.meta.env);

/** The absolute URL of an endpoint path (no leading slash) below the API base. */
export function apiUrl(path: string, baseUrl: string = apiConfig.baseUrl): string {
  return new URL(path, baseUrl).href;
}
