import { z } from 'zod';
import type { Answers } from './answers.ts';
import { LnpTrouble, Reqtyp, StateCode, Symptom, YesNoUnknown } from './answers.ts';
import { parseCircuitId } from './identifiers/circuitId.ts';
import type { ListResult } from './identifiers/result.ts';
import { parseServiceOrderNumbers } from './identifiers/serviceOrder.ts';
import {
  formatTelephoneNumber,
  parseTelephoneNumber,
  parseTelephoneNumbers,
} from './identifiers/telephone.ts';
import {
  CONTACT_FUNCTION_LABELS,
  LNP_TROUBLE_LABELS,
  PREMATURE_DISCONNECT_STATEMENT,
  PRODUCT_TYPE_LABELS,
  REQTYP_LABELS,
  SYMPTOM_LABELS,
  describeOutcome,
  escalationHeadline,
} from './outcomes.ts';
import { REGIONS, REGION_NAMES, regionOf, stateInfo } from './regions.ts';
import type { ContactFunction, Decision, ProductType } from './rules.ts';
import { OUTCOMES } from './rules.ts';
import { isPrematureDisconnect, pruneAnswers } from './steps.ts';

/*
 * The trouble report: everything the summary, the result page and a ticket need, built from the
 * answers on the current path only. Identifiers are parsed and normalised here, once; free text
 * is kept as typed.
 */

const keysOf = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as [K, ...K[]];

const LineIssueSchema = z.object({
  line: z.number().int().positive(),
  input: z.string(),
  message: z.string(),
});

/** A pasted list, parsed: unique values in the order pasted, and what the parser found. */
const ParsedListSchema = z.object({
  values: z.array(z.string()),
  warnings: z.array(LineIssueSchema),
  /** Entries that could not be read. Validation blocks them; kept so nothing typed is lost. */
  errors: z.array(LineIssueSchema),
  duplicatesRemoved: z.number().int().nonnegative(),
});

export const ReportSchema = z.object({
  outcome: z.enum(OUTCOMES),
  escalation: z.boolean(),
  title: z.string(),
  center: z.string(),
  /** The escalation in one line: the exact statement for a premature disconnect. */
  headline: z.string().optional(),
  reason: z.string(),
  source: z.object({ ruleId: z.string(), section: z.string(), text: z.string() }),
  location: z
    .object({
      state: StateCode,
      stateName: z.string(),
      region: z.enum(REGIONS),
      regionName: z.string(),
      historicalNote: z.string().optional(),
    })
    .optional(),
  contactKey: z
    .object({
      function: z.enum(keysOf<ContactFunction>(CONTACT_FUNCTION_LABELS)),
      region: z.enum(REGIONS),
      productType: z.enum(keysOf<ProductType>(PRODUCT_TYPE_LABELS)),
    })
    .optional(),
  clecContact: z
    .object({
      name: z.string(),
      company: z.string(),
      /** 312-555-0123 when it parses, else as typed. */
      callbackNumber: z.string(),
      email: z.string().optional(),
    })
    .optional(),
  /** The Service Representative's name or the ticket number the CLEC was given. */
  serviceRepReference: z.string().optional(),
  reqtyp: z.object({ code: Reqtyp, label: z.string() }).optional(),
  pon: z.string().optional(),
  focDate: z.string().optional(),
  dueDate: z.string().optional(),
  completionDate: z.string().optional(),
  /** 10 digits each. */
  telephoneNumbers: ParsedListSchema.optional(),
  serviceOrderNumbers: ParsedListSchema.optional(),
  symptoms: z.array(z.object({ code: Symptom, label: z.string() })).optional(),
  symptomDetails: z.string().optional(),
  lnpTrouble: z.object({ kind: LnpTrouble, label: z.string() }).optional(),
  /** Set for a premature disconnect: the words AT&T asks for. */
  statement: z.literal(PREMATURE_DISCONNECT_STATEMENT).optional(),
  ds1: z
    .object({
      disconnected: YesNoUnknown,
      /** Absent when the DS1 question does not need it (no physical disconnection, none typed). */
      circuit: z
        .discriminatedUnion('known', [
          z.object({ known: z.literal(true), id: z.string(), warnings: z.array(z.string()) }),
          z.object({ known: z.literal(false) }),
        ])
        .optional(),
    })
    .optional(),
});
export type Report = z.infer<typeof ReportSchema>;

