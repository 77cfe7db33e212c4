// Scripted start-up timings in Debian's Chromium (playwright-core), each measurement in a fresh
// browser and profile (a cold cache), on a fixed slow profile set through the DevTools protocol.
// Times are read from the page's own clock (performance.now(), 0 = navigation start), so the
// round trips between Node and the browser are not part of them.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { ServedRequest } from './server.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The fixed profile: a mid-range phone or weak laptop on a slow mobile connection. */
export const PROFILE = {
  cpuSlowdown: 4,
  rttMs: 150,
  downKbps: 1600,
  upKbps: 750,
  viewport: { width: 1280, height: 720 },
  /** The taps: a phone's screen (Lighthouse's Moto G Power), touch only. */
  phone: { width: 412, height: 823, deviceScaleFactor: 1.75 },
} as const;

const TIMEOUT_MS = 60_000;
const QUESTION = 'input[name="problemKind"]';

/** Marks the page records about itself (installed before any script of the page). */
interface Marks {
  /** The "Start now" link was first on screen. */
  link?: number;
  /** Where the link's middle was then, in CSS pixels of the viewport: where a finger taps. */
  linkCenter?: { x: number; y: number };
  /** When the page's main thread first heard a touch (later than the tap when it was busy). */
  touch?: number;
  /** The first question's radios were first on screen. */
  question?: number;
  /** When the page called fetch() for another origin: the backend (the mock answers at one). */
  backendCalls: number[];
  /** The page's long animation frames (over 50 ms), with the scripts that ran in each. */
  longFrames: LongFrame[];
}

/** A frame the main thread kept from painting for over 50 ms, and what ran in it. */
export interface LongFrame {
  startMs: number;
  durationMs: number;
  /** Time past 50 ms in which input would have waited, as Chromium counts it. */
  blockingMs: number;
  scripts: {
    /** The script's file (the module's chunk), or empty for the browser's own work. */
    source: string;
    /** What ran it: a module's first run, a timer, a message (React's scheduler), an event… */
    invoker: string;
    durationMs: number;
  }[];
}

declare global {
  interface Window {
    __perfMarks?: Marks;
  }
}

/** Chromium's long-animation-frame entry (not yet in TypeScript's DOM types). */
interface LongAnimationFrameEntry extends PerformanceEntry {
  blockingDuration: number;
  scripts: { sourceURL: string; invokerType: string; invoker: string; duration: number }[];
}

interface MarkOptions {
  question: string;
  /** Click "Start now" in the first task after the frame that shows it. */
  clickOnSight: boolean;
}

/*
 * Runs in every document before its scripts. Each animation frame it looks for the link and the
 * radios; once one is there and visible, the time is taken in a task queued from that frame's
 * rAF callback, which runs after the frame's style, layout and paint: the moment it is on screen.
 * rAF callbacks do not run while the page's stylesheets still block rendering, so an element that
 * is in the DOM but not painted yet is not counted.
 *
 * The click is made here too, not by Playwright: under 4x CPU its actionability checks and round
 * trips took 150–450 ms after the link showed, time in which the app kept loading in the
 * background. The events a mouse click fires (pointerdown … click) are dispatched on the link at
 * once; the anchor's default action (the hash change) and React's handlers run as for a user.
 */
