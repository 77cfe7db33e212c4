import { describe, expect, it } from 'vitest';
import { readFoc } from './foc/index.ts';
import { applyProposals, orderSummary, proposeFromFoc } from './focAnswers.ts';
import { fieldSpec } from './questions.ts';
import { PREMATURE_DISCONNECT_ROUTING } from './report.fixtures.ts';

const proposals = (text: string) => proposeFromFoc(readFoc(text), PREMATURE_DISCONNECT_ROUTING);
const byKey = (text: string, key: string) => proposals(text).find((p) => p.key === key);

describe('proposeFromFoc', () => {
  it('shows a TN range as a person reads it, with the count of numbers', () => {
    expect(byKey('TN: 214-555-0140 THRU 0149', 'telephoneNumbers')).toMatchObject({
      shown: '214-555-0140 to 0149 (10 numbers)',
      checked: true,
      changes: { telephoneNumbers: '214-555-0140-0149' },
    });
  });

  it('names the company code as the contact page does', () => {
    expect(byKey('CCNA: XYZ', 'ccna')).toMatchObject({
      label: fieldSpec('contact', 'companyCode').checkLabel,
      changes: { companyCode: 'XYZ' },
    });
  });

  it('a DS1 circuit ID listed after a loop’s goes to the DS1 question, not lost', () => {
    const found = proposals('ECCKT: 12/LXFU/123456/SW, 101/T1ZF/556677/SW');
    expect(found.filter((p) => p.key.endsWith('ircuitId')).map((p) => p.changes)).toEqual([
      { circuitId: '101/T1ZF/556677/SW' },
      { loopCircuitId: '12/LXFU/123456/SW' },
    ]);
  });

  it('a circuit ID of no usual form is offered unticked, with what looks unusual', () => {
    expect(byKey('ECCKT: 73-HCGS-123456', 'loopCircuitId')).toMatchObject({
      checked: false,
      changes: { loopCircuitId: '73-HCGS-123456' },
      note: expect.stringMatching(/It has “-”/) as string,
    });
  });

  it('a value the reader was not sure of starts unticked and names its line', () => {
    expect(byKey('PON: ABC123\nTN: 214-555-0101 main', 'telephoneNumbers')).toMatchObject({
      checked: false,
      unsureAt: 2,
    });
  });

  it('a date the reader cannot settle goes in its box as written, to confirm on its page', () => {
    const due = byKey('PON: ABC123\nDD: 12/1/26', 'dueDate');
    expect(due).toMatchObject({
      checked: true,
      toConfirm: true,
      changes: { dueDate: '12/1/26' },
      note: expect.stringMatching(/December 1, 2026 or January 12, 2026.*FOC page asks/) as string,
    });
    // Applied, it is in the answers but not counted as the FOC's: its page is asked.
    const { answers, filled } = applyProposals({}, due ? [due] : []);
    expect(answers.dueDate).toBe('12/1/26');
    expect(filled).toEqual({});
  });
});

describe('orderSummary', () => {
  it('tells the orders of a paste apart', () => {
    const reading = readFoc(
      'PON: ABC123\nVER: 02\nDD: 11/24/2026\nTN: 214-555-0101\n\nPON: XYZ-77\nORD: C23456789',
    );
    expect(reading.orders?.map(orderSummary)).toEqual([
      'PON ABC123 (line 1): VER 02, due 11/24/2026, 1 number',
      'PON XYZ-77 (line 6): 1 service order',
    ]);
  });
});
