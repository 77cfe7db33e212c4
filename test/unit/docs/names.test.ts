// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The docs name only what exists. Every name a doc writes in backticks that looks like code is
 * looked up in the source, so a renamed or deleted function cannot stay in the docs unnoticed.
 *
 * The rule, for each `...` span in docs/*.md and docs/decisions/*.md:
 * - A path (it has a "/" or ends in a file extension such as .ts, .tsx, .md, .json, .css):
 *   - starting with one of the repository's own folders or files (src/, test/, docs/, public/,
 *     .ci/, package.json...) it must exist there;
 *   - a bare file name ("validation.ts") must be the name of some file in src/, test/, docs/ or
 *     public/, or one the code names (a file the build writes, such as sw.js);
 *   - anything else is not ours and is skipped: URLs, hash routes ("#/check"), build output
 *     ("dist/..."), placeholders ("src/..."), an API's path ("tmf-api/troubleTicket/v5/").
 * - A function call, `name()` or `name(args)` (also `object.name()`): the function must be
 *   declared in src/ or test/ (a function, a const, a method or a property holding one), unless
 *   it is one of the web platform's or a library's own (PLATFORM below).
 * - A lone identifier with a capital inside it (camelCase, PascalCase of two words or more,
 *   CONSTANT_CASE with an underscore: `readFoc`, `StepPage`, `FOC_FIELDS`; not `Error`, `PON`
 *   or `ERR400`, which read as words and codes), or a dotted chain of them
 *   (`apiConfig.shouldMock`): each part must
 *   occur as a whole word somewhere in src/ or test/. This is looser than a declaration on
 *   purpose: the docs also name fields of the API's JSON and values of the answers, which the
 *   code spells the same way.
 * - Everything else is skipped: plain words, sentences, values, JSON examples, CLI flags and
 *   commands ("npm run build"), HTTP headers, HTML, CSS selectors.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const DOCS = ['docs', 'docs/decisions'].flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(ROOT, folder, name)),
);

/** Calls that belong to the browser, Node or a library, not to this project. */
const PLATFORM = new Set([
  'fetch',
  'click',
  'fill',
  'exec',
  'matchAll',
  'import',
  'now',
  'PerformanceObserver',
  'resumePausedMutations',
]);

/** The repository's own top-level folders and files: a path starting with one must exist. */
const OWN_TOP = new Set([
  'src',
  'test',
  'docs',
  'public',
  '.ci',
  'package.json',
  'tsconfig.json',
  'vite.config.ts',
  'eslint.config.js',
  'index.html',
  'README.md',
  '.nvmrc',
]);

const EXTENSION = /\.(ts|tsx|js|md|json|css|html|yaml|svg)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// This file is left out: its own examples of names that do not exist would otherwise be found.
const CODE_FILES = [
  ...['src', 'test'].flatMap((folder) => filesUnder(join(ROOT, folder))),
  join(ROOT, 'vite.config.ts'),
  join(ROOT, 'eslint.config.js'),
].filter((file) => /\.(ts|tsx|js)$/.test(file) && file !== import.meta.filename);
const CODE = CODE_FILES.map((file) => readFileSync(file, 'utf8')).join('\n');
const FILE_NAMES = new Set(
  ['src', 'test', 'docs', 'public'].flatMap((folder) =>
    filesUnder(join(ROOT, folder)).map((file) => basename(file)),
  ),
);

const escape = (text: string) => text.replace(/[$]/g, '\\$');

/** Whether `name` is declared in the code: a function, variable, class, type, method or property. */
function isDeclared(name: string): boolean {
  const n = escape(name);
  return [
    new RegExp(`\\b(function\\*?|const|let|var|class|interface|type|enum)\\s+${n}\\b`),
    // A method, or a property holding a function: `name(...) {` or `name: (...) =>`.
    new RegExp(`^\\s*(async\\s+)?${n}\\s*(<[^>]*>)?\\(`, 'm'),
    new RegExp(`[{,\\s]${n}\\s*:`),
  ].some((pattern) => pattern.test(CODE));
}

const occurs = (word: string) => new RegExp(`(?<![\\w$])${escape(word)}(?![\\w$])`).test(CODE);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** camelCase, PascalCase of two words or more, or CONSTANT_CASE with an underscore. */
const hasCapitalInside = (word: string) =>
  /^[A-Za-z_$][\w$]*[a-z][\w$]*[A-Z]/.test(word) || /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(word);

/** What is wrong with one backticked span, or undefined when it names something that exists. */
function problemWith(span: string): string | undefined {
  // A path.
  if (!/\s/.test(span) && (span.includes('/') || EXTENSION.test(span)) && !span.includes('(')) {
    const [top = ''] = span.split('/');
    if (OWN_TOP.has(top)) {
      if (span === 'src/...' || span.endsWith('/...')) return undefined;
      return existsSync(join(ROOT, span)) ? undefined : `no file or folder ${span}`;
    }
    if (!span.includes('/') && EXTENSION.test(span) && /^[\w-][\w.-]*$/.test(span)) {
      return FILE_NAMES.has(span) || CODE.includes(span)
        ? undefined
        : `no file named ${span} in src/, test/, docs/ or public/, and none the code names`;
    }
    return undefined;
  }
  // A call: `name()`, `name(args)`, `object.name()`, perhaps with its return type.
  const call = /^((?:[A-Za-z_$][\w$]*\.)*)([A-Za-z_$][\w$]*)\((.*)\)(:.*)?$/.exec(span);
  if (call) {
    const name = call[2] ?? '';
    if (PLATFORM.has(name)) return undefined;
    return isDeclared(name)
      ? undefined
      : `${span}: no function ${name} is declared in src/ or test/`;
  }
  // An identifier, or a dotted chain of them.
  const parts = span.split('.');
  if (parts.every((part) => IDENTIFIER.test(part)) && parts.some(hasCapitalInside)) {
    const missing = parts.filter((part) => hasCapitalInside(part) && !occurs(part));
    return missing.length
      ? `${span}: ${missing.join(', ')} occurs nowhere in src/ or test/`
      : undefined;
  }
  return undefined;
}

describe('the names the docs cite', () => {
  it.each(DOCS.map((file) => [relative(ROOT, file), file]))(
    '%s names only what exists',
    (_, file) => {
      const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
      const problems = [...text.matchAll(/`([^`\n]+)`/g)]
        .map(([, span = '']) => problemWith(span))
        .filter((problem) => problem !== undefined);
      expect(problems).toEqual([]);
    },
  );

  it('catches a function, a path and a name that do not exist', () => {
    expect(problemWith('schemaForStep()')).toContain('no function schemaForStep');
    expect(problemWith('src/domain/nowhere.ts')).toContain('no file or folder');
    expect(problemWith('nowhere.ts')).toContain('no file named');
    expect(problemWith('createNowhere')).toContain('occurs nowhere');
    expect(problemWith('createOutbox')).toBeUndefined();
    expect(problemWith('readFoc(text: string): FocReading')).toBeUndefined();
    expect(problemWith('npm run build')).toBeUndefined();
  });
});
