import type { Plugin, Rollup } from 'vite';

/**
 * The stylesheet in the page itself: one round trip fewer before the prerendered start page
 * paints. The CSP (contentSecurityPolicy.ts, which runs after this plugin) allows exactly this
 * text by its hash.
 */
export function inlineStylesheet(): Plugin {
  return {
    name: 'inline-stylesheet',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (ctx.bundle ? inlineTheStylesheet(html, ctx.bundle) : html),
    },
  };
}

/** The page with its first stylesheet's text written into a <style>; unchanged without one. */
export function inlineTheStylesheet(html: string, bundle: Rollup.OutputBundle): string {
  const link = /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/.exec(html);
  const asset = link?.[1] ? bundle[link[1]] : undefined;
  if (!link || asset?.type !== 'asset' || typeof asset.source !== 'string') return html;
  // The <link> stays, disabled (never fetched): Vite's loader for lazy chunks, which lists the
  // stylesheet among their dependencies, then finds it in the page instead of fetching it and
  // holding the chunk until it has arrived.
  return html.replace(
    link[0],
    `<style>${asset.source}</style><link rel="stylesheet" href="./${link[1]}" disabled>`,
  );
}
