/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, loadEnv, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

const APP_NAME = 'Escalate to AT&T Wholesale';

// Which build is running, shown in the footer and on the report's last line. APP_VERSION and
// BUILD_DATE may be set to tell two builds apart (the browser suite's update test does).
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const VERSION = process.env.APP_VERSION ?? pkg.version;
/** The build's day, YYYY-MM-DD (BUILD_DATE) or today on the builder's clock, shown MM/DD/YYYY. */
function buildDay(iso: string | undefined): string {
  const today = new Date();
  const [year, month, day] = iso?.split('-') ?? [
    String(today.getFullYear()),
    String(today.getMonth() + 1).padStart(2, '0'),
    String(today.getDate()).padStart(2, '0'),
  ];
  return `${month ?? ''}/${day ?? ''}/${year ?? ''}`;
}
/*
 * The first question as data, read from the question registry: the page that shows it before the
 * wizard's code has loaded renders it without zod (src/domain/firstQuestion.ts).
 */
async function firstQuestion(): Promise<unknown> {
  const { module } = await runnerImport<typeof import('./src/domain/firstQuestion.ts')>(
    '/src/domain/firstQuestion.ts',
    { configFile: false, logLevel: 'warn' },
  );
  return module.firstQuestionView();
}

const defines = async (): Promise<Record<string, string>> => ({
  __APP_VERSION__: JSON.stringify(VERSION),
  __BUILD_DATE__: JSON.stringify(buildDay(process.env.BUILD_DATE)),
  __FIRST_QUESTION__: JSON.stringify(await firstQuestion()),
});

// The frame and the start page rendered to HTML at build time (React's server renderer through
// Vite's module runner), so the first paint needs no script; main.tsx hydrates it.
function prerenderStartPage(mode: string, define: Record<string, string>): Plugin {
  return {
    name: 'prerender-start-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { module } = await runnerImport<typeof import('./src/app/prerender.tsx')>(
          '/src/app/prerender.tsx',
          {
            configFile: false,
            mode,
            define,
            plugins: [react()],
            logLevel: 'warn',
          },
        );
        return html.replace('<div id="root"></div>', module.render());
      },
    },
  };
}

// The wizard's chunks, fetched while the start page shows: "Start now" and a link straight to a
// question then wait for no second round of downloads. Listed in a <meta> for the app to
// preload once it runs (src/app/main.tsx), not as <link rel=modulepreload> in the head: those
// share the slow link with the app from the start (over HTTP/1.1 every file has its own
// connection, whatever its priority) and the app, the largest, arrived last of all.
function preloadWizard(): Plugin {
  return {
    name: 'preload-wizard',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/app/App.tsx'));
        // The app's own entry: the page's (boot.ts) imports it once the page has painted.
        const entry = chunks.find((c) => c.facadeModuleId?.endsWith('/src/app/main.tsx'));
        if (!app || !entry) throw new Error('preload-wizard: no chunk for main.tsx or App.tsx');
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file) || file === entry.fileName || entry.imports.includes(file)) return;
          files.add(file);
          for (const imported of chunks.find((c) => c.fileName === file)?.imports ?? []) {
            visit(imported);
          }
        };
        visit(app.fileName);
        return [
          {
            tag: 'meta',
            attrs: { name: 'wizard-chunks', content: [...files].map((f) => `./${f}`).join(' ') },
            injectTo: 'head' as const,
          },
        ];
      },
    },
  };
}

// The entry as an async module script: a deferred one (Vite's default) holds the end of parsing
// until it has run, and the browser applies the address's #fragment only then, so the first
// question in the HTML (shown for its URL by CSS :target) would wait for the app anyway. The
// app waits for the parsed document itself (src/app/main.tsx).
function asyncEntry(): Plugin {
  return {
    name: 'async-entry',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      // Low priority, as it is: the page paints from its HTML and needs no script for it. (A
      // module script is otherwise fetched at high priority, and Lighthouse's model of a slow
      // load then counts it as holding the first paint whenever it arrived before it.)
      handler: (html) =>
        html.replace(
          /<script type="module"(?![^>]*\basync\b)/,
          '<script type="module" async fetchpriority="low"',
        ),
    },
  };
}

// The single file cannot fetch center-contacts.json from file://: its content goes into the page
// at build time, as data (never run), for src/api/contacts.ts to read.
function embeddedContacts(): Plugin {
  return {
    name: 'embedded-contacts',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'script',
        attrs: { type: 'application/json', id: 'center-contacts' },
        children: readFileSync('public/center-contacts.json', 'utf8').replaceAll('<', '\\u003c'),
        injectTo: 'body',
      },
    ],
  };
}

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
// The stylesheet is written into the page (below), so the first paint waits for no request; its
// hash is the only inline style the policy allows. No inline script is ever allowed.
function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const connect = ["'self'", apiOrigin(apiBaseUrl)].filter(Boolean).join(' ');
  const policy = (styleHashes: readonly string[]) =>
    [
      "default-src 'self'",
      "script-src 'self'",
      ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
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
    // After the stylesheet is written into the page: its hash goes in the policy.
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
          ([, css = '']) => `sha256-${createHash('sha256').update(css).digest('base64')}`,
        );
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy(hashes) },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

// The stylesheet in the page itself: one round trip fewer before the prerendered start page
// paints (issue #11). The CSP allows exactly this text by its hash.
function inlineStylesheet(): Plugin {
  return {
    name: 'inline-stylesheet',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const link = /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/.exec(html);
        const asset = link?.[1] ? ctx.bundle?.[link[1]] : undefined;
        if (!link || asset?.type !== 'asset' || typeof asset.source !== 'string') return html;
        // The <link> stays, disabled (never fetched): Vite's loader for lazy chunks, which lists
        // the stylesheet among their dependencies, then finds it in the page instead of fetching
        // it and holding the chunk until it has arrived.
        return html.replace(
          link[0],
          `<style>${asset.source}</style><link rel="stylesheet" href="./${link[1]}" disabled>`,
        );
      },
    },
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
  });

// `vite build` makes the hosted PWA in dist/; `vite build --mode singlefile` then makes one
// self-contained HTML file in dist/single/ for file:// (issue #5), leaving the first build alone.
export default defineConfig(async ({ mode }) => {
  const singleFile = mode === 'singlefile';
  const define = await defines();
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    base: './',
    define,
    plugins: [
      react(),
      prerenderStartPage(mode, define),
      asyncEntry(),
      singleFile
        ? [
            viteSingleFile({ outputFileName: 'escalation-wizard.html' }),
            embeddedIcons(),
            embeddedContacts(),
          ]
        : [
            pwa(),
            inlineStylesheet(),
            preloadWizard(),
            contentSecurityPolicy(env.VITE_API_BASE_URL),
          ],
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
