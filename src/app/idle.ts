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

/**
 * Runs `job` once the page has painted what it shows now: in the task after the next frame. A
 * page in a background tab paints only when shown, so there the job runs at once.
 */
export function afterPaint(job: () => void): void {
  if (document.visibilityState === 'hidden') {
    job();
    return;
  }
  requestAnimationFrame(() => {
    setTimeout(job, 0);
  });
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Gives the main thread back to the page (input, paint) before going on: `scheduler.yield()`
 * where the browser has it (its continuation runs before other queued tasks), else a new task.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}
