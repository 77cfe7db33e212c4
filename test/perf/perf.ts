// `npm run perf`: how fast a first visit reaches the wizard's first question, against a plain
// HTML page of that question (the fastest it could be). Builds the hosted app into a temporary
// directory, serves it with gzip next to the reference page, then runs Lighthouse (mobile) and
// scripted Chromium timings on a fixed slow profile. A report, not a test: it exits 0 when
// targets fail and non-zero only when the measurement itself broke. See docs/performance.md.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { measurePastes, type PasteStep } from './pastes.ts';
import { cls, columns, kib, markdownTable, median, ms, ratio } from './report.ts';
import {
  APP_MOUNT,
  REFERENCE_MOUNT,
  buildApp,
  findMswFiles,
  startServer,
  type PerfServer,
} from './server.ts';
import {
  PROFILE,
  coldQuestion,
  coldStartNow,
  idleStartPage,
  tapStartNow,
  type IdleLoads,
  type LongFrame,
  type ScriptLoad,
  type StartNowTiming,
  type TapTiming,
} from './timings.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
const FIRST_QUESTION = '#/step/problem';
/** How long the user reads the start page before tapping "Start now". */
const READINGS_MS = [1500, 4000] as const;
const IDLE_MS = 10_000;

const TARGETS = {
  lcpRatio: 1.3,
  score: 100,
  tbtMs: 50,
  tapRatio: 1.3,
  deepLinkRatio: 2,
  firstQuestionJsBytes: 150 * 1024,
} as const;

const USAGE = `Usage: npm run perf -- [options]
  --runs N             scripted runs per measurement (default 5; median)
  --lighthouse-runs N  Lighthouse runs per page (default 3; median)
  --skip-lighthouse    scripted timings only
  --skip-pastes        leave out the large pastes' long tasks
  --json FILE          also write every figure to FILE
  --app-dir DIR        measure this hosted build instead of building the working tree
  --help`;

/** A wrong command line: said with the usage, without a stack trace. */
class UsageError extends Error {}

interface Options {
  runs: number;
  lighthouseRuns: number;
  skipLighthouse: boolean;
  skipPastes: boolean;
  json: string | undefined;
  appDir: string | undefined;
}

function options(): Options {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        runs: { type: 'string', default: '5' },
        'lighthouse-runs': { type: 'string', default: '3' },
        'skip-lighthouse': { type: 'boolean', default: false },
        'skip-pastes': { type: 'boolean', default: false },
        json: { type: 'string' },
        'app-dir': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (name: string, text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1)
      throw new UsageError(`--${name} needs a whole number ≥ 1`);
    return value;
  };
  return {
    runs: count('runs', values.runs),
    lighthouseRuns: count('lighthouse-runs', values['lighthouse-runs']),
    skipLighthouse: values['skip-lighthouse'],
    skipPastes: values['skip-pastes'],
    json: values.json,
    appDir: values['app-dir'] && resolve(values['app-dir']),
  };
}

/** One retry: a single hiccup of a loaded machine should not void a five-minute report. */
async function attempt<T>(label: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    console.log(`  ${label} failed, retrying once: ${String(error).split('\n')[0] ?? ''}`);
    return work();
  }
}

function chromiumVersion(): Promise<string> {
  return new Promise((done) => {
    execFile('/usr/bin/chromium', ['--version'], (_error, stdout) => {
      done(/Chromium\s+(\S+)/.exec(stdout)?.[1] ?? 'unknown');
    });
  });
}

// Other work on the machine slows the scripted timings, the app's JavaScript more than the static
// reference (Lighthouse simulates its throttling and suffers less): say so, since the figures are
// then not comparable with a quiet run's.
function load(): string {
  const [oneMinute = 0] = loadavg();
  const busy = oneMinute > cpus().length * 0.75;
  return `load average ${oneMinute.toFixed(1)}${busy ? ' (busy: other work competes for the CPUs; the figures, the app’s most, come out slower than on a quiet machine)' : ''}`;
}

// Lighthouse ---------------------------------------------------------------------------------

