// Script-injection strings typed into every free-text field of the hosted build (issue #6): they
// are shown as text on every page and in every way the report leaves the app, nothing they carry
// ever runs, and the strict CSP is never broken, nor does any request leave the app's origin.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { REQTYP_LABELS, SYMPTOM_LABELS } from '../../src/domain/labels.ts';
import { launch, paste, readClipboard, startStaticServer, type Session } from './harness.ts';
import {
  ANSWERS,
  CIRCUIT_ID,
  CONTACT,
  DESCRIPTION,
  DUE_DATE,
  FOC_DATE,
  PON,
  Q,
  SERVICE_ORDER,
  TELEPHONE_NUMBERS,
  choose,
  fill,
  freshStart,
  isolatedToAtt,
  lnpTrouble,
  pressContinue,
  problem,
  questionHeading,
  reportText,
  startNow,
  state,
  step,
  toResult,
  walk,
  type Action,
  escalationsTable,
} from './journey.ts';

const CORPUS = {
  'script tag': '<script>alert(1)</script>',
  'attribute break-out': '"><img src=x onerror=alert(1)>',
  'javascript: URL': 'javascript:alert(1)',
  'svg onload': '<svg onload=alert(1)>',
  'template braces': '{{7*7}}',
  'template literal': '${alert(1)}',
  'textarea break-out': '</textarea><script>alert(1)</script>',
  'RTL override and zero-width characters': 'invoice\u202Efdp.exe\u200B\u200D\u2060x',
  '10,000-character line': '<img src=x onerror=alert(1)>'.repeat(400).slice(0, 10_000),
};

// Passes the e-mail check and still carries markup: offered where the payload itself is refused.
const HOSTILE_EMAIL = '"><svg/onload=alert(1)>@example.com';

// Anything the corpus could have turned into markup or a live link.
const INJECTED =
  'img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:" i], iframe, object, embed, script:not([src])';

/** Pure free text: these must take any short payload as it is, to show it back later. */
const FREE_TEXT = [
  'symptomDetails',
  'attTicketNumbers',
  'serviceRepName',
  'endUserName',
  'serviceAddress',
  'contactName',
  'company',
];

