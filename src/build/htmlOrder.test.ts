// @vitest-environment node
import { resolveConfig, type Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { checkHtmlOrder, htmlTransformOrder } from './htmlOrder.ts';

const plugin = (name: string, order?: 'pre' | 'post', enforce?: 'pre' | 'post'): Plugin => ({
  name,
  ...(enforce ? { enforce } : {}),
  transformIndexHtml: order ? { order, handler: (html) => html } : (html) => html,
});

describe('htmlTransformOrder', () => {
  it('runs the "pre" transforms first and the "post" ones last, each group in list order', () => {
    expect(
      htmlTransformOrder([
        plugin('late', 'post'),
        plugin('plain'),
        { name: 'no-html' },
        plugin('early', 'pre'),
        plugin('later', 'post'),
      ]),
    ).toEqual(['early', 'plain', 'late', 'later']);
  });
});

describe('checkHtmlOrder', () => {
  const check = (plugins: Plugin[]) => {
    const hook = checkHtmlOrder('inline-stylesheet', 'content-security-policy').configResolved;
    if (typeof hook !== 'function') throw new Error('a configResolved hook');
    return () => Reflect.apply(hook, undefined, [{ plugins }]) as unknown;
  };

  it('refuses a build whose CSP would run before the stylesheet is inlined', () => {
    expect(
      check([plugin('content-security-policy', 'post'), plugin('inline-stylesheet', 'post')]),
    ).toThrow('must run as inline-stylesheet -> content-security-policy');
    // An "order" moves a transform before one listed ahead of it.
    expect(
      check([plugin('inline-stylesheet', 'post'), plugin('content-security-policy')]),
    ).toThrow();
  });

  it('accepts the stated order, and a build without one of them', () => {
    expect(
      check([plugin('inline-stylesheet', 'post'), plugin('content-security-policy', 'post')]),
    ).not.toThrow();
    expect(check([plugin('inline-stylesheet', 'post')])).not.toThrow();
  });

  it('holds for vite.config.ts, for both builds', async () => {
    for (const mode of ['production', 'singlefile']) {
      const config = await resolveConfig({ mode, logLevel: 'silent' }, 'build');
      const names = htmlTransformOrder(config.plugins);
      expect(names).toContain('prerender-start-page');
      if (mode === 'production') {
        expect(names.indexOf('inline-stylesheet')).toBeLessThan(
          names.indexOf('content-security-policy'),
        );
      }
    }
  }, 60_000);
});
