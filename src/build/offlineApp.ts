import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

/*
 * The hosted build as an installable app that works offline: its web manifest and a service
 * worker that precaches the built files. src/app/pwa.ts registers the worker and offers its
 * updates (docs/decisions/0006).
 */

export const APP_NAME = 'Escalate to AT&T Wholesale';

export const OFFLINE_APP: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  // src/app/pwa.ts registers the worker from the bundle: no inline script for the CSP to allow.
  injectRegister: false,
  // The glob below already precaches the icons.
  includeManifestIcons: false,
  manifest: {
    name: APP_NAME,
    short_name: 'AT&T Escalation',
    description: "Route a CLEC's escalation to the right AT&T Wholesale center.",
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#0b4f8a',
    background_color: '#ffffff',
    icons: [
      { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Precache every built file, lazy chunks included, so any step works offline.
    // (The plugin adds manifest.webmanifest itself.)
    // center-contacts.json is not precached: the app fetches it network-first and keeps its own
    // offline copy, so an administrator's edit reaches users without a new build.
    // The mock backend's chunks are not precached either: nothing may fetch MSW before a request
    // needs it. The first request caches them for offline use.
    globPatterns: ['**/*.{html,js,css,svg,png}'],
    globIgnores: ['single/**', 'assets/pageMock-*.js', 'assets/mockBackend-*.js'],
    runtimeCaching: [
      {
        urlPattern: /\/assets\/(pageMock|mockBackend)-[\w-]+\.js$/,
        handler: 'CacheFirst',
        options: { cacheName: 'mock-backend' },
      },
    ],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // No skipWaiting: a new version waits until the user chooses Reload on the notice the app
    // shows between escalations (docs/decisions/0006), so a page never mixes two builds' chunks.
    skipWaiting: false,
  },
};

/** The manifest and service-worker plugins for the hosted build. */
export const offlineApp = () => VitePWA(OFFLINE_APP);
