import { z } from 'zod';
import type { Answers } from './answers.ts';
import {
  EscalationLevel,
  Isolation,
  LnpTrouble,
  Reqtyp,
  StateCode,
  Symptom,
  TimeZone,
  YesNo,
  YesNoUnknown,
} from './answers.ts';
import { ContactFunctionSchema, ProductTypeSchema } from './contacts.ts';
import { parseAmount } from './identifiers/amount.ts';
import { parseCircuitId } from './identifiers/circuitId.ts';
import { parseDate } from './identifiers/date.ts';
import type { ListResult } from './identifiers/result.ts';
import { parseServiceOrderNumbers } from './identifiers/serviceOrder.ts';
import {
  formatTelephoneNumber,
  parseTelephoneNumber,
  parseTelephoneNumbers,
} from './identifiers/telephone.ts';
import { parseTime } from './identifiers/time.ts';
import {
  ESCALATION_LEVEL_LABELS,
  ISOLATION_LABELS,
  LNP_TROUBLE_LABELS,
  REQTYP_LABELS,
  SYMPTOM_LABELS,
} from './labels.ts';
import {
  PREMATURE_DISCONNECT_STATEMENT,
  describeOutcome,
  escalationHeadline,
  requestOf,
} from './outcomes.ts';
import { reportedAnswers } from './questions.ts';
import { REGIONS, REGION_NAMES, regionOf, stateInfo } from './regions.ts';
import type { Decision } from './rules.ts';
import { OUTCOMES } from './rules.ts';
import { isPrematureDisconnect } from './steps.ts';

/*
 * The trouble report: everything the summary, the result page and a ticket need, built from the
 * answers on the current path only (a branch the user left is never reported). Identifiers and
 * dates are parsed and normalised here, once (dates as ISO in the data); free text is kept as
 * typed.
 */

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

const IsoDate = z.iso.date();

export const ReportSchema = z.object({
  outcome: z.enum(OUTCOMES),
  escalation: z.boolean(),
  title: z.string(),
  center: z.string(),
  /** The escalation in one line: the exact statement for a premature disconnect. */
  headline: z.string().optional(),
  /** What the CLEC asks AT&T to do. */
  request: z.string().optional(),
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
      function: ContactFunctionSchema,
      region: z.enum(REGIONS),
      productType: ProductTypeSchema,
    })
    .optional(),
  clecContact: z
    .object({
      name: z.string(),
      company: z.string(),
      /** ACNA or OCN, uppercase. */
      companyCode: z.string().optional(),
      /** 312-555-0123 when it parses, else as typed. */
      callbackNumber: z.string(),
      email: z.string().optional(),
    })
    .optional(),
  reqtyp: z.object({ code: Reqtyp, label: z.string() }).optional(),
  pon: z.string().optional(),
  ver: z.string().optional(),
  focDate: IsoDate.optional(),
  dueDate: IsoDate.optional(),
  completionDate: IsoDate.optional(),
  /** 10 digits each. */
  telephoneNumbers: ParsedListSchema.optional(),
  serviceOrderNumbers: ParsedListSchema.optional(),
  loopCircuitId: z.string().optional(),
  bill: z
    .object({
      ban: z.string().optional(),
      billDate: IsoDate.optional(),
      disputedAmountCents: z.number().int().nonnegative().optional(),
      claimNumber: z.string().optional(),
    })
    .optional(),
  symptoms: z.array(z.object({ code: Symptom, label: z.string() })).optional(),
  symptomDetails: z.string().optional(),
  troubleStarted: z
    .object({
      date: IsoDate.optional(),
      /** 24-hour HH:MM. */
      time: z.string().optional(),
      timeZone: TimeZone.optional(),
    })
    .optional(),
  lnpTrouble: z.object({ kind: LnpTrouble, label: z.string() }).optional(),
  /** Set for a premature disconnect: the words AT&T asks for. */
  statement: z.literal(PREMATURE_DISCONNECT_STATEMENT).optional(),
  isolation: z
    .object({ where: Isolation, label: z.string(), premisesReviewed: YesNo.optional() })
    .optional(),
  npacActivated: YesNoUnknown.optional(),
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
  escalationLevel: z.object({ level: EscalationLevel, label: z.string() }).optional(),
  /** The problem was worked with the Service Representative and not resolved there. */
  notResolvedByServiceRep: z.boolean().optional(),
  /** Trouble tickets or cases AT&T already opened, as typed. */
  attTicketNumbers: z.string().optional(),
  serviceRepName: z.string().optional(),
  endUser: z
    .object({ name: z.string().optional(), serviceAddress: z.string().optional() })
    .optional(),
});
export type Report = z.infer<typeof ReportSchema>;

