import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.ts';
import { PREMATURE_DISCONNECT_STATEMENT } from './outcomes.ts';
import { planSteps } from './plan.ts';
import {
  BILLING,
  LEFT_BRANCHES,
  LOOP_MAINTENANCE,
  PREMATURE_DISCONNECT,
  everyRoutingPath,
} from './report.fixtures.ts';
import type { Report } from './report.ts';
import { ReportSchema, buildReport } from './report.ts';
import {
  asksEndUser,
  asksLoopCircuit,
  asksSymptomChecklist,
  followPath,
  isPrematureDisconnect,
} from './steps.ts';

function reportFor(answers: Answers): Report {
  const { decision } = planSteps(answers);
  if (!decision) throw new Error('the answers do not reach a decision');
  return buildReport(answers, decision);
}

const FICTIONAL = expect.stringMatching(/fictional 555-0100 to 555-0199/) as unknown;

describe('buildReport', () => {
  it('reports a premature disconnect the way AT&T asks for it, every field answered', () => {
    expect(reportFor(PREMATURE_DISCONNECT)).toEqual({
      outcome: 'lnpCenterContacts',
      escalation: true,
      title: 'Escalate the number port (LNP)',
      center: 'LNP escalations (Center Contacts list)',
      headline: PREMATURE_DISCONNECT_STATEMENT,
      request:
        'Restore service now: reinstate the disconnected numbers below and their translations until the port is activated.',
      reason:
        'A premature disconnect of a pending number port, isolated to AT&T’s network: call the Center Contacts number for your region and product type, and say “Premature disconnect of pending LNP conversion”.',
      source: {
        ruleId: 'premature-disconnect',
        section: 'Escalation Matrix > Premature disconnect of pending LNP conversion',
        text: '2. If the trouble is isolated to AT&T’s network (translation issues included), call the number in the Center Contacts list for the right region and product type.',
      },
      location: {
        state: 'IL',
        stateName: 'Illinois',
        region: 'midwest',
        regionName: 'Midwest (former Ameritech)',
      },
      contactKey: { function: 'lnp', region: 'midwest', productType: 'loopWithLnp' },
      clecContact: {
        name: 'Pat Lee',
        company: 'Example CLEC',
        companyCode: 'ABC',
        callbackNumber: '312-555-0100',
        email: 'pat@example.com',
      },
      reqtyp: { code: 'BB', label: 'BB — loop with number portability' },
      pon: 'ABC-123',
      ver: '01',
      focDate: '2026-11-20',
      dueDate: '2026-11-24',
      telephoneNumbers: {
        values: ['3125550123', '3125550124'],
        errors: [],
        warnings: [
          { line: 1, input: '(312) 555-0123', message: FICTIONAL },
          { line: 2, input: '312.555.0124', message: FICTIONAL },
          { line: 2, input: '312 555 0123', message: FICTIONAL },
        ],
        duplicatesRemoved: 1,
      },
      serviceOrderNumbers: {
        values: ['N12345678', 'C87654321-CAN'],
        errors: [],
        warnings: [],
        duplicatesRemoved: 0,
      },
      symptoms: [
        { code: 'fastBusy', label: 'Callers get fast busy' },
        { code: 'disconnectRecording', label: 'Disconnect or intercept recording' },
      ],
      symptomDetails: 'Callers hear a disconnect recording.\nStarted right after the 9:00 cut.',
      troubleStarted: { date: '2026-11-25', time: '09:30', timeZone: 'CT' },
      lnpTrouble: {
        kind: 'prematureDisconnect',
        label:
          'Premature disconnect: AT&T disconnected a non-complex service before the port was activated',
      },
      statement: PREMATURE_DISCONNECT_STATEMENT,
      isolation: {
        where: 'attNetwork',
        label: 'In AT&T’s network (translation issues included)',
        premisesReviewed: 'yes',
      },
      npacActivated: 'no',
      ds1: { disconnected: 'yes', circuit: { known: false } },
      escalationLevel: { level: 'second', label: 'Second escalation' },
      attTicketNumbers: 'TT-1001, TT-1002',
      serviceRepName: 'Jane Doe',
      endUser: { name: 'Acme Dental', serviceAddress: '100 Main St\nChicago, IL 60601' },
    });
  });

  it.each<[string, Answers]>([
    ['a premature disconnect', PREMATURE_DISCONNECT],
    ['a billing issue', BILLING],
    ['a loop maintenance trouble', LOOP_MAINTENANCE],
    ['an expedite (a redirect)', { problemKind: 'expedite' }],
  ])('matches its own schema: %s', (_, answers) => {
    const report = reportFor(answers);
    expect(ReportSchema.parse(report)).toEqual(report);
  });

  it('reports the bill of a billing issue: BAN, bill date, amount in cents, claim', () => {
    const report = reportFor(BILLING);
    expect(report.bill).toEqual({
      ban: '404 555-0100 123',
      billDate: '2026-11-01',
      disputedAmountCents: 123_450,
      claimNumber: 'CLM-77',
    });
    expect(report.contactKey).toEqual({
      function: 'billing',
      region: 'southeast',
      productType: 'all',
    });
    expect(report.endUser).toBeUndefined();
  });

  it('leaves the bill out when nothing of it was given', () => {
    const report = reportFor({
      ...BILLING,
      ban: '',
      billDate: ' ',
      disputedAmount: '',
      claimNumber: '',
    });
    expect(report.bill).toBeUndefined();
  });

  it('normalises the identifiers of a loop order and keeps its dates as ISO', () => {
    expect(reportFor(LOOP_MAINTENANCE)).toMatchObject({
      outcome: 'maintenance',
      headline: 'Trouble on a service request after completion',
      request: 'Repair the trouble below on the completed service and restore it.',
      reqtyp: { code: 'AB', label: 'AB — loop' },
      pon: 'LOOP-7',
      ver: '02',
      focDate: '2026-11-02',
      dueDate: '2026-11-09',
      completionDate: '2026-11-09',
      loopCircuitId: '12/LXFU/123456/SW',
      serviceOrderNumbers: { values: ['N55500011'] },
      troubleStarted: { date: '2026-11-10', time: '07:00', timeZone: 'CT' },
      contactKey: { function: 'maintenance', region: 'southwest', productType: 'loop' },
    });
  });

  it('keeps a DS1 circuit ID that is known, normalised', () => {
    const report = reportFor({
      ...PREMATURE_DISCONNECT,
      circuitId: ' 73/hcgs/123456/000/ne ',
      circuitIdUnknown: false,
    });
    expect(report.ds1).toEqual({
      disconnected: 'yes',
      circuit: { known: true, id: '73/HCGS/123456/000/NE', warnings: [] },
    });
  });

  it('carries no circuit ID when the DS1 was not physically disconnected', () => {
    const report = reportFor({ ...PREMATURE_DISCONNECT, ds1Disconnected: 'no' });
    expect(report.ds1).toEqual({ disconnected: 'no' });
  });

  it('does not call other LNP troubles a premature disconnect', () => {
    const report = reportFor({
      ...PREMATURE_DISCONNECT,
      lnpTrouble: 'lrnCorrection',
      accessTariff: 'no',
      workedWithServiceRep: 'yes',
    });
    expect(report.statement).toBeUndefined();
    expect(report.headline).toBe('An LRN correction (LNP)');
    expect(report.npacActivated).toBeUndefined();
    expect(report.isolation).toBeUndefined();
    expect(report.ds1).toBeUndefined();
  });

  it.each<[string, Answers, string]>([
    [
      'a port order before the FOC',
      {
        problemKind: 'lnp',
        lnpTrouble: 'portOrder',
        accessTariff: 'no',
        workedWithServiceRep: 'yes',
        reqtyp: 'CB',
        focReceived: 'no',
        state: 'OH',
      },
      'Port order before the FOC',
    ],
    [
      'a port order after the FOC',
      {
        problemKind: 'lnp',
        lnpTrouble: 'portOrder',
        accessTariff: 'no',
        workedWithServiceRep: 'yes',
        reqtyp: 'CB',
        focReceived: 'yes',
        completed: 'no',
        state: 'OH',
      },
      'Port order after the FOC, before completion',
    ],
    [
      'a completed order delivered wrong',
      { ...LOOP_MAINTENANCE, serviceAffected: 'no' },
      'Completed order delivered wrong (features, records or notices)',
    ],
  ])('heads %s with what it is', (_, answers, headline) => {
    expect(reportFor(answers).headline).toBe(headline);
  });

  it('leaves out fields not given', () => {
    const report = reportFor({
      ...PREMATURE_DISCONNECT,
      pon: '',
      ver: ' ',
      email: ' ',
      companyCode: '',
      serviceOrders: '',
      symptomDetails: '',
      attTicketNumbers: '',
      serviceRepName: '',
      endUserName: '',
      serviceAddress: '',
      troubleStartDate: '',
      troubleStartTime: '',
    });
    expect(report.pon).toBeUndefined();
    expect(report.ver).toBeUndefined();
    expect(report.clecContact?.email).toBeUndefined();
    expect(report.clecContact?.companyCode).toBeUndefined();
    expect(report.serviceOrderNumbers).toBeUndefined();
    expect(report.symptomDetails).toBeUndefined();
    expect(report.attTicketNumbers).toBeUndefined();
    expect(report.serviceRepName).toBeUndefined();
    expect(report.endUser).toBeUndefined();
    expect(report.troubleStarted).toBeUndefined();
  });

  it('reports neither the FOC dates nor the service orders without a "yes" to the FOC', () => {
    for (const focReceived of ['no', 'unknown'] as const) {
      const report = reportFor({ ...PREMATURE_DISCONNECT, focReceived });
      expect(report.focDate).toBeUndefined();
      expect(report.dueDate).toBeUndefined();
      expect(report.serviceOrderNumbers).toBeUndefined();
    }
  });

  it('never reports an answer left from another branch', () => {
    expect(reportFor({ ...PREMATURE_DISCONNECT, ...LEFT_BRANCHES })).toEqual(
      reportFor(PREMATURE_DISCONNECT),
    );
    const billing = reportFor({ ...BILLING, reqtyp: 'AB', pon: 'OLD-1', loopCircuitId: 'X' });
    expect(billing.reqtyp).toBeUndefined();
    expect(billing.pon).toBeUndefined();
    expect(billing.loopCircuitId).toBeUndefined();
  });

  it('reports on every branch only what that branch asks', () => {
    // Every field answered, whatever the branch: the report must keep only the branch's.
    const everything: Answers = {
      ...LOOP_MAINTENANCE,
      ...BILLING,
      ...PREMATURE_DISCONNECT,
      ...LEFT_BRANCHES,
      loopCircuitId: '12/LXFU/123456/SW',
    };
    for (const path of everyRoutingPath()) {
      const all: Answers = { ...everything, ...path.answers };
      const { steps, decision } = followPath(all);
      expect(decision?.rule.id).toBe(path.decision.rule.id);
      const report = buildReport(all, path.decision);
      const on = (step: (typeof steps)[number]) => steps.includes(step);
      const id = path.decision.rule.id;
      expect(report.bill !== undefined, id).toBe(on('bill'));
      expect(report.reqtyp !== undefined, id).toBe(on('order'));
      expect(report.focDate !== undefined, id).toBe(on('foc') && all.focReceived === 'yes');
      expect(report.completionDate !== undefined, id).toBe(
        on('completion') && all.completed === 'yes',
      );
      expect(report.telephoneNumbers !== undefined, id).toBe(on('numbers'));
      expect(report.serviceOrderNumbers !== undefined, id).toBe(
        on('numbers') && all.focReceived === 'yes',
      );
      expect(report.loopCircuitId !== undefined, id).toBe(
        on('numbers') && asksLoopCircuit(path.decision, all),
      );
      expect(report.symptoms !== undefined, id).toBe(asksSymptomChecklist(path.decision, all));
      expect(report.ds1 !== undefined, id).toBe(on('ds1'));
      expect(report.isolation !== undefined, id).toBe(on('isolation'));
      expect(report.npacActivated !== undefined, id).toBe(
        on('escalation') && isPrematureDisconnect(all),
      );
      expect(report.endUser !== undefined, id).toBe(on('escalation') && asksEndUser(path.decision));
      expect(report.clecContact !== undefined, id).toBe(on('contact'));
      expect(report.statement !== undefined, id).toBe(
        path.decision.outcome === 'lnpCenterContacts' && isPrematureDisconnect(all),
      );
      expect(ReportSchema.safeParse(report).success, id).toBe(true);
    }
  });

  it('notes that Connecticut is historical', () => {
    expect(reportFor({ ...PREMATURE_DISCONNECT, state: 'CT' }).location).toEqual({
      state: 'CT',
      stateName: 'Connecticut',
      region: 'east',
      regionName: 'East (former SNET)',
      historicalNote: expect.stringMatching(/SNET.*2014/) as unknown,
    });
  });

  it('reports a redirect without a contact, a location or a request', () => {
    const report = reportFor({ problemKind: 'expedite' });
    expect(report).toMatchObject({ outcome: 'expedites', escalation: false });
    expect(report.contactKey).toBeUndefined();
    expect(report.location).toBeUndefined();
    expect(report.request).toBeUndefined();
    expect(report.headline).toBeUndefined();
  });

  it('is deterministic: the same answers give the same report', () => {
    expect(JSON.stringify(reportFor(PREMATURE_DISCONNECT))).toBe(
      JSON.stringify(reportFor(structuredClone(PREMATURE_DISCONNECT))),
    );
  });
});
