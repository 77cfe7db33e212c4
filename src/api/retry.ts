import { ApiError } from './client.ts';

/*
 * How the outbox retries a request: which failures are worth another attempt, and after how long
 * (docs/api.md, "Errors"); and the page's clock it waits on, which tests replace.
 */

/** Resolves after `ms`. */
export const waitFor = (ms: number): Promise<void> =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `fire` after `ms`; returns a function that cancels it. */
export function startTimer(ms: number, fire: () => void): () => void {
  const id = setTimeout(fire, ms);
  return () => {
    clearTimeout(id);
  };
}

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** How long a request waits for its answer before the user is told the service is slow. */
export const SLOW_AFTER_MS = 5000;

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
};

/**
 * How long to wait before attempt `failedAttempts + 1`, or undefined to give up. A request that
 * got no answer at all is never given up while the browser says it is online: the service did not
 * refuse it, and a connection that has just come back often fails its first requests (the
 * 'online' event fires before the network carries them).
 */
export function retryDelayMs(
  error: ApiError,
  failedAttempts: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number | undefined {
  if (!error.retryable) return undefined;
  if (error.kind !== 'network' && failedAttempts >= policy.maxAttempts) return undefined;
  const backoff = error.retryAfterMs ?? policy.baseDelayMs * 2 ** (failedAttempts - 1);
  return Math.min(backoff, policy.maxDelayMs);
}

/** Any failure of a request, as the ApiError the retry policy reads. */
export function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError
    ? caught
    : new ApiError('network', 'The request failed before an answer', { cause: caught });
}
