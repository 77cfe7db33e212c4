// Moving around the wizard with the browser itself (issue #5): Back and Forward, a reload in the
// middle of a journey, and a bookmarked step the answers do not reach yet.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PROBLEM_KIND_LABELS } from '../../src/domain/outcomes.ts';
import { launch, startStaticServer } from './harness.ts';
import {
  answer,
  choose,
  fill,
  freshStart,
  Q,
  questionHeading,
  select,
  startNow,
  TELEPHONE_NUMBERS,
} from './journey.ts';

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });

const REFERENCE = 'The Service Representative’s name or the ticket number';

/** Billing, worked with the Service Representative: the state question is next. */
async function toStateQuestion(): Promise<Page> {
  const page = await freshStart(session);
  await startNow(page);
  await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
  await answer(page, Q.serviceRep, choose('Yes'), fill(REFERENCE, 'Ticket 4471'));
  await questionHeading(page, Q.state).waitFor();
  return page;
}

const hash = (page: Page) => new URL(page.url()).hash;

async function expectServiceRepAnswered(page: Page): Promise<void> {
  await questionHeading(page, Q.serviceRep).waitFor();
  assert.equal(hash(page), '#/step/serviceRep');
  assert.ok(await page.getByLabel('Yes', { exact: true }).isChecked());
  assert.equal(await page.getByLabel(REFERENCE).inputValue(), 'Ticket 4471');
}

await test('Back and Forward move between steps with the answers intact', async () => {
  const page = await toStateQuestion();
  await page.goBack();
  await expectServiceRepAnswered(page);
  await page.goBack();
  await questionHeading(page, Q.problem).waitFor();
  assert.ok(await page.getByLabel(PROBLEM_KIND_LABELS.billing, { exact: true }).isChecked());
  await page.goForward();
  await expectServiceRepAnswered(page);
  await page.goForward();
  await questionHeading(page, Q.state).waitFor();
  assert.equal(hash(page), '#/step/state');
});

await test('a reload mid-journey resumes on the same step, half-typed text and answers intact', async () => {
  const page = await toStateQuestion();
  await answer(page, Q.state, select(Q.state, 'TX'));
  await questionHeading(page, Q.telephoneNumbers).waitFor();
  await page.getByLabel(Q.telephoneNumbers).fill(TELEPHONE_NUMBERS);
  await page.reload();
  await questionHeading(page, Q.telephoneNumbers).waitFor();
  assert.equal(hash(page), '#/step/telephoneNumbers');
  assert.equal(await page.getByLabel(Q.telephoneNumbers).inputValue(), TELEPHONE_NUMBERS);
  await page.goBack();
  await questionHeading(page, Q.state).waitFor();
  assert.equal(await page.getByLabel(Q.state).inputValue(), 'TX');
});

await test('a link to a step the answers do not reach yet lands on the furthest reachable one', async () => {
  const page = await freshStart(session);
  await startNow(page);
  await answer(page, Q.problem, choose(PROBLEM_KIND_LABELS.billing));
  await questionHeading(page, Q.serviceRep).waitFor();
  // As a bookmark opens it: a new page load, not a move within the app.
  await page.goto('about:blank');
  await session.openApp('#/step/contact');
  await questionHeading(page, Q.serviceRep).waitFor();
  await page.waitForURL((url) => url.hash === '#/step/serviceRep');
});

await session.close();
await server.close();
