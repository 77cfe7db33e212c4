import type { Answers, FieldName, StepField, StepId } from './answers.ts';
import {
  EscalationLevel,
  Isolation,
  LnpTrouble,
  ProblemKind,
  Reqtyp,
  Symptom,
  TimeZone,
  stepFields,
} from './answers.ts';
import { parseTelephoneNumbers } from './identifiers/telephone.ts';
import {
  ESCALATION_LEVEL_LABELS,
  ISOLATION_LABELS,
  LNP_TROUBLE_HINTS,
  LNP_TROUBLE_LABELS,
  PROBLEM_KIND_LABELS,
  REQTYP_LABELS,
  SYMPTOM_LABELS,
  TIME_ZONE_LABELS,
  YES_NO_LABELS,
} from './labels.ts';
import type { StateProposal } from './regions.ts';
import { REGIONS, REGION_NAMES, STATES, STATE_CODES, proposeState } from './regions.ts';
import type { Decision } from './rules.ts';
import { allowedValues } from './rules.ts';
import type { Path } from './steps.ts';
import {
  asksEndUser,
  asksLoopCircuit,
  asksServiceOrders,
  asksSymptomChecklist,
  followPath,
  isPrematureDisconnect,
} from './steps.ts';

/*
 * Every question of the wizard, defined once: its title (the page's h1, the legend or label of its
 * main field, and the document title, as GOV.UK's isPageHeading does), its fields with their
 * choices and hints, when a field applies, and its key on the check page (checkAnswers.ts writes
 * the answers there). Which
 * question comes when is not decided here but by the plan (plan.ts); what makes an answer valid is
 * validation.ts, which reads the `required` messages declared here.
 *
 * Plain data and pure functions: the wizard renders any step from its entry, so a new question
 * needs its schema (answers.ts), its rule conditions (rules.ts), its entry here and its tests.
 * The entries are typed against the step's schema: a field without an entry does not compile.
 */

/** What a question may depend on: the answers so far and, once known, the decision. */
export interface QuestionContext {
  readonly answers: Answers;
  readonly decision: Decision | undefined;
}

export const contextOf = (
  answers: Answers,
  path: Pick<Path, 'decision'> = followPath(answers),
): QuestionContext => ({ answers, decision: path.decision });

type Text = string | ((ctx: QuestionContext) => string);

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  /** Fields of the same step shown under this choice while it is selected. */
  readonly reveals?: readonly FieldName[];
  /** "I don't know" and the like: an "or" stands above it. */
  readonly dividerBefore?: boolean;
}

export interface OptionGroup {
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

interface FieldBase {
  /**
   * The field's label or legend. Absent (or undefined for this context): the field is the page's
   * question, labelled by the step's title as the h1.
   */
  readonly label?: string | ((ctx: QuestionContext) => string | undefined);
  readonly hint?: Text;
  /** Said in the label ("(optional)"); validation lets it be empty. */
  readonly optional?: boolean | ((ctx: QuestionContext) => boolean);
  /** The message when a required field is empty (validation.ts). */
  readonly required?: string;
  /** When the field is on the page at all; a field revealed by a choice follows that choice. */
  readonly applies?: (ctx: QuestionContext) => boolean;
  /** The row's key on the check page and the hidden text of its Change link. */
  readonly checkLabel: string;
  /** Fields that share a legend (a date and a time): consecutive fields with the same group. */
  readonly group?: string;
}

export type FieldSpec = FieldBase &
  (
    | {
        readonly kind: 'radios';
        readonly choices: readonly Choice[] | ((ctx: QuestionContext) => readonly Choice[]);
        readonly inline?: boolean;
      }
    | { readonly kind: 'checkboxes'; readonly choices: readonly Choice[] }
    | { readonly kind: 'checkbox' }
    | {
        readonly kind: 'select';
        readonly groups: readonly OptionGroup[] | readonly Choice[];
        readonly placeholder: string;
      }
    | {
        readonly kind: 'text';
        /** How the browser helps: a date keeps a text box (typed MM/DD/YYYY, never a picker). */
        readonly input?: 'text' | 'date' | 'time' | 'tel' | 'email' | 'amount' | 'code';
        readonly width?: 'short' | 'medium' | 'full';
        readonly autoComplete?: string;
      }
    | { readonly kind: 'textarea'; readonly rows?: number; readonly spellCheck?: boolean }
    | {
        readonly kind: 'list';
        /** Which identifier the pasted list holds: the page counts and numbers its lines. */
        readonly list: 'telephoneNumbers' | 'serviceOrders';
        readonly rows?: number;
      }
  );

export interface Question<S extends StepId> {
  /** The question: h1, document title, and the legend or label of the step's main field. */
  readonly title: Text;
  /** A sentence under the h1, for a step whose fields each have their own label. */
  readonly intro?: Text;
  /** In the order shown; every field of the step's schema, and only those. */
  readonly fields: { readonly [F in StepField<S>]-?: FieldSpec };
  /** Shown on the first order question: the page offers to read the FOC. */
  readonly offersFocPaste?: boolean;
}

const resolve = (text: Text, ctx: QuestionContext): string =>
  typeof text === 'function' ? text(ctx) : text;

const choicesOf = <T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  hints: Partial<Record<T, string>> = {},
): Choice[] =>
  values.map((value) => {
    const hint = hints[value];
    return hint === undefined
      ? { value, label: labels[value] }
      : { value, label: labels[value], hint };
  });

