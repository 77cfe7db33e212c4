import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** One file has no sibling icons: the favicon goes into the page as a data URL, the touch icon goes. */
export function embeddedIcons(file = 'public/favicon.svg'): Plugin {
  const favicon = readFileSync(file, 'utf8');
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
