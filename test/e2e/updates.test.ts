// Updates reach every user (issue #15, docs/decisions/0006): a new build published on the server
// is offered between escalations, never mid-journey, and Reload brings it with the draft intact
// and no chunk of the old build; the organisation's edited center-contacts.json shows on the next
// visit, and offline the copy kept from the last visit is used and labelled.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import type { CenterContact, CenterContactsFile } from '../../src/domain/contacts.ts';
import { DIST, appRunning, launch, startStaticServer, type Session } from './harness.ts';
import {
  ANSWERS,
  CHECK_ANSWERS,
  CIRCUIT_ID,
  CONTACT,
  PON,
  Q,
  acceptLeaving,
  freshStart,
  pressContinue,
  questionHeading,
  reportText,
  startNow,
  toResult,
  walk,
} from './journey.ts';

const NEXT = { version: '9.9.9', date: '2027-01-01' };
/** The footer and the report show the build's day as a US desk writes dates. */
const NEXT_SHOWN = { version: NEXT.version, date: '01/01/2027' };
const NOTICE = 'A new version of this tool is available';
const GENERATOR = 'Escalate to AT&T Wholesale';

const work = await mkdtemp(join(tmpdir(), 'e2e-updates-'));

/** A copy of a build without the single file, which a static host may serve as is. */
async function copyOf(build: string, name: string): Promise<string> {
  const dir = join(work, name);
  await cp(build, dir, { recursive: true, filter: (path) => path !== join(build, 'single') });
  return dir;
}

/**
 * The changed build: this source built again with another version and date. E2E_DIST_NEXT may
 * name one already built that way (APP_VERSION=9.9.9 BUILD_DATE=2027-01-01), to save the build.
 */
async function nextBuild(): Promise<string> {
  if (process.env.E2E_DIST_NEXT) return resolve(process.env.E2E_DIST_NEXT);
  const out = join(work, 'next-build');
  await promisify(execFile)('npx', ['vite', 'build', '--outDir', out, '--logLevel', 'warn'], {
    env: { ...process.env, APP_VERSION: NEXT.version, BUILD_DATE: NEXT.date },
  });
  return out;
}