interface LighthouseResult {
  app: LighthouseFigures[];
  reference: LighthouseFigures[];
  median: { app: LighthouseFigures; reference: LighthouseFigures };
}

type Metric = Exclude<keyof LighthouseFigures, 'warnings' | 'setup' | 'longTasks'>;

function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const of = (key: Metric): number => median(runs.map((run) => run[key]));
  return {
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls'),
    speedIndexMs: of('speedIndexMs'),
    fcpMs: of('fcpMs'),
    score: of('score'),
    longTasks: [],
    warnings: [],
    setup: runs[0]?.setup ?? '',
  };
}

// Fixed widths, so the lines printed run by run line up.
const lighthouseRow = (label: string, f: LighthouseFigures): string[] => [
  label.padEnd(16),
  `LCP ${ms(f.lcpMs).padStart(8)}`,
  `TBT ${ms(f.tbtMs).padStart(6)}`,
  `CLS ${cls(f.cls)}`,
  `SI ${ms(f.speedIndexMs).padStart(8)}`,
  `FCP ${ms(f.fcpMs).padStart(8)}`,
  `score ${f.score}`,
];

const fileName = (url: string): string => url.split('/').pop() || url;

const longTaskList = (tasks: LighthouseFigures['longTasks']): string =>
  tasks.length === 0
    ? 'none'
    : tasks
        .map((task) => `${ms(task.durationMs)} ${fileName(task.source)} at ${ms(task.startMs)}`)
        .join('; ');

async function measureLighthouse(server: PerfServer, runs: number): Promise<LighthouseResult> {
  console.log(
    '\nLighthouse mobile: default phone emulation and simulated throttling (slow 4G, 4x CPU), ' +
      `${runs} run${runs === 1 ? '' : 's'} per page, alternating, fresh Chromium each`,
  );
  const app: LighthouseFigures[] = [];
  const reference: LighthouseFigures[] = [];
  for (let run = 1; run <= runs; run++) {
    const appRun = await attempt('Lighthouse (app)', () => runLighthouse(server.appUrl));
    const referenceRun = await attempt('Lighthouse (reference)', () =>
      runLighthouse(server.referenceUrl),
    );
    if (run === 1) console.log(`  ${appRun.setup}`);
    app.push(appRun);
    reference.push(referenceRun);
    console.log(
      columns([
        lighthouseRow(`run ${run} app`, appRun),
        lighthouseRow(`run ${run} reference`, referenceRun),
      ]),
    );
  }
  const result = {
    app,
    reference,
    median: { app: medianFigures(app), reference: medianFigures(reference) },
  };
  console.log(
    columns([
      lighthouseRow('median app', result.median.app),
      lighthouseRow('median reference', result.median.reference),
    ]),
  );
  console.log(
    "  the app's long tasks, as Lighthouse attributes them (durations on its 4x slower CPU):",
  );
  app.forEach((run, index) => {
    console.log(`    run ${index + 1}: ${longTaskList(run.longTasks)}`);
  });
  const warnings = new Set([...app, ...reference].flatMap((run) => run.warnings));
  for (const warning of warnings) console.log(`  Lighthouse warned: ${warning}`);
  return result;
}

// Scripted timings ---------------------------------------------------------------------------

interface ScriptedResult {
  /** (a) reference: navigation start → radios on screen. */
  referenceQuestionMs: number[];
  /** (a) app: start page, "Start now" as soon as clickable → radios on screen. */
  startNow: StartNowTiming[];
  /** (b) app opened at #/step/problem → radios on screen. */
  deepLinkMs: number[];
  /** (c) "Start now" tapped on a phone after each reading time: tap → radios on screen. */
  taps: { readingMs: number; app: TapTiming[]; reference: TapTiming[] }[];
  idle: IdleLoads;
}

