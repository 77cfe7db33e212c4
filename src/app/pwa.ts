import type { Workbox } from 'workbox-window';
import { whenIdle } from './idle.ts';

/*
 * The offline service worker and its updates (docs/decisions/0006). A new version's worker waits;
 * the app offers it with a notice between escalations (never mid-journey) and, when the user
 * chooses Reload, lets it take over and reloads the page once, so no page ever runs two builds'
 * chunks. Skipped in dev (no worker is built), in the single-file build and on file:// (browsers
 * allow no service worker there). workbox-window loads lazily, off the first-load path.
 */

/** How often an open tab asks the server for a new version: desks keep the app open for days. */
const CHECK_EVERY_MS = 30 * 60 * 1000;

let workbox: Workbox | undefined;
/** A new version is installed and waits. */
let waiting = false;
/** Another tab took the new version, or a chunk of this build could not load: the build is old. */
let outdated = false;
const listeners = new Set<() => void>();
let beforeReload: (() => Promise<void>) | undefined;

export const updates = {
  /**
   * A new version is installed and waits for the user's Reload, or another tab has already
   * taken it and this page runs the build before it.
   */
  isWaiting: (): boolean => waiting || outdated,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** What must finish before the page reloads (the draft's last typing saved). */
  setBeforeReload: (job: (() => Promise<void>) | undefined): void => {
    beforeReload = job;
  },
  /**
   * Saves the last typing and lets the page leave without the "leave site?" warning: before a
   * reload, or the sign-in's trip to the provider. Returns the function that brings the warning
   * back, for a departure that did not happen.
   */
  leaveSaved: async (): Promise<() => void> => {
    await beforeReload?.();
    // Everything is saved: the "leave site?" warning would only be in the way.
    const silence = (event: Event) => {
      event.stopImmediatePropagation();
    };
    window.addEventListener('beforeunload', silence, { capture: true });
    return () => {
      window.removeEventListener('beforeunload', silence, { capture: true });
    };
  },
  /** Switches to the new version and reloads on the same page; the saved draft comes back. */
  reload: async (): Promise<void> => {
    await updates.leaveSaved();
    const wb = workbox;
    // The new version may already be in control (taken by another tab): nothing waits any more,
    // and a plain reload loads it.
    const registration = wb && !outdated ? await navigator.serviceWorker.getRegistration() : null;
    if (!wb || !registration?.waiting) {
      location.reload();
      return;
    }
    wb.addEventListener('controlling', () => {
      location.reload();
    });
    wb.messageSkipWaiting();
  },
};

function notify(): void {
  for (const listener of listeners) listener();
}

function announce(): void {
  waiting = true;
  notify();
}

function markOutdated(): void {
  outdated = true;
  notify();
}

/**
 * Signs that this page runs a build the server no longer has. Vite's loader fires
 * vite:preloadError when a chunk (or its stylesheet) fails to load. A change of the controlling
 * service worker, when one controlled the page already, means a newer worker took over: with
 * clientsClaim, the Reload of another tab does that to every open tab, and the new worker's
 * cache has none of this build's chunks. (The first visit's worker also takes control, but of a
 * page no worker controlled: that is the same build.)
 */
function watchForNewBuild(): void {
  window.addEventListener('vite:preloadError', markOutdated);
  const container = navigator.serviceWorker;
  const controlledAtStart = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (controlledAtStart) markOutdated();
  });
}

export function registerServiceWorker(): void {
  if (import.meta.env.DEV || import.meta.env.MODE === 'singlefile') return;
  if (location.protocol === 'file:' || !('serviceWorker' in navigator)) return;
  watchForNewBuild();
  // After the page has loaded and gone idle: the worker's precache download must not compete
  // with the page's own first load on a slow line.
  if (document.readyState === 'complete') whenIdle(start);
  else
    window.addEventListener(
      'load',
      () => {
        whenIdle(start, 5000);
      },
      { once: true },
    );
}

function start(): void {
  void import('workbox-window').then(({ Workbox }) => {
    const wb = new Workbox('./sw.js');
    workbox = wb;
    // Also fired at start when a new worker was already waiting from an earlier visit.
    wb.addEventListener('waiting', announce);
    void wb.register();
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void wb.update();
    });
    setInterval(() => void wb.update(), CHECK_EVERY_MS);
  });
}
