import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.ts';
import type { CenterContact } from './contacts.ts';
import { describeOutcome } from './outcomes.ts';
import { planSteps } from './plan.ts';
import {
  BILLING,
  LEFT_BRANCHES,
  LOOP_MAINTENANCE,
  PREMATURE_DISCONNECT,
  everyRoutingPath,
} from './report.fixtures.ts';
import type { Report } from './report.ts';
import { buildReport } from './report.ts';
import type { SummaryOptions } from './summary.ts';
import { describeChanges, formatRedirectNote, formatSummary, summarySubject } from './summary.ts';

function reportFor(answers: Answers): Report {
  const { decision } = planSteps(answers);
  if (!decision) throw new Error('the answers do not reach a decision');
  return buildReport(answers, decision);
}

const summaryOf = (answers: Answers, options?: SummaryOptions) =>
  formatSummary(reportFor(answers), options);
const linesOf = (answers: Answers, options?: SummaryOptions) =>
  summaryOf(answers, options).split('\n');

const CENTER: CenterContact = {
  function: 'lnp',
  region: 'midwest',
  productType: 'loopWithLnp',
  name: 'LNP Midwest',
  phone: '1 (312) 555-0150',
  extension: '22',
  hours: 'Mon-Fri 8-5 CT',
  email: 'lnp@example.com',
};

const OPTIONS: SummaryOptions = {
  centerContact: CENTER,
  nextLevels: [
    { level: 1, name: 'Duty manager', phone: '312-555-0160' },
    { level: 2, name: 'Director', email: 'dir@example.com' },
  ],
  ticketReference: 'ESC-42',
  reportedAt: '11/26/2026 10:42 AM CST',
  generator: 'Escalate to AT&T Wholesale 0.1.0',
};

/** `count` distinct numbers, none next to another, across many exchanges. */
function scatteredNumbers(count: number): string[] {
  const exchanges = Array.from({ length: 800 }, (_, i) => 200 + i).filter((n) => n % 100 !== 11);
  return Array.from({ length: count }, (_, i) => {
    const nxx = exchanges[i % exchanges.length] ?? 200;
    const line = 2000 + 3 * Math.floor(i / exchanges.length);
    return `312-${nxx}-${line}`;
  });
}

describe('formatSummary: whole texts', () => {
  it('writes a premature disconnect, every field given, for the AT&T agent', () => {
    expect(summaryOf(PREMATURE_DISCONNECT, OPTIONS)).toBe(
      [
        'Premature disconnect of pending LNP conversion',
        'Request: Restore service now: reinstate the disconnected numbers below and their translations until the port is activated.',
        '',
        'Telephone numbers on the FOC (2): 312-555-0123, 312-555-0124',
        'AT&T service order numbers on the FOC (2): N12345678, C87654321-CAN',
        'PON: ABC-123',
        'VER: 01',
        'REQTYP: BB - loop with number portability',
        'FOC date: 11/20/2026',
        'Due date (DD): 11/24/2026',
        'DS1 circuit ID: not known',
        '',
        'Symptoms: Callers get fast busy; Disconnect or intercept recording',
        'Trouble in detail: Callers hear a disconnect recording. / Started right after the 9:00 cut.',
        'Trouble started: 11/25/2026 9:30 AM CT',
        "Isolation: In AT&T's network (translation issues included); premises equipment reviewed",
        'DS1 physically disconnected: yes',
        'Port activated in the NPAC: no',
        'End user: Acme Dental',
        'Service address: 100 Main St / Chicago, IL 60601',
        'State: Illinois (IL)',
        'AT&T ticket numbers: TT-1001, TT-1002',
        'AT&T representative: Jane Doe',
        'Escalation level: second escalation',
        '',
        'CLEC: Example CLEC (ABC)',
        'Contact: Pat Lee, 312-555-0100, pat@example.com',
        'Reported: 11/26/2026 10:42 AM CST',
        'Ticket reference: ESC-42',
        '',
        'Escalated to: LNP escalations, Midwest (former Ameritech)',
        'Center contact: LNP Midwest, 312-555-0150 ext. 22 (Mon-Fri 8-5 CT), lnp@example.com',
        'If not resolved, next: level 1 Duty manager, 312-555-0160; level 2 Director, dir@example.com',
        'Made with Escalate to AT&T Wholesale 0.1.0',
        '',
      ].join('\n'),
    );
  });

  it('writes a billing issue: the bill’s identifiers, no order or line facts', () => {
    expect(summaryOf(BILLING)).toBe(
      [
        'Escalation: Billing issue',
        'Request: Review the charges below and correct the bill, or tell us why they stand.',
        '',
        'Telephone numbers (1): 404-555-0101',
        'Billing account number (BAN): 404 555-0100 123',
        'Bill date: 11/01/2026',
        'Amount in dispute: $1,234.50',
        'Claim or dispute number: CLM-77',
        '',
        'Details: Billed twice for the same port. / A credit was promised on 10/15.',
        'State: Georgia (GA)',
        'Worked with the AT&T Service Representative: not resolved',
        'AT&T representative: Sam Ray',
        'Escalation level: first escalation',
        '',
        'CLEC: Example CLEC (1234)',
        'Contact: Pat Lee, 312-555-0100',
        '',
        'Escalated to: Billing, Southeast (former BellSouth)',
        '',
      ].join('\n'),
    );
  });
});

