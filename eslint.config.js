// @ts-check
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const ROOT = import.meta.dirname;
const SRC = resolve(ROOT, 'src');
const PUBLIC = resolve(ROOT, 'public');

/**
 * The layer a file belongs to: domain, api, ui, mocks, app, styles, build (the build's own code,
 * run by Node, never by the browser), a feature ("features/wizard") or public (data files).
 * Undefined outside src/ and public/.
 * @param {string} file
 * @returns {string | undefined}
 */
function layerOf(file) {
  if (file === PUBLIC || file.startsWith(PUBLIC + sep)) return 'public';
  const path = relative(SRC, file);
  if (path.startsWith('..') || path === '') return undefined;
  const [top, sub] = path.split(sep);
  return top === 'features' && sub ? `features/${sub}` : top;
}

/**
 * What each layer may import of ours (docs/architecture.md): imports flow one way, from the app
 * down to the domain, and features never import each other.
 * @type {Record<string, (target: string, self: string) => boolean>}
 */
const ALLOWED = {
  domain: (target) => target === 'domain',
  api: (target) => target === 'api' || target === 'domain',
  ui: (target) => target === 'ui' || target === 'domain',
  mocks: (target) => ['mocks', 'api', 'domain', 'public'].includes(target),
  app: (target) => target !== 'public' && target !== 'build',
  build: (target) => target === 'build' || target === 'domain',
  feature: (target, self) => target === self || ['api', 'domain', 'ui'].includes(target),
};

/**
 * Whether an import that is not relative may reach our own code, which would escape the layer
 * check: an absolute path (of the disk, or from the project's root as Vite reads "/src/..."), or
 * a bare name that is no installed package, as an alias ("@/domain/...", "src/domain/...") is.
 * A name with a scheme ("node:fs", "virtual:...") is never ours.
 * @param {string} spec
 */
function isOurs(spec) {
  if (isAbsolute(spec)) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec)) return false;
  if (builtinModules.includes(spec.split('/')[0] ?? '')) return false;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return !name || !existsSync(join(ROOT, 'node_modules', name));
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between the layers of src/ flow one way (docs/architecture.md)' },
    messages: {
      forbidden:
        '{{from}} may not import {{to}} ({{source}}): {{why}} See docs/architecture.md, "Layers".',
      notRelative:
        '{{source}} is neither a package nor a relative path: import our own code by a relative path, so that its layer can be checked. See docs/architecture.md, "Layers".',
    },
    schema: [],
  },
  create(context) {
    const self = layerOf(context.filename);
    if (!self) return {};
    const rule = ALLOWED[self.startsWith('features/') ? 'feature' : self];
    /** @param {import('estree').Node & { source?: unknown }} node */
    const check = (node) => {
      const source = /** @type {{ value?: unknown } | null | undefined} */ (node.source);
      const spec = source?.value;
      if (typeof spec !== 'string') return;
      if (!spec.startsWith('.')) {
        if (isOurs(spec))
          context.report({ node, messageId: 'notRelative', data: { source: spec } });
        return;
      }
      const target = layerOf(resolve(dirname(context.filename), spec));
      if (!target || !rule || rule(target, self)) return;
      context.report({
        node,
        messageId: 'forbidden',
        data: {
          from: self,
          to: target,
          source: spec,
          why: self.startsWith('features/')
            ? 'a feature uses the api, the domain and ui only; the app composes features.'
            : `${self} sits below ${target}.`,
        },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const layersPlugin = { rules: { imports: layersRule } };

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-output', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // Layers: every source file; a test may cross (it sets up what it checks).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.fixtures.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' },
  },
  {
    // The domain core holds the rules: no React, no I/O.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-*', '@tanstack/*', 'msw', 'msw/*', 'idb-keyval'],
              message: 'The domain core stays free of React and I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
