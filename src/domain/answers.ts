import { z } from 'zod';
import { STATE_CODES } from './regions.ts';

/*
 * The answers a CLEC user gives, as stored: one zod shape per wizard step. These shapes are the
 * single source of the answer types, of the check of a saved draft on load and of the step ids in
 * the URL. They say what a stored answer may be (its type, its choices, its size); what makes a
 * step's answer complete and correct (required fields, identifier formats, one date after
 * another) is validation.ts, which may change between versions without making a saved draft
 * unreadable.
 *
 * Answers are flat: every field belongs to exactly one step, and the routing rules (rules.ts)
 * test the fields directly. Free text and pasted lists are kept exactly as typed (dates too);
 * they are parsed when the report is built, so nothing the user typed is reformatted in front of
 * them or lost.
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

/** REQTYP of the LSR: first character = product, second B = firm order (docs/domain.md). */
export const Reqtyp = z.enum(['AB', 'BB', 'CB', 'EB', 'MB', 'other']);
export type Reqtyp = z.infer<typeof Reqtyp>;

/** The products that port numbers: resale (EB) and LWC (MB) keep the number on AT&T's switch. */
export const PORTING_REQTYPS = ['AB', 'BB', 'CB', 'other'] as const satisfies readonly Reqtyp[];

export const LnpTrouble = z.enum([
  'prematureDisconnect',
  'portOrder',
  'aAndD',
  'ds0Loop',
  'lrnCorrection',
  'complexTranslations',
  'ds1AndAbove',
]);
export type LnpTrouble = z.infer<typeof LnpTrouble>;

export const Isolation = z.enum(['attNetwork', 'clecOrEndUser', 'notYet']);
export type Isolation = z.infer<typeof Isolation>;

export const StateCode = z.enum(STATE_CODES);
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

/** Which escalation of the same problem this is: AT&T's centers escalate level by level. */
export const EscalationLevel = z.enum(['first', 'second', 'third', 'fourthOrLater']);
export type EscalationLevel = z.infer<typeof EscalationLevel>;

/** US time zones of AT&T's footprint (and the two outside it a CLEC may work from). */
export const TimeZone = z.enum(['ET', 'CT', 'MT', 'PT', 'AKT', 'HT']);
export type TimeZone = z.infer<typeof TimeZone>;

/** The most a pasted list may hold, in characters. */
export const MAX_PASTE_CHARACTERS = 1_000_000;

/** Text as typed, with a generous cap that only a wrong paste reaches. */
const text = (max: number) => z.string().max(max);

/** One shape per step. The keys are the step ids used in the URL. */
export const stepSchemas = {
  problem: z.object({ problemKind: ProblemKind }),
  lnpTrouble: z.object({ lnpTrouble: LnpTrouble }),
  accessTariff: z.object({ accessTariff: YesNo }),
  serviceRep: z.object({ workedWithServiceRep: YesNo }),
  order: z.object({ reqtyp: Reqtyp, pon: text(200), ver: text(40) }),
  facility: z.object({ facilityIssue: YesNo }),
  foc: z.object({ focReceived: YesNoUnknown, focDate: text(40), dueDate: text(40) }),
  completion: z.object({ completed: YesNoUnknown, completionDate: text(40) }),
  serviceAffected: z.object({ serviceAffected: YesNo }),
  isolation: z.object({ isolation: Isolation, premisesReviewed: YesNo }),
  state: z.object({ state: StateCode }),
  numbers: z.object({
    telephoneNumbers: z.string(),
    serviceOrders: text(10_000),
    loopCircuitId: text(200),
  }),
  bill: z.object({
    ban: text(200),
    billDate: text(40),
    disputedAmount: text(40),
    claimNumber: text(200),
  }),
  symptoms: z.object({
    symptoms: z.array(Symptom),
    symptomDetails: text(10_000),
    troubleStartDate: text(40),
    troubleStartTime: text(40),
    troubleTimeZone: TimeZone,
  }),
  ds1: z.object({
    ds1Disconnected: YesNoUnknown,
    circuitId: text(200),
    circuitIdUnknown: z.boolean(),
  }),
  escalation: z.object({
    escalationLevel: EscalationLevel,
    attTicketNumbers: text(1_000),
    serviceRepName: text(200),
    npacActivated: YesNoUnknown,
    endUserName: text(200),
    serviceAddress: text(1_000),
  }),
  contact: z.object({
    contactName: text(200),
    company: text(200),
    callbackNumber: text(200),
    email: text(400),
    companyCode: text(40),
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
export type FieldName = keyof Answers;
/** The fields of one step. */
export type StepField<S extends StepId> = keyof StepAnswers[S] & FieldName;

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
export const fieldStep: Record<FieldName, StepId> = Object.fromEntries(
  STEP_IDS.flatMap((id) => Object.keys(stepSchemas[id].shape).map((field) => [field, id])),
) as Record<FieldName, StepId>;

export const stepFields = (step: StepId): FieldName[] =>
  Object.keys(stepSchemas[step].shape) as FieldName[];
