import { describe, expect, it } from 'vitest';
import type { Answers, FieldName, StepId } from './answers.ts';
import { STEP_IDS, fieldStep, stepFields } from './answers.ts';
import type { FieldSpec, QuestionContext } from './questions.ts';
import {
  choicesFor,
  contextOf,
  fieldSpec,
  fieldsOf,
  hintOf,
  isOptional,
  isShown,
  labelOf,
  reportedAnswers,
  revealedBy,
  titleOf,
} from './questions.ts';
import {
  BILLING,
  LEFT_BRANCHES,
  LOOP_MAINTENANCE,
  PREMATURE_DISCONNECT,
  ROUTING_CHOICES,
  everyRoutingPath,
} from './report.fixtures.ts';
import { ANY, ROUTING_FIELDS, RULES } from './rules.ts';
import { followPath } from './steps.ts';

/** Contexts that between them take every branch of the registry's functions. */
const CONTEXTS: readonly QuestionContext[] = [
  contextOf({}),
  contextOf({ problemKind: 'lnp' }),
  contextOf({ problemKind: 'serviceRequest' }),
  contextOf(PREMATURE_DISCONNECT),
  contextOf({ ...PREMATURE_DISCONNECT, focReceived: 'no' }),
  contextOf(BILLING),
  contextOf(LOOP_MAINTENANCE),
  contextOf({ ...LOOP_MAINTENANCE, serviceAffected: 'no' }),
  ...everyRoutingPath().map((p) => contextOf(p.answers)),
];

const valuesOf = (spec: FieldSpec, ctx: QuestionContext): string[] =>
  spec.kind === 'select'
    ? spec.groups.flatMap((g) => ('options' in g ? g.options : [g])).map((o) => o.value)
    : choicesFor(spec, ctx).map((c) => c.value);

describe('the question registry', () => {
  it('has an entry for every field of every step’s schema, and only those', () => {
    for (const step of STEP_IDS) {
      expect(
        fieldsOf(step)
          .map((f) => f.name)
          .sort(),
        step,
      ).toEqual([...stepFields(step)].sort());
    }
  });

  it('names in every choice’s reveals a field of the same step, never the choice’s own', () => {
    let reveals = 0;
    for (const step of STEP_IDS) {
      for (const { name, spec } of fieldsOf(step)) {
        for (const ctx of CONTEXTS) {
          for (const choice of choicesFor(spec, ctx)) {
            for (const revealed of choice.reveals ?? []) {
              reveals++;
              expect(fieldStep[revealed], `${step}.${name} = ${choice.value}`).toBe(step);
              expect(revealed).not.toBe(name);
              expect(revealedBy(step, revealed)).toEqual({ parent: name, value: choice.value });
            }
          }
        }
      }
    }
    expect(reveals).toBeGreaterThan(0);
  });

  it('has a required question for every routing field, offering every value it can take', () => {
    for (const field of ROUTING_FIELDS) {
      const spec = fieldSpec(fieldStep[field], field);
      expect(['radios', 'select'], field).toContain(spec.kind);
      expect(spec.required, field).toMatch(/^Select /);
      expect(isOptional(spec, contextOf({})), field).toBe(false);
      const offered = new Set(CONTEXTS.flatMap((ctx) => valuesOf(spec, ctx)));
      expect(offered, field).toEqual(new Set(ROUTING_CHOICES[field]));
    }
  });

  it('offers every value a row of the rule table tests', () => {
    for (const rule of RULES) {
      for (const [field, values] of Object.entries(rule.when)) {
        if (values === ANY) continue;
        const spec = fieldSpec(fieldStep[field as FieldName], field as FieldName);
        const offered = new Set(CONTEXTS.flatMap((ctx) => valuesOf(spec, ctx)));
        for (const value of values as readonly string[]) {
          expect(offered.has(value), `${rule.id}: ${field} = ${value}`).toBe(true);
        }
      }
    }
  });

  it('gives every step a title no other step has, in every context', () => {
    const owner = new Map<string, StepId>();
    for (const ctx of CONTEXTS) {
      for (const step of STEP_IDS) {
        const title = titleOf(step, ctx);
        expect(title, step).not.toBe('');
        expect(owner.get(title) ?? step, title).toBe(step);
        owner.set(title, step);
      }
    }
  });

  it('gives every field a check-page key', () => {
    for (const step of STEP_IDS) {
      for (const { name, spec } of fieldsOf(step)) expect(spec.checkLabel, name).not.toBe('');
    }
  });

  it('lists a step’s fields in the registry’s order, the order of the page', () => {
    expect(fieldsOf('escalation').map((f) => f.name)).toEqual([
      'npacActivated',
      'escalationLevel',
      'attTicketNumbers',
      'serviceRepName',
      'endUserName',
      'serviceAddress',
    ]);
    expect(fieldsOf('contact').map((f) => f.name)).toEqual([
      'contactName',
      'company',
      'companyCode',
      'callbackNumber',
      'email',
    ]);
  });
});

