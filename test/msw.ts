import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { apiUrl } from '../src/api/config.ts';
import { db } from '../src/mocks/db.ts';
import { clearFault } from '../src/mocks/faults.ts';
import { server } from '../src/mocks/server.ts';

/**
 * Runs the mock backend around a test file: call at the top of any test that talks to the API.
 * Unhandled requests are errors, so a test cannot silently reach the network; faults, tickets and
 * per-test handlers are reset after each test (the tickets live in IndexedDB, so the reset is
 * awaited before the next test starts).
 */
export function setupMockBackend(): void {
  beforeAll(() => {
    server.listen({ onUnhandledFrame: 'error' });
  });
  afterEach(async () => {
    server.resetHandlers();
    server.events.removeAllListeners();
    clearFault();
    await db.reset();
    localStorage.clear();
  });
  afterAll(() => {
    server.close();
  });
}

/** The Idempotency-Key of every POST the mock receives from now on, in order. */
export function recordPosts(): string[] {
  const keys: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST') keys.push(request.headers.get('Idempotency-Key') ?? '');
  });
  return keys;
}

export interface Connection {
  /** What the browser says (navigator.onLine), for the outbox's `isOnline`. */
  readonly isOnline: () => boolean;
  /** Back online: requests get answers again, and the browser fires 'online'. */
  goOnline(): void;
  /** Offline: every request fails as a network error, and the browser fires 'offline'. */
  goOffline(): void;
}

/**
 * A connection the test turns off and on, as a browser sees it: while it is off, the browser
 * says so and no request to the API gets an answer. Call inside a test (handlers are reset after
 * each).
 */
export function simulateConnection(online: boolean): Connection {
  let up = online;
  server.use(http.all(apiUrl('*'), () => (up ? undefined : HttpResponse.error())));
  return {
    isOnline: () => up,
    goOnline() {
      up = true;
      window.dispatchEvent(new Event('online'));
    },
    goOffline() {
      up = false;
      window.dispatchEvent(new Event('offline'));
    },
  };
}
