import { afterAll, afterEach, beforeAll } from 'vitest';
import { db } from '../src/mocks/db.ts';
import { clearFault } from '../src/mocks/faults.ts';
import { server } from '../src/mocks/server.ts';

/**
 * Runs the mock backend around a test file: call at the top of any test that talks to the API.
 * Unhandled requests are errors, so a test cannot silently reach the network; faults, tickets and
 * per-test handlers are reset after each test.
 */
export function setupMockBackend(): void {
  beforeAll(() => {
    server.listen({ onUnhandledFrame: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
    clearFault();
    db.reset();
    localStorage.clear();
  });
  afterAll(() => {
    server.close();
  });
}