describe('questions that depend on the answers', () => {
  const reqtyp = fieldSpec('order', 'reqtyp');

  it('offers a number port only the REQTYPs that port, and says why', () => {
    const lnp = contextOf({ problemKind: 'lnp' });
    expect(choicesFor(reqtyp, lnp).map((c) => c.value)).toEqual(['AB', 'BB', 'CB', 'other']);
    expect(hintOf(reqtyp, lnp)).toMatch(
      /Resale \(EB\) and Local Wholesale Complete \(MB\) are not listed/,
    );
    const order = contextOf({ problemKind: 'serviceRequest' });
    expect(choicesFor(reqtyp, order).map((c) => c.value)).toEqual([
      'AB',
      'BB',
      'CB',
      'EB',
      'MB',
      'other',
    ]);
    expect(hintOf(reqtyp, order)).not.toMatch(/EB/);
  });

  it('says which kind of porting problem to pick when premature disconnect and DS1 both fit', () => {
    const ctx = contextOf({ problemKind: 'lnp' });
    const hints = new Map(
      choicesFor(fieldSpec('lnpTrouble', 'lnpTrouble'), ctx).map((c) => [c.value, c.hint]),
    );
    expect(hints.get('prematureDisconnect')).toMatch(/even when they ride a DS1.*circuit ID/);
    expect(hints.get('ds1AndAbove')).toMatch(/disconnected them .*choose premature disconnect/);
  });

  it('says the Access Tariff covers ordering and maintenance escalations, not billing', () => {
    const hint = hintOf(fieldSpec('accessTariff', 'accessTariff'), contextOf({}));
    expect(hint).toContain('Ordering and maintenance escalations');
    expect(hint).toContain('Billing issues stay with Billing');
  });

  it('asks the NPAC question, required, for a premature disconnect only', () => {
    const npac = fieldSpec('escalation', 'npacActivated');
    for (const ctx of CONTEXTS) {
      const pd =
        ctx.answers.problemKind === 'lnp' && ctx.answers.lnpTrouble === 'prematureDisconnect';
      expect(isShown('escalation', 'npacActivated', ctx)).toBe(pd);
    }
    expect(npac.required).toMatch(/NPAC/);
    expect(isOptional(npac, contextOf(PREMATURE_DISCONNECT))).toBe(false);
  });

  it.each<[string, Answers, string]>([
    [
      'a premature disconnect',
      PREMATURE_DISCONNECT,
      'The AT&T representative you spoke to, if any',
    ],
    ['maintenance', LOOP_MAINTENANCE, 'The AT&T Service Representative you worked with'],
  ])('keeps the AT&T ticket numbers and representative optional (%s)', (_, answers, label) => {
    const ctx = contextOf(answers);
    for (const field of ['attTicketNumbers', 'serviceRepName'] as const) {
      expect(isShown('escalation', field, ctx), field).toBe(true);
      expect(isOptional(fieldSpec('escalation', field), ctx), field).toBe(true);
    }
    expect(labelOf(fieldSpec('escalation', 'serviceRepName'), ctx)).toBe(label);
  });

  it.each<[string, Answers, string, boolean]>([
    [
      'a PD with the FOC',
      PREMATURE_DISCONNECT,
      'Telephone numbers on the FOC (these, the service order numbers, or both)',
      false,
    ],
    [
      'a PD without the FOC',
      { ...PREMATURE_DISCONNECT, focReceived: 'no' },
      'Telephone numbers that were disconnected',
      false,
    ],
    ['a loop in maintenance', LOOP_MAINTENANCE, 'Affected telephone numbers', true],
  ])('labels the telephone numbers for %s', (_, answers, label, optional) => {
    const spec = fieldSpec('numbers', 'telephoneNumbers');
    const ctx = contextOf(answers);
    expect(labelOf(spec, ctx)).toBe(label);
    expect(isOptional(spec, ctx)).toBe(optional);
  });

  it('asks the loop circuit ID only where the REQTYP is a loop (AB, BB) being provisioned or maintained', () => {
    const shown = (answers: Answers) => isShown('numbers', 'loopCircuitId', contextOf(answers));
    expect(shown(LOOP_MAINTENANCE)).toBe(true);
    expect(shown({ ...LOOP_MAINTENANCE, reqtyp: 'BB' })).toBe(true);
    expect(shown({ ...LOOP_MAINTENANCE, reqtyp: 'CB' })).toBe(false);
    expect(shown({ ...LOOP_MAINTENANCE, facilityIssue: 'yes' })).toBe(true);
    expect(shown(PREMATURE_DISCONNECT)).toBe(false);
    expect(shown({ ...BILLING, reqtyp: 'AB' })).toBe(false);
  });

  it('keeps every field of the bill optional', () => {
    for (const { name, spec } of fieldsOf('bill')) {
      expect(isOptional(spec, contextOf(BILLING)), name).toBe(true);
    }
  });

  it('offers the symptom checklist for line troubles only', () => {
    expect(titleOf('symptoms', contextOf(LOOP_MAINTENANCE))).toBe('What is happening on the line?');
    expect(isShown('symptoms', 'symptoms', contextOf(LOOP_MAINTENANCE))).toBe(true);
    expect(titleOf('symptoms', contextOf(BILLING))).toBe('Describe the problem');
    expect(isShown('symptoms', 'symptoms', contextOf(BILLING))).toBe(false);
    expect(isShown('symptoms', 'troubleStartDate', contextOf(BILLING))).toBe(false);
  });
});

