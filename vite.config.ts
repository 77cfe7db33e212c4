/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

const APP_NAME = 'Escalate to AT&T Wholesale';

// The API origin the hosted build may talk to, from VITE_API_BASE_URL (issue #6: connect-src only
// self and the configured API). A relative or empty value means same origin.
function apiOrigin(apiBaseUrl: string | undefined): string | undefined {
  if (!apiBaseUrl) return undefined;
  try {
    return new URL(apiBaseUrl).origin;
  } catch {
    return undefined;
  }
}

// Strict CSP as a <meta>, so it holds on any static host without header configuration. Only for
// the hosted build: the single-file build must inline its script (see docs/decisions/0002).
// frame-ancestors is left out because browsers ignore it in a <meta>.
function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const connect = ["'self'", apiOrigin(apiBaseUrl)].filter(Boolean).join(' ');
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// One file has no sibling icons: embed the favicon and drop the touch icon.
function embeddedIcons(): Plugin {
  const favicon = readFileSync('public/favicon.svg', 'utf8');
  const dataUrl = `data:image/svg+xml,${encodeURIComponent(favicon)}`;
  return {
    name: 'embedded-icons',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/href="[^"]*favicon\.svg"/, `href="${dataUrl}"`)
          .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, ''),
    },
  };
}

const pwa = () =>
  VitePWA({
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
      globPatterns: ['**/*.{html,js,css,svg,png}'],
      globIgnores: ['single/**'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      // No skipWaiting: a new version waits until every tab is closed, so an open journey never
      // mixes chunks of two builds.
    },
  });

// `vite build` makes the hosted PWA in dist/; `vite build --mode singlefile` then makes one
// self-contained HTML file in dist/single/ for file:// (issue #5), leaving the first build alone.
export default defineConfig(({ mode }) => {
  const singleFile = mode === 'singlefile';
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    base: './',
    plugins: [
      react(),
      singleFile
        ? [viteSingleFile({ outputFileName: 'escalation-wizard.html' }), embeddedIcons()]
        : [pwa(), contentSecurityPolicy(env.VITE_API_BASE_URL)],
    ],
    build: singleFile
      ? { outDir: 'dist/single', emptyOutDir: true, copyPublicDir: false }
      : { outDir: 'dist', manifest: true },
    test: {
      environment: 'happy-dom',
      setupFiles: ['test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
      restoreMocks: true,
    },
  };
});
