import { describe, expect, it } from 'vitest';
import type { Answers, FieldName, StepId } from './answers.ts';
import { MAX_PASTE_CHARACTERS } from './answers.ts';
import { fieldSpec } from './questions.ts';
import {
  BILLING,
  LOOP_MAINTENANCE,
  PREMATURE_DISCONNECT,
  PREMATURE_DISCONNECT_ROUTING,
} from './report.fixtures.ts';
import type { FormValues } from './validation.ts';
import { answersFromForm, emptyValue, problemLine, stepIssues } from './validation.ts';

/** The messages a step's form shows, by field; {} when it passes. */
function errorsOf(step: StepId, answers: Answers, values: FormValues): Record<string, string> {
  return Object.fromEntries(stepIssues(step, values, answers).map((i) => [i.field, i.message]));
}

/** The one message `field` gets when `typed` is its value on `step`. */
function messageFor(step: StepId, field: FieldName, typed: string, answers: Answers) {
  return stepIssues(step, { [field]: typed }, answers).find((i) => i.field === field)?.message;
}

const required = (step: StepId, field: FieldName) => fieldSpec(step, field).required;

const PD_WITH_FOC: Answers = { ...PREMATURE_DISCONNECT_ROUTING, focReceived: 'yes' };
const PD_WITHOUT_FOC: Answers = { ...PREMATURE_DISCONNECT_ROUTING, focReceived: 'no' };

describe('required answers: the registry’s messages', () => {
  it.each<[StepId, Answers, FieldName[]]>([
    ['problem', {}, ['problemKind']],
    ['lnpTrouble', { problemKind: 'lnp' }, ['lnpTrouble']],
    ['accessTariff', { problemKind: 'serviceRequest' }, ['accessTariff']],
    ['serviceRep', { problemKind: 'billing' }, ['workedWithServiceRep']],
    ['order', PREMATURE_DISCONNECT_ROUTING, ['reqtyp']],
    ['foc', PD_WITH_FOC, ['focReceived']],
    ['completion', LOOP_MAINTENANCE, ['completed']],
    ['serviceAffected', LOOP_MAINTENANCE, ['serviceAffected']],
    ['isolation', PREMATURE_DISCONNECT_ROUTING, ['isolation']],
    ['state', BILLING, ['state']],
    ['ds1', PREMATURE_DISCONNECT_ROUTING, ['ds1Disconnected']],
    ['escalation', PREMATURE_DISCONNECT_ROUTING, ['npacActivated']],
    ['escalation', LOOP_MAINTENANCE, []],
    ['bill', BILLING, []],
    ['contact', BILLING, ['contactName', 'company', 'callbackNumber']],
  ])('%s step left empty (%#): asks for %j', (step, answers, fields) => {
    const empty = { problemKind: null, contactName: '', company: '', callbackNumber: '' };
    expect(stepIssues(step, empty, answers)).toEqual(
      fields.map((field) => ({ field, message: required(step, field) })),
    );
  });

  it('asks whether the premises were reviewed once the trouble is in AT&T’s network', () => {
    expect(
      stepIssues('isolation', { isolation: 'attNetwork' }, PREMATURE_DISCONNECT_ROUTING),
    ).toEqual([{ field: 'premisesReviewed', message: required('isolation', 'premisesReviewed') }]);
    expect(stepIssues('isolation', { isolation: 'notYet' }, PREMATURE_DISCONNECT_ROUTING)).toEqual(
      [],
    );
  });

  it('treats blank text as empty', () => {
    expect(
      errorsOf('contact', BILLING, {
        contactName: '  ',
        company: 'C',
        callbackNumber: '312 555 0100',
      }),
    ).toEqual({
      contactName: 'Enter your name',
    });
  });

  it('lists the issues in the order of the page', () => {
    expect(
      stepIssues(
        'contact',
        { contactName: '', company: '', companyCode: 'AB', callbackNumber: '1', email: 'x' },
        BILLING,
      ).map((i) => i.field),
    ).toEqual(['contactName', 'company', 'companyCode', 'callbackNumber', 'email']);
  });
});