describe('reportedAnswers', () => {
  it('keeps every answer on the path', () => {
    expect(reportedAnswers(PREMATURE_DISCONNECT)).toEqual(PREMATURE_DISCONNECT);
  });

  it('leaves out the answers of steps not on the path', () => {
    expect(reportedAnswers({ ...PREMATURE_DISCONNECT, ...LEFT_BRANCHES })).toEqual(
      PREMATURE_DISCONNECT,
    );
    const billing = reportedAnswers({ ...BILLING, reqtyp: 'AB', pon: 'OLD-1', focReceived: 'yes' });
    expect(billing).not.toHaveProperty('reqtyp');
    expect(billing).not.toHaveProperty('pon');
    expect(billing).not.toHaveProperty('focReceived');
  });

  it.each<[string, Answers, FieldName[]]>([
    [
      'the FOC dates and service orders under “no FOC”',
      { ...PREMATURE_DISCONNECT, focReceived: 'no' },
      ['focDate', 'dueDate', 'serviceOrders'],
    ],
    [
      'the DS1 circuit ID when the DS1 was not disconnected',
      { ...PREMATURE_DISCONNECT, ds1Disconnected: 'no' },
      ['circuitId', 'circuitIdUnknown'],
    ],
    [
      'the completion date under “not completed”',
      { ...LOOP_MAINTENANCE, completed: 'no' },
      ['completionDate', 'serviceAffected', 'isolation', 'symptoms', 'troubleStartDate'],
    ],
    [
      'the isolation and the symptom checklist of an order delivered wrong',
      { ...LOOP_MAINTENANCE, serviceAffected: 'no' },
      ['isolation', 'premisesReviewed', 'symptoms', 'troubleStartDate', 'troubleStartTime'],
    ],
    [
      'the loop circuit ID of a number-portability-only order',
      { ...LOOP_MAINTENANCE, reqtyp: 'CB' },
      ['loopCircuitId'],
    ],
    [
      'the NPAC answer of anything but a PD',
      { ...LOOP_MAINTENANCE, npacActivated: 'yes' },
      ['npacActivated'],
    ],
    ['the end user of a billing issue', { ...BILLING, endUserName: 'Acme' }, ['endUserName']],
  ])('leaves out fields not shown: %s', (_, answers, hidden) => {
    const kept = reportedAnswers(answers);
    for (const field of hidden) expect(kept, field).not.toHaveProperty(field);
  });

  it('keeps only fields of steps on the path, on every branch', () => {
    const everything = { ...PREMATURE_DISCONNECT, ...LEFT_BRANCHES, ...LOOP_MAINTENANCE };
    for (const { answers } of everyRoutingPath()) {
      const all = { ...everything, ...answers };
      const { steps } = followPath(all);
      for (const field of Object.keys(reportedAnswers(all)) as FieldName[]) {
        expect(steps, field).toContain(fieldStep[field]);
      }
    }
  });
});
