import type { Answers, FieldName } from './answers.ts';
import { fieldStep, Reqtyp } from './answers.ts';
import type { FocReading, FocTelephoneNumbers, Found } from './foc/index.ts';
import { FOC_FIELD_LABELS } from './foc/index.ts';
import { parseCircuitId } from './identifiers/circuitId.ts';
import { formatUsDate } from './identifiers/date.ts';
import { formatCount } from './identifiers/list.ts';
import { REQTYP_LABELS } from './labels.ts';
import { fieldSpec } from './questions.ts';
import { allowedValues } from './rules.ts';

/*
 * What an FOC the user pasted would change in the answers, field by field, for the review panel:
 * each proposal is applied only if the user keeps it checked, and one that would replace an answer
 * the user typed says so (old and new) and starts unchecked. Dates are stored as a US user types
 * them (MM/DD/YYYY), lists one entry per line, like typed answers.
 */

export interface FocProposal {
  /** Unique in the panel: the FOC field, or the answer it fills when one field fills two. */
  readonly key: string;
  readonly label: string;
  /** The value as the panel shows it. */
  readonly shown: string;
  /** The paste's line it came from. */
  readonly line?: number;
  /** For a value the reader was not sure of: the line of the paste that made it unsure. */
  readonly unsureAt?: number;
  /** Checked at first: the reader was sure and nothing the user typed would be replaced. */
  readonly checked: boolean;
  readonly changes: Answers;
  /**
   * Put in its box as the FOC writes it, for the user to confirm on its page: a date the reader
   * could not settle. Such a change never counts as filled by the FOC, so its page is asked.
   */
  readonly toConfirm?: true;
  /** The user's own answer it would replace, as it reads now. */
  readonly replaces?: string;
  /** Why it needs a look, and how to fix it. */
  readonly note?: string;
}

const LISTED = 5;

/** "214-555-0140-0149" as a person reads it: "214-555-0140 to 0149". */
const entryShown = (entry: string): string =>
  entry.replace(/^(\d{3}-\d{3}-\d{4})-(\d{4})$/, '$1 to $2');

const counted = (count: number, one: string, many: string): string =>
  `${formatCount(count)} ${count === 1 ? one : many}`;

/** The first entries, then how many more, then the count: "214-555-0140 to 0149 (10 numbers)". */
function listShown(entries: readonly string[], count: string): string {
  const head = entries.slice(0, LISTED).map(entryShown).join(', ');
  // An entry may be a range of numbers: what is left unshown is counted in entries, not numbers.
  const hidden = entries.length - LISTED;
  const more = hidden > 0 ? ` and ${formatCount(hidden)} more` : '';
  return `${head}${more} (${count})`;
}