const YES_NO: readonly Choice[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const DONT_KNOW: Choice = { value: 'unknown', label: YES_NO_LABELS.unknown, dividerBefore: true };

/** Yes (with the fields it reveals), no, or "I don't know". */
const yesRevealing = (reveals: readonly FieldName[]): readonly Choice[] => [
  { value: 'yes', label: 'Yes', reveals },
  { value: 'no', label: 'No' },
  DONT_KNOW,
];

/** The CLEC's company code, as the desk and the FOC call it: one name on every page. */
export const COMPANY_CODE = 'Company code (CCNA)';

const checklist = (ctx: QuestionContext) => asksSymptomChecklist(ctx.decision, ctx.answers);

const STATE_GROUPS: readonly OptionGroup[] = REGIONS.map((region) => ({
  label: REGION_NAMES[region],
  options: STATE_CODES.filter((code) => STATES[code].region === region).map((code) => ({
    value: code,
    label: STATES[code].name,
  })),
}));

/**
 * The state the answers point to (the numbers' area codes, a circuit ID's operating company),
 * which the state question proposes for the user to confirm; the FOC pasted first gives both.
 */
export function proposedState(answers: Answers): StateProposal | undefined {
  const numbers = parseTelephoneNumbers(answers.telephoneNumbers ?? '').values;
  const circuits = [answers.circuitId, answers.loopCircuitId].filter((id) => id !== undefined);
  return proposeState(numbers, circuits);
}

/** The porting products' choices, and why the others are not there. */
function reqtypChoices(ctx: QuestionContext): readonly Choice[] {
  const allowed = allowedValues('reqtyp', ctx.answers) ?? Reqtyp.options;
  return choicesOf(allowed, REQTYP_LABELS);
}

const isPd = (ctx: QuestionContext) => isPrematureDisconnect(ctx.answers);

export const QUESTIONS: { readonly [S in StepId]: Question<S> } = {
  problem: {
    title: 'What is the problem about?',
    fields: {
      problemKind: {
        kind: 'radios',
        checkLabel: 'What the problem is about',
        required: 'Select what the problem is about',
        choices: choicesOf(ProblemKind.options, PROBLEM_KIND_LABELS),
      },
    },
  },
  lnpTrouble: {
    title: 'What kind of number-porting problem is it?',
    fields: {
      lnpTrouble: {
        kind: 'radios',
        checkLabel: 'Kind of number-porting problem',
        required: 'Select the kind of number-porting problem',
        choices: choicesOf(LnpTrouble.options, LNP_TROUBLE_LABELS, LNP_TROUBLE_HINTS),
      },
    },
  },
  accessTariff: {
    title: 'Do you order this service from the Access Tariff?',
    fields: {
      accessTariff: {
        kind: 'radios',
        inline: true,
        checkLabel: 'Ordered from the Access Tariff',
        required: 'Select yes if you order from the Access Tariff, or no',
        hint: 'Ordering and maintenance escalations for services ordered from the Access Tariff are handled by AT&T Business Prime-Access, not by the Wholesale centers. Billing issues stay with Billing.',
        choices: YES_NO,
      },
    },
  },
  serviceRep: {
    title: 'Have you already worked this problem with the AT&T Service Representative?',
    fields: {
      workedWithServiceRep: {
        kind: 'radios',
        inline: true,
        checkLabel: 'Worked with the Service Representative',
        required: 'Select yes or no',
        hint: 'An escalation is a problem that was not resolved to your satisfaction at the Service Representative level.',
        choices: YES_NO,
      },
    },
  },
  order: {
    title: 'What is the REQTYP on the LSR?',
    offersFocPaste: true,
    fields: {
      reqtyp: {
        kind: 'radios',
        checkLabel: 'REQTYP',
        required: 'Select the REQTYP of the order',
        hint: (ctx) =>
          ctx.answers.problemKind === 'lnp'
            ? 'The first letter is the product; the second is B for a firm order. Resale (EB) and Local Wholesale Complete (MB) are not listed: they keep the number on AT&T’s switch, so they never port.'
            : 'The first letter is the product; the second is B for a firm order.',
        choices: reqtypChoices,
      },
      pon: {
        kind: 'text',
        label: 'PON',
        optional: true,
        width: 'medium',
        checkLabel: 'PON',
        hint: 'Your purchase order number on the LSR: up to 16 letters, digits and hyphens.',
      },
      ver: {
        kind: 'text',
        input: 'code',
        label: 'Version (VER)',
        optional: true,
        width: 'short',
        checkLabel: 'Version (VER)',
        hint: 'Like 01.',
      },
    },
  },
  facility: {
    title: 'Is the order held for facilities?',
    fields: {
      facilityIssue: {
        kind: 'radios',
        inline: true,
        checkLabel: 'Held for facilities',
        required: 'Select yes or no',
        hint: 'For example, AT&T reports no facilities available to provision the loop or the line (pending facilities, PF).',
        choices: YES_NO,
      },
    },
  },
  foc: {
    title: 'Has AT&T sent the Firm Order Confirmation (FOC)?',
    fields: {
      focReceived: {
        kind: 'radios',
        checkLabel: 'FOC received',
        required: 'Select yes, no or I don’t know',
        hint: 'The FOC is AT&T’s acceptance of your LSR. It carries the due date and the AT&T service order numbers.',
        choices: yesRevealing(['focDate', 'dueDate']),
      },
      focDate: {
        kind: 'text',
        input: 'date',
        label: 'FOC date',
        optional: true,
        width: 'medium',
        checkLabel: 'FOC date',
        hint: 'For example, 11/20/2026.',
      },
      dueDate: {
        kind: 'text',
        input: 'date',
        label: 'Due date (DD)',
        optional: true,
        width: 'medium',
        checkLabel: 'Due date (DD)',
        hint: 'The DD on the FOC, for example 11/24/2026.',
      },
    },
  },
  completion: {
    title: 'Has AT&T completed the order?',
    fields: {
      completed: {
        kind: 'radios',
        checkLabel: 'Order completed',
        required: 'Select yes, no or I don’t know',
        hint: 'AT&T sends a completion notice when the order is complete.',
        choices: yesRevealing(['completionDate']),
      },
      completionDate: {
        kind: 'text',
        input: 'date',
        label: 'Completion date',
        optional: true,
        width: 'medium',
        checkLabel: 'Completion date',
        hint: 'For example, 11/26/2026.',
      },
    },
  },
  serviceAffected: {
    title: 'Is the end user’s service affected?',
    fields: {
      serviceAffected: {
        kind: 'radios',
        checkLabel: 'End user’s service affected',
        required: 'Select yes or no',
        choices: [
          {
            value: 'yes',
            label: 'Yes: a line or circuit trouble',
            hint: 'No dial tone, noise, calls failing, a DS1 down.',
          },
          {
            value: 'no',
            label: 'No: the order itself is wrong',
            hint: 'Wrong features or records, or a missing completion notice.',
          },
        ],
      },
    },
  },
  isolation: {
    title: 'Where has the trouble been isolated?',
    fields: {
      isolation: {
        kind: 'radios',
        checkLabel: 'Where the trouble is isolated',
        required: 'Select where the trouble was isolated',
        hint: 'AT&T escalates troubles that testing has isolated to its network.',
        choices: [
          {
            value: 'attNetwork',
            label: ISOLATION_LABELS.attNetwork,
            reveals: ['premisesReviewed'],
          },
          ...choicesOf(
            Isolation.options.filter((value) => value !== 'attNetwork'),
            ISOLATION_LABELS,
          ),
        ],
      },
      premisesReviewed: {
        kind: 'radios',
        inline: true,
        label: 'Has the equipment at the end user’s premises been reviewed?',
        checkLabel: 'Premises equipment reviewed',
        required: 'Select yes or no: has the premises equipment been reviewed?',
        hint: 'AT&T asks that isolation include a review of the premises equipment.',
        choices: YES_NO,
      },
    },
  },
  state: {
    title: 'Which state is the service in?',
    fields: {
      state: {
        kind: 'select',
        checkLabel: 'State',
        required: 'Select the state where the service is, from the list',
        hint: (ctx) => {
          const proposal = proposedState(ctx.answers);
          const why = 'AT&T’s center contacts are organised by region.';
          return proposal ? `${proposal.because}: check that the service is there. ${why}` : why;
        },
        placeholder: 'Select a state',
        groups: STATE_GROUPS,
      },
    },
  },
  numbers: {
    title: (ctx) => {
      if (isPd(ctx)) {
        // Without an FOC there are no service orders, and nothing was "on the FOC".
        return asksServiceOrders(ctx.answers)
          ? 'Which telephone numbers and service orders were on the FOC?'
          : 'Which telephone numbers were disconnected?';
      }
      return asksServiceOrders(ctx.answers)
        ? 'Which telephone numbers and service orders are affected?'
        : 'Which telephone numbers are affected?';
    },
    fields: {
      telephoneNumbers: {
        kind: 'list',
        list: 'telephoneNumbers',
        rows: 8,
        checkLabel: 'Telephone numbers',
        // A premature disconnect needs the numbers or the service orders (validation.ts).
        optional: (ctx) => !isPd(ctx),
        label: (ctx) => {
          if (isPd(ctx)) {
            return asksServiceOrders(ctx.answers)
              ? 'Telephone numbers on the FOC (these, the service order numbers, or both)'
              : 'Telephone numbers that were disconnected';
          }
          return asksServiceOrders(ctx.answers) || asksLoopCircuit(ctx.decision, ctx.answers)
            ? 'Affected telephone numbers'
            : undefined;
        },
        hint: 'Paste or type them, one per line or separated by commas, in any format, like 312 555 0123. A range like 312-555-1200-1299 counts each number in it. Thousands are fine.',
      },
      serviceOrders: {
        kind: 'list',
        list: 'serviceOrders',
        rows: 3,
        checkLabel: 'AT&T service order numbers',
        applies: (ctx) => asksServiceOrders(ctx.answers),
        optional: (ctx) => !isPd(ctx),
        label: (ctx) =>
          isPd(ctx)
            ? 'AT&T service order numbers on the FOC (these, the telephone numbers, or both)'
            : 'AT&T service order numbers',
        hint: 'One per line or separated by commas, like N12345678.',
      },
      loopCircuitId: {
        kind: 'text',
        input: 'code',
        label: 'Circuit ID of the loop, if known',
        optional: true,
        width: 'medium',
        checkLabel: 'Loop circuit ID',
        hint: 'Like 12/LXFU/123456/SW. Leave it empty if you do not know it.',
        applies: (ctx) => asksLoopCircuit(ctx.decision, ctx.answers),
      },
    },
  },
  bill: {
    title: 'Which bill is it about?',
    intro: 'Everything here is optional: give what you have, so Billing finds the charge at once.',
    fields: {
      ban: {
        kind: 'text',
        input: 'code',
        label: 'Billing account number (BAN)',
        optional: true,
        width: 'medium',
        checkLabel: 'Billing account number (BAN)',
      },
      billDate: {
        kind: 'text',
        input: 'date',
        label: 'Bill date',
        optional: true,
        width: 'medium',
        checkLabel: 'Bill date',
        hint: 'For example, 11/01/2026.',
      },
      disputedAmount: {
        kind: 'text',
        input: 'amount',
        label: 'Amount in dispute',
        optional: true,
        width: 'short',
        checkLabel: 'Amount in dispute',
        hint: 'In dollars, like 1,234.56.',
      },
      claimNumber: {
        kind: 'text',
        input: 'code',
        label: 'Claim or dispute number, if there is one',
        optional: true,
        width: 'medium',
        checkLabel: 'Claim or dispute number',
      },
    },
  },
  symptoms: {
    title: (ctx) => (checklist(ctx) ? 'What is happening on the line?' : 'Describe the problem'),
    fields: {
      symptoms: {
        kind: 'checkboxes',
        checkLabel: 'Symptoms',
        hint: 'Select all that apply.',
        applies: checklist,
        choices: choicesOf(Symptom.options, SYMPTOM_LABELS),
      },
      symptomDetails: {
        kind: 'textarea',
        checkLabel: 'The trouble in detail',
        label: (ctx) => (checklist(ctx) ? 'Describe the trouble in your own words' : undefined),
        hint: (ctx) =>
          checklist(ctx)
            ? 'Add detail to what you selected, or describe it here if nothing above fits. For example, “Disconnect recording on line(s)”.'
            : 'What happened, what you expected, and what the Service Representative said.',
      },
      troubleStartDate: {
        kind: 'text',
        input: 'date',
        group: 'When did the trouble start? (optional)',
        label: 'Date',
        width: 'medium',
        checkLabel: 'Trouble started',
        hint: 'For example, 11/25/2026.',
        applies: checklist,
      },
      troubleStartTime: {
        kind: 'text',
        input: 'time',
        group: 'When did the trouble start? (optional)',
        label: 'Time',
        width: 'short',
        checkLabel: 'Trouble started at',
        hint: 'Like 9:30 AM.',
        applies: checklist,
      },
      troubleTimeZone: {
        kind: 'select',
        group: 'When did the trouble start? (optional)',
        label: 'Time zone',
        placeholder: 'Select',
        checkLabel: 'Time zone',
        applies: checklist,
        groups: choicesOf(TimeZone.options, TIME_ZONE_LABELS),
      },
    },
  },
  ds1: {
    title: 'Does isolation point to a physical disconnection of the DS1?',
    fields: {
      ds1Disconnected: {
        kind: 'radios',
        checkLabel: 'Physical DS1 disconnection',
        required: 'Select yes, no or I don’t know',
        hint: 'The DS1 (T1) facility the numbers ride on.',
        choices: yesRevealing(['circuitId', 'circuitIdUnknown']),
      },
      circuitId: {
        kind: 'text',
        input: 'code',
        label: 'The DS1’s circuit ID',
        width: 'medium',
        checkLabel: 'DS1 circuit ID',
        hint: 'Like 73/HCGS/123456/000/NE.',
      },
      circuitIdUnknown: {
        kind: 'checkbox',
        label: 'I don’t know it',
        checkLabel: 'DS1 circuit ID not known',
      },
    },
  },
  escalation: {
    title: 'What else should AT&T know?',
    intro: (ctx) =>
      isPd(ctx)
        ? 'The facts the center asks for first. Only the port’s state in the NPAC is needed; give the rest if you have it.'
        : 'Give what you have: each line helps the center pick the escalation up without calling you back.',
    fields: {
      npacActivated: {
        kind: 'radios',
        label: 'Has the port been activated in the NPAC?',
        checkLabel: 'Port activated in the NPAC',
        required: 'Select yes, no or I don’t know: has the port been activated in the NPAC?',
        hint: 'A premature disconnect happens before the new carrier activates the port.',
        applies: isPd,
        choices: [...YES_NO, DONT_KNOW],
      },
      escalationLevel: {
        kind: 'radios',
        label: 'Which escalation of this problem is this?',
        optional: true,
        checkLabel: 'Escalation level',
        choices: choicesOf(EscalationLevel.options, ESCALATION_LEVEL_LABELS),
      },
      attTicketNumbers: {
        kind: 'text',
        label: 'AT&T ticket numbers already open',
        optional: true,
        checkLabel: 'AT&T ticket numbers',
        hint: 'Trouble ticket or case numbers AT&T gave you, separated by commas.',
      },
      serviceRepName: {
        kind: 'text',
        label: (ctx) =>
          isPd(ctx)
            ? 'The AT&T representative you spoke to, if any'
            : 'The AT&T Service Representative you worked with',
        optional: true,
        width: 'medium',
        checkLabel: 'AT&T representative',
      },
      endUserName: {
        kind: 'text',
        label: 'End user’s name',
        optional: true,
        width: 'medium',
        checkLabel: 'End user',
        applies: (ctx) => asksEndUser(ctx.decision),
      },
      serviceAddress: {
        kind: 'textarea',
        rows: 2,
        label: 'Service address',
        optional: true,
        checkLabel: 'Service address',
        spellCheck: false,
        applies: (ctx) => asksEndUser(ctx.decision),
      },
    },
  },
  contact: {
    title: 'Who should AT&T contact about this escalation?',
    intro: 'These go in the report. They are remembered on this device for your next escalation.',
    fields: {
      contactName: {
        kind: 'text',
        label: 'Your name',
        autoComplete: 'name',
        width: 'medium',
        checkLabel: 'Your name',
        required: 'Enter your name',
      },
      company: {
        kind: 'text',
        label: 'Company (the CLEC)',
        autoComplete: 'organization',
        width: 'medium',
        checkLabel: 'Company',
        required: 'Enter your company (the CLEC)',
      },
      companyCode: {
        kind: 'text',
        input: 'code',
        label: COMPANY_CODE,
        optional: true,
        width: 'short',
        checkLabel: COMPANY_CODE,
        hint: 'The code your LSRs and AT&T’s FOCs name your company by, like ABC.',
      },
      callbackNumber: {
        kind: 'text',
        input: 'tel',
        autoComplete: 'tel',
        width: 'medium',
        label: 'Call-back telephone number',
        checkLabel: 'Call-back number',
        required: 'Enter a call-back telephone number',
        hint: 'Like 312 555 0123.',
      },
      email: {
        kind: 'text',
        input: 'email',
        autoComplete: 'email',
        label: 'E-mail address',
        optional: true,
        checkLabel: 'E-mail',
      },
    },
  },
};

export function fieldSpec(step: StepId, field: FieldName): FieldSpec {
  const spec = (QUESTIONS[step].fields as Partial<Record<FieldName, FieldSpec>>)[field];
  if (!spec) throw new Error(`The step ${step} has no field ${field}`);
  return spec;
}

/** Every field of a step with its spec, in the order shown: the registry's, not the schema's. */
export function fieldsOf(step: StepId): readonly { name: FieldName; spec: FieldSpec }[] {
  return (Object.keys(QUESTIONS[step].fields) as FieldName[]).map((name) => ({
    name,
    spec: fieldSpec(step, name),
  }));
}

export function titleOf(step: StepId, ctx: QuestionContext): string {
  return resolve(QUESTIONS[step].title, ctx);
}

export function introOf(step: StepId, ctx: QuestionContext): string | undefined {
  const intro = QUESTIONS[step].intro;
  return intro === undefined ? undefined : resolve(intro, ctx);
}

export function hintOf(spec: FieldSpec, ctx: QuestionContext): string | undefined {
  return spec.hint === undefined ? undefined : resolve(spec.hint, ctx);
}

/** The field's label; undefined when it is the page's question (labelled by the h1). */
export function labelOf(spec: FieldSpec, ctx: QuestionContext): string | undefined {
  return typeof spec.label === 'function' ? spec.label(ctx) : spec.label;
}

/** Whether the label says "(optional)": the field may be left empty. */
export function isOptional(spec: FieldSpec, ctx: QuestionContext): boolean {
  return typeof spec.optional === 'function' ? spec.optional(ctx) : (spec.optional ?? false);
}

export function choicesFor(spec: FieldSpec, ctx: QuestionContext): readonly Choice[] {
  if (spec.kind === 'radios')
    return typeof spec.choices === 'function' ? spec.choices(ctx) : spec.choices;
  if (spec.kind === 'checkboxes') return spec.choices;
  return [];
}

/** The choice of the step that reveals `field`, if a choice does. */
export function revealedBy(
  step: StepId,
  field: FieldName,
): { readonly parent: FieldName; readonly value: string } | undefined {
  for (const { name, spec } of fieldsOf(step)) {
    if (spec.kind !== 'radios' || typeof spec.choices === 'function') continue;
    const choice = spec.choices.find((c) => c.reveals?.includes(field));
    if (choice) return { parent: name, value: choice.value };
  }
  return undefined;
}

/**
 * Whether a field is asked with these values of its step (`values`, the form's or the stored
 * answers) in this context: its `applies` rule, and the choice that reveals it.
 */
export function isShown(
  step: StepId,
  field: FieldName,
  ctx: QuestionContext,
  values: Partial<Record<FieldName, unknown>> = ctx.answers,
): boolean {
  const spec = fieldSpec(step, field);
  if (spec.applies && !spec.applies(ctx)) return false;
  const parent = revealedBy(step, field);
  return !parent || values[parent.parent] === parent.value;
}

/**
 * Only the answers asked on the current path, in the branch taken: what the report and the ticket
 * are built from. Answers of a branch the user left stay in the draft but are never reported.
 */
export function reportedAnswers(answers: Answers, path: Path = followPath(answers)): Answers {
  const ctx = contextOf(answers, path);
  const kept: Answers = {};
  for (const step of path.steps) {
    for (const field of stepFields(step)) {
      if (answers[field] !== undefined && isShown(step, field, ctx)) {
        Object.assign(kept, { [field]: answers[field] });
      }
    }
  }
  return kept;
}
