/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { asyncEntry } from './src/build/asyncEntry.ts';
import { contentSecurityPolicy } from './src/build/contentSecurityPolicy.ts';
import { defines } from './src/build/defines.ts';
import { embeddedContacts } from './src/build/embeddedContacts.ts';
import { embeddedIcons } from './src/build/embeddedIcons.ts';
import { checkHtmlOrder } from './src/build/htmlOrder.ts';
import { inlineStylesheet } from './src/build/inlineStylesheet.ts';
import { offlineApp } from './src/build/offlineApp.ts';
import { preloadWizard } from './src/build/preloadWizard.ts';
import { prerenderStartPage } from './src/build/prerenderStartPage.ts';
import { parseSignInConfig } from './src/api/signInConfig.ts';

/*
 * `vite build` makes the hosted PWA in dist/; `vite build --mode singlefile` then makes one
 * self-contained HTML file in dist/single/ for file:// (docs/decisions/0002), leaving the first
 * build alone. Each plugin is its own module in src/build/, with its test beside it.
 *
 * The order of index.html's transforms matters, and checkHtmlOrder() checks it at every build
 * (Vite runs them by their `order`, then by `enforce`, then by their place in the list below):
 * 1. prerender-start-page writes the start page into the empty root, before anything reads it;
 * 2. preload-wizard lists the wizard's chunks in a <meta>;
 * 3. async-entry makes the entry script async;
 * 4. inline-stylesheet writes the stylesheet into a <style>;
 * 5. content-security-policy hashes that <style>, so it must come after 4.
 */
const HTML_ORDER = [
  'prerender-start-page',
  'preload-wizard',
  'async-entry',
  'inline-stylesheet',
  'content-security-policy',
];

export default defineConfig(async ({ mode }) => {
  const singleFile = mode === 'singlefile';
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  // A wrong sign-in setting stops the build and the dev server here, with what to fix.
  const signIn = parseSignInConfig(env);
  const define = { ...(await defines(process.env)), __SIGN_IN__: JSON.stringify(signIn ?? null) };
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
            offlineApp(),
            inlineStylesheet(),
            preloadWizard(),
            contentSecurityPolicy(env.VITE_API_BASE_URL, signIn?.issuer),
          ],
      checkHtmlOrder(...HTML_ORDER),
    ],
    build: singleFile
      ? { outDir: 'dist/single', emptyOutDir: true, copyPublicDir: false }
      : { outDir: 'dist', manifest: true },
    test: {
      environment: 'happy-dom',
      setupFiles: ['test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      // A ceiling only a hang reaches: a component test that renders a whole page takes seconds
      // on a loaded 2-core machine, and the suite must stay green there (issue #22).
      testTimeout: 30_000,
    },
  };
});
