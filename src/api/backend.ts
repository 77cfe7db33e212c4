/*
 * Requests wait here until the backend can answer. With the mock, that is once the in-page MSW
 * has started; the app shell starts it after the first paint (issue #6: the mock never blocks
 * it) and hands the promise over. Without a starter (a real API, or tests whose mock server is
 * already listening) requests go out at once.
 */

let ready: Promise<void> = Promise.resolve();

export function setBackendStart(start: Promise<void>): void {
  ready = start.catch((error: unknown) => {
    // Requests then fail as network errors, which the UI explains; the app itself goes on.
    console.error('The mock backend did not start', error);
  });
}

export const backendReady = (): Promise<void> => ready;
