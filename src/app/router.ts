import { useSyncExternalStore } from 'react';
import type { Navigate, WizardPage } from '../features/wizard/pages.ts';
import { pageHref, parseHash } from '../features/wizard/pages.ts';

/*
 * A hash router: one history entry per page, so the browser's Back and Forward move between
 * steps. Links (<a href="#/...">) navigate natively; code navigates with navigate(). The hash is
 * parsed with zod (pages.ts), so no URL can put the app in an impossible state.
 */

/** Calls `listener` whenever the URL's page may have changed. */
export function onRouteChange(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentHash = () => window.location.hash;

export const navigate: Navigate = (page, options) => {
  const href = pageHref(page);
  if (href === window.location.hash) return;
  const oldURL = window.location.href;
  if (options?.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  // pushState and replaceState fire no event of their own: announce the change as the browser
  // would, so every listener hears it (this router, and the frame's update notice in Root.tsx).
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }));
};

export function useHashRoute(): WizardPage {
  return parseHash(useSyncExternalStore(onRouteChange, currentHash));
}

/** The page the URL names now. */
export const currentPage = (): WizardPage => parseHash(currentHash());
