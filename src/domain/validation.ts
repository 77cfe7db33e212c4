import { z } from 'zod';
import type { Answers, StepId } from './answers.ts';
import { MAX_PASTE_CHARACTERS, stepSchemas } from './answers.ts';
import { parseCircuitId } from './identifiers/circuitId.ts';
import { parsePon } from './identifiers/pon.ts';
import { parseServiceOrderNumbers } from './identifiers/serviceOrder.ts';
import { parseTelephoneNumber, parseTelephoneNumbers } from './identifiers/telephone.ts';
import type { LineIssue } from './identifiers/result.ts';
import { asksSymptomChecklist, isPrematureDisconnect, planSteps } from './steps.ts';

/*
 * A step's schema in the context of the other answers: the zod schema of answers.ts plus the
 * checks that need the identifier parsers or another step's answer. The UI builds its form
 * resolver from this, so the form and the report agree on what is valid.
 */

const filled = (s: string | undefined): s is string => !!s?.trim();

function listIssueMessage(what: string, errors: readonly LineIssue[]): string {
  const [first] = errors;
  if (!first) return '';
  const others = errors.length - 1;
  const more =
    others > 0 ? ` (and ${others} more ${others === 1 ? 'line' : 'lines'} to fix below)` : '';
  return `${what} on line ${first.line} (“${first.input}”): ${first.message}${more}`;
}

export function schemaForStep(step: StepId, answers: Answers): z.ZodType {
  const base = stepSchemas[step] as z.ZodType;
  switch (step) {
    case 'order':
      return stepSchemas.order.superRefine((a, ctx) => {
        if (!filled(a.pon)) return;
        const pon = parsePon(a.pon);
        if (!pon.ok) ctx.addIssue({ code: 'custom', path: ['pon'], message: pon.error });
      });
    case 'telephoneNumbers':
      return stepSchemas.telephoneNumbers.superRefine((a, ctx) => {
        // Over the limit, the length message says it all: reading a megabyte of text is wasted.
        if (!filled(a.telephoneNumbers) || a.telephoneNumbers.length > MAX_PASTE_CHARACTERS) return;
        const { values, errors } = parseTelephoneNumbers(a.telephoneNumbers);
        if (errors.length > 0)
          ctx.addIssue({
            code: 'custom',
            path: ['telephoneNumbers'],
            message: listIssueMessage('Fix the telephone number', errors),
          });
        else if (values.length === 0)
          // Words without digits are skipped as labels; text that is only words holds no number.
          ctx.addIssue({
            code: 'custom',
            path: ['telephoneNumbers'],
            message:
              'No telephone number was found in what you entered. Enter 10-digit numbers, like 312 555 0123, or leave the box empty',
          });
      });
    case 'serviceOrders':
      return stepSchemas.serviceOrders.superRefine((a, ctx) => {
        if (filled(a.serviceOrders)) {
          const { errors } = parseServiceOrderNumbers(a.serviceOrders);
          if (errors.length > 0)
            ctx.addIssue({
              code: 'custom',
              path: ['serviceOrders'],
              message: listIssueMessage('Fix the service order number', errors),
            });
        } else if (isPrematureDisconnect(answers) && !filled(answers.telephoneNumbers)) {
          ctx.addIssue({
            code: 'custom',
            path: ['serviceOrders'],
            message:
              'Enter the AT&T service order numbers from the FOC, or go back and enter the telephone numbers: AT&T needs at least one of them',
          });
        }
      });
    case 'symptoms': {
      const decision = planSteps(answers).decision;
      const checklist = decision ? asksSymptomChecklist(decision, answers) : false;
      return stepSchemas.symptoms.superRefine((a, ctx) => {
        if ((checklist && (a.symptoms?.length ?? 0) > 0) || filled(a.symptomDetails)) return;
        ctx.addIssue({
          code: 'custom',
          path: [checklist ? 'symptoms' : 'symptomDetails'],
          message: checklist
            ? 'Select at least one symptom, or describe the trouble in your own words'
            : 'Describe the problem: what happened, what you expected, and what the Service Representative said',
        });
      });
    }
    case 'ds1':
      return stepSchemas.ds1.superRefine((a, ctx) => {
        if (a.ds1Disconnected !== 'yes') return;
        if (filled(a.circuitId)) {
          const circuit = parseCircuitId(a.circuitId, { expectDs1: true });
          if (!circuit.ok)
            ctx.addIssue({ code: 'custom', path: ['circuitId'], message: circuit.error });
        } else if (!a.circuitIdUnknown) {
          ctx.addIssue({
            code: 'custom',
            path: ['circuitId'],
            message:
              'Enter the DS1’s circuit ID, like 73/HCGS/123456/000/NE, or select “I don’t know it”',
          });
        }
      });
    case 'contact':
      return stepSchemas.contact.superRefine((a, ctx) => {
        if (!filled(a.callbackNumber)) return;
        const tn = parseTelephoneNumber(a.callbackNumber);
        if (!tn.ok) ctx.addIssue({ code: 'custom', path: ['callbackNumber'], message: tn.error });
      });
    default:
      return base;
  }
}
