import { z } from 'zod';
import type { Answers, FieldName, StepId } from './answers.ts';
import { MAX_PASTE_CHARACTERS, TimeZone, stepSchemas } from './answers.ts';
import { parseAmount } from './identifiers/amount.ts';
import { parseCircuitId } from './identifiers/circuitId.ts';
import { parseBan, parseCompanyCode } from './identifiers/codes.ts';
import { parseDate } from './identifiers/date.ts';
import { parsePon, parseVer } from './identifiers/pon.ts';
import { formatCount } from './identifiers/list.ts';
import type { LineIssue, Parsed } from './identifiers/result.ts';
import { parseServiceOrderNumbers } from './identifiers/serviceOrder.ts';
import { parseTelephoneNumber, parseTelephoneNumbers } from './identifiers/telephone.ts';
import { parseTime } from './identifiers/time.ts';
import type { QuestionContext } from './questions.ts';
import { contextOf, fieldsOf, isOptional, isShown } from './questions.ts';
import { asksSymptomChecklist, isPrematureDisconnect } from './steps.ts';
import { futureStartIssue } from './troubleStart.ts';

/*
 * What makes a step's answer complete and correct, in the context of the other answers: the
 * `required` messages of the question registry, the identifier parsers, and the checks that span
 * fields (a due date before the FOC date; a premature disconnect needs numbers or service orders).
 * The form's resolver (StepPage) is this, so the form and the report agree on what is valid.
 * Every message says how to fix the answer.
 */

/** What a form holds while a step is being answered: text, a checkbox, a checklist, no choice. */
export type FormValue = string | boolean | string[] | null;
export type FormValues = Partial<Record<FieldName, FormValue>>;

const filled = (value: FormValue | undefined): value is string | string[] =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.length > 0;

const text = (value: FormValue | undefined): string => (typeof value === 'string' ? value : '');

