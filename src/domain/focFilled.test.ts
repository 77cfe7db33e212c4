import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.ts';
import { filledByFoc } from './focFilled.ts';
import { PREMATURE_DISCONNECT_ROUTING } from './report.fixtures.ts';

const NO_DUE_DATE = { focReceived: 'yes', focDate: '12/01/2026' } as const;
const FOC_GAVE = { ...NO_DUE_DATE, dueDate: '12/04/2026' } as const;
const with_ = (more: Answers): Answers => ({ ...PREMATURE_DISCONNECT_ROUTING, ...more });

describe('filledByFoc: a page is passed over only when every field it asks is the FOC’s', () => {
  it('every field filled by the FOC: passed over', () => {
    expect(filledByFoc('foc', with_(FOC_GAVE), FOC_GAVE)).toBe(true);
  });

  it('the due date the reader could not settle is missing: the page is asked', () => {
    expect(filledByFoc('foc', with_(NO_DUE_DATE), NO_DUE_DATE)).toBe(false);
  });

  it('a date put in its box to confirm (not the FOC’s own value): the page is asked', () => {
    const answers = with_({ ...FOC_GAVE, dueDate: '12/1/26' });
    expect(filledByFoc('foc', answers, NO_DUE_DATE)).toBe(false);
  });

  it('an answer the user changed: the page is asked', () => {
    expect(filledByFoc('foc', with_({ ...FOC_GAVE, dueDate: '12/05/2026' }), FOC_GAVE)).toBe(false);
  });

  it('the contact page, where the FOC gives only the company code: asked', () => {
    const fromFoc = { companyCode: 'XYZ' };
    expect(filledByFoc('contact', with_(fromFoc), fromFoc)).toBe(false);
  });

  it('the DS1 page with its circuit ID from the FOC: “I don’t know it” is not needed', () => {
    const fromFoc = { ds1Disconnected: 'yes', circuitId: '101/T1ZF/556677/SW' } as const;
    expect(filledByFoc('ds1', with_(fromFoc), fromFoc)).toBe(true);
  });

  it('nothing from the FOC: asked', () => {
    expect(filledByFoc('foc', with_({}), {})).toBe(false);
  });
});
