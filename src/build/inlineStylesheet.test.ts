// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, styleHashes } from './contentSecurityPolicy.ts';
import { inlineStylesheet } from './inlineStylesheet.ts';
import { asset, bundleOf, chunk, transformHtml } from './plugin.fixtures.ts';

const PAGE =
  '<head><link rel="stylesheet" crossorigin href="./assets/index-abc.css"></head><body></body>';
const CSS = 'body{margin:0}';

describe('inlineStylesheet', () => {
  it('writes the stylesheet into the page and keeps its <link>, disabled, for the lazy chunks’ loader', async () => {
    const html = await transformHtml(
      inlineStylesheet(),
      PAGE,
      bundleOf(asset('assets/index-abc.css', CSS)),
    );
    expect(html).toBe(
      `<head><style>${CSS}</style><link rel="stylesheet" href="./assets/index-abc.css" disabled></head><body></body>`,
    );
  });

  it('leaves the page alone when the stylesheet is not in the bundle, or before bundling', async () => {
    expect(
      await transformHtml(inlineStylesheet(), PAGE, bundleOf(chunk('assets/a.js', null))),
    ).toBe(PAGE);
    expect(await transformHtml(inlineStylesheet(), PAGE)).toBe(PAGE);
  });

  it('followed by the CSP, gives a policy that allows exactly the inlined text', async () => {
    const inlined = await transformHtml(
      inlineStylesheet(),
      PAGE,
      bundleOf(asset('assets/index-abc.css', CSS)),
    );
    if (typeof inlined !== 'string') throw new Error('the inliner returns the page');
    const [hash] = styleHashes(`<style>${CSS}</style>`);
    const tags = await transformHtml(contentSecurityPolicy(undefined), inlined);
    expect(JSON.stringify(tags)).toContain(`'${hash ?? ''}'`);
    // Run the other way round, the policy has no hash and the browser would refuse the style.
    const early = await transformHtml(contentSecurityPolicy(undefined), PAGE);
    expect(JSON.stringify(early)).not.toContain('sha256-');
  });
});
