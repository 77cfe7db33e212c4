// Registers the service worker that vite-plugin-pwa generates (docs/decisions/0002). Skipped in
// dev (no worker is built), in the single-file build and on file:// (browsers allow no service
// worker there). workbox-window loads lazily, off the first-load path.
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || import.meta.env.MODE === 'singlefile') return;
  if (location.protocol === 'file:' || !('serviceWorker' in navigator)) return;
  void import('workbox-window').then(({ Workbox }) => new Workbox('./sw.js').register());
}
