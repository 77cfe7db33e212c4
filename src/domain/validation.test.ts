import { describe, expect, it } from 'vitest';
import type { Answers, StepId } from './answers.ts';
import { MAX_PASTE_CHARACTERS } from './answers.ts';
import { PREMATURE_DISCONNECT } from './report.fixtures.ts';
import { schemaForStep } from './validation.ts';

/** The messages a step's form shows, by field; empty when the step's values pass. */
function errorsOf(step: StepId, answers: Answers, values: object): Record<string, string> {
  const result = schemaForStep(step, answers).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

const maintenance: Answers = {
  problemKind: 'serviceRequest',
  accessTariff: 'no',
  workedWithServiceRep: 'yes',
  reqtyp: 'BB',
  focReceived: 'yes',
  completed: 'yes',
  isolation: 'attNetwork',
  premisesReviewed: 'yes',
  state: 'TX',
};
const billing: Answers = { problemKind: 'billing', workedWithServiceRep: 'yes', state: 'GA' };

describe('schemaForStep', () => {
  describe('a premature disconnect needs telephone numbers or service order numbers', () => {
    const noNumbers = { ...PREMATURE_DISCONNECT, telephoneNumbers: '' };

    it('asks for one of them when both are empty', () => {
      expect(errorsOf('serviceOrders', noNumbers, { serviceOrders: '' }).serviceOrders).toMatch(
        /service order numbers from the FOC, or go back and enter the telephone numbers/,
      );
    });

    it('accepts either one', () => {
      expect(errorsOf('serviceOrders', PREMATURE_DISCONNECT, { serviceOrders: '' })).toEqual({});
      expect(errorsOf('serviceOrders', noNumbers, { serviceOrders: 'N12345678' })).toEqual({});
    });

    it('does not ask for them on other escalations', () => {
      expect(errorsOf('serviceOrders', maintenance, { serviceOrders: '' })).toEqual({});
    });
  });

  describe('symptoms', () => {
    it('asks a trouble for a symptom or a description', () => {
      expect(errorsOf('symptoms', maintenance, { symptoms: [], symptomDetails: '' })).toEqual({
        symptoms: 'Select at least one symptom, or describe the trouble in your own words',
      });
      expect(errorsOf('symptoms', maintenance, { symptoms: ['noDialTone'] })).toEqual({});
      expect(errorsOf('symptoms', maintenance, { symptoms: [], symptomDetails: 'Dead' })).toEqual(
        {},
      );
    });

    it('asks other escalations for a description', () => {
      expect(errorsOf('symptoms', billing, { symptomDetails: ' ' }).symptomDetails).toMatch(
        /^Describe the problem/,
      );
      expect(errorsOf('symptoms', billing, { symptomDetails: 'Billed twice' })).toEqual({});
    });
  });

  describe('DS1 circuit ID, if known', () => {
    it('asks for the circuit ID or "I don’t know it" when the DS1 was disconnected', () => {
      expect(
        errorsOf('ds1', PREMATURE_DISCONNECT, { ds1Disconnected: 'yes', circuitId: '' }).circuitId,
      ).toMatch(/circuit ID, like 73\/HCGS\/123456\/000\/NE, or select “I don’t know it”/);
    });

    it('accepts "I don’t know it", a well-formed ID, or no physical disconnection', () => {
      for (const values of [
        { ds1Disconnected: 'yes', circuitIdUnknown: true },
        { ds1Disconnected: 'yes', circuitId: '73/HCGS/123456/000/NE' },
        { ds1Disconnected: 'no' },
        { ds1Disconnected: 'unknown' },
      ]) {
        expect(errorsOf('ds1', PREMATURE_DISCONNECT, values)).toEqual({});
      }
    });

    it('says how to fix a malformed ID', () => {
      expect(
        errorsOf('ds1', PREMATURE_DISCONNECT, { ds1Disconnected: 'yes', circuitId: 'HC#1' })
          .circuitId,
      ).toMatch(/^Remove “#”/);
    });
  });

  describe('call-back number', () => {
    const contact = { contactName: 'Pat Lee', company: 'Example CLEC' };

    it('accepts a telephone number in any format', () => {
      expect(
        errorsOf('contact', billing, { ...contact, callbackNumber: '(312) 555-0100' }),
      ).toEqual({});
    });

    it('rejects what is not a telephone number, saying how to fix it', () => {
      expect(
        errorsOf('contact', billing, { ...contact, callbackNumber: '555-01' }).callbackNumber,
      ).toMatch(/312 555 0123/);
      expect(errorsOf('contact', billing, { ...contact, callbackNumber: '' }).callbackNumber).toBe(
        'Enter a call-back telephone number',
      );
    });
  });

  it('names the line of a bad pasted telephone number', () => {
    const message = errorsOf('telephoneNumbers', PREMATURE_DISCONNECT, {
      telephoneNumbers: '312 555 0123\n312 555 01\n312 911 0000',
    }).telephoneNumbers;
    expect(message).toMatch(/^Fix the telephone number on line 2 \(“312 555 01”\): /);
    expect(message).toMatch(/\(and 1 more line to fix below\)$/);
  });

  it('names the line of a bad pasted service order number', () => {
    expect(
      errorsOf('serviceOrders', PREMATURE_DISCONNECT, { serviceOrders: 'N12345678\n12345678' })
        .serviceOrders,
    ).toMatch(/^Fix the service order number on line 2 \(“12345678”\)/);
  });

  it('says how to fix a bad PON', () => {
    expect(errorsOf('order', PREMATURE_DISCONNECT, { pon: 'ABC 123' }).pon).toMatch(
      /^Remove the spaces/,
    );
    expect(errorsOf('order', PREMATURE_DISCONNECT, { pon: '' })).toEqual({});
  });
});

describe('a pasted list of over a megabyte', () => {
  it('is refused with a message that says what to paste instead', () => {
    const paste = '312 555 0123\n'.repeat(MAX_PASTE_CHARACTERS / 10);
    expect(errorsOf('telephoneNumbers', {}, { telephoneNumbers: paste }).telephoneNumbers).toMatch(
      /over 1,000,000 characters.*Paste the numbers only/,
    );
  });
});

describe('a telephone-numbers box holding no number', () => {
  it('is refused, so text that holds no number is not silently dropped from the report', () => {
    expect(
      errorsOf('telephoneNumbers', {}, { telephoneNumbers: 'see attached spreadsheet' })
        .telephoneNumbers,
    ).toMatch(/^No telephone number was found in what you entered. Enter 10-digit numbers/);
  });

  it('accepts an empty box: the numbers are optional there', () => {
    expect(errorsOf('telephoneNumbers', {}, { telephoneNumbers: '' })).toEqual({});
  });
});
