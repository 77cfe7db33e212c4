// One journey per outcome through the real UI of the hosted build (issue #5): the center the
// result page names and the report it builds, or the redirect page and its reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  CONTACT_LINES,
  DESCRIBED,
  FOC_LINES,
  NUMBERS,
  NUMBER_LINES,
  ORDER_LINES,
  billingReport,
  stable,
} from '../journeys/answers.ts';
import { launch, readClipboard, startStaticServer } from './harness.ts';
import {
  ANSWERS,
  journey,
  questionHeading,
  reportText,
  toResult,
  type AnswerSet,
} from './journey.ts';

const server = await startStaticServer();
const session = await launch({ appUrl: server.appUrl });

async function escalate(set: AnswerSet): Promise<{ page: Page; report: string }> {
  const page = await journey(session, set);
  await toResult(page);
  return { page, report: await reportText(page) };
}

/** The result page's h1, and the center it names above the report. */
async function expectCenter(page: Page, title: string, center: string): Promise<void> {
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), title);
  assert.match(
    await page.getByText(/^Escalate to: /).innerText(),
    new RegExp(`^Escalate to: ${center.replace(/[()]/g, '\\$&')}`),
  );
}

/** Each expected line appears in the report as a whole line. */
function expectLines(report: string, lines: readonly string[]): void {
  const actual = report.split('\n');
  const missing = lines.filter((line) => !actual.includes(line));
  assert.deepEqual(missing, [], `missing from the report:\n${report}`);
}

await test('billing: the Billing center, and the whole report as the user will paste it', async () => {
  const { page, report } = await escalate('billing');
  await expectCenter(page, 'Escalate to Billing', 'Billing');
  assert.equal(stable(report), billingReport());
});

await test('a service request before the FOC: Ordering, with the region and the PON', async () => {
  const { page, report } = await escalate('ordering');
  await expectCenter(page, 'Escalate to Ordering', 'Ordering');
  expectLines(report, [
    'Escalation: Service request before the FOC',
    'Escalated to: Ordering, Midwest (former Ameritech)',
    'State: Illinois (IL)',
    'REQTYP: AB - loop',
    'PON: PRT-20261125',
    ...CONTACT_LINES,
    ...NUMBER_LINES,
    DESCRIBED,
  ]);
});

await test('a resale order not held for facilities: the FOC timeline, with the PF policy letters', async () => {
  const { page, report } = await escalate('resaleOrdering');
  await expectCenter(page, 'Escalate to Ordering', 'Ordering');
  await page
    .getByText(/Accessible Letters CLECALL15-013 and CLECSE15-042/)
    .first()
    .waitFor();
  expectLines(report, [
    'REQTYP: EB - resale',
    'Escalated to: Ordering, Southeast (former BellSouth)',
  ]);
});

await test('the copy button puts exactly the report shown into the clipboard', async () => {
  await session.grantClipboard();
  const { page, report } = await escalate('ordering');
  await page.getByRole('button', { name: 'Copy the report' }).click();
  await page.getByText('Copied. Paste the report into your e-mail or ticket.').waitFor();
  assert.equal(await readClipboard(page), report);
});

await test('after the FOC, before completion: Provisioning, with the service orders', async () => {
  const { page, report } = await escalate('provisioning');
  await expectCenter(page, 'Escalate to Provisioning', 'Provisioning');
  expectLines(report, [
    'Escalation: Service request after the FOC, before completion',
    'Escalated to: Provisioning, West (Pacific Bell, Nevada Bell)',
    'REQTYP: BB - loop with number portability',
    ...CONTACT_LINES,
    ...NUMBER_LINES,
    ...ORDER_LINES,
    DESCRIBED,
  ]);
});

await test('after completion, a line trouble isolated to AT&T: Maintenance, with the symptoms', async () => {
  const { page, report } = await escalate('maintenance');
  await expectCenter(page, 'Escalate to Maintenance', 'Maintenance');
  expectLines(report, [
    'Escalation: Trouble on a service request after completion',
    'Escalated to: Maintenance, Southeast (former BellSouth)',
    'Completion date: 11/26/2026',
    "Isolation: In AT&T's network (translation issues included); premises equipment reviewed",
    ...CONTACT_LINES,
    ...ORDER_LINES,
    'Symptoms: Disconnect or intercept recording',
  ]);
});

await test('after completion, the order itself wrong: Maintenance without isolation questions', async () => {
  const { page, report } = await escalate('maintenanceRecords');
  await expectCenter(page, 'Escalate to Maintenance', 'Maintenance');
  expectLines(report, [
    'Escalation: Completed order delivered wrong (features, records or notices)',
    'Request: Correct the completed order below (features, records or notices) to match the LSR.',
  ]);
  assert.doesNotMatch(report, /Isolation:/);
});

await test('fatal errors: the MCPSC, with the LSR, without numbers or service orders', async () => {
  const { page, report } = await escalate('mcpsc');
  const center = 'MCPSC (Mechanized Customer Production Support Center)';
  await expectCenter(page, 'Escalate to the MCPSC', center);
  expectLines(report, [
    'Escalation: Business process and rules for fatal errors (mechanized LSR rejects)',
    'State: Ohio (OH)',
    'PON: PRT-20261125',
    'REQTYP: Another REQTYP',
    ...CONTACT_LINES,
    DESCRIBED,
  ]);
  assert.doesNotMatch(report, /telephone numbers|service order/i);
});

