import type { CenterContact, ContactLevel } from './contacts.ts';
import { asciiPunctuation, formatPhone } from './format.ts';
import { formatAmount } from './identifiers/amount.ts';
import { formatUsDate } from './identifiers/date.ts';
import { formatCount } from './identifiers/list.ts';
import { formatTelephoneNumber } from './identifiers/telephone.ts';
import { formatTime } from './identifiers/time.ts';
import type { OutcomeInfo } from './outcomes.ts';
import type { Report } from './report.ts';

/*
 * The report as plain text the CLEC pastes into an e-mail or a ticket system, or reads out on the
 * phone. What an AT&T agent reads first comes first: the statement, the request, the identifiers,
 * the facts; the center it went to comes last. The page the rule rests on ("call the number in
 * the Center Contacts list ...") is an instruction to the CLEC, shown on the user's screen and
 * never written into what AT&T receives. One line per field, never wrapped
 * or indented, so it pastes cleanly anywhere; nothing for a field not given. Built from arrays and
 * joined once, so a paste of thousands of numbers stays fast.
 */

export interface SummaryOptions {
  /** The center's entry in the Center Contacts list in use, when it has one. */
  readonly centerContact?: CenterContact;
  /** The escalation levels still ahead of this one in that entry. */
  readonly nextLevels?: readonly ContactLevel[];
  /** The ticket's reference once filed. */
  readonly ticketReference?: string;
  /** When the report was made, as the user's clock shows it ("11/26/2026 10:42 AM CST"). */
  readonly reportedAt?: string;
  /** The tool and version that made it, for the last line. */
  readonly generator?: string;
}

/** "Label: value" on one line (the user's line breaks become " / "); nothing when not given. */
function field(label: string, value: string | undefined): string[] {
  const flat = value
    ?.split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' / ');
  return flat ? [`${label}: ${flat}`] : [];
}

const MIN_BLOCK = 3;
/** Up to this many numbers are read out one by one: blocks would only repeat them. */
const FEW_NUMBERS = 5;

/** Runs of consecutive numbers, in the order pasted: easier to read out than every number. */
function blocks(tenDigits: readonly string[]): string[] {
  const found: string[] = [];
  let start = 0;
  for (let i = 1; i <= tenDigits.length; i++) {
    const consecutive =
      i < tenDigits.length && Number(tenDigits[i]) === Number(tenDigits[i - 1]) + 1;
    if (consecutive) continue;
    const size = i - start;
    if (size >= MIN_BLOCK) {
      const first = formatTelephoneNumber(tenDigits[start] ?? '');
      const last = formatTelephoneNumber(tenDigits[i - 1] ?? '');
      found.push(`${first} to ${last} (${formatCount(size)} numbers)`);
    }
    start = i;
  }
  return found;
}

type ParsedList = NonNullable<Report['telephoneNumbers']>;

/** "Title (n): a, b, c" on one line, then any entry that could not be read, as typed. */
function list(
  title: string,
  parsed: ParsedList | undefined,
  format: (value: string) => string,
): string[] {
  if (!parsed) return [];
  const { values, errors } = parsed;
  return [
    ...(values.length > 0
      ? [`${title} (${formatCount(values.length)}): ${values.map(format).join(', ')}`]
      : []),
    ...(errors.length > 0
      ? [
          `${title}, could not be read, as typed (${formatCount(errors.length)}): ${errors.map((e) => `line ${e.line}: ${e.input}`).join('; ')}`,
        ]
      : []),
  ];
}

function section(lines: string[]): string[] {
  return lines.length > 0 ? ['', ...lines] : [];
}

const usDate = (iso: string | undefined) => (iso ? formatUsDate(iso) : undefined);

const YES_NO_TEXT = { yes: 'yes', no: 'no', unknown: 'not known' } as const;

const phoneOf = (phone: string | undefined, extension: string | undefined): string | undefined =>
  phone ? formatPhone(phone, extension) : undefined;

function centerLine(contact: CenterContact): string {
  return [
    contact.name,
    phoneOf(contact.phone, contact.extension),
    contact.hours ? `(${contact.hours})` : undefined,
    contact.email,
  ]
    .filter(Boolean)
    .join(', ')
    .replace(', (', ' (');
}

function levelLine(level: ContactLevel): string {
  return [`level ${level.level} ${level.name}`, phoneOf(level.phone, level.extension), level.email]
    .filter(Boolean)
    .join(', ');
}