describe('formats: each field says how to fix what was typed', () => {
  it.each<[StepId, FieldName, string, Answers, RegExp]>([
    [
      'order',
      'pon',
      'ABC 123',
      PREMATURE_DISCONNECT_ROUTING,
      /^Remove the spaces: a PON has only letters/,
    ],
    ['order', 'pon', '1234567890ABCDEFG', PREMATURE_DISCONNECT_ROUTING, /at most 16/],
    [
      'order',
      'ver',
      '1.2',
      PREMATURE_DISCONNECT_ROUTING,
      /^Enter the LSR’s version \(VER\).*like 01$/,
    ],
    ['foc', 'focDate', '11/30', PD_WITH_FOC, /^Add the year: enter the date as MM\/DD\/YYYY/],
    ['foc', 'dueDate', 'tomorrow', PD_WITH_FOC, /MM\/DD\/YYYY/],
    ['foc', 'dueDate', '13/01/2026', PD_WITH_FOC, /month comes first.*MM\/DD\/YYYY/],
    ['completion', 'completionDate', '11/31/2026', LOOP_MAINTENANCE, /MM\/DD\/YYYY|November/],
    ['bill', 'billDate', '11/30', BILLING, /^Add the year/],
    ['symptoms', 'troubleStartDate', '11/25', LOOP_MAINTENANCE, /^Add the year/],
    ['symptoms', 'troubleStartTime', '25:00', LOOP_MAINTENANCE, /^Hours go up to 23/],
    ['symptoms', 'troubleStartTime', 'noon', LOOP_MAINTENANCE, /like 9:30 AM or 21:30$/],
    [
      'bill',
      'disputedAmount',
      '12.345',
      BILLING,
      /^Enter the amount in dollars and cents, like 1,234.56$/,
    ],
    ['bill', 'ban', '#1', BILLING, /^Enter the billing account number \(BAN\)/],
    ['contact', 'companyCode', 'AB', BILLING, /ACNA.*OCN/],
    ['contact', 'callbackNumber', '555-01', BILLING, /like 312 555 0123/],
    [
      'contact',
      'email',
      'pat@',
      BILLING,
      /^Enter an e-mail address like name@example.com, or leave it empty$/,
    ],
    [
      'numbers',
      'telephoneNumbers',
      '312 555 0123\n312 555 01\n312 911 0000',
      LOOP_MAINTENANCE,
      /^Fix the telephone number on line 2 \(“312 555 01”\): .+ \(and 1 more line to fix below\)$/,
    ],
    [
      'numbers',
      'serviceOrders',
      'N12345678\n12345678',
      LOOP_MAINTENANCE,
      /^Fix the service order number on line 2 \(“12345678”\): /,
    ],
    [
      'numbers',
      'telephoneNumbers',
      'see attached spreadsheet',
      LOOP_MAINTENANCE,
      /^No telephone number was found in what you entered. Enter 10-digit numbers/,
    ],
  ])('%s.%s %j', (step, field, typed, answers, message) => {
    const values: FormValues = { [field]: typed };
    if (step === 'foc') values.focReceived = 'yes';
    if (step === 'completion') values.completed = 'yes';
    if (step === 'ds1') values.ds1Disconnected = 'yes';
    expect(stepIssues(step, values, answers).find((i) => i.field === field)?.message).toMatch(
      message,
    );
  });

  it.each<[StepId, FieldName, string, Answers]>([
    ['order', 'pon', 'ABC-123', PREMATURE_DISCONNECT_ROUTING],
    ['order', 'ver', 'v2', PREMATURE_DISCONNECT_ROUTING],
    ['bill', 'billDate', '11/01/2026', BILLING],
    ['bill', 'billDate', '2026-11-01', BILLING],
    ['bill', 'disputedAmount', '$1,234.56', BILLING],
    ['bill', 'ban', '404 555-0100 123', BILLING],
    ['symptoms', 'troubleStartTime', '9:30 am', LOOP_MAINTENANCE],
    ['contact', 'companyCode', 'abcd', BILLING],
    ['contact', 'callbackNumber', '(312) 555-0100', BILLING],
    ['contact', 'email', 'pat@example.com', BILLING],
    ['numbers', 'loopCircuitId', '12/LXFU/123456/SW', LOOP_MAINTENANCE],
    // Circuit IDs as AT&T writes them are accepted; an unusual one only warns, in the report.
    ['numbers', 'loopCircuitId', 'HC#1', LOOP_MAINTENANCE],
    ['ds1', 'circuitId', '101/T1ZF/556677/SW', PREMATURE_DISCONNECT_ROUTING],
    ['numbers', 'telephoneNumbers', '312-555-1200-1299', LOOP_MAINTENANCE],
    ['numbers', 'serviceOrders', 'N12345678, C87654321-CAN', LOOP_MAINTENANCE],
  ])('accepts %s.%s %j', (step, field, typed, answers) => {
    expect(messageFor(step, field, typed, answers)).toBeUndefined();
  });

  it('does not check a field that is not shown (the FOC date under “no FOC”)', () => {
    expect(stepIssues('foc', { focReceived: 'no', focDate: '11/30' }, PD_WITH_FOC)).toEqual([]);
  });

  it('leaves optional fields empty without a message', () => {
    expect(
      stepIssues('bill', { ban: '', billDate: '', disputedAmount: '', claimNumber: '' }, BILLING),
    ).toEqual([]);
    expect(
      stepIssues('order', { reqtyp: 'BB', pon: '', ver: '' }, PREMATURE_DISCONNECT_ROUTING),
    ).toEqual([]);
  });

  it('says how long a field may be', () => {
    expect(messageFor('order', 'pon', 'A'.repeat(201), PREMATURE_DISCONNECT_ROUTING)).toBe(
      'This is 201 characters; it can be at most 200: shorten it',
    );
  });

  it('refuses a pasted list of over a megabyte, saying what to paste instead', () => {
    const paste = '312 555 0123\n'.repeat(MAX_PASTE_CHARACTERS / 10);
    expect(messageFor('numbers', 'telephoneNumbers', paste, LOOP_MAINTENANCE)).toMatch(
      /over 1,000,000 characters.*Paste the numbers only/,
    );
  });
});

