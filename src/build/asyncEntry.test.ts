// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { asyncEntry } from './asyncEntry.ts';
import { transformHtml } from './plugin.fixtures.ts';

describe('asyncEntry', () => {
  it('makes the entry script async and low priority, so the #fragment applies before it runs', async () => {
    const html =
      '<head><script type="module" crossorigin src="./assets/boot-abc.js"></script></head>';
    expect(await transformHtml(asyncEntry(), html)).toBe(
      '<head><script type="module" async fetchpriority="low" crossorigin src="./assets/boot-abc.js"></script></head>',
    );
  });

  it('leaves a script that is already async alone', async () => {
    const html = '<script type="module" async src="./a.js"></script>';
    expect(await transformHtml(asyncEntry(), html)).toBe(html);
  });

  it('runs after the other plugins, on the page Vite wrote', () => {
    const plugin = asyncEntry();
    expect(plugin.enforce).toBe('post');
    expect(plugin.apply).toBe('build');
  });
});
