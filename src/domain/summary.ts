import { formatTelephoneNumber } from './identifiers/telephone.ts';
import type { Report } from './report.ts';

/*
 * The report as plain text the CLEC pastes into an e-mail or reads out on the phone: short
 * labelled lines, every identifier listed, nothing for a field not given. Built from arrays and
 * joined once, so a paste of thousands of numbers stays fast.
 */

export interface CenterContact {
  name: string;
  phone: string;
  hours?: string;
  email?: string;
}

const WIDTH = 76;
const INDENT = '  ';

/** Typographic punctuation some mail and ticket systems mangle; letters typed are kept. */
const ASCII_PUNCTUATION: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
};
const toAsciiPunctuation = (s: string): string =>
  s.replace(/[‘’“”–—…]/gu, (c) => ASCII_PUNCTUATION[c] ?? c);

/** Greedy word wrap; continuation lines are indented so the label stands out. */
function wrap(line: string): string[] {
  if (line.length <= WIDTH) return [line];
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length > WIDTH && current.trim() !== '') {
      lines.push(current);
      current = INDENT + word;
    } else {
      current = candidate;
    }
  }
  lines.push(current);
  return lines;
}

/** "Label: value", wrapped; nothing when the value was not given. Keeps the user's line breaks. */
function field(label: string, value: string | undefined): string[] {
  if (value === undefined || value === '') return [];
  const [first = '', ...rest] = value.split(/\r\n|\r|\n/);
  return [`${label}: ${first}`, ...rest.map((l) => INDENT + l)].flatMap(wrap);
}

/** Many short items, several to a line, every one of them. */
function columns(items: readonly string[]): string[] {
  const lines: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const item of items) {
    const added = current.length === 0 ? item.length : length + 2 + item.length;
    if (added > WIDTH && current.length > 0) {
      lines.push(current.join('  '));
      current = [item];
      length = item.length;
    } else {
      current.push(item);
      length = added;
    }
  }
  if (current.length > 0) lines.push(current.join('  '));
  return lines;
}

const count = (n: number): string => n.toLocaleString('en-US');

const MIN_BLOCK = 3;

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
      found.push(`${first} to ${last} (${count(size)} numbers)`);
    }
    start = i;
  }
  return found;
}

type ParsedList = NonNullable<Report['telephoneNumbers']>;

/** The values' lines under a count, then any entry that could not be read, as typed. */
function list(title: string, parsed: ParsedList | undefined, lines: string[]): string[] {
  if (!parsed) return [];
  const { values, errors } = parsed;
  return [
    ...(values.length > 0 ? [`${title} (${count(values.length)}):`, ...lines] : []),
    ...(errors.length > 0
      ? [
          `Could not be read, as typed (${count(errors.length)}):`,
          ...errors.flatMap((e) => wrap(`${INDENT}line ${e.line}: ${e.input}`)),
        ]
      : []),
  ];
}

function section(lines: string[]): string[] {
  return lines.length > 0 ? ['', ...lines] : [];
}

export function formatSummary(report: Report, centerContact?: CenterContact): string {
  const onFoc = report.statement ? ' on the FOC' : '';
  const { location, clecContact: clec, ds1 } = report;
  const where = location ? `, ${location.regionName}` : '';
  const contact =
    centerContact &&
    [
      `${centerContact.name}, ${centerContact.phone}`,
      centerContact.hours ? ` (${centerContact.hours})` : '',
      centerContact.email ? `, ${centerContact.email}` : '',
    ].join('');
  const numbers = report.telephoneNumbers?.values ?? [];
  const numberBlocks = blocks(numbers);

  const lines = [
    report.statement ?? (report.headline ? `Escalation: ${report.headline}` : report.title),
    '',
    ...field(report.escalation ? 'Escalate to' : 'Outcome', `${report.center}${where}`),
    ...field('Center contact', contact),
    ...field('State', location ? `${location.stateName} (${location.state})` : undefined),
    ...field('Note', location?.historicalNote),
    ...field('Reason', report.reason),
    ...field('Source', `${report.source.section}: "${report.source.text}"`),
    ...section([
      ...field('CLEC contact', clec?.name),
      ...field('Company', clec?.company),
      ...field('Call-back number', clec?.callbackNumber),
      ...field('E-mail', clec?.email),
      ...field('Service Representative (name or ticket)', report.serviceRepReference),
    ]),
    ...section([
      ...field('REQTYP', report.reqtyp?.label),
      ...field('PON', report.pon),
      ...field('FOC date', report.focDate),
      ...field('FOC due date', report.dueDate),
      ...field('Completion date', report.completionDate),
      ...field('LNP trouble', report.lnpTrouble?.label),
    ]),
    ...section(
      list(`Telephone numbers${onFoc}`, report.telephoneNumbers, [
        ...columns(numbers.map(formatTelephoneNumber)),
        ...(numberBlocks.length > 0
          ? ['Of these, consecutive blocks:', ...numberBlocks.map((b) => INDENT + b)]
          : []),
      ]),
    ),
    ...section(
      list(
        `AT&T service order numbers${onFoc}`,
        report.serviceOrderNumbers,
        columns(report.serviceOrderNumbers?.values ?? []),
      ),
    ),
    ...section([
      ...field('Symptoms', report.symptoms?.map((s) => s.label).join('; ')),
      ...field('Trouble in detail', report.symptomDetails),
    ]),
    ...section([
      ...field(
        'DS1 physically disconnected',
        ds1 && { yes: 'yes', no: 'no', unknown: 'not known' }[ds1.disconnected],
      ),
      ...field(
        'DS1 circuit ID',
        ds1?.circuit && (ds1.circuit.known ? ds1.circuit.id : 'not known'),
      ),
    ]),
  ];
  return toAsciiPunctuation(lines.join('\n')) + '\n';
}

/** One line for an e-mail subject. */
export function summarySubject(report: Report): string {
  const what = report.statement ?? report.headline;
  const subject = what ? `Escalation: ${what}` : report.title;
  return report.pon ? `${subject} — PON ${report.pon}` : subject;
}
