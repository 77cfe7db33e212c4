import { describe, expect, it } from 'vitest';
import type { Answers, FieldName, StepId } from './answers.ts';
import { stepFields } from './answers.ts';
import { pageCaption } from './plan.ts';
import { PREMATURE_DISCONNECT_ROUTING, everyRoutingPath } from './report.fixtures.ts';
import { pageAfter, resumePage } from '../features/wizard/flow.ts';

/*
 * "Question 3 of 11" is read as progress: along every way through the wizard the number only
 * grows one page at a time, a total once shown never shrinks, and a page seen again shows what it
 * showed the first time. Walked over every way through the rules, with and without an FOC pasted
 * before the first question.
 */

/** Answers that complete every report page, whatever the outcome. */
const REPORT_ANSWERS: Answers = {
  reqtyp: 'BB',
  pon: '',
  ver: '',
  focReceived: 'no',
  telephoneNumbers: '214-555-0140',
  loopCircuitId: '',
  ban: '',
  billDate: '',
  disputedAmount: '',
  claimNumber: '',
  symptomDetails: 'Disconnect recording on the lines',
  troubleStartDate: '',
  troubleStartTime: '',
  ds1Disconnected: 'no',
  npacActivated: 'no',
  attTicketNumbers: '',
  serviceRepName: '',
  endUserName: '',
  serviceAddress: '',
  contactName: 'Dana Reyes',
  company: 'Lone Star Telecom',
  companyCode: '',
  callbackNumber: '214-555-0100',
  email: '',
};

/** What the FOC fills in when it is pasted first. */
const FOC: Answers = {
  reqtyp: 'BB',
  pon: 'LST-20261201',
  ver: '02',
  focReceived: 'yes',
  focDate: '12/01/2026',
  dueDate: '12/04/2026',
  telephoneNumbers: '214-555-0140 thru 0149',
  serviceOrders: 'N12345678\nC23456789',
  companyCode: 'LSTX',
};

interface Walk {
  /** Each page shown, in order, with its caption then. */
  readonly shown: readonly (readonly [StepId, string])[];
  readonly answers: Answers;
  readonly filledByFoc: (step: StepId) => boolean;
}

/** Answers the pages as the wizard shows them, from `full`, after `fromFoc` was pasted first. */
function walk(full: Answers, fromFoc: Answers): Walk {
  let answers: Answers = { ...fromFoc };
  // As the wizard judges it: every answer the page holds is still the one the FOC gave.
  const filledByFoc = (step: StepId): boolean => {
    const given = stepFields(step).filter((field) => answers[field] !== undefined);
    return given.length > 0 && given.every((field) => fromFoc[field] === answers[field]);
  };
  const shown: [StepId, string][] = [];
  let page = resumePage(answers);
  while (page.kind === 'step') {
    const { step } = page;
    if (shown.length > 40) throw new Error(`the walk does not end: ${String(shown)}`);
    shown.push([step, pageCaption(step, answers, filledByFoc)]);
    const typed = stepFields(step).filter(
      (field: FieldName) => full[field] !== undefined && answers[field] === undefined,
    );
    answers = { ...answers, ...Object.fromEntries(typed.map((field) => [field, full[field]])) };
    page = pageAfter(step, answers, undefined, filledByFoc);
  }
  return { shown, answers, filledByFoc };
}

const numberOf = (caption: string) => Number(/^Question (\d+)/.exec(caption)?.[1]);
const totalOf = (caption: string) => /of (?:about )?(\d+)$/.exec(caption)?.[1];

const paths = everyRoutingPath('TX');
const variants: [string, (routing: Answers) => Answers][] = [
  ['nothing pasted', () => ({})],
  // The FOC's values that the way through the rules does not contradict.
  ['the FOC pasted first', (routing) => ({ ...FOC, ...pick(routing, FOC) })],
];

function pick(from: Answers, keys: Answers): Answers {
  return Object.fromEntries(
    Object.keys(keys)
      .filter((key) => from[key as FieldName] !== undefined)
      .map((key) => [key, from[key as FieldName]]),
  );
}

describe('the page count', () => {
  it.each(variants)(
    'grows one page at a time, and a total never shrinks, along every way (%s)',
    (_, foc) => {
      for (const { answers: routing, decision } of paths) {
        const fromFoc = foc(routing);
        const { shown } = walk({ ...REPORT_ANSWERS, ...fromFoc, ...routing }, fromFoc);
        const captions = shown.map(([, caption]) => caption);
        expect(captions.map(numberOf), decision.rule.id).toEqual(captions.map((_c, i) => i + 1));
        const totals = captions.map(totalOf).filter((total) => total !== undefined);
        // One total, from the first page that shows one to the last.
        expect(new Set(totals).size, `${decision.rule.id}: ${captions.join(' / ')}`).toBeLessThan(
          2,
        );
        const [total] = totals;
        if (total !== undefined) expect(Number(total), decision.rule.id).toBe(shown.length);
        // Once shown, a total stays to the end.
        const first = captions.findIndex((caption) => totalOf(caption) !== undefined);
        if (first !== -1) expect(captions.slice(first).every(totalOf), decision.rule.id).toBe(true);
      }
    },
  );

  it.each(variants)('shows a page seen again as it showed it the first time (%s)', (_, foc) => {
    for (const { answers: routing, decision } of paths) {
      const fromFoc = foc(routing);
      const { shown, answers, filledByFoc } = walk(
        { ...REPORT_ANSWERS, ...fromFoc, ...routing },
        fromFoc,
      );
      for (const [step, caption] of shown) {
        expect(pageCaption(step, answers, filledByFoc), `${decision.rule.id}, ${step}`).toBe(
          caption,
        );
      }
    }
  });

  it('says a page the FOC answered whole, seen again, was answered from the FOC', () => {
    const routing = { ...PREMATURE_DISCONNECT_ROUTING, state: 'TX' } as const;
    const fromFoc = { ...FOC, ...pick(routing, FOC) };
    const { shown, answers, filledByFoc } = walk(
      { ...REPORT_ANSWERS, ...fromFoc, ...routing },
      fromFoc,
    );
    const steps = shown.map(([step]) => step);
    expect(steps).not.toContain('numbers');
    expect(pageCaption('numbers', answers, filledByFoc)).toBe('Answered from the FOC');
    // The pages after it count on without it, as on the way forward.
    const [, last] = shown.at(-1) ?? [];
    expect(last).toBe(`Question ${String(shown.length)} of ${String(shown.length)}`);
  });
});
