// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundleOf, chunk, transformHtml } from './plugin.fixtures.ts';
import { preloadWizard, wizardChunks } from './preloadWizard.ts';

const BUNDLE = bundleOf(
  chunk('assets/main.js', '/repo/src/app/main.tsx', ['assets/react.js']),
  chunk('assets/react.js', null),
  chunk('assets/App.js', '/repo/src/app/App.tsx', ['assets/react.js', 'assets/schemas.js']),
  chunk('assets/schemas.js', null, ['assets/zod.js']),
  chunk('assets/zod.js', null),
  chunk('assets/ContactsPage.js', '/repo/src/features/contacts/ContactsPage.tsx'),
);

describe('preloadWizard', () => {
  it('lists App.tsx’s chunk and what it imports, directly or not, minus what the entry loads', () => {
    expect(wizardChunks(BUNDLE)).toEqual(['assets/App.js', 'assets/schemas.js', 'assets/zod.js']);
  });

  it('writes the list into a <meta> in the head for main.tsx to preload', async () => {
    expect(await transformHtml(preloadWizard(), '<head></head>', BUNDLE)).toEqual([
      {
        tag: 'meta',
        attrs: {
          name: 'wizard-chunks',
          content: './assets/App.js ./assets/schemas.js ./assets/zod.js',
        },
        injectTo: 'head',
      },
    ]);
  });

  it('fails the build when the app or its entry has no chunk of its own', () => {
    expect(() => wizardChunks(bundleOf(chunk('assets/main.js', '/repo/src/app/main.tsx')))).toThrow(
      'no chunk for main.tsx or App.tsx',
    );
  });
});
