// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { appVersion, buildDay, defines } from './defines.ts';

describe('defines', () => {
  it('shows the build’s day as MM/DD/YYYY, from BUILD_DATE or the builder’s clock', () => {
    expect(buildDay('2026-03-04')).toBe('03/04/2026');
    expect(buildDay(undefined, new Date(2026, 0, 5))).toBe('01/05/2026');
  });

  it('takes the version from APP_VERSION when set, otherwise from package.json', () => {
    expect(appVersion({ APP_VERSION: '9.9.9' })).toBe('9.9.9');
    expect(appVersion({})).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('gives the app its version, its day and the first question, each as JSON', async () => {
    const define = await defines({ APP_VERSION: '1.2.3', BUILD_DATE: '2026-12-07' });
    expect(define.__APP_VERSION__).toBe('"1.2.3"');
    expect(define.__BUILD_DATE__).toBe('"12/07/2026"');
    const question = JSON.parse(define.__FIRST_QUESTION__ ?? '') as { title?: unknown };
    expect(question.title).toBe('What is the problem about?');
  }, 60_000);
});
