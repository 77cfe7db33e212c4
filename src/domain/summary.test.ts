import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.ts';
import { PREMATURE_DISCONNECT } from './report.fixtures.ts';
import type { Report } from './report.ts';
import { buildReport } from './report.ts';
import { planSteps } from './steps.ts';
import { formatSummary, summarySubject } from './summary.ts';

function reportFor(answers: Answers): Report {
  const { decision } = planSteps(answers);
  if (!decision) throw new Error('the answers do not reach a decision');
  return buildReport(answers, decision);
}

const summaryOf = (answers: Answers) => formatSummary(reportFor(answers));

/** `count` distinct, non-consecutive numbers across several exchanges, one per line. */
/** `count` distinct, non-consecutive numbers across many exchanges, one per line. */
function pastedNumbers(count: number): { text: string; formatted: string[] } {
  const exchanges = Array.from({ length: 800 }, (_, i) => 200 + i).filter((n) => n % 100 !== 11);
  const formatted = Array.from({ length: count }, (_, i) => {
    const nxx = exchanges[i % exchanges.length] ?? 200;
    const line = 1000 + 3 * Math.floor(i / exchanges.length);
    return `312-${nxx}-${line}`;
  });
  return { text: formatted.map((n) => n.replaceAll('-', '')).join('\n'), formatted };
}

describe('formatSummary', () => {
  it('opens a premature disconnect with the exact statement, then the center', () => {
    const lines = summaryOf(PREMATURE_DISCONNECT).split('\n');
    expect(lines[0]).toBe('Premature disconnect of pending LNP conversion');
    expect(lines).toContain('Escalate to: LNP (Center Contacts list), Midwest (former Ameritech)');
  });

  it('gives the reason, the source line, the CLEC’s contact and the order identifiers', () => {
    const summary = summaryOf(PREMATURE_DISCONNECT);
    expect(summary).toMatch(/^Reason: A premature disconnect/m);
    expect(summary).toMatch(/^Source: Escalation Matrix > Premature disconnect/m);
    for (const line of [
      'CLEC contact: Pat Lee',
      'Company: Example CLEC',
      'Call-back number: 312-555-0100',
      'E-mail: pat@example.com',
      'Service Representative (name or ticket): Jane Doe, ticket 4711',
      'PON: ABC-123',
      'FOC due date: 2026-11-24',
      'Telephone numbers on the FOC (2):',
      '312-555-0123  312-555-0124',
      'AT&T service order numbers on the FOC (2):',
      'N12345678  C87654321-CAN',
      'Symptoms: Callers get fast busy; Disconnect or intercept recording',
      'DS1 physically disconnected: yes',
      'DS1 circuit ID: not known',
    ]) {
      expect(summary.split('\n')).toContain(line);
    }
  });

  it('lists every one of 10,000 pasted numbers, quickly', () => {
    const { text, formatted } = pastedNumbers(10_000);
    const report = reportFor({ ...PREMATURE_DISCONNECT, telephoneNumbers: text });
    const started = performance.now();
    const summary = formatSummary(report);
    const elapsed = performance.now() - started;
    const listed = new Set(summary.match(/\b\d{3}-\d{3}-\d{4}\b/g));
    expect(formatted.filter((n) => !listed.has(n))).toEqual([]);
    expect(summary).toContain('Telephone numbers on the FOC (10,000):');
    // Generous: a quadratic builder takes seconds here.
    expect(elapsed).toBeLessThan(250);
  });

  it('lists every number of a range and adds the block as a summary', () => {
    const summary = summaryOf({ ...PREMATURE_DISCONNECT, telephoneNumbers: '312-555-1200-1299' });
    for (let line = 1200; line <= 1299; line++) expect(summary).toContain(`312-555-${line}`);
    expect(summary).toContain('312-555-1200 to 312-555-1299 (100 numbers)');
  });

  it('gives the DS1 circuit ID when it is known', () => {
    const summary = summaryOf({
      ...PREMATURE_DISCONNECT,
      circuitId: '73/HCGS/123456/000/NE',
      circuitIdUnknown: false,
    });
    expect(summary.split('\n')).toContain('DS1 circuit ID: 73/HCGS/123456/000/NE');
  });

  it('omits the lines of fields not given', () => {
    const summary = summaryOf({
      ...PREMATURE_DISCONNECT,
      serviceRepReference: '',
      pon: '',
      focReceived: 'no',
      serviceOrders: '',
      symptomDetails: '',
      email: '',
    });
    expect(summary).not.toMatch(/undefined|null/);
    expect(summary).not.toMatch(/^(PON|FOC date|FOC due date|E-mail|Service Representative)/m);
    expect(summary).not.toMatch(/service order numbers|Trouble in detail/);
  });

  it('shows what could not be read instead of dropping it', () => {
    const summary = summaryOf({
      ...PREMATURE_DISCONNECT,
      telephoneNumbers: '312 555 0123\n555 12',
    });
    expect(summary).toMatch(/Could not be read, as typed \(1\):\n {2}line 2: 555 12/);
  });

  it('gives the center’s contact when known', () => {
    const summary = formatSummary(reportFor(PREMATURE_DISCONNECT), {
      name: 'LNP Midwest',
      phone: '312-555-0150',
      hours: 'Mon-Fri 8-5 CT',
      email: 'lnp@example.com',
    });
    expect(summary.split('\n')).toContain(
      'Center contact: LNP Midwest, 312-555-0150 (Mon-Fri 8-5 CT), lnp@example.com',
    );
  });

  it('is plain ASCII text in short lines, with no CR', () => {
    const summary = summaryOf({ ...PREMATURE_DISCONNECT, state: 'CT' });
    expect(summary).toMatch(/^[\n\x20-\x7e]*$/);
    for (const line of summary.split('\n')) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('is deterministic', () => {
    expect(summaryOf(PREMATURE_DISCONNECT)).toBe(summaryOf(structuredClone(PREMATURE_DISCONNECT)));
  });

  it('summarises a redirect by its title, reason and source', () => {
    const summary = summaryOf({ problemKind: 'expedite' });
    expect(summary.split('\n')[0]).toBe('Request an expedite');
    expect(summary).toMatch(/^Outcome: CLEC Handbook: Expedites$/m);
    expect(summary).toMatch(/^Reason: Expedites are not handled/m);
  });
});

describe('summarySubject', () => {
  it('names the statement and the PON', () => {
    expect(summarySubject(reportFor(PREMATURE_DISCONNECT))).toBe(
      'Escalation: Premature disconnect of pending LNP conversion — PON ABC-123',
    );
  });

  it('names the kind of escalation, without a PON when none was given', () => {
    expect(
      summarySubject(
        reportFor({ problemKind: 'billing', workedWithServiceRep: 'yes', state: 'GA' }),
      ),
    ).toBe('Escalation: Billing issue');
  });
});
