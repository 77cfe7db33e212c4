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