async function measureScripted(server: PerfServer, runs: number): Promise<ScriptedResult> {
  console.log(
    `\nScripted timings in Chromium: CPU ${PROFILE.cpuSlowdown}x slower, RTT ${PROFILE.rttMs} ms, ` +
      `${PROFILE.downKbps} kbit/s down, ${PROFILE.upKbps} kbit/s up, ` +
      `${PROFILE.viewport.width}x${PROFILE.viewport.height}, fresh profile per measurement; ` +
      `${runs} run${runs === 1 ? '' : 's'}, times from the page's clock`,
  );
  const result: Omit<ScriptedResult, 'idle'> = {
    referenceQuestionMs: [],
    startNow: [],
    deepLinkMs: [],
    taps: READINGS_MS.map((readingMs) => ({ readingMs, app: [], reference: [] })),
  };
  for (let run = 1; run <= runs; run++) {
    const reference = await attempt('(a) reference', () => coldQuestion(server.referenceUrl));
    const startNow = await attempt('(a) app', () => coldStartNow(server.appUrl));
    const deepLink = await attempt('(b)', () => coldQuestion(server.appUrl + FIRST_QUESTION));
    result.referenceQuestionMs.push(reference);
    result.startNow.push(startNow);
    result.deepLinkMs.push(deepLink);
    const taps: string[] = [];
    for (const tap of result.taps) {
      const seconds = `${tap.readingMs / 1000} s`;
      const referenceTap = await attempt(`(c) ${seconds} reference`, () =>
        tapStartNow(server.startReferenceUrl, tap.readingMs),
      );
      const appTap = await attempt(`(c) ${seconds} app`, () =>
        tapStartNow(server.appUrl, tap.readingMs),
      );
      tap.reference.push(referenceTap);
      tap.app.push(appTap);
      taps.push(
        `(c) ${seconds}: reference ${ms(referenceTap.ms).padStart(6)}, app ${ms(appTap.ms).padStart(6)} ` +
          `(heard ${ms((appTap.heardMs ?? Number.NaN) - appTap.tapMs).padStart(6)} after the tap` +
          `${heldBy(appTap.heldBy)})`,
      );
    }
    console.log(
      columns([
        [
          `run ${run}`.padEnd(6),
          `(a) reference ${ms(reference).padStart(8)}`,
          `(a) app ${ms(startNow.questionMs).padStart(8)} (Start now at ${ms(startNow.linkMs).padStart(8)})`,
          `(b) ${ms(deepLink).padStart(8)}`,
          ...taps,
        ],
      ]),
    );
  }
  server.log.length = 0;
  const idle = await attempt('(d) idle', () =>
    idleStartPage(server.appUrl, () => server.log, IDLE_MS),
  );
  return { ...result, idle };
}

// JavaScript accounting ----------------------------------------------------------------------

interface JsFigures {
  files: number;
  gzipBytes: number;
  mswFiles: string[];
  backendCalls: number;
  /** Passes when no msw code was requested, or the page did call the backend. */
  mswOk: boolean;
}

function jsFigures(
  scripts: readonly ScriptLoad[],
  backendCalls: number,
  msw: readonly string[],
): JsFigures {
  const mswFiles = scripts.filter((s) => msw.includes(s.path)).map((s) => s.path);
  // What came over the network, once per file: a prefetched file that import() later reads from
  // the HTTP cache has a second Resource Timing entry, with nothing transferred.
  const fetched = new Map(
    scripts.filter((s) => s.transferBytes > 0).map((s) => [s.path, s.gzipBytes] as const),
  );
  return {
    files: fetched.size,
    gzipBytes: [...fetched.values()].reduce((sum, bytes) => sum + bytes, 0),
    mswFiles,
    backendCalls,
    mswOk: mswFiles.length === 0 || backendCalls > 0,
  };
}

const shortPath = (path: string): string => path.slice(APP_MOUNT.length);

function printScripts(title: string, scripts: readonly ScriptLoad[], msw: readonly string[]): void {
  console.log(`  ${title}`);
  console.log(
    columns(
      scripts.map((s) => [
        shortPath(s.path),
        kib(s.gzipBytes).padStart(10),
        `requested at ${ms(s.startMs)}`,
        [s.transferBytes === 0 ? '(from the cache)' : '', msw.includes(s.path) ? '(msw)' : '']
          .filter(Boolean)
          .join(' '),
      ]),
      '    ',
    ),
  );
}

