/*
 * Screenshots of the check-answers and result pages for docs/screenshots (issue 3). Run against a
 * running dev server: `npx vite --port 5199` then `npx node test/screenshots/capture.ts`.
 * Uses Debian's Chromium; no browser is downloaded.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.BASE_URL ?? 'http://localhost:5199/';
const OUT = 'docs/screenshots';

/** A premature disconnect, answered through to the end: the richest result page. */
const draft = {
  version: 1,
  escalationId: 'screenshot-0001',
  savedAt: '2026-11-25T15:00:00.000Z',
  location: 'check',
  answers: {
    problemKind: 'lnp',
    accessTariff: 'no',
    workedWithServiceRep: 'yes',
    serviceRepReference: 'J. Alvarez, ticket 88121',
    reqtyp: 'BB',
    lnpTrouble: 'prematureDisconnect',
    isolation: 'attNetwork',
    premisesReviewed: 'yes',
    state: 'TX',
    pon: 'PRT-20261125',
    focReceived: 'yes',
    focDate: '2026-11-20',
    dueDate: '2026-11-24',
    telephoneNumbers: '214 555 0101\n214 555 0102\n214 555 0103\n(214) 555-0150',
    serviceOrders: 'N12345678',
    symptoms: ['disconnectRecording', 'ringNoAnswer'],
    symptomDetails:
      'Callers hear a disconnect recording since 09:40 CT; the port is not active yet.',
    ds1Disconnected: 'no',
    circuitId: '',
    circuitIdUnknown: false,
    contactName: 'Dana Reyes',
    company: 'Prairie Telecom',
    callbackNumber: '312 555 0142',
    email: 'dana.reyes@prairietel.example',
  },
};

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shots-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  viewport: { width: 1200, height: 900 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(BASE);
  await page.evaluate((value) => {
    localStorage.setItem('att-escalation-wizard:draft:v1', JSON.stringify(value));
  }, draft);
  for (const [name, hash, width] of [
    ['check-answers', '#/check', 1200],
    ['result', '#/result', 1200],
    ['result-phone', '#/result', 360],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${BASE}${hash}`);
    await page.reload();
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
    console.log(`${OUT}/${name}.png`, await page.title());
  }
} finally {
  await context.close();
}
