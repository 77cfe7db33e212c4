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
let waiting = false;
const listeners = new Set<() => void>();
let beforeReload: (() => Promise<void>) | undefined;

export const updates = {
  /** A new version is installed and waits for the user's Reload. */
  isWaiting: (): boolean => waiting,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** What must finish before the page reloads (the draft's last typing saved). */
  setBeforeReload: (job: (() => Promise<void>) | undefined): void => {
    beforeReload = job;
  },
  /** Switches to the new version and reloads on the same page; the saved draft comes back. */
  reload: async (): Promise<void> => {
    await beforeReload?.();
    // Everything is saved: the "leave site?" warning would only be in the way.
    window.addEventListener(
      'beforeunload',
      (event) => {
        event.stopImmediatePropagation();
      },
      { capture: true },
    );
    const wb = workbox;
    if (!wb || !waiting) {
      location.reload();
      return;
    }
    wb.addEventListener('controlling', () => {
      location.reload();
    });
    wb.messageSkipWaiting();
  },
};

function announce(): void {
  waiting = true;
  for (const listener of listeners) listener();
}

export function registerServiceWorker(): void {
  if (import.meta.env.DEV || import.meta.env.MODE === 'singlefile') return;
  if (location.protocol === 'file:' || !('serviceWorker' in navigator)) return;
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
