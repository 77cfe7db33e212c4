import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PORTING_REQTYPS } from '../../../src/domain/answers.ts';
import { REQTYP_LABELS } from '../../../src/domain/labels.ts';
import {
  CONTACT_LINES,
  DESCRIBED,
  FOC_LINES,
  NUMBERS,
  NUMBER_LINES,
  ORDER_LINES,
  billingReport,
  stable,
} from '../../journeys/answers.ts';
import type { AnswerSet } from './journey.tsx';
import {
  ANSWERS,
  Q,
  clickLink,
  findQuestion,
  heading,
  journey,
  openApp,
  reportLines,
  reportText,
  SAMPLE_CONTACTS_TEXT,
  serveContacts,
  startNow,
  toResult,
  walk,
} from './journey.tsx';

/*
 * Every decision and redirect of the Escalation Matrix, walked through the UI the way a user
 * answers it: the center the result page names, who to call from the Center Contacts list in use
 * (the shipped entries, published as an organisation's list), and the report's key lines; or the redirect's page, its reason and the
 * way back. The unit twin of test/e2e/journeys.test.ts.
 */

async function escalate(set: AnswerSet): Promise<{ asked: string[] }> {
  const { user, asked } = await journey(set);
  await toResult(user);
  return { asked };
}

/** The panel at the top of an escalation's result page: the center, who to call, the actions. */
function resultPanel(): HTMLElement {
  const panel = heading().closest('.panel');
  if (!(panel instanceof HTMLElement)) throw new Error('The result page has no panel');
  return panel;
}

/**
 * The result page's h1, the center above the report and, where the Center Contacts list has one,
 * the number to call (which the report then names too).
 */
async function expectCenter(
  title: string,
  center: string,
  call?: { readonly name: string; readonly phone: string },
): Promise<void> {
  expect(heading()).toHaveTextContent(title);
  expect(screen.getByText(center, { selector: 'strong' }).parentElement).toHaveTextContent(
    new RegExp(`^Escalate to: ${center.replace(/[()]/g, '\\$&')}`),
  );
  if (!call) return;
  const phone = await within(resultPanel()).findByRole('link', { name: call.phone });
  expect(phone.parentElement).toHaveTextContent(`Call ${call.name}: ${call.phone}`);
  expect(phone).toHaveAttribute('href', `tel:+1${call.phone.replaceAll('-', '')}`);
  const details = screen.getByRole('region', { name: 'The center’s contact details' });
  expect(within(details).getByText(call.name, { selector: 'dd' })).toBeInTheDocument();
  expect(reportText()).toMatch(
    new RegExp(`^Center contact: ${call.name.replace(/[()]/g, '\\$&')}, ${call.phone}`, 'm'),
  );
}

/** Each expected line appears in the report as a whole line. */
function expectLines(lines: readonly string[]): void {
  const actual = reportLines();
  expect(lines.filter((line) => !actual.includes(line))).toEqual([]);
}

const PF_LETTERS = /Accessible Letters CLECALL15-013 and CLECSE15-042/;

