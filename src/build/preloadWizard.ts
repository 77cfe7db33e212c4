import type { Plugin, Rollup } from 'vite';

/**
 * The wizard's chunks, fetched while the start page shows: "Start now" and a link straight to a
 * question then wait for no second round of downloads. Listed in a <meta> for the app to
 * preload once it runs (src/app/main.tsx), not as <link rel=modulepreload> in the head: those
 * share the slow link with the app from the start (over HTTP/1.1 every file has its own
 * connection, whatever its priority) and the app, the largest, arrived last of all.
 */
export function preloadWizard(): Plugin {
  return {
    name: 'preload-wizard',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        return [
          {
            tag: 'meta',
            attrs: {
              name: 'wizard-chunks',
              content: wizardChunks(ctx.bundle)
                .map((file) => `./${file}`)
                .join(' '),
            },
            injectTo: 'head' as const,
          },
        ];
      },
    },
  };
}

/**
 * The files App.tsx needs that the app's entry (main.tsx) does not already load: App.tsx's own
 * chunk and every chunk it imports, directly or not.
 */
export function wizardChunks(bundle: Rollup.OutputBundle): string[] {
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
  return [...files];
}