describe('formatSummary: the rules every text follows', () => {
  const every = everyRoutingPath().map((p) => ({
    id: p.decision.rule.id,
    answers: { ...LOOP_MAINTENANCE, ...BILLING, ...PREMATURE_DISCONNECT, ...p.answers },
  }));

  it('puts one field on a line: no line starts with a space, nothing undefined, plain ASCII', () => {
    for (const { id, answers } of every) {
      const summary = summaryOf(answers, OPTIONS);
      expect(summary, id).toMatch(/^[\n\x20-\x7e]*\n$/);
      expect(summary, id).not.toMatch(/undefined|null|NaN|\[object/);
      for (const line of summary.split('\n')) expect(line, id).not.toMatch(/^\s/);
      expect(summary, id).not.toMatch(/\n\n\n/);
    }
  });

  it('keeps the app’s instruction to the CLEC (the source line) out of what AT&T receives', () => {
    for (const { id, answers } of every) {
      const summary = summaryOf(answers, OPTIONS);
      expect(summary, id).not.toMatch(/^Source: /mu);
      expect(summary, id).not.toContain(reportFor(answers).source.text.replaceAll('’', "'"));
    }
  });

  it('opens with the statement or the escalation, then the request, and ends with the tool', () => {
    for (const { id, answers } of every) {
      const report = reportFor(answers);
      const lines = summaryOf(answers, OPTIONS).split('\n');
      expect(lines[0], id).toBe(
        (
          report.statement ?? (report.headline ? `Escalation: ${report.headline}` : report.title)
        ).replaceAll('’', "'"),
      );
      if (report.request) expect(lines[1], id).toMatch(/^Request: /);
      expect(lines.at(-2), id).toBe('Made with Escalate to AT&T Wholesale 0.1.0');
    }
  });

  it('orders the sections: identifiers, facts, reporter, routing', () => {
    const lines = linesOf(LOOP_MAINTENANCE, OPTIONS);
    const at = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix));
    const order = [
      'Escalation: ',
      'Request: ',
      'Affected telephone numbers',
      'Loop circuit ID: ',
      'Symptoms: ',
      'State: ',
      'CLEC: ',
      'Reported: ',
      'Ticket reference: ',
      'Escalated to: ',
      'Center contact: ',
      'If not resolved, next: ',
      'Made with ',
    ].map(at);
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('writes the user’s line breaks as " / ", whatever their kind', () => {
    const lines = linesOf({ ...BILLING, symptomDetails: 'One\r\nTwo\rThree\n\n  Four  ' });
    expect(lines).toContain('Details: One / Two / Three / Four');
  });

  it('writes the dates as MM/DD/YYYY whichever way they were typed', () => {
    const lines = linesOf(LOOP_MAINTENANCE);
    expect(lines).toEqual(
      expect.arrayContaining([
        'FOC date: 11/02/2026',
        'Due date (DD): 11/09/2026',
        'Completion date: 11/09/2026',
        'Trouble started: 11/10/2026 7:00 AM CT',
      ]) as unknown,
    );
  });

  it('names the numbers “on the FOC” for a premature disconnect only', () => {
    expect(summaryOf(PREMATURE_DISCONNECT)).toMatch(/^Telephone numbers on the FOC \(2\): /m);
    const maintenance = summaryOf(LOOP_MAINTENANCE);
    expect(maintenance).toMatch(/^Affected telephone numbers \(1\): 214-555-0142$/m);
    expect(maintenance).toMatch(/^AT&T service order numbers \(1\): N55500011$/m);
    expect(maintenance).not.toMatch(/on the FOC/);
    expect(maintenance).toMatch(/^Loop circuit ID: 12\/LXFU\/123456\/SW$/m);
  });

  // How fast is npm run bench's business ("build report + summary text, 10,000 numbers").
  it('lists 10,000 numbers on one line and sums up the consecutive blocks', () => {
    const scattered = scatteredNumbers(9_900);
    const pasted = [...scattered, '312-555-1200-1299'].join('\n');
    const report = reportFor({ ...PREMATURE_DISCONNECT, telephoneNumbers: pasted });
    const summary = formatSummary(report);
    const lines = summary.split('\n');
    const numbers = lines.filter((line) => line.startsWith('Telephone numbers on the FOC'));
    expect(numbers).toHaveLength(1);
    expect(numbers[0]).toMatch(/^Telephone numbers on the FOC \(10,000\): 312-200-2000, /);
    const listed = new Set(numbers[0]?.split(': ')[1]?.split(', '));
    expect(listed.size).toBe(10_000);
    expect(scattered.filter((n) => !listed.has(n))).toEqual([]);
    for (let line = 1200; line <= 1299; line++) expect(listed.has(`312-555-${line}`)).toBe(true);
    expect(lines).toContain('Consecutive blocks: 312-555-1200 to 312-555-1299 (100 numbers)');
  });

  it('sums up every block of three or more consecutive numbers, none shorter', () => {
    const lines = linesOf({
      ...PREMATURE_DISCONNECT,
      telephoneNumbers:
        '312 555 1200\n312 555 1201\n312 555 1202\n312 555 1300\n312 555 1301\n312 555 1400',
    });
    expect(lines).toContain('Consecutive blocks: 312-555-1200 to 312-555-1202 (3 numbers)');
  });

  it('leaves out the blocks of a list of five numbers or fewer, read out one by one', () => {
    const summary = summaryOf({
      ...PREMATURE_DISCONNECT,
      telephoneNumbers: '312 555 1200\n312 555 1201\n312 555 1202',
    });
    expect(summary).toMatch(
      /^Telephone numbers on the FOC \(3\): 312-555-1200, 312-555-1201, 312-555-1202$/m,
    );
    expect(summary).not.toMatch(/Consecutive blocks/);
  });

  it('shows what could not be read, as typed, instead of dropping it', () => {
    // An LRN correction: the report is built from what was saved, even past validation.
    const lines = linesOf({
      ...PREMATURE_DISCONNECT,
      lnpTrouble: 'lrnCorrection',
      accessTariff: 'no',
      workedWithServiceRep: 'yes',
      telephoneNumbers: '312 555 0123\n555 12',
    });
    expect(lines).toContain('Affected telephone numbers (1): 312-555-0123');
    expect(lines).toContain(
      'Affected telephone numbers, could not be read, as typed (1): line 2: 555 12',
    );
  });

  it('omits the lines of fields not given, and of branches left', () => {
    const summary = summaryOf({
      ...PREMATURE_DISCONNECT,
      ...LEFT_BRANCHES,
      pon: '',
      ver: '',
      focReceived: 'no',
      symptomDetails: '',
      email: '',
      escalationLevel: undefined,
    });
    expect(summary).not.toMatch(
      /^(PON|VER|FOC date|Due date|Completion date|Trouble in detail|Escalation level|Loop circuit ID|Billing account number|Bill date|Amount in dispute|Claim)/m,
    );
    expect(summary).not.toMatch(/service order numbers|Reported|Ticket reference|Made with/);
    expect(summary).toMatch(/^Contact: Pat Lee, 312-555-0100$/m);
  });

  it('notes Connecticut’s history beside the center', () => {
    expect(linesOf({ ...PREMATURE_DISCONNECT, state: 'CT' })).toContain(
      'Note: AT&T sold SNET (Connecticut) to Frontier in 2014: AT&T is no longer the ILEC there, so check that this order really is with AT&T.',
    );
  });

  it('summarises a redirect by its title, outcome and source', () => {
    const lines = linesOf({ problemKind: 'expedite' });
    expect(lines[0]).toBe('Request an expedite');
    expect(lines).toContain('Outcome: CLEC Handbook: Expedites');
    expect(lines).not.toContain(expect.stringMatching(/^Escalated to/));
  });

  it('is deterministic', () => {
    expect(summaryOf(PREMATURE_DISCONNECT, OPTIONS)).toBe(
      summaryOf(structuredClone(PREMATURE_DISCONNECT), OPTIONS),
    );
  });
});

describe('summarySubject', () => {
  it('names the statement and the PON', () => {
    expect(summarySubject(reportFor(PREMATURE_DISCONNECT))).toBe(
      'Escalation: Premature disconnect of pending LNP conversion - PON ABC-123',
    );
  });

  it('adds the ticket reference last', () => {
    expect(summarySubject(reportFor(PREMATURE_DISCONNECT), 'ESC-42')).toBe(
      'Escalation: Premature disconnect of pending LNP conversion - PON ABC-123 - ESC-42',
    );
  });

  it('names the kind of escalation, without a PON when none was given', () => {
    expect(summarySubject(reportFor(BILLING))).toBe('Escalation: Billing issue');
    expect(summarySubject(reportFor(BILLING), 'ESC-7')).toBe('Escalation: Billing issue - ESC-7');
    expect(summarySubject(reportFor({ ...PREMATURE_DISCONNECT, pon: '' }))).toBe(
      'Escalation: Premature disconnect of pending LNP conversion',
    );
  });

  it('names a redirect by its title', () => {
    expect(summarySubject(reportFor({ problemKind: 'expedite' }))).toBe('Request an expedite');
  });
});

describe('formatRedirectNote', () => {
  it('writes the expedite note for AT&T: the request, the order, a placeholder for each fact to add', () => {
    const answers: Answers = { problemKind: 'expedite' };
    const { decision } = planSteps(answers);
    if (!decision) throw new Error('no decision');
    const note = formatRedirectNote(
      buildReport(answers, decision),
      describeOutcome(decision, answers),
      { reportedAt: '11/26/2026 10:42 AM CST', generator: 'Escalate to AT&T Wholesale 0.1.0' },
    );
    expect(note).toBe(
      [
        'Expedite requested, not worked',
        'Request: We requested an expedite of the order below and it has not been worked. Work the expedite, or tell us why it cannot be.',
        '',
        'PON: [the PON]',
        'Expedite requested on: [MM/DD/YYYY]',
        'Date needed: [MM/DD/YYYY]',
        '',
        'Reported: 11/26/2026 10:42 AM CST',
        'Made with Escalate to AT&T Wholesale 0.1.0',
        '',
      ].join('\n'),
    );
  });

  it('starts another redirect’s note with its title', () => {
    const answers: Answers = { ...PREMATURE_DISCONNECT, isolation: 'notYet' };
    const { decision } = planSteps(answers);
    if (!decision) throw new Error('no decision');
    const note = formatRedirectNote(
      buildReport(answers, decision),
      describeOutcome(decision, answers),
    );
    expect(note.split('\n')[0]).toBe('Isolate the trouble first');
    expect(note).toMatch(/^Come back when testing has isolated the trouble/m);
  });
});

describe('describeChanges', () => {
  const filed = summaryOf(PREMATURE_DISCONNECT, { reportedAt: 'then', ticketReference: 'T-1' });

  it('names each changed field with what it was, ignoring the time and the reference', () => {
    const now = summaryOf(
      { ...PREMATURE_DISCONNECT, pon: 'ABC-124', email: '' },
      { reportedAt: 'now', ticketReference: 'T-2' },
    );
    expect(describeChanges(filed, now)).toBe(
      'The CLEC changed the escalation after filing it. PON: ABC-124 (was: ABC-123); Contact: Pat Lee, 312-555-0100 (was: Pat Lee, 312-555-0100, pat@example.com).',
    );
  });

  it('says what was added and removed', () => {
    const now = summaryOf({ ...PREMATURE_DISCONNECT, ver: '', serviceRepName: 'Sam Ray' });
    const note = describeChanges(filed, now);
    expect(note).toMatch(/AT&T representative: Sam Ray \(was: Jane Doe\)/);
    expect(note).toMatch(/VER: removed/);
  });

  it('reads a list whose count changed as one changed field, with both counts', () => {
    const now = summaryOf({
      ...PREMATURE_DISCONNECT,
      telephoneNumbers: `${String(PREMATURE_DISCONNECT.telephoneNumbers)}\n312 555 0199`,
    });
    const note = describeChanges(filed, now) ?? '';
    expect(note).toMatch(
      /Telephone numbers on the FOC \(3\): [^;]*312-555-0199 \(was \(2\): [^;]*\)/,
    );
    expect(note).not.toMatch(/\(added\)|removed/);
  });

  it('is undefined when nothing a center reads changed', () => {
    expect(
      describeChanges(filed, summaryOf(PREMATURE_DISCONNECT, { reportedAt: 'later' })),
    ).toBeUndefined();
  });
});