/** The long frames that kept a tap waiting, short: each frame's longest script and its file. */
function heldBy(frames: readonly LongFrame[]): string {
  return frames
    .map((frame) => {
      const longest = frame.scripts.toSorted((a, b) => b.durationMs - a.durationMs)[0];
      const what = longest
        ? `${fileName(longest.source) || 'no script'} ${longest.invoker.split(':')[0] ?? ''}`
        : 'the browser';
      return `; held by a ${ms(frame.durationMs)} frame at ${ms(frame.startMs)} (${what})`;
    })
    .join('');
}

function longFrameList(frames: readonly LongFrame[]): string {
  if (frames.length === 0) return '  none';
  return frames
    .map((frame) =>
      [
        `  at ${ms(frame.startMs)}: ${ms(frame.durationMs)}, blocking ${ms(frame.blockingMs)}`,
        ...frame.scripts
          .filter((script) => script.durationMs > 5)
          .map(
            (script) =>
              `    ${ms(script.durationMs).padStart(6)} ${script.invoker} (${fileName(script.source) || 'no script'})`,
          ),
      ].join('\n'),
    )
    .join('\n');
}

// Summary ------------------------------------------------------------------------------------

interface Row {
  figure: string;
  app: string;
  reference: string;
  ratio: string;
  target: string;
  result: 'PASS' | 'FAIL' | '';
}

/** The median, then the fastest and slowest run. */
const spread = (values: readonly number[]): string =>
  `${ms(median(values))} (${Math.round(Math.min(...values))}–${ms(Math.max(...values))})`;

const verdict = (pass: boolean): 'PASS' | 'FAIL' => (pass ? 'PASS' : 'FAIL');
const mswText = (f: JsFigures): string =>
  f.mswFiles.length === 0
    ? 'not requested'
    : `requested, ${f.backendCalls} backend call${f.backendCalls === 1 ? '' : 's'}`;

