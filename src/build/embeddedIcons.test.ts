// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { embeddedIcons } from './embeddedIcons.ts';
import { transformHtml } from './plugin.fixtures.ts';

describe('embeddedIcons', () => {
  it('writes the favicon into the page as a data URL and drops the touch icon', async () => {
    const html = await transformHtml(
      embeddedIcons(),
      '<head><link rel="icon" href="./favicon.svg" type="image/svg+xml">\n  <link rel="apple-touch-icon" href="./apple-touch-icon.png"></head>',
    );
    expect(html).toMatch(
      /^<head><link rel="icon" href="data:image\/svg\+xml,%3Csvg[^"]+" type="image\/svg\+xml"><\/head>$/,
    );
  });
});