function identifiers(report: Report): string[] {
  const numbers = report.telephoneNumbers?.values ?? [];
  const numberBlocks = numbers.length > FEW_NUMBERS ? blocks(numbers) : [];
  const onFoc = report.statement ? ' on the FOC' : '';
  const numbersTitle = report.statement
    ? 'Telephone numbers on the FOC'
    : report.outcome === 'billing'
      ? 'Telephone numbers'
      : 'Affected telephone numbers';
  return [
    ...list(numbersTitle, report.telephoneNumbers, formatTelephoneNumber),
    ...(numberBlocks.length > 0 ? [`Consecutive blocks: ${numberBlocks.join('; ')}`] : []),
    ...list(`AT&T service order numbers${onFoc}`, report.serviceOrderNumbers, (v) => v),
    ...field('PON', report.pon),
    ...field('VER', report.ver),
    ...field('REQTYP', report.reqtyp?.label),
    ...field('FOC date', usDate(report.focDate)),
    ...field('Due date (DD)', usDate(report.dueDate)),
    ...field('Completion date', usDate(report.completionDate)),
    ...field('Loop circuit ID', report.loopCircuitId),
    ...field(
      'DS1 circuit ID',
      report.ds1?.circuit && (report.ds1.circuit.known ? report.ds1.circuit.id : 'not known'),
    ),
    ...field('Billing account number (BAN)', report.bill?.ban),
    ...field('Bill date', usDate(report.bill?.billDate)),
    ...field(
      'Amount in dispute',
      report.bill?.disputedAmountCents === undefined
        ? undefined
        : formatAmount(report.bill.disputedAmountCents),
    ),
    ...field('Claim or dispute number', report.bill?.claimNumber),
  ];
}

function started(report: Report): string | undefined {
  const t = report.troubleStarted;
  if (!t) return undefined;
  return [usDate(t.date), t.time ? formatTime(t.time) : undefined, t.timeZone]
    .filter(Boolean)
    .join(' ');
}

function facts(report: Report): string[] {
  const { isolation, ds1, endUser } = report;
  return [
    ...field('LNP trouble', report.statement ? undefined : report.lnpTrouble?.label),
    ...field('Symptoms', report.symptoms?.map((s) => s.label).join('; ')),
    ...field(
      report.symptoms || report.troubleStarted ? 'Trouble in detail' : 'Details',
      report.symptomDetails,
    ),
    ...field('Trouble started', started(report)),
    ...field(
      'Isolation',
      isolation &&
        [
          isolation.label,
          isolation.premisesReviewed === 'yes' ? 'premises equipment reviewed' : undefined,
          isolation.premisesReviewed === 'no' ? 'premises equipment not reviewed' : undefined,
        ]
          .filter(Boolean)
          .join('; '),
    ),
    ...field('DS1 physically disconnected', ds1 && YES_NO_TEXT[ds1.disconnected]),
    ...field(
      'Port activated in the NPAC',
      report.npacActivated && YES_NO_TEXT[report.npacActivated],
    ),
    ...field('End user', endUser?.name),
    ...field('Service address', endUser?.serviceAddress),
    ...field(
      'State',
      report.location ? `${report.location.stateName} (${report.location.state})` : undefined,
    ),
    ...(report.notResolvedByServiceRep
      ? ['Worked with the AT&T Service Representative: not resolved']
      : []),
    ...field('AT&T ticket numbers', report.attTicketNumbers),
    ...field('AT&T representative', report.serviceRepName),
    ...field('Escalation level', report.escalationLevel?.label.toLowerCase()),
  ];
}

function reporter(report: Report, options: SummaryOptions): string[] {
  const clec = report.clecContact;
  return [
    ...field(
      'CLEC',
      clec && (clec.companyCode ? `${clec.company} (${clec.companyCode})` : clec.company),
    ),
    ...field(
      'Contact',
      clec && [clec.name, clec.callbackNumber, clec.email].filter(Boolean).join(', '),
    ),
    ...field('Reported', options.reportedAt),
    ...field('Ticket reference', options.ticketReference),
  ];
}

function routing(report: Report, options: SummaryOptions): string[] {
  const where = report.location ? `, ${report.location.regionName}` : '';
  const levels = options.nextLevels ?? [];
  return [
    ...field(
      report.escalation ? 'Escalated to' : 'Outcome',
      `${report.center.replace(' (Center Contacts list)', '')}${where}`,
    ),
    ...field('Center contact', options.centerContact && centerLine(options.centerContact)),
    ...field(
      'If not resolved, next',
      levels.length > 0 ? levels.map(levelLine).join('; ') : undefined,
    ),
    ...field('Note', report.location?.historicalNote),
  ];
}

