import { rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The layers of src/ are enforced by the linter, not by habit (docs/architecture.md): this runs
 * the project's own ESLint configuration on probe files written into the tree, each importing
 * across a boundary, and expects the `layers/imports` rule to refuse exactly the forbidden ones.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const probes: string[] = [];

async function lintProbe(path: string, source: string): Promise<string[]> {
  const file = resolve(ROOT, path);
  probes.push(file);
  await writeFile(file, source);
  const [result] = await new ESLint({ cwd: ROOT }).lintFiles([file]);
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'layers/imports')
    .map((message) => message.message);
}

afterAll(async () => {
  await Promise.all(probes.map((file) => rm(file, { force: true })));
});

describe('import layers', () => {
  it.each([
    [
      'the domain, from a nested folder',
      'src/domain/identifiers/__layers_probe_1__.ts',
      "import { QUESTIONS } from '../../features/wizard/pages.ts';\nexport const x = QUESTIONS;\n",
      'domain may not import features/wizard',
    ],
    [
      'a feature, another feature',
      'src/features/wizard/__layers_probe_2__.ts',
      "import { MyEscalations } from '../tickets/MyEscalations.tsx';\nexport const x = MyEscalations;\n",
      'features/wizard may not import features/tickets',
    ],
    [
      'the api, a feature',
      'src/api/__layers_probe_3__.ts',
      "import { useDraft } from '../features/drafts/useDraft.ts';\nexport const x = useDraft;\n",
      'api may not import features/drafts',
    ],
    [
      'ui, the api',
      'src/ui/__layers_probe_4__.ts',
      "import { outbox } from '../api/outbox.ts';\nexport const x = outbox;\n",
      'ui may not import api',
    ],
    [
      'the app, the build’s code (run by Node, never by the browser)',
      'src/app/__layers_probe_7__.ts',
      "import { buildDay } from '../build/defines.ts';\nexport const x = buildDay;\n",
      'app may not import build',
    ],
    [
      'the build, the app',
      'src/build/__layers_probe_8__.ts',
      "import { GENERATOR } from '../app/version.ts';\nexport const x = GENERATOR;\n",
      'build may not import app',
    ],
    [
      'the mocks, the app',
      'src/mocks/__layers_probe_5__.ts',
      "import { GENERATOR } from '../app/version.ts';\nexport const x = GENERATOR;\n",
      'mocks may not import app',
    ],
  ])(
    'refuses %s',
    async (_, path, source, expected) => {
      const messages = await lintProbe(path, source);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(expected);
    },
    60_000,
  );

  it.each([
    ['a path from the project’s root, as Vite reads it', '/src/features/wizard/pages.ts'],
    ['a path on the disk', `${ROOT}/src/features/wizard/pages.ts`],
    ['an alias', '@/features/wizard/pages.ts'],
    ['a bare path into src/', 'src/features/wizard/pages.ts'],
  ])(
    'refuses our own code imported by %s, which the layer check cannot follow',
    async (_, spec) => {
      const messages = await lintProbe(
        'src/domain/__layers_probe_9__.ts',
        `import { QUESTIONS } from '${spec}';\nexport const x = QUESTIONS;\n`,
      );
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain('import our own code by a relative path');
    },
    60_000,
  );

  it.each([
    [
      'each layer import what lies below it',
      'src/features/tickets/__layers_probe_6__.ts',
      [
        "import { outbox } from '../../api/outbox.ts';",
        "import { PROBLEM_KIND_LABELS } from '../../domain/labels.ts';",
        "import { HEADING_ID } from '../../ui/PageHeading.tsx';",
        "import { STATUS_LABEL } from './format.ts';",
        'export const x = [outbox, PROBLEM_KIND_LABELS, HEADING_ID, STATUS_LABEL];',
      ],
    ],
    [
      'any layer import packages and Node’s modules by name (here the build, with the domain)',
      'src/build/__layers_probe_10__.ts',
      [
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        "import type { Plugin } from 'vite';",
        "import { QueryClient } from '@tanstack/react-query';",
        "import { firstQuestionView } from '../domain/firstQuestion.ts';",
        'export const x = [readFileSync, join, QueryClient, firstQuestionView];',
        'export type P = Plugin;',
      ],
    ],
  ])(
    'lets %s',
    async (_, path, lines) => {
      expect(await lintProbe(path, [...lines, ''].join('\n'))).toEqual([]);
    },
    60_000,
  );
});