function installMarks({ question, clickOnSight }: MarkOptions): void {
  const marks: Marks = { backendCalls: [], longFrames: [] };
  window.__perfMarks = marks;
  // Long animation frames name the scripts that ran in them: which module, and what called it.
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LongAnimationFrameEntry[]) {
        marks.longFrames.push({
          startMs: entry.startTime,
          durationMs: entry.duration,
          blockingMs: entry.blockingDuration,
          scripts: entry.scripts.map((script) => ({
            source: script.sourceURL,
            invoker: `${script.invokerType}: ${script.invoker}`,
            durationMs: script.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
  addEventListener(
    'touchstart',
    () => {
      marks.touch ??= performance.now();
    },
    { capture: true, passive: true },
  );
  /*
   * Counts the page's fetch() calls to another origin. The in-page mock (msw) answers them without
   * any network request, by replacing window.fetch with Object.defineProperty; so defineProperty is
   * wrapped too, keeping this counter the outermost fetch whoever patches it later.
   */
  function recordBackendCalls(calls: number[]): void {
    const wrapped = new WeakSet<object>();
    const wrap = (inner: typeof fetch): typeof fetch => {
      if (wrapped.has(inner)) return inner;
      const counting = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
        const url = input instanceof Request ? input.url : String(input);
        if (
          URL.canParse(url, location.href) &&
          new URL(url, location.href).origin !== location.origin
        ) {
          calls.push(performance.now());
        }
        return inner.call(this, input, init);
      };
      wrapped.add(counting);
      return counting;
    };
    window.fetch = wrap(fetch.bind(window));
    const define = Object.defineProperty.bind(Object);
    Object.defineProperty = function <T>(
      target: T,
      key: PropertyKey,
      descriptor: PropertyDescriptor & ThisType<unknown>,
    ): T {
      const patched =
        target === window && key === 'fetch' && typeof descriptor.value === 'function'
          ? { ...descriptor, value: wrap(descriptor.value as typeof fetch) }
          : descriptor;
      return define(target, key, patched);
    };
  }
  recordBackendCalls(marks.backendCalls);
  const shown = (element: Element | null | undefined): boolean => {
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility();
  };
  const startLink = (): HTMLAnchorElement | undefined =>
    [...document.querySelectorAll('a')].find((a) => a.textContent.trim() === 'Start now');
  const click = (): void => {
    const link = startLink();
    if (!link) return;
    const { x, y, width, height } = link.getBoundingClientRect();
    const at = { bubbles: true, cancelable: true, clientX: x + width / 2, clientY: y + height / 2 };
    const pointer = { ...at, pointerId: 1, pointerType: 'mouse', isPrimary: true };
    link.dispatchEvent(new PointerEvent('pointerover', pointer));
    link.dispatchEvent(new MouseEvent('mouseover', at));
    link.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
    link.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
    link.dispatchEvent(new PointerEvent('pointerup', pointer));
    link.dispatchEvent(new MouseEvent('mouseup', at));
    link.click();
  };
  let linkSeen = false;
  let questionSeen = false;
  const frame = (): void => {
    const link = startLink();
    if (!linkSeen && link && shown(link)) {
      linkSeen = true;
      const box = link.getBoundingClientRect();
      marks.linkCenter = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      setTimeout(() => {
        marks.link = performance.now();
        if (clickOnSight) click();
      }, 0);
    }
    if (!questionSeen && shown(document.querySelector(question))) {
      questionSeen = true;
      setTimeout(() => (marks.question = performance.now()), 0);
    }
    if (!questionSeen) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const NETWORK = {
  offline: false,
  latency: PROFILE.rttMs,
  downloadThroughput: (PROFILE.downKbps * 1000) / 8,
  uploadThroughput: (PROFILE.upKbps * 1000) / 8,
};

interface ServiceWorkerThrottle {
  socket: WebSocket;
  /** Errors DevTools answered for the service workers' commands. */
  errors: string[];
}

/*
 * Throttling set through the page's DevTools session covers the page only: its service worker's
 * fetches (the precache, and the page's requests once it controls the page) went at full local
 * speed. Playwright has no DevTools session for a worker, so a second connection, on the port
 * Chromium writes to DevToolsActivePort in the profile, attaches to each service worker before it
 * runs and gives it the same network profile. Each target gets the full bandwidth: the page and
 * its worker do not share one 1.6 Mbit/s link, as on a real phone.
 */
async function throttleServiceWorkers(profile: string): Promise<ServiceWorkerThrottle> {
  const file = join(profile, 'DevToolsActivePort');
  let text = '';
  for (let wait = 0; !text && wait < 50; wait++) {
    text = await readFile(file, 'utf8').catch(() => '');
    if (!text) await new Promise((done) => setTimeout(done, 100));
  }
  const [port, path] = text.split('\n');
  if (!port || !path) throw new Error(`Chromium wrote no DevTools port to ${file}`);
  const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await new Promise<void>((done, fail) => {
    socket.addEventListener('open', () => {
      done();
    });
    socket.addEventListener('error', () => {
      fail(new Error(`cannot connect to DevTools on port ${port}`));
    });
  });
  const errors: string[] = [];
  let lastId = 0;
  const answers = new Map<number, () => void>();
  const send = (method: string, params: object, sessionId?: string): Promise<void> => {
    const id = ++lastId;
    socket.send(JSON.stringify({ id, method, params, sessionId }));
    return new Promise((done) => answers.set(id, done));
  };
  socket.addEventListener('message', (event: MessageEvent<string>) => {
    const message = JSON.parse(event.data) as {
      id?: number;
      method?: string;
      error?: { message: string };
      params?: { sessionId?: string };
    };
    if (message.error) errors.push(message.error.message);
    if (message.id !== undefined) answers.get(message.id)?.();
    const sessionId = message.params?.sessionId;
    if (message.method !== 'Target.attachedToTarget' || !sessionId) return;
    void send('Network.enable', {}, sessionId);
    void send('Network.emulateNetworkConditions', NETWORK, sessionId);
    void send('Runtime.runIfWaitingForDebugger', {}, sessionId);
  });
  await send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: true,
    filter: [{ type: 'service_worker' }],
  });
  return { socket, errors };
}

interface Run {
  page: Page;
  cdp: CDPSession;
  context: BrowserContext;
  /** Requests of the page (not of its service worker) still waiting for an answer. */
  pending: Set<unknown>;
  close(): Promise<void>;
}

/** A weak laptop's window and a mouse, or a phone's screen and a finger. */
type Device = 'laptop' | 'phone';

/** A fresh browser with an empty profile, one page, the slow profile applied before navigating. */
async function open(clickOnSight: boolean, device: Device): Promise<Run> {
  const profile = await mkdtemp(join(tmpdir(), 'perf-profile-'));
  const { width, height, deviceScaleFactor } = PROFILE.phone;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // A port for the second DevTools connection that throttles service workers.
    args: [...CHROMIUM_FLAGS, '--remote-debugging-port=0'],
    ...(device === 'phone'
      ? { viewport: { width, height }, deviceScaleFactor, isMobile: true, hasTouch: true }
      : { viewport: PROFILE.viewport }),
  });
  let workers: ServiceWorkerThrottle | undefined;
  const close = async (): Promise<void> => {
    workers?.socket.close();
    await context.close();
    await rm(profile, { recursive: true, force: true });
    const [error] = workers?.errors ?? [];
    if (error) throw new Error(`throttling a service worker failed: ${error}`);
  };
  try {
    context.setDefaultTimeout(TIMEOUT_MS);
    workers = await throttleServiceWorkers(profile);
    await context.addInitScript(installMarks, { question: QUESTION, clickOnSight });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
    const pending = new Set<unknown>();
    page.on('request', (request) => pending.add(request));
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));
    return { page, cdp, context, pending, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function withRun<T>(
  clickOnSight: boolean,
  work: (run: Run) => Promise<T>,
  device: Device = 'laptop',
): Promise<T> {
  const run = await open(clickOnSight, device);
  try {
    return await work(run);
  } finally {
    await run.close();
  }
}

/** Waits until the page has a mark, and returns it (ms since navigation start). */
async function mark(page: Page, name: keyof Marks): Promise<number> {
  const handle = await page.waitForFunction((key) => window.__perfMarks?.[key], name, {
    polling: 50,
    timeout: TIMEOUT_MS,
  });
  return (await handle.jsonValue()) as number;
}

const marksOf = (page: Page): Promise<Marks> =>
  page.evaluate(() => ({ backendCalls: [], longFrames: [], ...window.__perfMarks }));

/** The page's resource-timing entries for JavaScript, with the time each request started. */
export interface ScriptLoad {
  path: string;
  startMs: number;
  /** Body bytes as they came over the wire (gzip). */
  gzipBytes: number;
  /** Body plus response headers. */
  transferBytes: number;
}

async function scriptLoads(run: Run): Promise<ScriptLoad[]> {
  // Entries appear when a response ends: let started requests finish first (quiet for 500 ms).
  const deadline = Date.now() + TIMEOUT_MS;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 500) {
    if (Date.now() > deadline) throw new Error('the page kept loading for a minute');
    if (run.pending.size > 0) quietSince = Date.now();
    await new Promise((done) => setTimeout(done, 100));
  }
  return run.page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({
        path: new URL(entry.name).pathname,
        startMs: entry.startTime,
        gzipBytes: entry.encodedBodySize,
        transferBytes: entry.transferSize,
      })),
  );
}