function listIssueMessage(what: string, errors: readonly LineIssue[]): string {
  const [first] = errors;
  if (!first) return '';
  const others = errors.length - 1;
  const more =
    others > 0 ? ` (and ${formatCount(others, ['more line', 'more lines'])} to fix below)` : '';
  return `${what} on line ${first.line} (“${first.input}”): ${first.message}${more}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

const message = (parsed: Parsed<unknown>): string | undefined =>
  parsed.ok ? undefined : parsed.error;

/** The format each field's text must have once it is typed (empty is the `required` rule's). */
const FORMATS: Partial<Record<FieldName, (typed: string) => string | undefined>> = {
  pon: (typed) => message(parsePon(typed)),
  ver: (typed) => message(parseVer(typed)),
  focDate: (typed) => message(parseDate(typed)),
  dueDate: (typed) => message(parseDate(typed)),
  completionDate: (typed) => message(parseDate(typed)),
  billDate: (typed) => message(parseDate(typed)),
  troubleStartDate: (typed) => message(parseDate(typed)),
  troubleStartTime: (typed) => message(parseTime(typed)),
  disputedAmount: (typed) => message(parseAmount(typed)),
  ban: (typed) => message(parseBan(typed)),
  companyCode: (typed) => message(parseCompanyCode(typed)),
  callbackNumber: (typed) => message(parseTelephoneNumber(typed)),
  loopCircuitId: (typed) => message(parseCircuitId(typed)),
  circuitId: (typed) => message(parseCircuitId(typed, { expectDs1: true })),
  email: (typed) =>
    EMAIL.test(typed.trim())
      ? undefined
      : 'Enter an e-mail address like name@example.com, or leave it empty',
  telephoneNumbers: (typed) => {
    // Past a megabyte the paste is almost surely not a list of numbers (about 75,000 of them).
    if (typed.length > MAX_PASTE_CHARACTERS) {
      return 'The pasted text is over 1,000,000 characters, too long to be a list of telephone numbers. Paste the numbers only, at most about 75,000 at a time, and write blocks as ranges like 312-555-1200-1299';
    }
    const { values, errors } = parseTelephoneNumbers(typed);
    if (errors.length > 0) return listIssueMessage('Fix the telephone number', errors);
    // Words without digits are skipped as labels; text that is only words holds no number.
    return values.length === 0
      ? 'No telephone number was found in what you entered. Enter 10-digit numbers, like 312 555 0123, or leave the box empty'
      : undefined;
  },
  serviceOrders: (typed) => {
    const { errors } = parseServiceOrderNumbers(typed);
    return errors.length > 0 ? listIssueMessage('Fix the service order number', errors) : undefined;
  },
};

/** The most characters a field's text may hold, from its stored shape. */
function maxLength(step: StepId, field: FieldName): number | undefined {
  const schema = (stepSchemas[step].shape as Record<string, z.ZodType>)[field];
  return schema instanceof z.ZodString ? (schema.maxLength ?? undefined) : undefined;
}

type Issue = { readonly field: FieldName; readonly message: string };

/** Checks that span fields, after each field passed on its own. */
function crossFieldIssues(step: StepId, values: FormValues, ctx: QuestionContext): Issue[] {
  const { answers } = ctx;
  const date = (field: FieldName, from: FormValues | Answers): string | undefined => {
    const typed = (from as Partial<Record<FieldName, unknown>>)[field];
    if (typeof typed !== 'string' || !typed.trim()) return undefined;
    const parsed = parseDate(typed);
    return parsed.ok ? parsed.value : undefined;
  };
  const issues: Issue[] = [];
  switch (step) {
    case 'foc': {
      const foc = date('focDate', values);
      const due = date('dueDate', values);
      if (values.focReceived === 'yes' && foc && due && due < foc) {
        issues.push({
          field: 'dueDate',
          message:
            'The due date is before the FOC date: check both dates on the FOC. AT&T confirms an order before it is due',
        });
      }
      break;
    }
    case 'completion': {
      const completed = date('completionDate', values);
      const foc = answers.focReceived === 'yes' ? date('focDate', answers) : undefined;
      const due = answers.focReceived === 'yes' ? date('dueDate', answers) : undefined;
      const before = [foc && { what: 'FOC date', iso: foc }, due && { what: 'due date', iso: due }]
        .filter((d): d is { what: string; iso: string } => !!d)
        .find((d) => completed !== undefined && completed < d.iso);
      if (values.completed === 'yes' && before) {
        issues.push({
          field: 'completionDate',
          message: `The completion date is before the ${before.what} you gave: check the dates on AT&T’s notices, or change the ${before.what}`,
        });
      }
      break;
    }
    case 'numbers': {
      // Service orders left from an earlier "FOC received" are not shown, nor reported.
      const orders = isShown('numbers', 'serviceOrders', ctx, values);
      if (
        isPrematureDisconnect(answers) &&
        !filled(values.telephoneNumbers) &&
        !(orders && filled(values.serviceOrders))
      ) {
        issues.push({
          field: 'telephoneNumbers',
          message: orders
            ? 'Enter the telephone numbers or the AT&T service order numbers that were on the FOC: AT&T needs at least one of them'
            : 'Enter the telephone numbers that were disconnected: AT&T needs them to find the lines',
        });
      }
      break;
    }
    case 'symptoms': {
      const checklist = asksSymptomChecklist(ctx.decision, answers);
      if ((checklist && filled(values.symptoms)) || filled(values.symptomDetails)) break;
      issues.push(
        checklist
          ? {
              field: 'symptoms',
              message: 'Select at least one symptom, or describe the trouble in your own words',
            }
          : {
              field: 'symptomDetails',
              message:
                'Describe the problem: what happened, what you expected, and what the Service Representative said',
            },
      );
      break;
    }
    case 'ds1':
      if (
        values.ds1Disconnected === 'yes' &&
        !filled(values.circuitId) &&
        !values.circuitIdUnknown
      ) {
        issues.push({
          field: 'circuitId',
          message:
            'Enter the DS1’s circuit ID, like 73/HCGS/123456/000/NE, or select “I don’t know it”',
        });
      }
      break;
    default:
      break;
  }
  return issues;
}

/**
 * Every problem with a step's values, field by field, in the order of the page. `now`: the
 * moment the user submits, for what cannot be in the future (a trouble's start); without it, as
 * when a saved draft is read again, that is not checked.
 */
export function stepIssues(
  step: StepId,
  values: FormValues,
  answers: Answers,
  now?: Date,
): Issue[] {
  const ctx = contextOf(answers);
  const issues: Issue[] = [];
  for (const { name, spec } of fieldsOf(step)) {
    if (!isShown(step, name, ctx, values)) continue;
    // "I don't know it" ticked: whatever is left in the circuit ID's box is not checked.
    if (name === 'circuitId' && values.circuitIdUnknown === true) continue;
    const value = values[name];
    if (!filled(value)) {
      if (spec.required && !isOptional(spec, ctx) && value !== true) {
        issues.push({ field: name, message: spec.required });
      }
      continue;
    }
    const typed = text(value);
    const max = maxLength(step, name);
    if (max !== undefined && typed.length > max) {
      issues.push({
        field: name,
        message: `This is ${formatCount(typed.length)} characters; it can be at most ${formatCount(max)}: shorten it`,
      });
      continue;
    }
    const problem = typeof value === 'string' ? FORMATS[name]?.(typed) : undefined;
    if (problem) issues.push({ field: name, message: problem });
  }
  if (issues.length > 0) return issues;
  const cross = crossFieldIssues(step, values, ctx);
  const zone = TimeZone.safeParse(values.troubleTimeZone);
  const future =
    now && step === 'symptoms' && isShown(step, 'troubleStartDate', ctx, values)
      ? futureStartIssue(
          {
            date: text(values.troubleStartDate),
            time: text(values.troubleStartTime),
            timeZone: zone.success ? zone.data : undefined,
          },
          now,
        )
      : undefined;
  return future ? [...cross, future] : cross;
}

/**
 * Whether the stored answers complete a step in this context: every required field it shows is
 * given, and the checks that span fields hold (a description where a checklist no longer applies,
 * numbers or service orders for a premature disconnect). Formats are not parsed again: they were
 * checked when the answer was committed, and a 10,000-number list is not re-read on every page.
 */
export function isComplete(step: StepId, ctx: QuestionContext): boolean {
  const values = ctx.answers as FormValues;
  const missing = fieldsOf(step).some(
    ({ name, spec }) =>
      isShown(step, name, ctx, values) &&
      spec.required !== undefined &&
      !isOptional(spec, ctx) &&
      !filled(values[name]) &&
      values[name] !== true,
  );
  return !missing && crossFieldIssues(step, values, ctx).length === 0;
}

/**
 * The stored answer for a step's values: every field shown is stored ('' for an empty text, so the
 * step counts as answered); no choice is stored as no answer; a field not shown keeps what was
 * stored, so a branch the user comes back to still holds its answers.
 */
export function answersFromForm(step: StepId, values: FormValues, answers: Answers): Answers {
  const ctx = contextOf(answers);
  const stored: Answers = {};
  for (const { name } of fieldsOf(step)) {
    if (!isShown(step, name, ctx, values)) continue;
    const value = values[name];
    if (value === null || value === undefined) continue;
    if (value === '' && isChoice(step, name)) continue;
    Object.assign(stored, { [name]: value });
  }
  return { ...answers, ...stored };
}

function isChoice(step: StepId, field: FieldName): boolean {
  const spec = fieldsOf(step).find((f) => f.name === field)?.spec;
  return spec?.kind === 'radios' || spec?.kind === 'select';
}

/** The first faulty line of a pasted list, where the error summary's link puts the cursor. */
export function problemLine(field: FieldName, typed: FormValue | undefined): number | undefined {
  if (typeof typed !== 'string' || typed.length > MAX_PASTE_CHARACTERS) return undefined;
  if (field === 'telephoneNumbers') return parseTelephoneNumbers(typed).errors[0]?.line;
  if (field === 'serviceOrders') return parseServiceOrderNumbers(typed).errors[0]?.line;
  return undefined;
}

/** What a field holds in a form before anything is chosen or typed. */
export function emptyValue(step: StepId, field: FieldName): FormValue {
  const spec = fieldsOf(step).find((f) => f.name === field)?.spec;
  switch (spec?.kind) {
    case 'radios':
      return null;
    case 'checkboxes':
      return [];
    case 'checkbox':
      return false;
    default:
      return '';
  }
}