const current = (answers: Answers, field: FieldName): string | undefined => {
  const value = answers[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

type Base = Omit<FocProposal, 'checked' | 'replaces' | 'line' | 'unsureAt'> & {
  readonly found?: Pick<Found<unknown>, 'line' | 'sure' | 'unsureAt'>;
};

function proposal(answers: Answers, base: Base): FocProposal {
  const { found, ...rest } = base;
  const replaced = Object.entries(base.changes).find(([field, value]) => {
    const before = current(answers, field as FieldName) ?? answers[field as FieldName];
    return before !== undefined && before !== '' && before !== value;
  });
  const replaces = replaced
    ? String(current(answers, replaced[0] as FieldName) ?? answers[replaced[0] as FieldName])
    : undefined;
  const sure = found?.sure ?? true;
  return {
    ...rest,
    ...(found ? { line: found.line } : {}),
    ...(found && !found.sure ? { unsureAt: found.unsureAt ?? found.line } : {}),
    // A date to confirm goes in its box (its note says why), since its page asks it anyway.
    checked: ((sure && !base.note) || base.toConfirm === true) && !replaces,
    ...(replaces ? { replaces } : {}),
  };
}

function reqtypAnswer(code: string, answers: Answers): { value: Reqtyp; note?: string } {
  const known = Reqtyp.safeParse(code.toUpperCase());
  const value: Reqtyp = known.success ? known.data : 'other';
  const allowed = allowedValues('reqtyp', answers) as readonly string[] | undefined;
  if (allowed && !allowed.includes(value)) {
    return {
      value,
      note: `REQTYP ${code} is resale or Local Wholesale Complete, which never ports a number: check the REQTYP on the FOC, or the kind of problem you chose`,
    };
  }
  return known.success
    ? { value }
    : {
        value,
        note: `REQTYP ${code} is not one the wizard lists: it is recorded as “Another REQTYP”`,
      };
}

/*
 * A DS1's circuit (HC, DH, HX, T1) answers the DS1 question, any other the loop's: each takes
 * the first ID of its kind, so a DS1 listed second is not lost behind a loop's ID.
 */
function circuitProposals(
  answers: Answers,
  found: NonNullable<FocReading['circuitIds']>,
): FocProposal[] {
  const parsed = found.value.map((id) => ({ id, read: parseCircuitId(id) }));
  const kinds = [
    { target: 'circuitId', label: 'DS1 circuit ID (ECCKT)', ds1: true },
    { target: 'loopCircuitId', label: 'Loop circuit ID (ECCKT)', ds1: false },
  ] as const;
  return kinds.flatMap(({ target, label, ds1 }) => {
    const ofKind = parsed.filter(({ read }) => (read.ok && read.value.isDs1) === ds1);
    const [first] = ofKind;
    if (!first) return [];
    const notes = first.read.ok ? [...first.read.warnings] : [];
    if (ofKind.length > 1) {
      notes.push(
        `The FOC has ${String(ofKind.length)} ${ds1 ? 'DS1' : 'other'} circuit IDs; the first is used: add the others in the trouble’s details`,
      );
    }
    return [
      proposal(answers, {
        key: target,
        label,
        shown: first.id,
        found,
        changes: { [target]: first.id },
        ...(notes.length > 0 ? { note: notes.join('. ') } : {}),
      }),
    ];
  });
}

/** A date: settled, or as the FOC writes it, to confirm on its page. */
function dateProposal(
  answers: Answers,
  reading: FocReading,
  field: 'focDate' | 'dueDate',
): FocProposal | undefined {
  const label = FOC_FIELD_LABELS[field];
  const found = reading[field];
  if (found) {
    const typed = formatUsDate(found.value);
    return proposal(answers, {
      key: field,
      label,
      shown: typed,
      found,
      changes: { [field]: typed },
    });
  }
  const unread = reading.unsettledDates?.[field];
  if (!unread) return undefined;
  return proposal(answers, {
    key: field,
    label,
    shown: `“${unread.text}”, as the FOC writes it`,
    found: { line: unread.line, sure: false },
    changes: { [field]: unread.text },
    toConfirm: true,
    note: `${unread.why}: the FOC page asks you for this date, with the FOC’s text in its box to correct`,
  });
}

function telephoneShown({ entries, count }: FocTelephoneNumbers): string {
  return listShown(entries, counted(count, 'number', 'numbers'));
}

/** Every change the FOC proposes, in the panel's order. */
export function proposeFromFoc(reading: FocReading, answers: Answers): FocProposal[] {
  const { pon, ver, reqtyp, serviceOrders, telephoneNumbers, circuitIds, ccna } = reading;
  const proposals: (FocProposal | undefined)[] = [
    pon &&
      proposal(answers, {
        key: 'pon',
        label: FOC_FIELD_LABELS.pon,
        shown: pon.value,
        found: pon,
        changes: { pon: pon.value },
      }),
    ver &&
      proposal(answers, {
        key: 'ver',
        label: FOC_FIELD_LABELS.ver,
        shown: ver.value,
        found: ver,
        changes: { ver: ver.value },
      }),
  ];
  if (reqtyp) {
    const { value, note } = reqtypAnswer(reqtyp.value, answers);
    proposals.push(
      proposal(answers, {
        key: 'reqtyp',
        label: FOC_FIELD_LABELS.reqtyp,
        shown: value === 'other' ? reqtyp.value : REQTYP_LABELS[value],
        found: reqtyp,
        changes: { reqtyp: value },
        ...(note ? { note } : {}),
      }),
    );
  }
  proposals.push(dateProposal(answers, reading, 'focDate'));
  proposals.push(dateProposal(answers, reading, 'dueDate'));
  proposals.push(
    serviceOrders &&
      proposal(answers, {
        key: 'serviceOrders',
        label: FOC_FIELD_LABELS.serviceOrders,
        shown: listShown(
          serviceOrders.value,
          counted(serviceOrders.value.length, 'order', 'orders'),
        ),
        found: serviceOrders,
        changes: { serviceOrders: serviceOrders.value.join('\n') },
      }),
    telephoneNumbers &&
      proposal(answers, {
        key: 'telephoneNumbers',
        label: FOC_FIELD_LABELS.telephoneNumbers,
        shown: telephoneShown(telephoneNumbers.value),
        found: telephoneNumbers,
        changes: { telephoneNumbers: telephoneNumbers.value.entries.join('\n') },
      }),
  );
  if (circuitIds) proposals.push(...circuitProposals(answers, circuitIds));
  proposals.push(
    ccna &&
      proposal(answers, {
        key: 'ccna',
        // The contact page's own name for the code, so the panel and the page say the same.
        label: fieldSpec(fieldStep.companyCode, 'companyCode').checkLabel,
        shown: ccna.value,
        found: ccna,
        changes: { companyCode: ccna.value },
      }),
  );
  const found = proposals.filter((p): p is FocProposal => p !== undefined);
  // The paste is an FOC: AT&T has sent it. Proposed whenever anything else is.
  if (found.length === 0) return [];
  const received = proposal(answers, {
    key: 'focReceived',
    label: 'FOC received',
    shown: 'Yes',
    changes: { focReceived: 'yes' },
  });
  return [received, ...found];
}

/**
 * The answers with the kept proposals applied, and which fields they filled: a value to confirm
 * on its page goes in its box but is not counted as the FOC's, so that page is asked.
 */
export function applyProposals(
  answers: Answers,
  kept: readonly FocProposal[],
): { answers: Answers; filled: Partial<Record<FieldName, string>> } {
  const filled: Partial<Record<FieldName, string>> = {};
  let next: Answers = { ...answers };
  for (const { changes, toConfirm } of kept) {
    next = { ...next, ...changes };
    if (toConfirm) continue;
    for (const [field, value] of Object.entries(changes)) {
      if (typeof value === 'string') filled[field as FieldName] = value;
    }
  }
  return { answers: next, filled };
}

/** One order of a paste that holds several, as the panel offers it: what tells it apart. */
export function orderSummary(order: FocReading): string {
  const { pon, ver, dueDate, serviceOrders, telephoneNumbers } = order;
  const parts = [
    ver && `VER ${ver.value}`,
    dueDate && `due ${formatUsDate(dueDate.value)}`,
    serviceOrders && counted(serviceOrders.value.length, 'service order', 'service orders'),
    telephoneNumbers && counted(telephoneNumbers.value.count, 'number', 'numbers'),
  ].filter((part): part is string => typeof part === 'string');
  const where = pon ? ` (line ${String(pon.line)})` : '';
  return `PON ${pon?.value ?? 'not given'}${where}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