export interface StartNowTiming {
  /** Navigation start until the radios are on screen. */
  questionMs: number;
  /** The link on screen; it was clicked right then. */
  linkMs: number;
  /** JavaScript the page requested up to the moment the question was on screen. */
  scripts: ScriptLoad[];
  /** Calls to the backend up to then. */
  backendCalls: number;
}

/**
 * (a) app: cold start page, "Start now" clicked in the first task after the frame that showed
 * it, until the first question's radios are on screen. Script loads are read afterwards.
 */
export function coldStartNow(appUrl: string): Promise<StartNowTiming> {
  return withRun(true, async (run) => {
    await run.page.goto(appUrl, { waitUntil: 'commit' });
    const questionMs = await mark(run.page, 'question');
    const scripts = (await scriptLoads(run)).filter((s) => s.startMs <= questionMs);
    const { link, backendCalls } = await marksOf(run.page);
    if (link === undefined) throw new Error('no link mark');
    return {
      questionMs,
      linkMs: link,
      scripts,
      backendCalls: backendCalls.filter((t) => t <= questionMs).length,
    };
  });
}

/** (a) reference and (b) app: navigation start until the radios are on screen. */
export function coldQuestion(url: string): Promise<number> {
  return withRun(false, async (run) => {
    await run.page.goto(url, { waitUntil: 'commit' });
    return mark(run.page, 'question');
  });
}

