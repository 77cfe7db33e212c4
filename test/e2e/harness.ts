// Browser-test harness (issue #5): Debian's Chromium driven by playwright-core, a static server
// for dist/ and helpers for the checks every journey needs. Never downloads a browser.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import assert from 'node:assert/strict';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

// E2E_DIST: another build to test (a helper's own build, or a changed build for update tests).
export const DIST = resolve(process.env.E2E_DIST ?? 'dist');
export const SINGLE_FILE = join(DIST, 'single', 'escalation-wizard.html');
const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = resolve('test-output');
// The app is served below a sub-path to prove the relative base works on any static host.
const MOUNT = '/tools/escalation/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  /** URL of the app's index, e.g. http://127.0.0.1:41234/tools/escalation/ */
  appUrl: string;
  /** Every path the server was asked for, in order: proves what reached the network. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `root` read-only on 127.0.0.1 at a random port, below a sub-path. */
export async function startStaticServer(root: string = DIST): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `${root}/index.html is missing: run \`npm run build\` before the browser tests.`,
    );
  }
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    void serve(root, path).then(
      (file) => {
        if (!file) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, {
          'Content-Type': CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        res.end(req.method === 'HEAD' ? undefined : file.body);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    appUrl: `http://127.0.0.1:${port}${MOUNT}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}

async function serve(root: string, path: string): Promise<{ path: string; body: Buffer } | null> {
  if (!path.startsWith(MOUNT)) return null;
  let file = resolve(root, `.${path.slice(MOUNT.length - 1)}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = join(file, 'index.html');
  const body = await readFile(file).catch(() => null);
  return body && { path: file, body };
}

/**
 * Waits until the app runs on `page` (React has hydrated the page's h1, or rendered its own):
 * before that, a click is the HTML's own, which test/e2e/first-question.test.ts covers.
 */
export async function appRunning(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const h1 = document.querySelector('h1');
    return h1 !== null && Object.keys(h1).some((key) => key.startsWith('__reactFiber'));
  });
}

export interface Session {
  context: BrowserContext;
  /** Content-Security-Policy violations seen by any page, as readable lines. */
  cspViolations: string[];
  /** Uncaught exceptions thrown in any page. */
  pageErrors: string[];
  /** Every URL requested by pages and service workers. */
  requests: string[];
  /** Opens `path` (relative to the app's URL, e.g. '#/step/x'), waits for its h1 and the app. */
  openApp(path?: string): Promise<Page>;
  setOffline(offline: boolean): Promise<void>;
  /** Lets pages read and write the clipboard, as a user who allowed it. */
  grantClipboard(): Promise<void>;
  /**
   * Forgets what the app saved on this device (IndexedDB, localStorage, sessionStorage and the
   * contact list's offline copy), keeping the service worker and its precache.
   */
  clearAppData(): Promise<void>;
  /** Closes the browser and, unless the caller passed its own userDataDir, deletes the profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** URL of the app: a StaticServer's appUrl or a file:// URL. */
  appUrl: string;
  /** Profile to reuse (to test a relaunch); the caller then owns and deletes it. */
  userDataDir?: string;
  offline?: boolean;
}

export async function launch({
  appUrl,
  userDataDir,
  offline = false,
}: LaunchOptions): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium with apt-get install -y chromium.`,
    );
  }
  const profile = userDataDir ?? (await mkdtemp(join(tmpdir(), 'e2e-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    offline,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const session: Session = {
    context,
    cspViolations: [],
    pageErrors: [],
    requests: [],
    async openApp(path = '') {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(new URL(path, appUrl).href);
      await page.locator('h1').first().waitFor();
      await appRunning(page);
      return page;
    },
    setOffline: (value) => context.setOffline(value),
    grantClipboard: () =>
      context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(appUrl).origin,
      }),
    async clearAppData() {
      const page = context.pages()[0] ?? (await context.newPage());
      const origin = new URL(appUrl).origin;
      if (origin !== 'null' && !appUrl.startsWith('file:')) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Storage.clearDataForOrigin', {
          origin,
          storageTypes: 'indexeddb,local_storage',
        });
        await cdp.detach();
      }
      // Storage can only be cleared from a page of the app's own origin.
      if (
        appUrl.startsWith('file:')
          ? !page.url().startsWith('file:')
          : !page.url().startsWith(origin)
      ) {
        return;
      }
      await page.evaluate(async () => {
        sessionStorage.clear();
        localStorage.clear();
        await caches.delete('att-escalation-wizard-contacts').catch(() => false);
      });
    },
    async close() {
      await context.close();
      if (!userDataDir) await rm(profile, { recursive: true, force: true });
    },
  };
  await context.exposeBinding('__reportCspViolation', (_source, line: string) => {
    session.cspViolations.push(line);
  });
  await context.addInitScript(() => {
    const page = window as unknown as {
      __reportCspViolation: (line: string) => void;
      __longTasks: number[];
    };
    document.addEventListener('securitypolicyviolation', (event) => {
      page.__reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`,
      );
    });
    page.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) page.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  context.on('request', (request) => session.requests.push(request.url()));
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) {
      session.cspViolations.push(message.text());
    }
  });
  context.on('weberror', (error) => session.pageErrors.push(error.error().message));
  return session;
}

/**
 * Durations (ms) of the main-thread tasks over 50 ms since the page's document loaded, in order.
 * Compare the count before and after an action to see what the action cost.
 */
export async function longTasks(page: Page): Promise<number[]> {
  // Let the observer deliver the entries of tasks that just ended.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  return page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);
}

/**
 * Durations (ms) of the tasks over 50 ms that ran during `action` and the work it set off, read
 * once the page is idle again (a re-render or a draft write may follow the action).
 */
export async function longTasksDuring(page: Page, action: () => Promise<void>): Promise<number[]> {
  const before = (await longTasks(page)).length;
  await action();
  await page.evaluate(
    () =>
      new Promise((done) => {
        requestIdleCallback(done, { timeout: 2000 });
      }),
  );
  return (await longTasks(page)).slice(before);
}

/**
 * Pastes `text` into `field` with the keyboard shortcut, as a user pasting a spreadsheet column.
 * Needs Session.grantClipboard(). (Playwright's fill() types big text slowly: 40,000 characters
 * take over 10 s in Chromium, whatever the page does.)
 */
export async function paste(field: Locator, text: string): Promise<void> {
  const page = field.page();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

export function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Runs axe (WCAG 2.2 A/AA and best practices) and fails listing every violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(found, [], `axe found violations on ${page.url()}`);
}

/** Saves a full-page screenshot to test-output/screenshots/NAME.png (not committed). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = join(OUTPUT, 'screenshots');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
