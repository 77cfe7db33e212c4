import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * True while React hydrates the prerendered HTML (and at build time), false afterwards: what the
 * page reads from this device (drafts needing a call, who is signed in) is not in the HTML.
 */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}