/** The files a build's pages may load (its Vite manifest), as paths below the app's URL. */
async function buildFiles(build: string): Promise<Set<string>> {
  const manifest = JSON.parse(
    await readFile(join(build, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, { file: string; css?: string[]; assets?: string[] }>;
  return new Set(
    Object.values(manifest).flatMap((chunk) => [
      chunk.file,
      ...(chunk.css ?? []),
      ...(chunk.assets ?? []),
    ]),
  );
}

/** Every script and style sheet the page loaded or preloaded since it was (re)loaded. */
async function chunksLoaded(page: Page, appUrl: string): Promise<string[]> {
  const urls = await page.evaluate(() => [
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
    ...[...document.scripts].map((script) => script.src),
    ...[
      ...document.querySelectorAll<HTMLLinkElement>(
        'link[rel="modulepreload"], link[rel="stylesheet"]',
      ),
    ].map((link) => link.href),
  ]);
  const chunks = urls
    .filter((url) => url.startsWith(appUrl))
    .map((url) => new URL(url).pathname.slice(new URL(appUrl).pathname.length))
    .filter((path) => /\.(js|css)$/.test(path));
  return [...new Set(chunks)].sort();
}

/** Waits until the service worker controls the page, i.e. it has precached the build. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
}

/** "Version 0.2.0, built 11/26/2026" in the footer. */
async function footerBuild(page: Page): Promise<{ version: string; date: string }> {
  const text = await page
    .getByRole('contentinfo')
    .getByText(/^Version /)
    .innerText();
  const match = /^Version (\S+), built (\d{2}\/\d{2}\/\d{4})$/.exec(text);
  assert.ok(match, `the footer says "${text}"`);
  return { version: match[1] ?? '', date: match[2] ?? '' };
}

const notice = (page: Page) => page.getByRole('status').filter({ hasText: NOTICE });

async function expectNoNotice(page: Page, where: string): Promise<void> {
  assert.equal(await page.getByText(NOTICE).count(), 0, `the update notice is shown ${where}`);
}

const toStartPage = (page: Page) =>
  page.getByRole('link', { name: 'Escalate to AT&T Wholesale', exact: true }).click();

const lastLine = (report: string) => report.trimEnd().split('\n').at(-1);

const next = await nextBuild();
const [firstFiles, nextFiles] = await Promise.all([buildFiles(DIST), buildFiles(next)]);
const oldOnly = [...firstFiles].filter((file) => !nextFiles.has(file));
assert.ok(oldOnly.length > 0, 'the two builds have the same chunks: the test would prove nothing');

/**
 * A host serving the first build from a directory that is a link, which `publishNext` switches
 * to the new build in one step, as a deploy does.
 */
async function deployment(name: string) {
  const served = join(work, `served-${name}`);
  await symlink(await copyOf(DIST, `first-${name}`), served);
  const server = await startStaticServer(served);
  const publishNext = async () => {
    const switching = join(work, `switching-${name}`);
    await symlink(await copyOf(next, `next-${name}`), switching);
    await rename(switching, served);
  };
  return { server, publishNext };
}

await test('a new build waits, is offered only between escalations, and Reload brings it with the draft', async () => {
  const { server, publishNext } = await deployment('one-tab');
  const session = await launch({ appUrl: server.appUrl });
  try {
    const page = await freshStart(session);
    await controlled(page);
    const first = await footerBuild(page);
    assert.notEqual(first.version, NEXT.version);

    // A draft left on a question: the premature disconnect, up to the state.
    const steps = ANSWERS.lnpPrematureDisconnect;
    const stateAt = steps.findIndex((s) => s.question === Q.state);
    await startNow(page);
    await walk(page, steps.slice(0, stateAt));
    await questionHeading(page, Q.state).waitFor();

    // The administrator publishes the new build.
    await publishNext();

    // The next visit: the old build still runs (from its worker); the new one installs and waits.
    await page.reload();
    await questionHeading(page, Q.state).waitFor();
    await page.waitForFunction(
      async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return Boolean(registration?.waiting);
      },
      undefined,
      { timeout: 20_000 },
    );
    assert.deepEqual(await footerBuild(page), first);

    // Offered on the start page, politely, with a Reload button...
    await toStartPage(page);
    await notice(page).getByRole('button', { name: 'Reload' }).waitFor();
    assert.equal(await notice(page).getAttribute('aria-live'), 'polite');
    // ...never in the middle of a journey: on a question, on the check page...
    await page.goBack();
    await questionHeading(page, Q.state).waitFor();
    await expectNoNotice(page, 'on a question');
    await walk(page, steps.slice(stateAt));
    await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
    await expectNoNotice(page, 'on the check page');
    // ...and again once the escalation is done.
    await toResult(page);
    await notice(page).getByRole('button', { name: 'Reload' }).waitFor();
    const report = await reportText(page);
    assert.equal(lastLine(report), `Made with ${GENERATOR} ${first.version} (built ${first.date})`);

    // Until Reload, the page runs the old build alone, though the server has the new one.
    const before = await chunksLoaded(page, server.appUrl);
    assert.deepEqual(
      before.filter((chunk) => !firstFiles.has(chunk)),
      [],
      'the old build loaded chunks of the new one',
    );

    await toStartPage(page);
    await notice(page).getByRole('button', { name: 'Reload' }).click();
    await page.getByText(`Version ${NEXT.version}, built ${NEXT_SHOWN.date}`).waitFor();
    assert.deepEqual(await footerBuild(page), NEXT_SHOWN);
    await expectNoNotice(page, 'after Reload');

    // The draft survived: resumed, its answers are all there, on the new build.
    await page.getByRole('link', { name: `Continue PON ${PON}` }).click();
    await page.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();
    for (const answer of [PON, CIRCUIT_ID, CONTACT.name]) {
      await page.getByRole('main').getByText(answer).first().waitFor();
    }
    await toResult(page);
    const resumed = await reportText(page);
    const withoutGenerator = (text: string) =>
      text
        .split('\n')
        .filter((line) => !/^(Reported: |Made with )/.test(line))
        .join('\n');
    assert.equal(withoutGenerator(resumed), withoutGenerator(report));
    assert.equal(
      lastLine(resumed),
      `Made with ${GENERATOR} ${NEXT.version} (built ${NEXT_SHOWN.date})`,
    );

    // One build per page: every chunk this page loaded is the new build's.
    const chunks = await chunksLoaded(page, server.appUrl);
    assert.ok(chunks.length > 0, 'no chunk seen');
    assert.deepEqual(
      chunks.filter((chunk) => !nextFiles.has(chunk)),
      [],
      `chunks not of the new build (the old build's: ${oldOnly.join(', ')})`,
    );
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
    await server.close();
  }
});

await test('a tab left on the old build when another tab takes the new one offers the reload, never a blank page, and keeps its answers', async () => {
  const { server, publishNext } = await deployment('two-tabs');
  const session = await launch({ appUrl: server.appUrl });
  try {
    const tab1 = await freshStart(session);
    await controlled(tab1);
    const first = await footerBuild(tab1);

    // Tab 2 answers a whole escalation on the old build and stops on the check page.
    const tab2 = await session.context.newPage();
    acceptLeaving(tab2);
    await tab2.goto(server.appUrl);
    await appRunning(tab2);
    await startNow(tab2);
    await walk(tab2, ANSWERS.lnpPrematureDisconnect);
    await tab2.getByRole('heading', { level: 1, name: CHECK_ANSWERS }).waitFor();

    // The new build is published; tab 1 is offered it and takes it.
    await publishNext();
    await tab1.reload();
    await notice(tab1).getByRole('button', { name: 'Reload' }).click();
    await tab1.getByText(`Version ${NEXT.version}, built ${NEXT_SHOWN.date}`).waitFor();

    // Tab 2, still on the old build, goes on to the result page, whose code the server no
    // longer has: it says so and offers the reload, and the page keeps its frame.
    assert.deepEqual(await footerBuild(tab2), first);
    await pressContinue(tab2);
    const offer = tab2.getByRole('alert').filter({ hasText: 'A new version of this tool' });
    await offer.getByRole('button', { name: 'Reload' }).waitFor();
    await tab2.getByRole('link', { name: 'My escalations' }).waitFor();

    // Reload brings the new build, and the answers, to the same page.
    await offer.getByRole('button', { name: 'Reload' }).click();
    await tab2.getByText(`Version ${NEXT.version}, built ${NEXT_SHOWN.date}`).waitFor();
    await tab2.locator('pre.report').waitFor();
    const report = await reportText(tab2);
    for (const answer of [PON, CIRCUIT_ID, CONTACT.name])
      assert.ok(report.includes(answer), answer);
    assert.equal(
      lastLine(report),
      `Made with ${GENERATOR} ${NEXT.version} (built ${NEXT_SHOWN.date})`,
    );
  } finally {
    await session.close();
    await server.close();
  }
});

/** The premature disconnect (MO, REQTYP BB) to its result page, from a fresh device. */
async function pdResult(session: Session): Promise<Page> {
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, ANSWERS.lnpPrematureDisconnect);
  await toResult(page);
  return page;
}

const callLine = (page: Page) =>
  page
    .getByText(/^Call /)
    .first()
    .innerText();

await test('the organisation’s edited contact list reaches a returning user; offline, the saved copy', async () => {
  const root = await copyOf(DIST, 'contacts-site');
  const orgFile = join(root, 'center-contacts.json');
  const shipped = JSON.parse(await readFile(orgFile, 'utf8')) as CenterContactsFile;
  const isPdEntry = (c: CenterContact) =>
    c.function === 'lnp' && c.region === 'southwest' && c.productType === 'loopWithLnp';
  const entry = shipped.contacts.find(isPdEntry);
  assert.ok(entry);
  /**
   * The administrator's edit: a real list (no "sample"), with this number for the entry and its
   * levels' numbers out of the fictional 555-0100 to 0199 block (a fictional one is sample data).
   */
  const publish = (phone: string, updated: string) => {
    const real = (c: CenterContact): CenterContact => ({
      ...c,
      phone,
      levels: c.levels?.map((level) => ({
        ...level,
        ...(level.phone ? { phone: level.phone.replace(/-555-01/, '-555-02') } : {}),
      })),
    });
    const file: CenterContactsFile = {
      $schema: shipped.$schema,
      updated,
      source: `Prairie Telecom copy of AT&T’s Center Contacts list, checked ${updated}`,
      contacts: shipped.contacts.map((c) => (isPdEntry(c) ? real(c) : c)),
    };
    return writeFile(orgFile, JSON.stringify(file, null, 2));
  };

  const server = await startStaticServer(root);
  const session = await launch({ appUrl: server.appUrl });
  try {
    // First visit: the shipped list, kept for offline use.
    const page = await pdResult(session);
    assert.equal(await callLine(page), `Call ${entry.name}: ${entry.phone}`);
    await page.getByText(/Sample data — not real AT&T numbers/).waitFor();
    await controlled(page);

    // The administrator edits the file; the user's next visit shows it.
    await publish('816-555-0242', '2026-12-01');
    await page.reload();
    await page.getByText(`Call ${entry.name}: 816-555-0242`).waitFor();
    await page.getByText("From the organisation's list, as of 12/01/2026.").waitFor();
    assert.equal(await page.getByText(/Sample data/).count(), 0);

    // Offline: the copy kept from that visit, said to be one (a later edit cannot reach the user).
    await publish('816-555-0299', '2026-12-02');
    await session.setOffline(true);
    await page.reload();
    await page.getByText(`Call ${entry.name}: 816-555-0242`).waitFor();
    await page
      .getByText("From the organisation's list, as of 12/01/2026, saved for offline use.")
      .waitFor();
    await page.getByRole('link', { name: 'Center contacts' }).first().click();
    await page
      .getByText("The organisation's file (center-contacts.json), saved for offline use")
      .waitFor();

    // Back online, the next visit has the newest file.
    await session.setOffline(false);
    await page.goBack();
    await page.reload();
    await page.getByText(`Call ${entry.name}: 816-555-0299`).waitFor();
    assert.deepEqual(session.pageErrors, []);
  } finally {
    await session.close();
    await server.close();
  }
});

await rm(work, { recursive: true, force: true });