interface TextField {
  /** The field's id, which is the answer's name. */
  id: string;
  /** What goes in when the payload is refused, to get past the step. */
  fallback: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ');

async function expectNothingInjected(page: Page, where: string): Promise<void> {
  const found = await page.locator(INJECTED).evaluateAll((nodes) => nodes.map((n) => n.outerHTML));
  assert.deepEqual(found, [], `markup from the corpus became elements on ${where}`);
}

/**
 * Types `payload` into each field of a question, presses Continue, then replaces what the
 * wizard refused with the fallback. Returns the fields that took the payload.
 */
async function answerWith(
  page: Page,
  payload: string,
  question: string,
  fields: readonly TextField[],
  ...actions: Action[]
): Promise<string[]> {
  await questionHeading(page, question).waitFor();
  for (const action of actions) await action(page);
  for (const { id } of fields) await paste(page.locator(`#${id}`), payload);
  await pressContinue(page);
  await page.waitForFunction(
    (q) =>
      document.querySelector('[role="alert"]') !== null ||
      !document.querySelector('h1')?.textContent.startsWith(q),
    question,
  );
  await expectNothingInjected(page, `the question “${question}”`);
  const refused = await page.locator('[role="alert"]').count();
  if (refused === 0) return fields.map((f) => f.id);

  const accepted: string[] = [];
  for (const { id, fallback } of fields) {
    const field = page.locator(`#${id}`);
    assert.equal(
      await field.inputValue(),
      payload,
      `the refused page lost what was typed in ${id}`,
    );
    if ((await field.getAttribute('aria-invalid')) === 'true') await paste(field, fallback);
    else accepted.push(id);
  }
  await pressContinue(page);
  await questionHeading(page, question).waitFor({ state: 'detached' });
  return accepted;
}

/**
 * The premature-disconnect path: it asks every free-text question the wizard has. Identifiers
 * (PON, VER, dates, the time, the lists, circuit ID, company code, call-back number) refuse the
 * payload with a message, keeping what was typed, and take the fallback.
 */
async function hostileJourney(page: Page, payload: string): Promise<Map<string, string>> {
  const typed = new Map<string, string>();
  const keep = (ids: string[]) => {
    for (const id of ids) typed.set(id, payload);
  };
  await walk(page, [problem('lnp'), lnpTrouble('prematureDisconnect'), isolatedToAtt]);
  keep(
    await answerWith(
      page,
      payload,
      Q.order,
      [
        { id: 'pon', fallback: PON },
        { id: 'ver', fallback: '01' },
      ],
      choose(REQTYP_LABELS.BB),
    ),
  );
  await walk(page, [state('MO')]);
  // Dates are typed text (MM/DD/YYYY): the payload is refused as a date, never run.
  keep(
    await answerWith(
      page,
      payload,
      Q.foc,
      [
        { id: 'focDate', fallback: FOC_DATE },
        { id: 'dueDate', fallback: DUE_DATE },
      ],
      choose('Yes'),
    ),
  );
  keep(
    await answerWith(page, payload, Q.numbersOnFoc, [
      { id: 'telephoneNumbers', fallback: TELEPHONE_NUMBERS },
      { id: 'serviceOrders', fallback: SERVICE_ORDER },
    ]),
  );
  keep(
    await answerWith(
      page,
      payload,
      Q.checklist,
      [
        { id: 'symptomDetails', fallback: DESCRIPTION },
        { id: 'troubleStartDate', fallback: '11/25/2026' },
        { id: 'troubleStartTime', fallback: '9:30 AM' },
      ],
      choose(SYMPTOM_LABELS.noDialTone),
    ),
  );
  keep(
    await answerWith(
      page,
      payload,
      Q.ds1,
      [{ id: 'circuitId', fallback: CIRCUIT_ID }],
      choose('Yes'),
    ),
  );
  keep(
    await answerWith(
      page,
      payload,
      Q.escalation,
      [
        { id: 'attTicketNumbers', fallback: 'TT-88121' },
        { id: 'serviceRepName', fallback: 'J. Alvarez' },
        { id: 'endUserName', fallback: 'Pat Doe' },
        { id: 'serviceAddress', fallback: '1 Main St, St. Louis, MO' },
      ],
      choose('No'),
    ),
  );
  const contact = await answerWith(page, payload, Q.contact, [
    { id: 'contactName', fallback: CONTACT.name },
    { id: 'company', fallback: CONTACT.company },
    { id: 'companyCode', fallback: 'PRT' },
    { id: 'callbackNumber', fallback: CONTACT.phone },
    { id: 'email', fallback: HOSTILE_EMAIL },
  ]);
  keep(contact);
  if (!contact.includes('email')) typed.set('email', HOSTILE_EMAIL);
  return typed;
}

/** The center's number is looked up after the page shows: the report is complete once it is. */
async function centerNumberShown(page: Page): Promise<void> {
  await page
    .getByRole('link', { name: /^\d{3}-\d{3}-\d{4}$/ })
    .first()
    .waitFor();
}

/** Every accepted value appears, as the same text, in `shown`. */
function expectShown(shown: string, typed: Map<string, string>, where: string): void {
  const text = normalise(shown);
  for (const [id, value] of typed) {
    assert.ok(text.includes(normalise(value)), `${id} is not shown as typed on ${where}`);
  }
}

/** A billing escalation's report is short enough for an e-mail draft: its link encodes all. */
async function expectEncodedInMailto(session: Session, payload: string): Promise<void> {
  const page = await freshStart(session);
  await startNow(page);
  await walk(page, [
    ...ANSWERS.billing.slice(0, -3),
    step(Q.describe, fill(Q.describe, payload)),
    step(Q.escalation),
    step(
      Q.contact,
      fill('Your name', payload),
      fill('Company (the CLEC)', CONTACT.company),
      fill('Call-back telephone number', CONTACT.phone),
    ),
  ]);
  await toResult(page);
  await centerNumberShown(page);
  const report = await reportText(page);
  const href =
    (await page.getByRole('link', { name: 'Open an e-mail draft' }).getAttribute('href')) ?? '';
  assert.match(
    href,
    /^mailto:\?subject=[^\s<>"'{}$]*&body=[^\s<>"'{}$]*$/,
    'the mailto: link is not encoded',
  );
  const body = decodeURIComponent(href.slice(href.indexOf('&body=') + '&body='.length));
  assert.equal(body, report, 'the e-mail draft differs from the report');
  expectShown(
    body,
    new Map([
      ['symptomDetails', payload],
      ['contactName', payload],
    ]),
    'the e-mail draft',
  );
}

const server = await startStaticServer();
const origin = new URL(server.appUrl).origin;
// One browser for the whole corpus: each payload starts from a device with nothing saved
// (freshStart), and its test checks only the violations, errors and requests seen since it began.
const session = await launch({ appUrl: server.appUrl });
await session.grantClipboard();

for (const [name, payload] of Object.entries(CORPUS)) {
  await test(`${name} in every free-text field stays text and never runs`, async () => {
    const seen = {
      csp: session.cspViolations.length,
      errors: session.pageErrors.length,
      requests: session.requests.length,
    };
    const page = await freshStart(session);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => dialogs.push(`${dialog.type()}: ${dialog.message()}`));
    await startNow(page);

    const typed = await hostileJourney(page, payload);
    if (payload.length <= 100) {
      assert.deepEqual(
        FREE_TEXT.filter((id) => !typed.has(id)),
        [],
        'free-text fields must take the payload, to show it back',
      );
    }

    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    await expectNothingInjected(page, 'the check page');
    expectShown((await page.locator('main').textContent()) ?? '', typed, 'the check page');

    await toResult(page);
    await centerNumberShown(page);
    await expectNothingInjected(page, 'the result page');
    const report = await reportText(page);
    expectShown(report, typed, 'the result page’s report');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as .txt' }).click(),
    ]);
    assert.equal(await readFile(await download.path(), 'utf8'), report, 'the .txt differs');

    await page.getByRole('button', { name: 'Copy the report' }).click();
    await page.getByText('Copied.').waitFor();
    assert.equal(await readClipboard(page), report, 'the copied report differs');

    await page.getByRole('button', { name: 'Print' }).click();

    // A report short enough opens as an e-mail draft holding it all; a longer one is a button
    // that copies it and opens a short draft (the billing report below always gets a link).
    const mail = page.getByRole('link', { name: 'Open an e-mail draft' });
    if ((await mail.count()) > 0) {
      const href = (await mail.getAttribute('href')) ?? '';
      const body = decodeURIComponent(href.slice(href.indexOf('&body=') + '&body='.length));
      assert.equal(body, report, 'the e-mail draft differs from the report');
    } else {
      await page.getByRole('button', { name: 'Open an e-mail draft' }).waitFor();
    }

    await page.getByRole('button', { name: 'Submit as a ticket' }).click();
    const filed = page.getByRole('region', { name: 'Escalation filed' });
    await expectNothingInjected(page, 'the result page once filed');
    await filed.getByRole('link', { name: /in My escalations$/ }).click();
    await page.locator('pre.report').waitFor();
    await expectNothingInjected(page, 'the ticket detail');
    expectShown(await reportText(page), typed, 'the ticket detail');

    await page.getByRole('link', { name: 'My escalations', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My escalations' }).waitFor();
    await escalationsTable(page).waitFor();
    await expectNothingInjected(page, 'My escalations');

    if (payload.length <= 100) await expectEncodedInMailto(session, payload);

    assert.deepEqual(dialogs, [], 'a dialog opened');
    assert.deepEqual(
      session.cspViolations.slice(seen.csp),
      [],
      'the page broke its Content-Security-Policy',
    );
    assert.deepEqual(session.pageErrors.slice(seen.errors), []);
    const foreign = session.requests
      .slice(seen.requests)
      .filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`));
    assert.deepEqual(foreign, [], 'requests left the app origin');
  });
}
await session.close();

await server.close();
