import type { Plugin } from 'vite';

/*
 * Some of the build's page transforms depend on one another (the CSP hashes the stylesheet the
 * inliner wrote). Vite runs the transforms of index.html in three groups, by their `order`
 * ("pre", none, "post"), and within a group in the order of the resolved plugin list, so the
 * array in vite.config.ts is not the whole story: this works out the real order and refuses a
 * build where the stated one does not hold.
 */

/** The names of the plugins whose index.html transforms run, in the order Vite runs them. */
export function htmlTransformOrder(plugins: readonly Plugin[]): string[] {
  const groups: Record<'pre' | 'normal' | 'post', string[]> = { pre: [], normal: [], post: [] };
  for (const plugin of plugins) {
    const hook = plugin.transformIndexHtml;
    if (!hook) continue;
    const order = typeof hook === 'function' ? undefined : hook.order;
    groups[order ?? 'normal'].push(plugin.name);
  }
  return [...groups.pre, ...groups.normal, ...groups.post];
}

/**
 * A plugin that fails the build unless the named plugins' index.html transforms run in the
 * given order. A name absent from the build (the single file has no CSP) is skipped.
 */
export function checkHtmlOrder(...names: readonly string[]): Plugin {
  return {
    name: 'check-html-order',
    apply: 'build',
    configResolved(config) {
      const actual = htmlTransformOrder(config.plugins).filter((name) => names.includes(name));
      const expected = names.filter((name) => actual.includes(name));
      if (actual.join() !== expected.join()) {
        throw new Error(
          `The page's transforms must run as ${expected.join(' -> ')}, not ${actual.join(' -> ')}.`,
        );
      }
    },
  };
}
