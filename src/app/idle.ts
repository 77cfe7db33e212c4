/** Runs `job` when the page is next idle, or soon where requestIdleCallback is missing (Safari). */
export function whenIdle(job: () => void, timeoutMs?: number): { cancel: () => void } {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(
      job,
      timeoutMs === undefined ? undefined : { timeout: timeoutMs },
    );
    return {
      cancel: () => {
        cancelIdleCallback(id);
      },
    };
  }
  const id = setTimeout(job, 50);
  return {
    cancel: () => {
      clearTimeout(id);
    },
  };
}

/** What a user does before acting on a page: moving the pointer, pressing, typing, scrolling. */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

/**
 * Runs `start` once, at the user's first sign of acting on the page (a page only read, or
 * measured, stays quiet). Returns a function that stops waiting.
 */
export function onFirstIntent(start: () => void): () => void {
  let waiting = true;
  const stop = (): void => {
    waiting = false;
    for (const event of INTENT_EVENTS) window.removeEventListener(event, fire, true);
  };
  function fire(): void {
    if (!waiting) return;
    stop();
    start();
  }
  for (const event of INTENT_EVENTS) {
    window.addEventListener(event, fire, { capture: true, passive: true });
  }
  return stop;
}