export interface TapTiming {
  /** From the tap to the radios on screen, the time the page kept the tap waiting included. */
  ms: number;
  /** When the finger tapped (the page's clock): after the reading time, or when the link showed. */
  tapMs: number;
  /** When the page's main thread first heard the touch. */
  heardMs: number | undefined;
  /** The long frames that ran between the tap and the question on screen: what held it. */
  heldBy: LongFrame[];
}

/** A finger's time on the glass in a quick tap. */
const TAP_HOLD_MS = 60;

/**
 * (c) a cold start page on a phone, read for `readingMs` after navigation start, then "Start now"
 * tapped with a finger: touch events sent through the browser's input pipeline (DevTools'
 * Input.dispatchTouchEvent, as a touch screen would), not a click dispatched by a script, so the
 * tap goes through the browser's gesture detection and waits for a busy main thread as a real one
 * does. Timed from when the finger touched to the radios on screen. Node sleeps until the page's
 * clock reads `readingMs` (the page's time origin is read once, right after the navigation began,
 * and both clocks are the system's), so no round trip to the busy page delays the tap.
 */
export function tapStartNow(url: string, readingMs: number): Promise<TapTiming> {
  return withRun(
    false,
    async (run) => {
      await run.page.goto(url, { waitUntil: 'commit' });
      const timeOrigin = await run.page.evaluate(() => performance.timeOrigin);
      await mark(run.page, 'link');
      const { linkCenter, link } = await marksOf(run.page);
      if (!linkCenter || link === undefined) throw new Error('no link mark');
      const tapMs = Math.max(readingMs, link);
      await sleep(timeOrigin + tapMs - Date.now());
      const point = [{ x: linkCenter.x, y: linkCenter.y }];
      const down = run.cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: point,
      });
      await sleep(TAP_HOLD_MS);
      await Promise.all([
        down,
        run.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
      ]);
      const questionMs = await mark(run.page, 'question');
      const { touch, longFrames } = await marksOf(run.page);
      const heldBy = longFrames.filter(
        (frame) => frame.startMs < questionMs && frame.startMs + frame.durationMs > tapMs,
      );
      return { ms: questionMs - tapMs, tapMs, heardMs: touch, heldBy };
    },
    'phone',
  );
}

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => setTimeout(done, Math.max(0, ms)));

export interface IdleLoads {
  page: ScriptLoad[];
  backendCalls: number;
  /** The long animation frames of the visit: what held the main thread, and which script. */
  longFrames: LongFrame[];
  /** Every JavaScript response the server sent during the visit, the service worker's too. */
  served: { path: string; bytes: number; destination: string }[];
}

/**
 * (d) cold start page left alone for `idleMs` after navigation start: every JavaScript request of
 * the page, and from the server's log (cleared by the caller) all JavaScript sent during the
 * visit, which adds the service worker and its precache (the page's own Resource Timing does not
 * see those).
 */
export function idleStartPage(
  appUrl: string,
  servedLog: () => readonly ServedRequest[],
  idleMs = 10_000,
): Promise<IdleLoads> {
  return withRun(false, async (run) => {
    await run.page.goto(appUrl, { waitUntil: 'commit' });
    await run.page.waitForFunction((ms) => performance.now() >= ms, idleMs, { polling: 200 });
    const page = (await scriptLoads(run)).filter((s) => s.startMs <= idleMs);
    const { backendCalls, longFrames } = await marksOf(run.page);
    const served = servedLog()
      .filter((r) => r.status === 200 && r.path.endsWith('.js'))
      .map(({ path, bytes, destination }) => ({ path, bytes, destination }));
    return {
      page,
      backendCalls: backendCalls.filter((t) => t <= idleMs).length,
      longFrames,
      served,
    };
  });
}