function summaryRows(
  lh: LighthouseResult | undefined,
  scripted: ScriptedResult,
  firstQuestionJs: JsFigures,
  idleJs: JsFigures,
  msw: readonly string[],
  pastes: readonly PasteStep[],
): Row[] {
  const rows: Row[] = [];
  if (lh) {
    const { app, reference } = lh.median;
    const lcpRatio = app.lcpMs / reference.lcpMs;
    rows.push(
      {
        figure: 'Lighthouse mobile LCP',
        app: ms(app.lcpMs),
        reference: ms(reference.lcpMs),
        ratio: ratio(lcpRatio),
        target: `≤ ${TARGETS.lcpRatio}x reference`,
        result: verdict(lcpRatio <= TARGETS.lcpRatio),
      },
      {
        figure: 'Lighthouse mobile performance score',
        app: String(app.score),
        reference: String(reference.score),
        ratio: '',
        target: String(TARGETS.score),
        result: verdict(app.score >= TARGETS.score),
      },
      {
        figure: 'Lighthouse mobile TBT',
        app: ms(app.tbtMs),
        reference: ms(reference.tbtMs),
        ratio: '',
        target: `≤ ${TARGETS.tbtMs} ms`,
        result: verdict(app.tbtMs <= TARGETS.tbtMs),
      },
      {
        figure: 'Lighthouse mobile CLS',
        app: cls(app.cls),
        reference: cls(reference.cls),
        ratio: '',
        target: '0',
        result: verdict(cls(app.cls) === cls(0)),
      },
      {
        figure: 'Lighthouse mobile Speed Index',
        app: ms(app.speedIndexMs),
        reference: ms(reference.speedIndexMs),
        ratio: ratio(app.speedIndexMs / reference.speedIndexMs),
        target: '',
        result: '',
      },
      {
        figure: 'Lighthouse mobile FCP',
        app: ms(app.fcpMs),
        reference: ms(reference.fcpMs),
        ratio: ratio(app.fcpMs / reference.fcpMs),
        target: '',
        result: '',
      },
    );
  }
  const referenceMs = median(scripted.referenceQuestionMs);
  const startNowMs = median(scripted.startNow.map((t) => t.questionMs));
  const deepLinkMs = median(scripted.deepLinkMs);
  rows.push(
    {
      figure: '(a) cold: first question answerable',
      app: ms(startNowMs),
      reference: ms(referenceMs),
      ratio: ratio(startNowMs / referenceMs),
      target: '',
      result: '',
    },
    {
      figure: '(b) cold: link to the first question',
      app: ms(deepLinkMs),
      reference: ms(referenceMs),
      ratio: ratio(deepLinkMs / referenceMs),
      target: `≤ ${TARGETS.deepLinkRatio}x reference (a)`,
      result: verdict(deepLinkMs / referenceMs <= TARGETS.deepLinkRatio),
    },
    ...scripted.taps.map((tap): Row => {
      const app = median(tap.app.map((t) => t.ms));
      const reference = median(tap.reference.map((t) => t.ms));
      return {
        figure: `(c) "Start now" tapped after ${tap.readingMs / 1000} s → question`,
        app: spread(tap.app.map((t) => t.ms)),
        reference: spread(tap.reference.map((t) => t.ms)),
        ratio: ratio(app / reference),
        target: `≤ ${TARGETS.tapRatio}x reference`,
        result: verdict(app / reference <= TARGETS.tapRatio),
      };
    }),
    {
      figure: '(d) JavaScript before the first question',
      app: `${kib(firstQuestionJs.gzipBytes)} gzip, ${firstQuestionJs.files} files`,
      reference: 'none',
      ratio: '',
      target: `≤ ${TARGETS.firstQuestionJsBytes / 1024} KiB gzip`,
      result: verdict(firstQuestionJs.gzipBytes <= TARGETS.firstQuestionJsBytes),
    },
    {
      figure: '(d) msw, up to the first question',
      app: mswText(firstQuestionJs),
      reference: '',
      ratio: '',
      target: 'not before a backend call',
      result: verdict(firstQuestionJs.mswOk),
    },
    {
      figure: '(d) JavaScript in 10 s idle on the start page',
      app: `${kib(idleJs.gzipBytes)} gzip, ${idleJs.files} files`,
      reference: '',
      ratio: '',
      target: '',
      result: '',
    },
    {
      figure: '(d) … the same 10 s with the service worker',
      app: `${kib(scripted.idle.served.reduce((sum, r) => sum + r.bytes, 0))} gzip, ${scripted.idle.served.length} files${scripted.idle.served.some((r) => msw.includes(r.path)) ? ', msw among them' : ''}`,
      reference: '',
      ratio: '',
      target: '',
      result: '',
    },
    {
      figure: '(d) msw, 10 s idle on the start page',
      app: mswText(idleJs),
      reference: '',
      ratio: '',
      target: 'not before a backend call',
      result: verdict(idleJs.mswOk),
    },
  );
  for (const step of pastes) {
    rows.push({
      figure: `(e) ${step.what}: longest task`,
      app: `${ms(step.longestMs)} (${step.longTasks} over 50 ms)`,
      reference: '',
      ratio: '',
      target: `≤ ${ms(step.targetMs)}`,
      result: verdict(step.longestMs <= step.targetMs),
    });
  }
  return rows;
}

