/**
 * The page's localStorage, or undefined where reading it throws: a user who blocks site data gets
 * a SecurityError from the mere `window.localStorage`. Callers then keep their state in memory.
 */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
