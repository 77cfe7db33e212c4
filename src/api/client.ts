import type { z } from 'zod';
import { account, signInConfig } from './account.ts';
import { backendReady } from './backend.ts';
import { apiUrl } from './config.ts';
import { TmfErrorSchema } from './troubleTicket.ts';

/**
 * What went wrong with a request, in the terms the UI needs to explain it and decide on a retry.
 * - network: no answer at all (offline, DNS, CORS, connection reset).
 * - unavailable: 503, the service asks us to come back later (retryAfterMs from Retry-After).
 * - server: any other 5xx.
 * - notFound: 404.
 * - unauthorized: 401 with sign-in, the sign-in ended or was refused; the same request after
 *   signing in again can succeed, so nothing is given up (docs/sign-in.md).
 * - forbidden: 403 with sign-in, this account may not file or read escalations.
 * - rejected: any other 4xx; retrying the same request cannot help.
 * - malformed: a 2xx whose body is not JSON or not the contract's shape.
 */
export type ApiErrorKind =
  | 'network'
  | 'unavailable'
  | 'server'
  | 'notFound'
  | 'unauthorized'
  | 'forbidden'
  | 'rejected'
  | 'malformed';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** The server's own explanation (TMF Error reason/message), when it sent one. */
  readonly serverReason: string | undefined;

  constructor(
    kind: ApiErrorKind,
    message: string,
    details: {
      status?: number;
      retryAfterMs?: number;
      serverReason?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.serverReason = details.serverReason;
  }

  /** 5xx and network failures may succeed later; 4xx and unreadable answers will not. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'unavailable' || this.kind === 'server';
  }
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A 401 asks to sign in again, and a 403 names the account, only where the app signs people in;
 * elsewhere (an open backend) both are refusals like any other 4xx.
 */
function kindOfStatus(status: number, canSignIn: boolean): ApiErrorKind {
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'server';
  if (status === 404) return 'notFound';
  if (status === 401 && canSignIn) return 'unauthorized';
  if (status === 403 && canSignIn) return 'forbidden';
  return 'rejected';
}

async function errorFromResponse(response: Response, canSignIn: boolean): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const tmf = TmfErrorSchema.safeParse(body);
  const serverReason = tmf.success ? (tmf.data.message ?? tmf.data.reason) : undefined;
  const kind = kindOfStatus(response.status, canSignIn);
  return new ApiError(kind, `HTTP ${response.status} from ${response.url}`, {
    status: response.status,
    ...(kind === 'unavailable'
      ? { retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')) }
      : {}),
    ...(serverReason ? { serverReason } : {}),
  });
}

export interface ApiRequest<T> {
  /** Endpoint path below the API base, without a leading slash. */
  readonly path: string;
  readonly schema: z.ZodType<T>;
  readonly method?: 'GET' | 'POST' | 'PATCH';
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
}

/**
 * One HTTP exchange: the answer checked against its zod schema, or an ApiError. No retries. With
 * sign-in configured, it carries the signed-in user's access token, and a 401 tells the session
 * that the user must sign in again.
 */
export async function apiFetch<T>(request: ApiRequest<T>): Promise<T> {
  const { path, schema, method = 'GET', body, headers = {}, signal } = request;
  let response: Response;
  const session = await account.ready();
  const token = session?.accessToken();
  try {
    await backendReady();
    response = await fetch(apiUrl(path), {
      method,
      headers: {
        Accept: 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined
          ? {}
          : {
              'Content-Type':
                method === 'PATCH' ? 'application/merge-patch+json' : 'application/json',
            }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('network', `No answer from ${apiUrl(path)}`, { cause });
  }
  if (response.status === 401) session?.refused();
  if (!response.ok) {
    throw await errorFromResponse(response, session !== undefined || signInConfig !== undefined);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new ApiError('malformed', `The answer from ${response.url} is not JSON`, {
      status: response.status,
      cause,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError('malformed', `The answer from ${response.url} breaks the contract`, {
      status: response.status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Whom to ask for access, as the administrator configured it (VITE_ACCESS_HELP). */
export function accessHelp(help: string | undefined = signInConfig?.accessHelp): string {
  return help
    ? `Ask ${help} for access.`
    : 'Ask whoever manages your organisation’s ticket system for access.';
}

function seconds(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return `${s} s`;
}

/**
 * The sentence a CLEC coordinator reads when a request fails. `retryInMs` is set while an
 * automatic retry is pending.
 */
export function describeApiError(error: ApiError, retryInMs?: number): string {
  const retrying = retryInMs === undefined ? '' : `; retrying in ${seconds(retryInMs)}`;
  switch (error.kind) {
    case 'network':
      return `Could not reach AT&T’s ticket service${retrying || '. Check your connection, then try again'}.`;
    case 'unavailable':
      return `AT&T’s ticket service is busy${retrying || '. Wait a minute, then try again'}.`;
    case 'server':
      return `AT&T’s ticket service had an internal error (HTTP ${error.status ?? 500})${retrying || '. Try again in a few minutes'}.`;
    case 'notFound':
      return 'AT&T’s ticket service does not know this ticket. Check the reference, or open it from My escalations.';
    case 'unauthorized':
      return 'The ticket system needs you to sign in (again): your answers and anything queued are kept, and queued tickets are sent once you have signed in.';
    case 'forbidden':
      return `This account may not file or read escalations. ${accessHelp()}`;
    case 'rejected':
      return `AT&T’s ticket service refused the request (HTTP ${error.status ?? 400})${error.serverReason ? `: ${error.serverReason}` : ''}. Correct the details, then try again.`;
    case 'malformed':
      return 'AT&T’s ticket service sent an answer this app cannot read. Trying again is safe: it will not create a second ticket.';
  }
}
