// @vitest-environment node
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFLINE_APP, offlineApp } from './offlineApp.ts';

describe('offlineApp', () => {
  it('names icons that exist in public/', () => {
    const icons = OFFLINE_APP.manifest ? (OFFLINE_APP.manifest.icons ?? []) : [];
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(existsSync(`public/${icon.src}`), icon.src).toBe(true);
  });

  it('caches the mock backend on first use, as it is left out of the precache', () => {
    const { globIgnores = [], runtimeCaching = [] } = OFFLINE_APP.workbox ?? {};
    const [rule] = runtimeCaching;
    const pattern = rule?.urlPattern;
    if (!(pattern instanceof RegExp)) throw new Error('a pattern for the mock backend');
    expect(globIgnores).toContain('assets/mockBackend-*.js');
    expect(pattern.test('https://host/app/assets/mockBackend-Ab_12-3.js')).toBe(true);
    expect(pattern.test('https://host/app/assets/pageMock-Xy12.js')).toBe(true);
    expect(pattern.test('https://host/app/assets/App-Xy12.js')).toBe(false);
  });

  it('never lets a new version take over by itself: the user chooses Reload', () => {
    expect(OFFLINE_APP.workbox?.skipWaiting).toBe(false);
    expect(OFFLINE_APP.injectRegister).toBe(false);
    expect(offlineApp().map((plugin) => plugin.name)).toContain('vite-plugin-pwa');
  });
});
