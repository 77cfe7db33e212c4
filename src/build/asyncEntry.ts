import type { Plugin } from 'vite';

/**
 * The entry as an async module script: a deferred one (Vite's default) holds the end of parsing
 * until it has run, and the browser applies the address's #fragment only then, so the first
 * question in the HTML (shown for its URL by CSS :target) would wait for the app anyway. The
 * app waits for the parsed document itself (src/app/main.tsx).
 *
 * Low priority, as it is: the page paints from its HTML and needs no script for it. (A module
 * script is otherwise fetched at high priority, and Lighthouse's model of a slow load then counts
 * it as holding the first paint whenever it arrived before it.)
 */
export function asyncEntry(): Plugin {
  return {
    name: 'async-entry',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: { order: 'post', handler: makeEntryAsync },
  };
}

/** The page with its first module script made async and low priority (the others untouched). */
export function makeEntryAsync(html: string): string {
  return html.replace(
    /<script type="module"(?![^>]*\basync\b)/,
    '<script type="module" async fetchpriority="low"',
  );
}
