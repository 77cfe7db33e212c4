import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin } from 'vite';

/** What src/app/prerender.tsx gives the build (the build never imports the app's code itself). */
interface Prerender {
  render: () => string;
}

/**
 * The frame and the start page rendered to HTML at build time (React's server renderer through
 * Vite's module runner), so the first paint needs no script; main.tsx hydrates it. The page's
 * empty root is replaced by what `render` returns; `render` defaults to src/app/prerender.tsx,
 * loaded with the build's mode and constants.
 */
export function prerenderStartPage(
  mode: string,
  define: Record<string, string>,
  render: () => Promise<string> = async () => {
    const { module } = await runnerImport<Prerender>('/src/app/prerender.tsx', {
      configFile: false,
      mode,
      define,
      plugins: [react()],
      logLevel: 'warn',
    });
    return module.render();
  },
): Plugin {
  return {
    name: 'prerender-start-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(EMPTY_ROOT)) {
          throw new Error(`prerender-start-page: index.html has no ${EMPTY_ROOT} to fill`);
        }
        return html.replace(EMPTY_ROOT, await render());
      },
    },
  };
}

const EMPTY_ROOT = '<div id="root"></div>';
