import { readFileSync } from 'node:fs';
import { runnerImport } from 'vite';

/*
 * The constants the build writes into the code (Vite's `define`): which build this is, shown in
 * the footer and on the report's last line, and the first question as data.
 */

/**
 * The build's day as the app shows it, MM/DD/YYYY: from `iso` (YYYY-MM-DD, the BUILD_DATE
 * variable) when given, otherwise today on the builder's clock.
 */
export function buildDay(iso: string | undefined, today = new Date()): string {
  const [year, month, day] = iso?.split('-') ?? [
    String(today.getFullYear()),
    String(today.getMonth() + 1).padStart(2, '0'),
    String(today.getDate()).padStart(2, '0'),
  ];
  return `${month ?? ''}/${day ?? ''}/${year ?? ''}`;
}

/** The version: APP_VERSION when set (the browser suite's update test builds two), else the package's. */
export function appVersion(env: NodeJS.ProcessEnv, packageJson = 'package.json'): string {
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  return env.APP_VERSION ?? pkg.version;
}

/*
 * The first question as data, read from the question registry: the page that shows it before the
 * wizard's code has loaded renders it without zod (src/domain/firstQuestion.ts).
 */
async function firstQuestion(): Promise<unknown> {
  const { module } = await runnerImport<typeof import('../domain/firstQuestion.ts')>(
    '/src/domain/firstQuestion.ts',
    { configFile: false, logLevel: 'warn' },
  );
  return module.firstQuestionView();
}

/** Every constant the app's code reads from the build, as Vite's `define` wants them. */
export async function defines(env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  return {
    __APP_VERSION__: JSON.stringify(appVersion(env)),
    __BUILD_DATE__: JSON.stringify(buildDay(env.BUILD_DATE)),
    __FIRST_QUESTION__: JSON.stringify(await firstQuestion()),
  };
}