describe('walking to each escalation', () => {
  it('billing: the Billing center, its number, and the whole report as the user will paste it', async () => {
    await escalate('billing');
    await expectCenter('Escalate to Billing', 'Billing', {
      name: 'Southwest Billing: All products',
      phone: '214-555-0200',
    });
    expect(stable(reportText())).toBe(
      billingReport(
        'Southwest Billing: All products, 214-555-0200 (Monday to Friday, 8:00 am to 5:00 pm CT), billing.southwest@example.com',
      ),
    );
  });

  it('the report keeps the time it was made: a minute later, copying it changes nothing', async () => {
    const { user } = await journey('billing');
    await toResult(user);
    const made = reportText();
    expect(made).toMatch(/^Reported: \d{2}\/\d{2}\/\d{4} \d{1,2}:\d{2} [AP]M/m);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3 * 60_000 });
    try {
      // Copying marks the draft as taken away: the page renders again, three minutes on.
      await user.click(screen.getByRole('button', { name: 'Copy the report' }));
      await screen.findByText(/Copied|could not copy/i);
      expect(reportText()).toBe(made);
    } finally {
      vi.useRealTimers();
    }
  });

  it('with the sample list, shows its number under the warning, but never puts it in the report', async () => {
    serveContacts(SAMPLE_CONTACTS_TEXT);
    await escalate('billing');
    const phone = await within(resultPanel()).findByRole('link', { name: '214-555-0100' });
    expect(phone.parentElement).toHaveTextContent('Call Southwest Billing: All products');
    const details = screen.getByRole('region', { name: 'The center’s contact details' });
    expect(details).toHaveTextContent('Sample data — not real AT&T numbers');
    expect(reportText()).not.toMatch(/214-555-0100|^Center contact|^If not resolved/m);
    expect(reportText()).toMatch(/^Escalated to: Billing, Southwest \(former SWBT\)$/m);
  });

  it('a service request before the FOC: Ordering for loops in the region, with the PON', async () => {
    await escalate('ordering');
    await expectCenter('Escalate to Ordering', 'Ordering', {
      name: 'Midwest Ordering (LSC): Loop',
      phone: '312-555-0204',
    });
    expectLines([
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

  it('a resale order not held for facilities: the FOC timeline, with the PF policy letters', async () => {
    await escalate('resaleOrdering');
    await expectCenter('Escalate to Ordering', 'Ordering', {
      name: 'Southeast Ordering (LSC): All products',
      phone: '404-555-0203',
    });
    expect(screen.getByText(PF_LETTERS, { selector: 'li' })).toBeInTheDocument();
    expectLines(['REQTYP: EB - resale', 'Escalated to: Ordering, Southeast (former BellSouth)']);
  });

  it('after the FOC, before completion: Provisioning, with the service orders', async () => {
    await escalate('provisioning');
    await expectCenter('Escalate to Provisioning', 'Provisioning', {
      name: 'West Provisioning (LSC): Loop with LNP',
      phone: '415-555-0209',
    });
    expectLines([
      'Escalation: Service request after the FOC, before completion',
      'Escalated to: Provisioning, West (Pacific Bell, Nevada Bell)',
      'REQTYP: BB - loop with number portability',
      ...CONTACT_LINES,
      ...NUMBER_LINES,
      ...ORDER_LINES,
      DESCRIBED,
    ]);
  });

  it('after completion, a line trouble isolated to AT&T: Maintenance, with the symptoms', async () => {
    const { asked } = await escalate('maintenance');
    expect(asked).toContain(Q.checklist);
    await expectCenter('Escalate to Maintenance', 'Maintenance', {
      name: 'Southeast Maintenance (LOC): All products',
      phone: '404-555-0211',
    });
    expectLines([
      'Escalation: Trouble on a service request after completion',
      'Escalated to: Maintenance, Southeast (former BellSouth)',
      'Completion date: 11/26/2026',
      "Isolation: In AT&T's network (translation issues included); premises equipment reviewed",
      ...CONTACT_LINES,
      ...ORDER_LINES,
      'Symptoms: Disconnect or intercept recording',
    ]);
  });

  it('after completion, the order itself wrong (records): Maintenance, never asked to isolate', async () => {
    const { asked } = await escalate('maintenanceRecords');
    expect(asked).not.toContain(Q.isolation);
    await expectCenter('Escalate to Maintenance', 'Maintenance', {
      name: 'Southeast Maintenance (LOC): All products',
      phone: '404-555-0211',
    });
    expectLines([
      'Escalation: Completed order delivered wrong (features, records or notices)',
      'Request: Correct the completed order below (features, records or notices) to match the LSR.',
    ]);
    expect(reportText()).not.toMatch(/Isolation:/);
  });

  it('fatal errors: the MCPSC, with the LSR, without numbers or service orders', async () => {
    const { asked } = await escalate('mcpsc');
    expect(asked).not.toContain(Q.numbers);
    await expectCenter(
      'Escalate to the MCPSC',
      'MCPSC (Mechanized Customer Production Support Center)',
      { name: 'Midwest MCPSC: All products', phone: '312-555-0215' },
    );
    expectLines([
      'Escalation: Business process and rules for fatal errors (mechanized LSR rejects)',
      'State: Ohio (OH)',
      'PON: PRT-20261125',
      'REQTYP: Another REQTYP',
      ...CONTACT_LINES,
      DESCRIBED,
    ]);
    expect(reportText()).not.toMatch(/telephone numbers|service order/i);
  });

  const PF_POLICY = 'PF Escalation Policy (Resale and Local Wholesale Complete)';
  it.each([
    ['pfResale', 'REQTYP: EB - resale'],
    ['pfLocalWholesaleComplete', 'REQTYP: MB - Local Wholesale Complete (platform)'],
  ] as const)(
    '%s, held for facilities: the PF Escalation Policy and where to read it',
    async (set, reqtyp) => {
      const { asked } = await escalate(set);
      // The policy is the same everywhere: no state to ask, no number to look up.
      expect(asked).not.toContain(Q.state);
      await expectCenter('Follow the PF Escalation Policy', PF_POLICY);
      expect(screen.getByText(PF_LETTERS, { selector: 'li' })).toBeInTheDocument();
      expect(within(resultPanel()).queryByRole('link', { name: /\d{3}-555-\d{4}/ })).toBeNull();
      expectLines([
        'Escalation: Resale or Local Wholesale Complete order held for facilities',
        `Escalated to: ${PF_POLICY}`,
        reqtyp,
        ...FOC_LINES,
        ...CONTACT_LINES,
        ...NUMBER_LINES,
        ...ORDER_LINES,
        DESCRIBED,
      ]);
    },
  );

  it('a loop order with a facility issue in Connecticut: the provisioning contacts, flagged', async () => {
    await escalate('loopFacility');
    await expectCenter('Escalate to Provisioning', 'Provisioning contacts (Center Contacts list)', {
      name: 'East Provisioning (LSC): Loop',
      phone: '203-555-0208',
    });
    expectLines([
      'Escalation: Loop order (REQTYP AB) with a facility issue',
      'State: Connecticut (CT)',
      'REQTYP: AB - loop',
      ...FOC_LINES,
      ...CONTACT_LINES,
      ...ORDER_LINES,
    ]);
    expect(reportText()).toMatch(/Note: AT&T sold SNET \(Connecticut\) to Frontier in 2014/);
    expect(
      screen.getByText(/sold SNET \(Connecticut\) to Frontier/, { selector: 'li' }),
    ).toBeInTheDocument();
  });

  it('a premature disconnect: straight to isolation, only the porting REQTYPs, the exact words and the DS1', async () => {
    const { user } = await openApp();
    await startNow(user);
    const steps = ANSWERS.lnpPrematureDisconnect;
    const order = steps.findIndex((s) => s.question === Q.order);
    const asked = await walk(user, steps.slice(0, order));
    expect(asked).toEqual([Q.problem, Q.lnpTrouble, Q.isolation]);

    // The REQTYP page offers only the products that port, and says why the others are missing.
    await findQuestion(Q.order);
    expect(
      screen.getAllByRole<HTMLInputElement>('radio').flatMap((radio) => {
        const label = radio.labels?.[0]?.textContent;
        return radio.name === 'reqtyp' && label ? [label] : [];
      }),
    ).toEqual(PORTING_REQTYPS.map((code) => REQTYP_LABELS[code]));
    expect(
      screen.getByText(/Resale \(EB\) and Local Wholesale Complete \(MB\) are not listed/),
    ).toHaveTextContent(/they keep the number on AT&T’s switch, so they never port/);

    asked.push(...(await walk(user, steps.slice(order))));
    expect(asked).not.toContain(Q.accessTariff);
    expect(asked).not.toContain(Q.serviceRep);
    await toResult(user);

    await expectCenter('Escalate the number port (LNP)', 'LNP escalations (Center Contacts list)', {
      name: 'Southwest LNP: Loop with LNP',
      phone: '214-555-0217',
    });
    expect(
      screen.getByText('Premature disconnect of pending LNP conversion', { selector: 'q' }),
    ).toBeInTheDocument();
    const lines = reportLines();
    expect(lines[0]).toBe('Premature disconnect of pending LNP conversion');
    expect(lines[1]).toMatch(/^Request: Restore service now/);
    expectLines([
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
    expect(reportText()).not.toMatch(/Service Representative/);
  });

  it('the port order itself stuck before the FOC: Ordering, for number portability', async () => {
    await escalate('portOrder');
    await expectCenter('Escalate to Ordering', 'Ordering', {
      name: 'Midwest Ordering (LSC): LNP only',
      phone: '312-555-0206',
    });
    expectLines(['Escalation: Port order before the FOC', 'REQTYP: CB - number portability only']);
  });

  it('the port order stuck after the FOC, before completion: Provisioning', async () => {
    await escalate('portOrderAfterFoc');
    await expectCenter('Escalate to Provisioning', 'Provisioning', {
      name: 'Midwest Provisioning (LSC): LNP only',
      phone: '312-555-0210',
    });
    expectLines([
      'Escalation: Port order after the FOC, before completion',
      'REQTYP: CB - number portability only',
      ...FOC_LINES,
      ...ORDER_LINES,
    ]);
  });

  it('an LRN correction: LNP, without the DS1 question', async () => {
    const { asked } = await escalate('lnpLrnCorrection');
    expect(asked).not.toContain(Q.ds1);
    await expectCenter('Escalate the number port (LNP)', 'LNP escalations (Center Contacts list)', {
      name: 'West LNP: LNP only',
      phone: '415-555-0218',
    });
    expectLines([
      'Escalation: An LRN correction (LNP)',
      'LNP trouble: An LRN correction',
      ...FOC_LINES,
      ...CONTACT_LINES,
      ...NUMBER_LINES,
      ...ORDER_LINES,
      DESCRIBED,
    ]);
    expect(reportText()).not.toMatch(/DS1 physically|circuit ID/);
  });
});

describe('walking to each redirect', () => {
  const REDIRECTS: readonly [AnswerSet, string, RegExp, RegExp][] = [
    [
      'workWithServiceRep',
      'Work it with the Service Representative first',
      /Work it with the Service Representative first; escalate/,
      /NOT resolved to the CLEC’s satisfaction/,
    ],
    [
      'checkOrderStatus',
      'Check the order’s status first',
      /Check the order’s status \(your LSR responses/,
      /^Service request before FOC: Ordering\. After FOC/,
    ],
    [
      'completionUnknown',
      'Check the order’s status first',
      /Check for AT&T’s completion notice first/,
      /After the completion date: Maintenance/,
    ],
    [
      'expedites',
      'Request an expedite',
      /not handled through the Escalation Matrix/,
      /^Expedites: see the CLEC Handbook/,
    ],
    [
      'accessTariff',
      'Escalate to AT&T Business Prime-Access',
      /You order this service from the Access Tariff/,
      /must order from the Access Tariff/,
    ],
    [
      'websiteSupport',
      'Contact the website’s technical contact',
      /are not escalations/,
      /technical problems with this website/,
    ],
    [
      'isolateFirst',
      'Isolate the trouble first',
      /asks the CLEC to isolate the trouble first/,
      /^1\. Isolate the trouble first/,
    ],
    [
      'premisesNotReviewed',
      'Isolate the trouble first',
      /must include a review of the premises equipment/,
      /^1\. Isolate the trouble first/,
    ],
    [
      'troubleOnClecSide',
      'Nothing to escalate to AT&T',
      /not AT&T’s to fix/,
      /isolated to AT&T’s network/,
    ],
  ];

  it.each(REDIRECTS)(
    '%s: “%s”, with the reason and its source, a short note, and a way back',
    async (set, title, reason, source) => {
      const { user } = await journey(set);
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(
        screen.getByText('This is not an escalation to the AT&T Wholesale centers yet.'),
      ).toBeInTheDocument();
      expect(screen.getByText(reason, { selector: 'p' })).toBeInTheDocument();
      const quote = screen.getByRole('blockquote');
      expect(within(quote).getByText(source)).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'When to come back' })).toBeInTheDocument();
      // A redirect's note is short: what was decided and what to do, never a center's report.
      expect(reportText()).not.toBe('');
      expect(reportText()).not.toMatch(/^Escalated to:/m);
      expect(screen.queryByText(/^Escalate to:/)).toBeNull();

      const steps = ANSWERS[set];
      const last = steps[steps.length - 1];
      if (!last) throw new Error(`${set} has no steps`);
      await clickLink(user, 'Change your last answer');
      expect(await findQuestion(last.question)).toBeInTheDocument();
    },
  );
});
