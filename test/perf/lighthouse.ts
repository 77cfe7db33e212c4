// Lighthouse, mobile, performance category only, with its defaults: the emulated phone and
// simulated throttling (slow 4G, 4x CPU; Lighthouse models the load rather than slowing it down).
// A fresh Chromium and profile per run, so every run is a cold first visit.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './timings.ts';

export interface LighthouseFigures {
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  fcpMs: number;
  /** 0 to 100. */
  score: number;
  /**
   * The main thread's tasks over 50 ms (Lighthouse's "long-tasks" diagnostic, durations on its
   * simulated 4x slower CPU), each with the script it is attributed to: a regression names itself.
   */
  longTasks: LongTask[];
  /** Lighthouse's own warnings about the run (e.g. a slow or busy host). */
  warnings: string[];
  /** Version and settings, as Lighthouse reports them, to show what ran. */
  setup: string;
}

export interface LongTask {
  /** The script URL Lighthouse attributes the task to, or what else ran it ("Unattributable"). */
  source: string;
  startMs: number;
  durationMs: number;
}

const AUDITS = {
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
  fcpMs: 'first-contentful-paint',
} as const;

export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    }
    const value = (id: string): number => {
      const audit = lhr.audits[id];
      if (typeof audit?.numericValue !== 'number') {
        throw new Error(`Lighthouse gave no ${id} for ${url}: ${audit?.errorMessage ?? 'missing'}`);
      }
      return audit.numericValue;
    };
    const longTasks = (
      (lhr.audits['long-tasks']?.details as { items?: unknown[] } | undefined)?.items ?? []
    ).map((item) => {
      const { url, startTime, duration } = item as {
        url?: string;
        startTime?: number;
        duration?: number;
      };
      return { source: url ?? 'unknown', startMs: startTime ?? 0, durationMs: duration ?? 0 };
    });
    const score = lhr.categories.performance?.score;
    if (typeof score !== 'number') throw new Error(`Lighthouse gave no score for ${url}`);
    return {
      lcpMs: value(AUDITS.lcpMs),
      tbtMs: value(AUDITS.tbtMs),
      cls: value(AUDITS.cls),
      speedIndexMs: value(AUDITS.speedIndexMs),
      fcpMs: value(AUDITS.fcpMs),
      score: Math.round(score * 100),
      longTasks,
      warnings: lhr.runWarnings,
      setup:
        `Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ` +
        `${lhr.configSettings.throttlingMethod} throttling (RTT ${lhr.configSettings.throttling.rttMs} ms, ` +
        `${lhr.configSettings.throttling.throughputKbps} kbit/s, CPU ${lhr.configSettings.throttling.cpuSlowdownMultiplier}x)`,
    };
  } finally {
    chrome.kill();
  }
}
