import type { HtmlTagDescriptor, IndexHtmlTransformContext, Plugin, Rollup } from 'vite';

/*
 * What the build's tests need to run one plugin's index.html transform on its own, as Vite would
 * call it: the page's text and, after bundling, the bundle.
 */

type Result =
  string | HtmlTagDescriptor[] | { html: string; tags: HtmlTagDescriptor[] } | undefined;

export async function transformHtml(
  plugin: Plugin,
  html: string,
  bundle?: Rollup.OutputBundle,
): Promise<Result> {
  const hook = plugin.transformIndexHtml;
  if (!hook) throw new Error(`${plugin.name} has no transformIndexHtml`);
  const handler = typeof hook === 'function' ? hook : hook.handler;
  const ctx = { path: '/index.html', filename: 'index.html', bundle } as IndexHtmlTransformContext;
  return (await (handler as (html: string, ctx: IndexHtmlTransformContext) => unknown)(
    html,
    ctx,
  )) as Result;
}

/** A built chunk with the fields the plugins read. */
export function chunk(fileName: string, facadeModuleId: string | null, imports: string[] = []) {
  return { type: 'chunk', fileName, facadeModuleId, imports } as unknown as Rollup.OutputChunk;
}

/** A built asset (a stylesheet) with its text. */
export function asset(fileName: string, source: string) {
  return { type: 'asset', fileName, source } as unknown as Rollup.OutputAsset;
}

export function bundleOf(...items: (Rollup.OutputChunk | Rollup.OutputAsset)[]) {
  const bundle: Rollup.OutputBundle = {};
  for (const item of items) bundle[item.fileName] = item;
  return bundle;
}
