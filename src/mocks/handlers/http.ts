import { http, HttpResponse, type JsonBodyType } from 'msw';
import { apiUrl } from '../../api/config.ts';
import type { TmfError } from '../../api/troubleTicket.ts';

/*
 * The mock sits at its own origin, like a real ticketing backend would, so it speaks CORS: the
 * page's origin differs, and the client sends Idempotency-Key and reads Retry-After and Location.
 * (In the browser MSW answers before CORS applies; happy-dom's fetch in tests enforces it.)
 */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Location, Retry-After, X-Total-Count, X-Result-Count',
};

export const preflightHandlers = [
  http.options(
    apiUrl('*'),
    () =>
      new HttpResponse(null, {
        status: 204,
        headers: {
          ...CORS_HEADERS,
          'Access-Control-Allow-Methods': 'GET, POST, PATCH',
          'Access-Control-Allow-Headers': 'Accept, Content-Type, Idempotency-Key',
          'Access-Control-Max-Age': '600',
        },
      }),
  ),
];

export function json<T extends JsonBodyType>(
  body: T,
  init: { status?: number; headers?: Record<string, string> } = {},
): HttpResponse<T> {
  return HttpResponse.json<T>(body, {
    status: init.status ?? 200,
    headers: { ...CORS_HEADERS, ...init.headers },
  });
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A TMF630 Error response, as every TMF621 4xx and 5xx carries. */
export function tmfError(
  status: number,
  message: string,
  headers?: Record<string, string>,
): HttpResponse<TmfError> {
  return json<TmfError>(
    {
      '@type': 'Error',
      code: `ERR${status}`,
      reason: REASONS[status] ?? 'Error',
      message,
      status: String(status),
    },
    { status, ...(headers ? { headers } : {}) },
  );
}
