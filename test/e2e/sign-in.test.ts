// Signing in to the organisation's own ticket system (issue #26), in the browser against a real
// OpenID Connect provider (oidc-provider) and a TMF621 backend that checks every bearer token
// against the provider's keys: who filed a ticket, a token that runs out mid-journey, signing
// out, and an account the ticket system does not let in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { TROUBLE_TICKET_PATH } from '../../src/api/troubleTicket.ts';
import { expectNoAxeViolations, launch } from './harness.ts';
import {
  ANSWERS,
  escalationsTable,
  freshStart,
  Q,
  reportText,
  startNow,
  toResult,
  walk,
} from './journey.ts';
import { until } from './signIn/local.ts';
import { ACCOUNTS } from './signIn/provider.ts';
import { ACCESS_HELP, startSignInWorld } from './signIn/world.ts';

// Ceilings for states that need a round trip through the provider, or a token to run out.
const SIGN_IN = { timeout: 30_000 };
const EXPIRY = 90_000;

// One build and one browser for the file; each test starts with no cookie (so no session at the
// provider) and nothing saved by the app.
const world = await startSignInWorld();
const { app, backend, provider } = world;
const session = await launch({ appUrl: app.appUrl });

async function signedOutStart(): Promise<Page> {
  await session.context.clearCookies();
  return freshStart(session);
}

const signedInAs = (page: Page, username: string) =>
  page.getByText(`Signed in as ${ACCOUNTS[username]?.name ?? username}`).waitFor(SIGN_IN);

/** The provider's login page, as a person fills it in, then back in the app. */
async function logIn(page: Page, username: string): Promise<void> {
  await page.getByLabel('Username').fill(username, SIGN_IN);
  await page.getByRole('button', { name: 'Log in' }).click();
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await logIn(page, username);
  await signedInAs(page, username);
}

const submit = (page: Page) => page.getByRole('button', { name: 'Submit as a ticket' }).click();

/** The reference the result page gives once the ticket is filed. */
async function filedReference(page: Page): Promise<string> {
  const said = await page
    .getByRole('region', { name: 'Escalation filed' })
    .getByText(/^Your ticket reference is /)
    .innerText(SIGN_IN);
  const reference = /reference is (\S+)\. /.exec(said)?.[1];
  assert.ok(reference, `no reference in "${said}"`);
  return reference;
}

/**
 * The report as the user sees it, without the line filing adds and the time the page made it
 * (coming back from the provider loads the page again, in a later minute perhaps).
 */
const reportAnswers = async (page: Page) =>
  (await reportText(page))
    .split('\n')
    .filter((line) => !/^(Ticket reference|Reported):/.test(line))
    .join('\n');

const ticketPosts = () =>
  backend.requests.filter((r) => r.method === 'POST' && r.path === TROUBLE_TICKET_PATH);

/** Every token the provider gave out that `page`'s storage holds. */
const tokensStoredBy = (page: Page, storage: 'localStorage' | 'sessionStorage') =>
  page.evaluate(
    ({ kind, tokens }) => {
      const store = window[kind];
      const values = Array.from({ length: store.length }, (_, i) => {
        const key = store.key(i) ?? '';
        return `${key}=${store.getItem(key) ?? ''}`;
      }).join('\n');
      return tokens.filter((token) => values.includes(token));
    },
    {
      kind: storage,
      tokens: provider.issued
        .flatMap((t) => [t.access_token, t.refresh_token ?? '', t.id_token ?? ''])
        .filter(Boolean),
    },
  );

await test('alice signs in, her contact details are filled in, and the ticket system knows she filed', async () => {
  const page = await signedOutStart();
  await expectNoAxeViolations(page);
  await signIn(page, 'alice');
  await expectNoAxeViolations(page);
  await startNow(page);
  await walk(page, ANSWERS.ordering, async (_page, step) => {
    if (step.question !== Q.contact) return;
    assert.equal(await page.getByLabel('Your name').inputValue(), 'Alice Coordinator');
    assert.equal(await page.getByLabel(/^E-mail address/).inputValue(), 'alice@clec.test');
  });
  await toResult(page);
  await submit(page);
  const reference = await filedReference(page);
  assert.deepEqual(
    backend.filings.filter((f) => f.ticketId === reference),
    [{ ticketId: reference, sub: 'alice', name: 'Alice Coordinator' }],
  );
  assert.deepEqual(await tokensStoredBy(page, 'localStorage'), [], 'tokens in localStorage');
  assert.deepEqual(session.cspViolations, []);
  assert.deepEqual(session.pageErrors, []);
});