type Ds1 = NonNullable<Report['ds1']>;

const text = (s: string | undefined): string | undefined => s?.trim() || undefined;

/** An ISO date from a typed one; validation let only readable dates through. */
function isoDate(typed: string | undefined): string | undefined {
  const value = text(typed);
  if (!value) return undefined;
  const parsed = parseDate(value);
  return parsed.ok ? parsed.value : undefined;
}

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
  const typed = a.ds1Disconnected === 'yes' ? text(a.circuitId) : undefined;
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

function bill(a: Answers): Report['bill'] {
  const amount = text(a.disputedAmount) ? parseAmount(a.disputedAmount ?? '') : undefined;
  const result = {
    ban: text(a.ban),
    billDate: isoDate(a.billDate),
    disputedAmountCents: amount?.ok ? amount.value : undefined,
    claimNumber: text(a.claimNumber),
  };
  return Object.values(result).some((v) => v !== undefined) ? result : undefined;
}

function troubleStarted(a: Answers): Report['troubleStarted'] {
  const date = isoDate(a.troubleStartDate);
  const typedTime = text(a.troubleStartTime);
  const time = typedTime ? parseTime(typedTime) : undefined;
  if (!date && !time?.ok) return undefined;
  return {
    date,
    time: time?.ok ? time.value : undefined,
    timeZone: a.troubleTimeZone,
  };
}

/** Same answers, same report: no clock, no randomness. */
export function buildReport(answers: Answers, decision: Decision): Report {
  const a = reportedAnswers(answers);
  const info = describeOutcome(decision, a);
  const { rule } = decision;
  const state = a.state;
  const region = state ? regionOf(state) : undefined;
  const symptoms = Symptom.options.filter((s) => a.symptoms?.includes(s));
  const endUser = { name: text(a.endUserName), serviceAddress: text(a.serviceAddress) };
  return {
    outcome: decision.outcome,
    escalation: decision.escalation,
    title: info.title,
    center: info.center,
    headline: escalationHeadline(decision, a),
    request: requestOf(decision, a),
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
            companyCode: text(a.companyCode)?.toUpperCase(),
            callbackNumber: callback(a.callbackNumber ?? ''),
            email: text(a.email),
          }
        : undefined,
    reqtyp: a.reqtyp ? { code: a.reqtyp, label: REQTYP_LABELS[a.reqtyp] } : undefined,
    pon: text(a.pon),
    ver: text(a.ver),
    // reportedAnswers() keeps the dates only under a "yes": a date left from an earlier "yes"
    // is not reported.
    focDate: isoDate(a.focDate),
    dueDate: isoDate(a.dueDate),
    completionDate: isoDate(a.completionDate),
    telephoneNumbers: parsedList(a.telephoneNumbers, parseTelephoneNumbers),
    serviceOrderNumbers: parsedList(a.serviceOrders, parseServiceOrderNumbers),
    loopCircuitId: text(a.loopCircuitId)?.replace(/\s+/gu, '').toUpperCase(),
    bill: bill(a),
    symptoms:
      symptoms.length > 0
        ? symptoms.map((code) => ({ code, label: SYMPTOM_LABELS[code] }))
        : undefined,
    symptomDetails: text(a.symptomDetails),
    troubleStarted: troubleStarted(a),
    lnpTrouble: a.lnpTrouble
      ? { kind: a.lnpTrouble, label: LNP_TROUBLE_LABELS[a.lnpTrouble] }
      : undefined,
    statement:
      decision.outcome === 'lnpCenterContacts' && isPrematureDisconnect(a)
        ? PREMATURE_DISCONNECT_STATEMENT
        : undefined,
    isolation: a.isolation
      ? {
          where: a.isolation,
          label: ISOLATION_LABELS[a.isolation],
          premisesReviewed: a.isolation === 'attNetwork' ? a.premisesReviewed : undefined,
        }
      : undefined,
    npacActivated: a.npacActivated,
    ds1: ds1(a),
    escalationLevel: a.escalationLevel
      ? { level: a.escalationLevel, label: ESCALATION_LEVEL_LABELS[a.escalationLevel] }
      : undefined,
    notResolvedByServiceRep:
      a.workedWithServiceRep === 'yes' && !isPrematureDisconnect(a) ? true : undefined,
    attTicketNumbers: text(a.attTicketNumbers),
    serviceRepName: text(a.serviceRepName),
    endUser: endUser.name || endUser.serviceAddress ? endUser : undefined,
  };
}

/**
 * A short fingerprint of a report's content (FNV-1a over its JSON): what was filed is known by
 * it, so a report changed after filing is seen as not sent. Not a security hash.
 */
export function reportDigest(report: Report): string {
  const text = JSON.stringify(report);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x811c9dc5) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}
