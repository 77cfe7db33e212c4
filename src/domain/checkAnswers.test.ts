import { describe, expect, it } from 'vitest';
import { checkRows, listSummary } from './checkAnswers.ts';
import { parseTelephoneNumbers } from './identifiers/telephone.ts';
import {
  BILLING,
  LEFT_BRANCHES,
  LOOP_MAINTENANCE,
  PREMATURE_DISCONNECT,
} from './report.fixtures.ts';

describe('checkRows (the check-answers page)', () => {
  it('lists exactly the fields asked on a premature disconnect’s path, in order', () => {
    expect(checkRows(PREMATURE_DISCONNECT).map((r) => `${r.step}: ${r.key}`)).toEqual([
      'problem: What the problem is about',
      'lnpTrouble: Kind of number-porting problem',
      'isolation: Where the trouble is isolated',
      'isolation: Premises equipment reviewed',
      'order: REQTYP',
      'order: PON',
      'order: Version (VER)',
      'state: State',
      'foc: FOC received',
      'foc: FOC date',
      'foc: Due date (DD)',
      'numbers: Telephone numbers',
      'numbers: AT&T service order numbers',
      'symptoms: Symptoms',
      'symptoms: The trouble in detail',
      'symptoms: Trouble started',
      'ds1: Physical DS1 disconnection',
      'ds1: DS1 circuit ID',
      'escalation: Port activated in the NPAC',
      'escalation: Escalation level',
      'escalation: AT&T ticket numbers',
      'escalation: AT&T representative',
      'escalation: End user',
      'escalation: Service address',
      'contact: Your name',
      'contact: Company',
      'contact: Company code (CCNA)',
      'contact: Call-back number',
      'contact: E-mail',
    ]);
  });

  it('shows each answer the way the user reads it', () => {
    const lines = Object.fromEntries(checkRows(PREMATURE_DISCONNECT).map((r) => [r.key, r.lines]));
    expect(lines).toMatchObject({
      'Kind of number-porting problem': [
        'Premature disconnect: AT&T disconnected a non-complex service before the port was activated',
      ],
      'Version (VER)': ['01'],
      State: ['Illinois, Midwest (former Ameritech) region'],
      'FOC date': ['11/20/2026'],
      'Due date (DD)': ['11/24/2026'],
      'Trouble started': ['11/25/2026 9:30 AM CT'],
      'DS1 circuit ID': ['Not known'],
      'Port activated in the NPAC': ['No'],
      'Service address': ['100 Main St', 'Chicago, IL 60601'],
    });
    expect(lines['Telephone numbers']?.slice(0, 3)).toEqual([
      '2 telephone numbers',
      '312\u2011555\u20110123, 312\u2011555\u20110124',
      '1 repeated entry counted once',
    ]);
  });

  it('shows the bill and no order identifiers for a billing issue', () => {
    const rows = checkRows({ ...BILLING, reqtyp: 'AB', pon: 'OLD-1' });
    expect(rows.map((r) => r.key)).toEqual(
      expect.arrayContaining([
        'Billing account number (BAN)',
        'Bill date',
        'Amount in dispute',
        'Claim or dispute number',
      ]) as unknown,
    );
    expect(rows.map((r) => r.key)).not.toContain('REQTYP');
    expect(rows.map((r) => r.key)).not.toContain('PON');
    expect(rows.find((r) => r.key === 'Bill date')?.lines).toEqual(['11/01/2026']);
  });

  it('shows the loop circuit ID of a loop order', () => {
    expect(checkRows(LOOP_MAINTENANCE).find((r) => r.field === 'loopCircuitId')?.key).toBe(
      'Loop circuit ID',
    );
  });

  it('never shows an answer left from another branch', () => {
    expect(checkRows({ ...PREMATURE_DISCONNECT, ...LEFT_BRANCHES })).toEqual(
      checkRows(PREMATURE_DISCONNECT),
    );
  });

  it('flags Connecticut as historical beside the state', () => {
    expect(
      checkRows({ ...PREMATURE_DISCONNECT, state: 'CT' }).find((r) => r.key === 'State')?.lines,
    ).toEqual([
      'Connecticut, East (former SNET) region',
      expect.stringMatching(/SNET.*2014/) as unknown,
    ]);
  });
});

describe('listSummary (a pasted list on the check page)', () => {
  const noun = ['telephone number', 'telephone numbers'] as const;

  it('counts, shows the first ten and says how many more', () => {
    expect(listSummary(parseTelephoneNumbers('312-555-1200-1211'), noun)).toEqual([
      '12 telephone numbers',
      '3125551200, 3125551201, 3125551202, 3125551203, 3125551204, 3125551205, 3125551206, 3125551207, 3125551208, 3125551209 and 2 more',
    ]);
  });

  it('says when repeats were counted once and points at the first warning', () => {
    expect(
      listSummary(
        parseTelephoneNumbers('312 555 0123\n312 555 0123\n312 555 0124'),
        noun,
        (v) => v,
      ),
    ).toEqual([
      '2 telephone numbers',
      '3125550123, 3125550124',
      '1 repeated entry counted once',
      expect.stringMatching(
        /^Check line 1 \(“312 555 0123”\): .+ \(and \d+ more lines? like it\)$/,
      ) as unknown,
    ]);
  });

  it('says "Not given" for an empty list', () => {
    expect(listSummary(parseTelephoneNumbers(''), noun)).toEqual(['Not given']);
  });
});