await test('the token runs out mid-journey: "Sign in again" keeps every answer, and the queued ticket is filed once', async () => {
  // Short-lived tokens, and a provider whose session then ends (its idle timeout, say): the app
  // cannot renew, so the token it holds expires for good.
  provider.accessTokenTtl = 30;
  try {
    const page = await signedOutStart();
    await signIn(page, 'alice');
    provider.endSessions();
    await startNow(page);
    await walk(page, ANSWERS.ordering);
    await toResult(page);
    const report = await reportAnswers(page);
    const held = provider.issued.at(-1)?.access_token ?? '';
    await until(() => backend.refuses(held), 'the access token to expire', EXPIRY);
    const postsBefore = ticketPosts().length;

    await submit(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Sign in again' });
    await notice.getByRole('button', { name: 'Sign in again' }).waitFor(SIGN_IN);
    await expectNoAxeViolations(page);
    await notice.getByRole('button', { name: 'Sign in again' }).click();
    // The provider's session is over: it asks who this is again, then returns to the same page.
    await logIn(page, 'alice');
    const reference = await filedReference(page);
    assert.equal(await reportAnswers(page), report, 'an answer changed after signing in');

    // Whether the app first tried the expired token (401) or knew it had run out, one ticket.
    assert.deepEqual(
      ticketPosts()
        .slice(postsBefore)
        .filter((p) => p.status === 201),
      [{ method: 'POST', path: TROUBLE_TICKET_PATH, status: 201, sub: 'alice' }],
    );
    await page.getByRole('link', { name: 'My escalations', exact: true }).click();
    await escalationsTable(page).getByRole('link', { name: reference }).waitFor(SIGN_IN);
    assert.equal(backend.filings.filter((f) => f.ticketId === reference).length, 1);
    assert.deepEqual(session.pageErrors, []);
  } finally {
    provider.accessTokenTtl = 600;
  }
});

await test('signing out forgets the tokens, and the ticket system refuses the next request', async () => {
  const page = await signedOutStart();
  await signIn(page, 'alice');
  const signedIn = backend.requests.length;
  await page.getByRole('link', { name: 'My escalations', exact: true }).click();
  await escalationsTable(page).or(page.getByText('You have not filed')).first().waitFor(SIGN_IN);
  assert.ok(
    backend.requests.slice(signedIn).some((r) => r.status === 200 && r.sub === 'alice'),
    'signed in, the ticket system let alice in',
  );

  await page.getByRole('button', { name: 'Sign out' }).click();
  // The app may end the provider's session too (RP-initiated logout), which asks to confirm.
  const signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
  const confirm = page.getByRole('button', { name: 'Sign out of the test provider' });
  await signInButton.or(confirm).waitFor(SIGN_IN);
  if (await confirm.isVisible()) await confirm.click();
  await signInButton.waitFor(SIGN_IN);
  assert.deepEqual(
    await tokensStoredBy(page, 'sessionStorage'),
    [],
    'tokens left in sessionStorage',
  );
  assert.deepEqual(await tokensStoredBy(page, 'localStorage'), [], 'tokens left in localStorage');

  const sent = backend.requests.length;
  await page.getByRole('link', { name: 'My escalations', exact: true }).click();
  await until(
    () => backend.requests.length > sent,
    'a request to the ticket system',
    SIGN_IN.timeout,
  );
  assert.deepEqual(
    backend.requests.slice(sent).map((r) => [r.status, r.sub]),
    backend.requests.slice(sent).map(() => [401, undefined]),
  );
});

await test('bob is refused: the app says he may not file or read escalations, and whom to ask', async () => {
  const page = await signedOutStart();
  await signIn(page, 'bob');
  await page.getByRole('link', { name: 'My escalations', exact: true }).click();
  await page.getByText('may not file or read escalations', { exact: false }).waitFor(SIGN_IN);
  await page.getByText(ACCESS_HELP, { exact: false }).waitFor();
  await expectNoAxeViolations(page);
  assert.ok(
    backend.requests.some((r) => r.status === 403 && r.sub === 'bob'),
    'the ticket system never saw bob',
  );
  assert.deepEqual(session.pageErrors, []);
});

await session.close();
await world.close();