describe('dates that follow one another', () => {
  const foc = (focDate: string, dueDate: string) =>
    errorsOf('foc', PD_WITH_FOC, { focReceived: 'yes', focDate, dueDate });

  it('refuses a due date before the FOC date, in either date form', () => {
    expect(foc('11/24/2026', '11/20/2026')).toEqual({
      dueDate:
        'The due date is before the FOC date: check both dates on the FOC. AT&T confirms an order before it is due',
    });
    expect(foc('2026-11-24', '11/20/2026')).toHaveProperty('dueDate');
  });

  it('accepts a due date on or after the FOC date, or either date alone', () => {
    expect(foc('11/20/2026', '2026-11-20')).toEqual({});
    expect(foc('11/20/2026', '11/24/2026')).toEqual({});
    expect(foc('', '11/20/2026')).toEqual({});
  });

  const completion = (completionDate: string, answers: Answers = LOOP_MAINTENANCE) =>
    errorsOf('completion', answers, { completed: 'yes', completionDate });

  it('refuses a completion date before the FOC date or the due date given', () => {
    // LOOP_MAINTENANCE: FOC 11/02/2026, due 11/09/2026.
    expect(completion('11/01/2026')).toEqual({
      completionDate:
        'The completion date is before the FOC date you gave: check the dates on AT&T’s notices, or change the FOC date',
    });
    expect(completion('2026-11-05')).toEqual({
      completionDate:
        'The completion date is before the due date you gave: check the dates on AT&T’s notices, or change the due date',
    });
  });

  it('accepts a completion on or after the due date, or when no FOC dates were given', () => {
    expect(completion('11/09/2026')).toEqual({});
    expect(completion('11/01/2026', { ...LOOP_MAINTENANCE, focDate: '', dueDate: '' })).toEqual({});
  });
});

describe('a premature disconnect needs telephone numbers or service order numbers', () => {
  it('asks for either one when the service orders are asked (FOC received)', () => {
    expect(errorsOf('numbers', PD_WITH_FOC, { telephoneNumbers: '', serviceOrders: '' })).toEqual({
      telephoneNumbers:
        'Enter the telephone numbers or the AT&T service order numbers that were on the FOC: AT&T needs at least one of them',
    });
  });

  it('asks for the telephone numbers when the service orders are not asked', () => {
    expect(
      errorsOf('numbers', PD_WITHOUT_FOC, { telephoneNumbers: '', serviceOrders: 'N12345678' }),
    ).toEqual({
      telephoneNumbers:
        'Enter the telephone numbers that were disconnected: AT&T needs them to find the lines',
    });
  });

  it('accepts either one', () => {
    expect(
      errorsOf('numbers', PD_WITH_FOC, { telephoneNumbers: '', serviceOrders: 'N12345678' }),
    ).toEqual({});
    expect(
      errorsOf('numbers', PD_WITH_FOC, { telephoneNumbers: '312 555 0123', serviceOrders: '' }),
    ).toEqual({});
  });

  it('does not ask for them on other escalations', () => {
    expect(
      errorsOf('numbers', LOOP_MAINTENANCE, {
        telephoneNumbers: '',
        serviceOrders: '',
        loopCircuitId: '',
      }),
    ).toEqual({});
  });
});

