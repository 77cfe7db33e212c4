// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defines } from './defines.ts';
import { transformHtml } from './plugin.fixtures.ts';
import { prerenderStartPage } from './prerenderStartPage.ts';

describe('prerenderStartPage', () => {
  const plugin = prerenderStartPage('production', {}, () =>
    Promise.resolve('<div id="root"><h1>Escalate</h1></div>'),
  );

  it('writes the rendered start page in place of the empty root, before any other transform', async () => {
    expect(await transformHtml(plugin, '<body><div id="root"></div></body>')).toBe(
      '<body><div id="root"><h1>Escalate</h1></div></body>',
    );
    expect(plugin.transformIndexHtml).toMatchObject({ order: 'pre' });
  });

  it('fails the build when the page has no empty root to fill', async () => {
    await expect(transformHtml(plugin, '<body><main></main></body>')).rejects.toThrow(
      'no <div id="root"></div>',
    );
  });

  it('renders the real start page with React’s server renderer', async () => {
    const define = await defines({ APP_VERSION: '9.9.9', BUILD_DATE: '2026-01-02' });
    const html = await transformHtml(
      prerenderStartPage('production', define),
      '<div id="root"></div>',
    );
    expect(html).toContain('<div id="root">');
    expect(html).toContain('Start now');
    expect(html).toContain('9.9.9');
  }, 60_000);
});
