import { z } from 'zod';
import { STATE_CODES } from './regions.ts';

/*
 * The answers a CLEC user gives, one zod schema per wizard step. These schemas are the single
 * source of the answer types, of step validation, of the check of a saved draft on load and of
 * the step ids in the URL (architecture.md, point 2).
 *
 * Answers are flat: every step owns a few fields, and the routing rules (rules.ts) test the
 * fields directly. Free text and pasted lists are kept exactly as typed; they are parsed when the
 * report is built, so nothing the user typed is ever reformatted in front of them or lost.
 */

export const ProblemKind = z.enum([
  'billing',
  'serviceRequest',
  'lsrReject',
  'lnp',
  'expedite',
  'website',
]);
export type ProblemKind = z.infer<typeof ProblemKind>;

export const YesNo = z.enum(['yes', 'no']);
export type YesNo = z.infer<typeof YesNo>;

export const YesNoUnknown = z.enum(['yes', 'no', 'unknown']);
export type YesNoUnknown = z.infer<typeof YesNoUnknown>;

/** REQTYP of the LSR: first character = product, second B = firm order (domain.md). */
export const Reqtyp = z.enum(['AB', 'BB', 'CB', 'EB', 'MB', 'other']);
export type Reqtyp = z.infer<typeof Reqtyp>;

export const LnpTrouble = z.enum([
  'prematureDisconnect',
  'aAndD',
  'ds0Loop',
  'lrnCorrection',
  'complexTranslations',
  'ds1AndAbove',
]);
export type LnpTrouble = z.infer<typeof LnpTrouble>;

export const Isolation = z.enum(['attNetwork', 'clecOrEndUser', 'notYet']);
export type Isolation = z.infer<typeof Isolation>;

export const StateCode = z.enum(STATE_CODES, {
  error: 'Select the state where the service is, from the list',
});
export type StateCode = z.infer<typeof StateCode>;

export const Symptom = z.enum([
  'noDialTone',
  'cantCallOut',
  'cantBeCalled',
  'ringNoAnswer',
  'fastBusy',
  'disconnectRecording',
  'noise',
  'ds1Down',
  'ds1AisRai',
  'ds1Errors',
]);
export type Symptom = z.infer<typeof Symptom>;

/** The most a pasted telephone-number list may hold, in characters. */
export const MAX_PASTE_CHARACTERS = 1_000_000;

const pick = (message: string) => ({ error: message });

/** An ISO calendar date typed in a date field (YYYY-MM-DD), or left empty. */
const optionalDate = z
  .string()
  .trim()
  .refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))), {
    message: 'Enter a real date, like 2026-11-25, or leave it empty',
  })
  .optional();

const optionalText = (max: number, label: string) =>
  z
    .string()
    .max(max, { message: `${label} must be ${max.toLocaleString('en-US')} characters or fewer` })
    .optional();

/** One schema per step. The keys are the step ids used in the URL. */
export const stepSchemas = {
  problem: z.object({
    problemKind: z.enum(ProblemKind.options, pick('Select what the problem is about')),
  }),
  accessTariff: z.object({
    accessTariff: z.enum(
      YesNo.options,
      pick('Select yes if you order from the Access Tariff, or no'),
    ),
  }),
  serviceRep: z
    .object({
      workedWithServiceRep: z.enum(YesNo.options, pick('Select yes or no')),
      serviceRepReference: optionalText(200, 'The name or ticket'),
    })
    .refine((a) => a.workedWithServiceRep !== 'yes' || !!a.serviceRepReference?.trim(), {
      path: ['serviceRepReference'],
      message: 'Enter the Service Representative’s name or the ticket number you were given',
    }),
  product: z.object({ reqtyp: z.enum(Reqtyp.options, pick('Select the REQTYP of the order')) }),
  facility: z.object({ facilityIssue: z.enum(YesNo.options, pick('Select yes or no')) }),
  foc: z.object({
    focReceived: z.enum(YesNoUnknown.options, pick("Select yes, no or I don't know")),
    focDate: optionalDate,
    dueDate: optionalDate,
  }),
  completion: z.object({
    completed: z.enum(YesNoUnknown.options, pick("Select yes, no or I don't know")),
    completionDate: optionalDate,
  }),
  lnpTrouble: z.object({
    lnpTrouble: z.enum(LnpTrouble.options, pick('Select the kind of number-porting problem')),
  }),
  isolation: z.object({
    isolation: z.enum(Isolation.options, pick('Select where the trouble was isolated')),
  }),
  premises: z.object({ premisesReviewed: z.enum(YesNo.options, pick('Select yes or no')) }),
  state: z.object({ state: StateCode }),
  order: z.object({ pon: optionalText(40, 'The PON') }),
  telephoneNumbers: z.object({
    // Past a megabyte the paste is almost surely not a list of numbers (about 75,000 of them).
    telephoneNumbers: z
      .string()
      .max(MAX_PASTE_CHARACTERS, {
        message:
          'The pasted text is over 1,000,000 characters, too long to be a list of telephone numbers. Paste the numbers only, at most about 75,000 at a time, and write blocks as ranges like 312-555-1200-1299',
      })
      .optional(),
  }),
  serviceOrders: z.object({ serviceOrders: optionalText(10_000, 'The list') }),
  symptoms: z.object({
    symptoms: z.array(Symptom).optional(),
    symptomDetails: optionalText(4_000, 'The description'),
  }),
  ds1: z.object({
    ds1Disconnected: z.enum(YesNoUnknown.options, pick("Select yes, no or I don't know")),
    circuitId: optionalText(60, 'The circuit ID'),
    circuitIdUnknown: z.boolean().optional(),
  }),
  contact: z.object({
    contactName: z.string().trim().min(1, 'Enter your name').max(100),
    company: z.string().trim().min(1, 'Enter your company (the CLEC)').max(100),
    callbackNumber: z.string().trim().min(1, 'Enter a call-back telephone number').max(40),
    email: z
      .string()
      .trim()
      .max(200)
      .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
        message: 'Enter an e-mail address like name@example.com, or leave it empty',
      })
      .optional(),
  }),
} as const;

export type StepId = keyof typeof stepSchemas;
export const STEP_IDS = Object.keys(stepSchemas) as StepId[];
export const StepIdSchema = z.enum(STEP_IDS as [StepId, ...StepId[]]);

type StepAnswers = { [K in StepId]: z.infer<(typeof stepSchemas)[K]> };
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/** Everything a user may have answered; each field belongs to exactly one step. */
export type Answers = Partial<UnionToIntersection<StepAnswers[StepId]>>;

/** The whole answer set, for checking a saved draft on load: every field optional. */
export const AnswersSchema = z
  .object(
    Object.assign(
      {},
      ...STEP_IDS.map((id) => {
        const shape = stepSchemas[id].shape as Record<string, z.ZodType>;
        return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()]));
      }),
    ) as Record<string, z.ZodOptional<z.ZodType>>,
  )
  .strict() as unknown as z.ZodType<Answers>;

/** Which step owns a field. */
export const fieldStep: Record<keyof Answers, StepId> = Object.fromEntries(
  STEP_IDS.flatMap((id) => Object.keys(stepSchemas[id].shape).map((field) => [field, id])),
) as Record<keyof Answers, StepId>;

export const stepFields = (step: StepId): (keyof Answers)[] =>
  Object.keys(stepSchemas[step].shape) as (keyof Answers)[];