describe('symptoms', () => {
  it('asks a line trouble for a symptom or a description', () => {
    expect(errorsOf('symptoms', LOOP_MAINTENANCE, { symptoms: [], symptomDetails: '' })).toEqual({
      symptoms: 'Select at least one symptom, or describe the trouble in your own words',
    });
    expect(errorsOf('symptoms', LOOP_MAINTENANCE, { symptoms: ['noDialTone'] })).toEqual({});
    expect(
      errorsOf('symptoms', LOOP_MAINTENANCE, { symptoms: [], symptomDetails: 'Dead' }),
    ).toEqual({});
  });

  it('asks other escalations for a description', () => {
    expect(errorsOf('symptoms', BILLING, { symptomDetails: ' ' })).toEqual({
      symptomDetails:
        'Describe the problem: what happened, what you expected, and what the Service Representative said',
    });
    expect(errorsOf('symptoms', BILLING, { symptomDetails: 'Billed twice' })).toEqual({});
  });
});

describe('the DS1 circuit ID, if known', () => {
  it('asks for the circuit ID or “I don’t know it” when the DS1 was disconnected', () => {
    expect(
      errorsOf('ds1', PREMATURE_DISCONNECT_ROUTING, {
        ds1Disconnected: 'yes',
        circuitId: '',
        circuitIdUnknown: false,
      }),
    ).toEqual({
      circuitId:
        'Enter the DS1’s circuit ID, like 73/HCGS/123456/000/NE, or select “I don’t know it”',
    });
  });

  it.each<FormValues>([
    { ds1Disconnected: 'yes', circuitId: '', circuitIdUnknown: true },
    { ds1Disconnected: 'yes', circuitId: '73/HCGS/123456/000/NE', circuitIdUnknown: false },
    { ds1Disconnected: 'yes', circuitId: '101/T1ZF/556677/SW', circuitIdUnknown: false },
    // "I don't know it" ticked: what is left in the box, however long, is no error.
    { ds1Disconnected: 'yes', circuitId: '7'.repeat(300), circuitIdUnknown: true },
    { ds1Disconnected: 'no', circuitId: '', circuitIdUnknown: false },
    { ds1Disconnected: 'unknown' },
  ])('accepts %o', (values) => {
    expect(errorsOf('ds1', PREMATURE_DISCONNECT_ROUTING, values)).toEqual({});
  });
});

describe('answersFromForm', () => {
  it('stores every field shown, an empty text as ""', () => {
    expect(
      answersFromForm('foc', { focReceived: 'yes', focDate: '', dueDate: '11/24/2026' }, {}),
    ).toEqual({
      focReceived: 'yes',
      focDate: '',
      dueDate: '11/24/2026',
    });
  });

  it('keeps the stored values of fields not shown, for a branch the user comes back to', () => {
    const stored: Answers = { focReceived: 'yes', focDate: '11/20/2026', dueDate: '11/24/2026' };
    expect(answersFromForm('foc', { focReceived: 'no', focDate: '', dueDate: '' }, stored)).toEqual(
      {
        focReceived: 'no',
        focDate: '11/20/2026',
        dueDate: '11/24/2026',
      },
    );
  });

  it('stores no answer for a choice not made', () => {
    expect(answersFromForm('problem', { problemKind: null }, {})).toEqual({});
    expect(answersFromForm('state', { state: '' }, { problemKind: 'billing' })).toEqual({
      problemKind: 'billing',
    });
  });

  it('keeps every answer of the other steps', () => {
    expect(answersFromForm('contact', { contactName: 'Sam' }, PREMATURE_DISCONNECT)).toEqual({
      ...PREMATURE_DISCONNECT,
      contactName: 'Sam',
    });
  });
});

describe('the form’s helpers', () => {
  it.each<[StepId, FieldName, unknown]>([
    ['problem', 'problemKind', null],
    ['symptoms', 'symptoms', []],
    ['ds1', 'circuitIdUnknown', false],
    ['contact', 'contactName', ''],
  ])('starts %s.%s empty as %j', (step, field, empty) => {
    expect(emptyValue(step, field)).toEqual(empty);
  });

  it('points at the first faulty line of a pasted list', () => {
    expect(problemLine('telephoneNumbers', '312 555 0123\n\n312 555 01')).toBe(3);
    expect(problemLine('serviceOrders', 'N12345678\n12345678')).toBe(2);
    expect(problemLine('telephoneNumbers', '312 555 0123')).toBeUndefined();
    expect(problemLine('contactName', 'x')).toBeUndefined();
  });
});
