/*
 * Requests wait here until the backend can answer. With the mock, that is once the in-page MSW
 * has started; it is loaded only when the first request needs it (filing a ticket, My
 * escalations), never at start: a journey to the result page fetches no mock at all. Without a
 * starter (a real API, or tests whose mock server is already listening) requests go out at once.
 */

let starter: (() => Promise<void>) | undefined;
let ready: Promise<void> | undefined;

/** How to start the backend when the first request needs it. */
export function setBackendStarter(start: () => Promise<void>): void {
  starter = start;
  ready = undefined;
}

export function backendReady(): Promise<void> {
  if (!starter) return Promise.resolve();
  ready ??= starter().catch((error: unknown) => {
    // Requests then fail as network errors, which the UI explains; the app itself goes on. The
    // next request tries again: offline, the mock's chunk cannot load until the connection is back
    // (issue #16: a ticket queued offline was then never sent, in a tab that listed it offline).
    ready = undefined;
    console.error('The mock backend did not start', error);
  });
  return ready;
}