export function formatSummary(report: Report, options: SummaryOptions = {}): string {
  const lines = [
    report.statement ?? (report.headline ? `Escalation: ${report.headline}` : report.title),
    ...field('Request', report.request),
    ...section(identifiers(report)),
    ...section(facts(report)),
    ...section(reporter(report, options)),
    ...section(routing(report, options)),
    ...(options.generator ? [`Made with ${options.generator}`] : []),
  ];
  return asciiPunctuation(lines.join('\n')) + '\n';
}

/**
 * A redirect's short note to copy. Most are the user's own record: what was decided, where to
 * go, what to do and when to come back, so a redirect page never dead-ends. The expedite's goes
 * to AT&T: its request and the order's identifiers, with a bracketed placeholder for each fact the
 * wizard does not ask, and none of the user's instructions.
 */
export function formatRedirectNote(
  report: Report,
  info: OutcomeInfo,
  options: SummaryOptions = {},
): string {
  const made = options.generator ? [`Made with ${options.generator}`] : [];
  const toAtt = info.noteToAtt;
  const lines = toAtt
    ? [
        info.noteTitle ?? report.title,
        ...field('Request', toAtt.request),
        ...section([
          ...identifiers(report),
          ...toAtt.blanks
            .filter(([label]) => label !== 'PON' || !report.pon)
            .map(([label, placeholder]) => `${label}: ${placeholder}`),
        ]),
        ...section(reporter(report, options)),
        ...made,
      ]
    : [
        info.noteTitle ?? report.title,
        ...info.howToReach.flatMap((line) => field('Where', line)),
        ...info.nextSteps.flatMap((line) => field('Next', line)),
        ...(info.comeBack ? [info.comeBack] : []),
        ...section(identifiers(report)),
        ...section(reporter(report, options)),
        ...section(field('Source', `${report.source.section}: "${report.source.text}"`)),
        ...made,
      ];
  return asciiPunctuation(lines.join('\n')) + '\n';
}

/** One line for an e-mail subject. */
export function summarySubject(report: Report, ticketReference?: string): string {
  const what = report.statement ?? report.headline;
  const subject = what ? `Escalation: ${what}` : report.title;
  // Plain ASCII, like the body: some mail systems mangle a dash in a subject.
  return asciiPunctuation(
    [subject, report.pon && `PON ${report.pon}`, ticketReference].filter(Boolean).join(' - '),
  );
}

/** Lines that change with every copy, not with the escalation. */
const VOLATILE_LABELS = new Set(['Reported', 'Ticket reference']);
const NOTE_VALUE_LENGTH = 160;

/** A line's field: its label without a count ("Telephone numbers (3)" is "Telephone numbers"). */
interface Labelled {
  readonly label: string;
  readonly count: string;
  readonly value: string;
}

function labelled(summary: string): Map<string, Labelled> {
  const lines = new Map<string, Labelled>();
  for (const line of summary.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon <= 0) continue;
    const [, label = '', count = ''] =
      /^(.*?)(?: \(([\d,]+)\))?$/u.exec(line.slice(0, colon)) ?? [];
    lines.set(label, { label, count, value: line.slice(colon + 2) });
  }
  return lines;
}

const shorten = (value: string): string =>
  value.length > NOTE_VALUE_LENGTH ? `${value.slice(0, NOTE_VALUE_LENGTH - 1)}…` : value;

/** A field as the report writes it: "Telephone numbers (3): a, b, c". */
const asWritten = ({ label, count, value }: Labelled): string =>
  `${count ? `${label} (${count})` : label}: ${shorten(value)}`;

/** What a field was: "(was: Texas (TX))", or "(was (2): a, b)" for a counted list. */
const wasWritten = ({ count, value }: Labelled): string =>
  count ? `(was (${count}): ${shorten(value)})` : `(was: ${shorten(value)})`;

/**
 * The note a changed escalation sends with its update: each field that changed since the report
 * was filed, with what it was. Undefined when nothing a center reads changed.
 */
export function describeChanges(filed: string, now: string): string | undefined {
  const before = labelled(filed);
  const after = labelled(now);
  const changes: string[] = [];
  for (const [label, line] of after) {
    if (VOLATILE_LABELS.has(label)) continue;
    const was = before.get(label);
    if (was === undefined) changes.push(`${asWritten(line)} (added)`);
    else if (was.value !== line.value || was.count !== line.count) {
      changes.push(`${asWritten(line)} ${wasWritten(was)}`);
    }
  }
  for (const label of before.keys()) {
    if (!after.has(label) && !VOLATILE_LABELS.has(label)) changes.push(`${label}: removed`);
  }
  return changes.length > 0
    ? `The CLEC changed the escalation after filing it. ${changes.join('; ')}.`
    : undefined;
}