type Ds1 = NonNullable<Report['ds1']>;

const text = (s: string | undefined): string | undefined => s?.trim() || undefined;

function parsedList(pasted: string | undefined, parse: (s: string) => ListResult<string>) {
  if (!text(pasted)) return undefined;
  const { values, errors, warnings, duplicatesRemoved } = parse(pasted ?? '');
  return { values, errors, warnings, duplicatesRemoved };
}

function callback(typed: string): string {
  const parsed = parseTelephoneNumber(typed);
  return parsed.ok ? formatTelephoneNumber(parsed.value) : typed.trim();
}

function ds1(a: Answers): Ds1 | undefined {
  if (!a.ds1Disconnected) return undefined;
  const typed = text(a.circuitId);
  if (typed) {
    const parsed = parseCircuitId(typed, { expectDs1: true });
    return {
      disconnected: a.ds1Disconnected,
      circuit: parsed.ok
        ? { known: true, id: parsed.value.id, warnings: parsed.warnings }
        : { known: true, id: typed, warnings: [parsed.error] },
    };
  }
  return a.ds1Disconnected === 'yes'
    ? { disconnected: 'yes', circuit: { known: false } }
    : { disconnected: a.ds1Disconnected };
}

/** Same answers, same report: no clock, no randomness. */
export function buildReport(answers: Answers, decision: Decision): Report {
  const a = pruneAnswers(answers);
  const info = describeOutcome(decision, a);
  const { rule } = decision;
  const state = a.state;
  const region = state ? regionOf(state) : undefined;
  const symptoms = Symptom.options.filter((s) => a.symptoms?.includes(s));
  return {
    outcome: decision.outcome,
    escalation: decision.escalation,
    title: info.title,
    center: info.center,
    headline: escalationHeadline(decision, a),
    reason: rule.reason,
    source: { ruleId: rule.id, ...rule.source },
    location:
      state && region
        ? {
            state,
            stateName: stateInfo(state).name,
            region,
            regionName: REGION_NAMES[region],
            historicalNote: stateInfo(state).historical,
          }
        : undefined,
    contactKey: decision.contactKey ? { ...decision.contactKey } : undefined,
    clecContact:
      a.contactName !== undefined
        ? {
            name: a.contactName.trim(),
            company: a.company?.trim() ?? '',
            callbackNumber: callback(a.callbackNumber ?? ''),
            email: text(a.email),
          }
        : undefined,
    serviceRepReference: a.workedWithServiceRep === 'yes' ? text(a.serviceRepReference) : undefined,
    reqtyp: a.reqtyp ? { code: a.reqtyp, label: REQTYP_LABELS[a.reqtyp] } : undefined,
    pon: text(a.pon),
    // The dates belong to the "yes" answer: a date left from an earlier "yes" is not reported.
    focDate: a.focReceived === 'yes' ? text(a.focDate) : undefined,
    dueDate: a.focReceived === 'yes' ? text(a.dueDate) : undefined,
    completionDate: a.completed === 'yes' ? text(a.completionDate) : undefined,
    telephoneNumbers: parsedList(a.telephoneNumbers, parseTelephoneNumbers),
    serviceOrderNumbers: parsedList(a.serviceOrders, parseServiceOrderNumbers),
    symptoms:
      symptoms.length > 0
        ? symptoms.map((code) => ({ code, label: SYMPTOM_LABELS[code] }))
        : undefined,
    symptomDetails: text(a.symptomDetails),
    lnpTrouble: a.lnpTrouble
      ? { kind: a.lnpTrouble, label: LNP_TROUBLE_LABELS[a.lnpTrouble] }
      : undefined,
    statement:
      decision.outcome === 'lnpCenterContacts' && isPrematureDisconnect(a)
        ? PREMATURE_DISCONNECT_STATEMENT
        : undefined,
    ds1: ds1(a),
  };
}
