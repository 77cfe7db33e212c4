import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The single file cannot fetch center-contacts.json from file://: its content goes into the page
 * at build time, as data (never run), for src/api/contacts.ts to read. A "<" in the file is
 * escaped so that no text in it can close the script element early.
 */
export function embeddedContacts(file = 'public/center-contacts.json'): Plugin {
  return {
    name: 'embedded-contacts',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'script',
        attrs: { type: 'application/json', id: 'center-contacts' },
        children: readFileSync(file, 'utf8').replaceAll('<', '\\u003c'),
        injectTo: 'body',
      },
    ],
  };
}