const PF_POLICY = 'PF Escalation Policy (Resale and Local Wholesale Complete)';
for (const [set, reqtyp] of [
  ['pfResale', 'REQTYP: EB - resale'],
  ['pfLocalWholesaleComplete', 'REQTYP: MB - Local Wholesale Complete (platform)'],
] as const) {
  await test(`${reqtyp}, held for facilities: the PF Escalation Policy and where to read it`, async () => {
    const { page, report } = await escalate(set);
    await expectCenter(page, 'Follow the PF Escalation Policy', PF_POLICY);
    await page
      .getByText(/Accessible Letters CLECALL15-013/)
      .first()
      .waitFor();
    expectLines(report, [
      'Escalation: Resale or Local Wholesale Complete order held for facilities',
      `Escalated to: ${PF_POLICY}`,
      reqtyp,
      ...FOC_LINES,
      ...CONTACT_LINES,
      ...NUMBER_LINES,
      ...ORDER_LINES,
      DESCRIBED,
    ]);
  });
}

await test('a loop order with a facility issue in Connecticut: the provisioning contacts, flagged', async () => {
  const { page, report } = await escalate('loopFacility');
  await expectCenter(page, 'Escalate to Provisioning', 'Provisioning contacts');
  expectLines(report, [
    'Escalation: Loop order (REQTYP AB) with a facility issue',
    'State: Connecticut (CT)',
    'REQTYP: AB - loop',
    ...FOC_LINES,
    ...CONTACT_LINES,
    ...ORDER_LINES,
  ]);
  assert.match(report, /Note: AT&T sold SNET \(Connecticut\) to Frontier in 2014/);
});

await test('a premature disconnect: straight to isolation, opening with the exact words, with the DS1', async () => {
  const { page, report } = await escalate('lnpPrematureDisconnect');
  await expectCenter(page, 'Escalate the number port (LNP)', 'LNP escalations');
  const lines = report.split('\n');
  assert.equal(lines[0], 'Premature disconnect of pending LNP conversion');
  assert.match(lines[1] ?? '', /^Request: Restore service now/);
  expectLines(report, [
    'Escalated to: LNP escalations, Southwest (former SWBT)',
    'State: Missouri (MO)',
    'REQTYP: BB - loop with number portability',
    ...FOC_LINES,
    ...CONTACT_LINES,
    `Telephone numbers on the FOC (3): ${NUMBERS}`,
    'AT&T service order numbers on the FOC (1): N12345678',
    'Symptoms: Disconnect or intercept recording',
    'DS1 physically disconnected: yes',
    'DS1 circuit ID: 73/HCGS/123456/000/NE',
    'Port activated in the NPAC: no',
  ]);
  assert.doesNotMatch(report, /Service Representative/);
});

await test('the port order itself stuck before the FOC: Ordering', async () => {
  const { page, report } = await escalate('portOrder');
  await expectCenter(page, 'Escalate to Ordering', 'Ordering');
  expectLines(report, [
    'Escalation: Port order before the FOC',
    'REQTYP: CB - number portability only',
  ]);
});

await test('an LRN correction: LNP, without the DS1 question', async () => {
  const { page, report } = await escalate('lnpLrnCorrection');
  await expectCenter(page, 'Escalate the number port (LNP)', 'LNP escalations');
  expectLines(report, [
    'Escalation: An LRN correction (LNP)',
    'LNP trouble: An LRN correction',
    ...FOC_LINES,
    ...CONTACT_LINES,
    ...NUMBER_LINES,
    ...ORDER_LINES,
    DESCRIBED,
  ]);
  assert.doesNotMatch(report, /DS1 physically|circuit ID/);
});

const REDIRECTS: readonly [AnswerSet, string, RegExp][] = [
  [
    'workWithServiceRep',
    'Work it with the Service Representative first',
    /Work it with the Service Representative first; escalate/,
  ],
  ['checkOrderStatus', 'Check the order’s status first', /Check the order’s status \(your LSR/],
  ['expedites', 'Request an expedite', /not handled through the Escalation Matrix/],
  [
    'accessTariff',
    'Escalate to AT&T Business Prime-Access',
    /You order this service from the Access Tariff/,
  ],
  ['websiteSupport', 'Contact the website’s technical contact', /not escalations/],
  ['isolateFirst', 'Isolate the trouble first', /isolate the trouble first/],
  ['troubleOnClecSide', 'Nothing to escalate to AT&T', /not AT&T’s to fix/],
];

for (const [set, title, reason] of REDIRECTS) {
  await test(`redirect: ${title}, with the reason, no report and a way back`, async () => {
    const page = await journey(session, set);
    // A one-question journey may press Continue on the first question's light copy, before the
    // wizard's code has arrived: the press is kept and the page changes once it has (ADR 0008).
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    await page.getByText(reason).first().waitFor();
    await page.getByText('This is not an escalation to the AT&T Wholesale centers yet.').waitFor();
    await page.getByRole('heading', { name: 'When to come back' }).waitFor();
    // A redirect's note is short: what was decided and what to do, never a center's report.
    assert.doesNotMatch(await reportText(page), /^Escalated to:/m);
    const steps: readonly { question: string }[] = ANSWERS[set];
    const last = steps[steps.length - 1];
    assert.ok(last);
    await page.getByRole('link', { name: 'Change your last answer' }).click();
    await questionHeading(page, last.question).waitFor();
  });
}

await session.close();
await server.close();