// Main ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = options();
  const started = Date.now();
  const date = new Date().toISOString().slice(0, 10);
  const work = await mkdtemp(join(tmpdir(), 'perf-'));
  let server: PerfServer | undefined;
  try {
    let appDir = opts.appDir;
    if (appDir) {
      if (!existsSync(join(appDir, 'index.html'))) {
        throw new UsageError(`--app-dir: ${appDir}/index.html is missing`);
      }
      console.log(`Measuring the build in ${appDir}`);
    } else {
      appDir = join(work, 'app');
      const t = Date.now();
      await buildApp(REPO, appDir);
      console.log(`Built the hosted app (vite build) into ${appDir} in ${ms(Date.now() - t)}`);
    }
    const msw = await findMswFiles(appDir);
    server = await startServer(appDir);
    const machine = `${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.versions.node}, Chromium ${await chromiumVersion()}`;
    console.log(`Machine: ${machine}; ${load()}`);
    console.log(`msw chunk: ${msw.map(shortPath).join(', ') || 'none found'}`);
    console.log(
      `Serving gzip (level 9) at ${server.origin}: app ${APP_MOUNT}, reference ${REFERENCE_MOUNT}; ` +
        'HTML and other unversioned files "no-cache" + ETag, assets/ "max-age=31536000, immutable"',
    );

    const lh = opts.skipLighthouse
      ? undefined
      : await measureLighthouse(server, opts.lighthouseRuns);
    const scripted = await measureScripted(server, opts.runs);

    console.log(
      '\nJavaScript on a first visit (gzip bytes as served; Resource Timing of the page)',
    );
    // The run that fetched the most before its question showed: the worst case of the runs.
    const gzipOf = (t: StartNowTiming): number =>
      t.scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
    const worst = scripted.startNow.reduce((a, b) => (gzipOf(b) > gzipOf(a) ? b : a));
    const firstQuestionJs = jsFigures(worst.scripts, worst.backendCalls, msw);
    printScripts(
      `up to the first question on screen (${ms(worst.questionMs)} in that run; the run with the most bytes): ` +
        `${firstQuestionJs.files} files, ${kib(firstQuestionJs.gzipBytes)}, backend calls ${firstQuestionJs.backendCalls}`,
      worst.scripts,
      msw,
    );
    const idleJs = jsFigures(scripted.idle.page, scripted.idle.backendCalls, msw);
    printScripts(
      `10 s idle on the start page, requested by the page: ${idleJs.files} files, ${kib(idleJs.gzipBytes)}, ` +
        `backend calls ${idleJs.backendCalls}`,
      scripted.idle.page,
      msw,
    );
    const served = scripted.idle.served;
    console.log(
      `  the same visit as the server saw it, service worker and precache included: ${served.length} JavaScript responses, ` +
        kib(served.reduce((sum, r) => sum + r.bytes, 0)) +
        (served.some((r) => msw.includes(r.path)) ? ', msw among them' : ''),
    );

    console.log(
      '\nLong animation frames of the start page left alone for 10 s (4x CPU; the scripts that ran in each, over 5 ms)',
    );
    console.log(longFrameList(scripted.idle.longFrames));

    let pastes: PasteStep[] = [];
    const { appUrl } = server;
    if (!opts.skipPastes) {
      console.log(
        '\nLarge pastes (test/e2e/bigPastes.ts), no slowdown: the longest main-thread task of each step',
      );
      pastes = await attempt('(e) pastes', () => measurePastes(appUrl));
      for (const step of pastes)
        console.log(`  ${step.what}: ${ms(step.longestMs)}, ${step.longTasks} task(s) over 50 ms`);
    }

    const rows = summaryRows(lh, scripted, firstQuestionJs, idleJs, msw, pastes);
    console.log(`\nSummary (${date}; medians; ratios are app/reference from this run)\n`);
    console.log(
      markdownTable(
        ['Figure', 'App', 'Reference', 'App/ref', 'Target', 'Result'],
        rows.map((r) => [r.figure, r.app, r.reference, r.ratio, r.target, r.result]),
      ),
    );
    console.log(`\n${load()} at the end`);
    const failed = rows.filter((r) => r.result === 'FAIL').length;
    console.log(
      `\n${failed === 0 ? 'Every target met' : `${failed} target${failed === 1 ? '' : 's'} not met`}` +
        ` (a report: the exit code stays 0). Took ${ms(Date.now() - started)}.`,
    );

    if (opts.json) {
      const figures = {
        date,
        machine,
        profile: PROFILE,
        targets: TARGETS,
        msw,
        lighthouse: lh,
        scripted,
        firstQuestionJs,
        idleJs,
        pastes,
        summary: rows,
      };
      await writeFile(opts.json, `${JSON.stringify(figures, null, 2)}\n`);
      console.log(`Figures written to ${opts.json}`);
    }
  } finally {
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(
    `\nThe measurement broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
}
