import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.ts';
import { PREMATURE_DISCONNECT_STATEMENT } from './outcomes.ts';
import { PREMATURE_DISCONNECT } from './report.fixtures.ts';
import type { Report } from './report.ts';
import { ReportSchema, buildReport } from './report.ts';
import { planSteps } from './steps.ts';

function reportFor(answers: Answers): Report {
  const { decision } = planSteps(answers);
  if (!decision) throw new Error('the answers do not reach a decision');
  return buildReport(answers, decision);
}

describe('buildReport', () => {
  it('matches its own schema', () => {
    expect(ReportSchema.parse(reportFor(PREMATURE_DISCONNECT))).toEqual(
      reportFor(PREMATURE_DISCONNECT),
    );
  });

  it('reports a premature disconnect the way AT&T asks for it', () => {
    const report = reportFor(PREMATURE_DISCONNECT);
    expect(report).toMatchObject({
      outcome: 'lnpCenterContacts',
      escalation: true,
      statement: PREMATURE_DISCONNECT_STATEMENT,
      headline: PREMATURE_DISCONNECT_STATEMENT,
      source: { ruleId: 'premature-disconnect' },
      location: { state: 'IL', region: 'midwest', regionName: 'Midwest (former Ameritech)' },
      contactKey: { function: 'lnp', region: 'midwest', productType: 'loopWithLnp' },
      clecContact: {
        name: 'Pat Lee',
        company: 'Example CLEC',
        callbackNumber: '312-555-0100',
        email: 'pat@example.com',
      },
      serviceRepReference: 'Jane Doe, ticket 4711',
      reqtyp: { code: 'BB' },
      pon: 'ABC-123',
      focDate: '2026-11-20',
      dueDate: '2026-11-24',
      serviceOrderNumbers: { values: ['N12345678', 'C87654321-CAN'], errors: [] },
      symptoms: [
        { code: 'fastBusy', label: 'Callers get fast busy' },
        { code: 'disconnectRecording', label: 'Disconnect or intercept recording' },
      ],
      lnpTrouble: { kind: 'prematureDisconnect' },
      ds1: { disconnected: 'yes', circuit: { known: false } },
    });
  });

  it('normalises and de-duplicates the telephone numbers, keeping the parser’s warnings', () => {
    const { telephoneNumbers } = reportFor(PREMATURE_DISCONNECT);
    expect(telephoneNumbers?.values).toEqual(['3125550123', '3125550124']);
    expect(telephoneNumbers?.duplicatesRemoved).toBe(1);
    // 555-01XX is the fictional block: allowed, with a warning.
    expect(telephoneNumbers?.warnings.length).toBeGreaterThan(0);
    expect(telephoneNumbers?.warnings[0]).toMatchObject({ line: 1, input: '(312) 555-0123' });
  });

  it('keeps a DS1 circuit ID that is known, normalised', () => {
    const report = reportFor({
      ...PREMATURE_DISCONNECT,
      circuitId: ' 73/hcgs/123456/000/ne ',
      circuitIdUnknown: false,
    });
    expect(report.ds1?.circuit).toEqual({
      known: true,
      id: '73/HCGS/123456/000/NE',
      warnings: expect.any(Array) as unknown,
    });
  });

  it('carries no circuit ID when the DS1 was not physically disconnected', () => {
    const report = reportFor({ ...PREMATURE_DISCONNECT, ds1Disconnected: 'no' });
    expect(report.ds1).toEqual({ disconnected: 'no' });
  });

  it('does not call other LNP troubles a premature disconnect', () => {
    const report = reportFor({ ...PREMATURE_DISCONNECT, lnpTrouble: 'lrnCorrection' });
    expect(report.statement).toBeUndefined();
    expect(report.headline).toBe('LNP escalation: An LRN correction');
  });

  it('leaves out the answers of a branch the user left', () => {
    // Answered as a premature disconnect, then changed to an LRN correction: no isolation, no DS1.
    const report = reportFor({ ...PREMATURE_DISCONNECT, lnpTrouble: 'lrnCorrection' });
    expect(report.ds1).toBeUndefined();
    expect(report.symptoms).toEqual([
      { code: 'fastBusy', label: 'Callers get fast busy' },
      { code: 'disconnectRecording', label: 'Disconnect or intercept recording' },
    ]);
    const billing = reportFor({ ...PREMATURE_DISCONNECT, problemKind: 'billing' });
    expect(billing.reqtyp).toBeUndefined();
    expect(billing.serviceOrderNumbers).toBeUndefined();
    expect(billing.pon).toBeUndefined();
  });

  it('leaves out fields not given', () => {
    const report = reportFor({
      ...PREMATURE_DISCONNECT,
      pon: '',
      email: ' ',
      serviceOrders: '',
      symptomDetails: '',
    });
    expect(report.pon).toBeUndefined();
    expect(report.clecContact?.email).toBeUndefined();
    expect(report.serviceOrderNumbers).toBeUndefined();
    expect(report.symptomDetails).toBeUndefined();
  });

  it('reports the FOC dates only with a "yes" to the FOC question', () => {
    const report = reportFor({ ...PREMATURE_DISCONNECT, focReceived: 'unknown' });
    expect(report.focDate).toBeUndefined();
    expect(report.dueDate).toBeUndefined();
  });

  it('notes that Connecticut is historical', () => {
    expect(reportFor({ ...PREMATURE_DISCONNECT, state: 'CT' }).location).toMatchObject({
      region: 'east',
      historicalNote: expect.stringMatching(/SNET/) as unknown,
    });
  });

  it('is deterministic: the same answers give the same report', () => {
    expect(JSON.stringify(reportFor(PREMATURE_DISCONNECT))).toBe(
      JSON.stringify(reportFor(structuredClone(PREMATURE_DISCONNECT))),
    );
  });
});
