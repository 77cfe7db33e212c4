import { z } from 'zod';

/*
 * Faults the mock can be told to inject, for demos and tests (docs/api.md): in the browser with
 * ?fault=503&faultCount=2 in the page's URL, in tests with injectFault(). faultCount makes the
 * next N requests fail and the ones after succeed, to show a retry working.
 */

export const FAULTS = ['latency', '500', '503', 'network', 'malformed'] as const;
export type Fault = (typeof FAULTS)[number];

export interface FaultSetting {
  readonly fault: Fault;
  /** Requests still to fault; Infinity until cleared. */
  remaining: number;
  readonly latencyMs: number;
  readonly retryAfterSeconds: number;
}

let current: FaultSetting | undefined;

export function injectFault(
  fault: Fault,
  options: { count?: number; latencyMs?: number; retryAfterSeconds?: number } = {},
): void {
  // 8 s: longer than the UI's 5 s before it says the service is slow, so a demo shows it.
  const { count = Infinity, latencyMs = 8000, retryAfterSeconds = 5 } = options;
  current = { fault, remaining: count, latencyMs, retryAfterSeconds };
}

export function clearFault(): void {
  current = undefined;
}

/** The fault for the request being handled, if any; counts it down. */
export function takeFault(): FaultSetting | undefined {
  if (!current || current.remaining <= 0) return undefined;
  current.remaining -= 1;
  return current;
}

const FaultParamsSchema = z.object({
  fault: z.enum(FAULTS),
  faultCount: z.coerce.number().int().positive().optional(),
});

/**
 * Reads ?fault= and ?faultCount= from a page URL, in the query or in the hash route's query
 * (#/result?fault=503). Returns an explanation when the parameters are there but wrong.
 */
export function injectFaultFromUrl(href: string): string | undefined {
  const url = new URL(href);
  const hashQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?')) : '';
  const params = new URLSearchParams(url.search);
  for (const [name, value] of new URLSearchParams(hashQuery)) params.set(name, value);
  if (!params.has('fault')) return undefined;
  const parsed = FaultParamsSchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    return `Mock backend: ignoring ?fault=${params.get('fault') ?? ''}. Use fault=${FAULTS.join('|')} and optionally faultCount=N (a whole number above 0).`;
  }
  injectFault(parsed.data.fault, { count: parsed.data.faultCount ?? Infinity });
  return undefined;
}
