/*
 * localStorage can be missing (private modes, file:// in some browsers) or throw on access when
 * the user blocks site data. Everything in drafts goes through these so that never crashes the app.
 */

/** False when the value could not be written (storage full or unavailable). */
export function writeItem(storage: Storage | undefined, key: string, value: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function readItem(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function removeItem(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to remove from a storage we cannot reach.
  }
}
