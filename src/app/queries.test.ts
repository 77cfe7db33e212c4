import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { QUERY_DEFAULTS } from './queries.tsx';

/*
 * The app's reads (My escalations, a ticket, the contacts) try again only where that can help:
 * an account the ticket system refuses gets its message at once (issue #26), not after three
 * more requests.
 */

function read(error: ApiError) {
  const client = new QueryClient({ defaultOptions: QUERY_DEFAULTS });
  let calls = 0;
  const observer = new QueryObserver(client, {
    queryKey: ['tickets', error.kind],
    queryFn: () => {
      calls += 1;
      return Promise.reject(error);
    },
  });
  const stop = observer.subscribe(() => undefined);
  return { observer, calls: () => calls, stop };
}

describe('the app’s reads', () => {
  it.each([
    ['forbidden', 403],
    ['unauthorized', 401],
    ['notFound', 404],
    ['rejected', 400],
  ] as const)('show a %s answer (HTTP %i) after one request', async (kind, status) => {
    const { observer, calls, stop } = read(
      new ApiError(kind, `HTTP ${String(status)}`, { status }),
    );
    await waitFor(() => {
      expect(observer.getCurrentResult().status).toBe('error');
    });
    expect(calls()).toBe(1);
    stop();
  });

  it('try again when no answer came', async () => {
    const { calls, stop } = read(new ApiError('network', 'No answer'));
    // The first retry waits TanStack's first back-off, a second.
    await waitFor(
      () => {
        expect(calls()).toBe(2);
      },
      { timeout: 5000 },
    );
    stop();
  });
});
