// First-load size budget for the hosted build (issue #6). Reads dist/.vite/manifest.json (written
// by `vite build`) to find the JavaScript a first visit runs before the page answers the user:
// the entry chunk, the app it starts once the page has painted (src/app/main.tsx), and
// everything those import statically. Other dynamic imports are lazy and only listed.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET_BYTES = 100 * 1024;
/** The app the entry (src/app/boot.ts) imports as soon as the page has painted. */
const APP_ENTRY = 'src/app/main.tsx';
// Strings that survive minification of msw and @mswjs/interceptors.
const MSW_MARKERS = /\[MSW\]|mswjs\.io|__MSW_/;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

interface Row {
  file: string;
  raw: number;
  gzip: number;
  hasMsw: boolean;
}

function readManifest(): Record<string, ManifestChunk> {
  const path = join(DIST, '.vite', 'manifest.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  } catch {
    console.error(`Cannot read ${path}: run \`npm run build\` first.`);
    process.exit(1);
  }
}

function firstLoadFiles(manifest: Record<string, ManifestChunk>): Set<string> {
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.keys(manifest)
    .filter((key) => manifest[key]?.isEntry || key === APP_ENTRY)
    .forEach(visit);
  if (!manifest[APP_ENTRY]) {
    console.error(
      `${APP_ENTRY} is not in the manifest: update APP_ENTRY in ${import.meta.filename}.`,
    );
    process.exit(1);
  }
  return files;
}

function measure(file: string): Row {
  const bytes = readFileSync(join(DIST, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    hasMsw: MSW_MARKERS.test(bytes.toString('utf8')),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  if (rows.length === 0) {
    console.log('  (none)');
    return;
  }
  const width = Math.max(...rows.map((row) => row.file.length));
  console.log(`  ${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
  for (const row of rows) {
    const mark = row.hasMsw ? '  (msw)' : '';
    console.log(
      `  ${row.file.padEnd(width)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(10)}${mark}`,
    );
  }
}

const firstLoad = firstLoadFiles(readManifest());
const builtJs = readdirSync(join(DIST, 'assets'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.js'))
  .map((name) => relative(DIST, join(DIST, 'assets', name)));
const firstRows = [...firstLoad].sort().map(measure);
const lazyRows = builtJs
  .filter((file) => !firstLoad.has(file))
  .sort()
  .map(measure);

printTable('First-load JavaScript', firstRows);
printTable('Lazily loaded JavaScript', lazyRows);

const total = firstRows.reduce((sum, row) => sum + row.gzip, 0);
console.log(`\nFirst-load JavaScript: ${kb(total)} gzip (budget ${kb(BUDGET_BYTES)})`);

const problems: string[] = [];
if (total > BUDGET_BYTES) {
  problems.push(
    `First-load JavaScript is ${kb(total - BUDGET_BYTES)} over budget: move code not needed ` +
      'for the first question behind a dynamic import().',
  );
}
for (const row of firstRows.filter((r) => r.hasMsw)) {
  problems.push(
    `${row.file} is loaded at first paint and contains msw: load the mocks with a dynamic ` +
      'import() so the mock backend never blocks the first question.',
  );
}
if (problems.length > 0) {
  problems.forEach((problem) => {
    console.error(`FAIL: ${problem}`);
  });
  process.exit(1);
}
console.log('Size budget met.');
