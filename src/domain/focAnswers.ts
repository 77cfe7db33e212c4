import type { Answers, FieldName } from './answers.ts';
import { Reqtyp } from './answers.ts';
import type { FocField, FocReading } from './foc/index.ts';
import { FOC_FIELDS, FOC_FIELD_LABELS } from './foc/index.ts';
import { parseCircuitId } from './identifiers/circuitId.ts';
import { formatUsDate } from './identifiers/date.ts';
import { REQTYP_LABELS } from './labels.ts';
import { allowedValues } from './rules.ts';

/*
 * What an FOC the user pasted would change in the answers, field by field, for the review panel:
 * each proposal is applied only if the user keeps it checked, and one that would replace an answer
 * the user typed says so (old and new) and starts unchecked. Dates are stored as a US user types
 * them (MM/DD/YYYY), lists one entry per line, like typed answers.
 */

export interface FocProposal {
  readonly field: FocField | 'focReceived';
  readonly label: string;
  /** The value as the panel shows it. */
  readonly shown: string;
  /** The paste's line it came from. */
  readonly line?: number;
  /** Checked at first: the reader was sure and nothing the user typed would be replaced. */
  readonly checked: boolean;
  readonly changes: Answers;
  /** The user's own answer it would replace, as it reads now. */
  readonly replaces?: string;
  /** Why it needs a look, and how to fix it. */
  readonly note?: string;
}

const LISTED = 5;

function listShown(values: readonly string[], count = values.length): string {
  const head = values.slice(0, LISTED).join(', ');
  // An entry may be a range of numbers: what is left unshown is counted in entries, not numbers.
  const hidden = values.length - LISTED;
  const more = hidden > 0 ? ` and ${hidden.toLocaleString('en-US')} more` : '';
  return `${count.toLocaleString('en-US')}: ${head}${more}`;
}

const current = (answers: Answers, field: FieldName): string | undefined => {
  const value = answers[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

function proposal(
  answers: Answers,
  base: Omit<FocProposal, 'checked' | 'replaces'> & { readonly sure: boolean },
): FocProposal {
  const { sure, ...rest } = base;
  const replaced = Object.entries(base.changes).find(([field, value]) => {
    const before = current(answers, field as FieldName) ?? answers[field as FieldName];
    return before !== undefined && before !== '' && before !== value;
  });
  const replaces = replaced
    ? String(current(answers, replaced[0] as FieldName) ?? answers[replaced[0] as FieldName])
    : undefined;
  return {
    ...rest,
    checked: sure && !replaces && !base.note,
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

/** A list goes in one entry per line, as a user pastes it; a range stays one entry. */
function listProposal(
  answers: Answers,
  field: 'serviceOrders' | 'telephoneNumbers',
  found: { readonly line: number; readonly sure: boolean },
  entries: readonly string[],
  count: number,
): FocProposal {
  return proposal(answers, {
    field,
    label: FOC_FIELD_LABELS[field],
    shown: listShown(entries, count),
    line: found.line,
    sure: found.sure,
    changes: { [field]: entries.join('\n') },
  });
}

/** Every change the FOC proposes, in the panel's order. */
export function proposeFromFoc(reading: FocReading, answers: Answers): FocProposal[] {
  const proposals: FocProposal[] = [];
  for (const field of FOC_FIELDS) {
    const label = FOC_FIELD_LABELS[field];
    switch (field) {
      case 'pon':
      case 'ver': {
        const found = reading[field];
        if (found) {
          proposals.push(
            proposal(answers, {
              field,
              label,
              shown: found.value,
              line: found.line,
              sure: found.sure,
              changes: { [field]: found.value },
            }),
          );
        }
        break;
      }
      case 'reqtyp': {
        const found = reading.reqtyp;
        if (!found) break;
        const { value, note } = reqtypAnswer(found.value, answers);
        proposals.push(
          proposal(answers, {
            field,
            label,
            shown: value === 'other' ? found.value : REQTYP_LABELS[value],
            line: found.line,
            sure: found.sure,
            changes: { reqtyp: value },
            ...(note ? { note } : {}),
          }),
        );
        break;
      }
      case 'focDate':
      case 'dueDate': {
        const found = reading[field];
        if (found) {
          const typed = formatUsDate(found.value);
          proposals.push(
            proposal(answers, {
              field,
              label,
              shown: typed,
              line: found.line,
              sure: found.sure,
              changes: { [field]: typed },
            }),
          );
        }
        break;
      }
      case 'serviceOrders': {
        const found = reading.serviceOrders;
        if (found)
          proposals.push(listProposal(answers, field, found, found.value, found.value.length));
        break;
      }
      case 'telephoneNumbers': {
        const found = reading.telephoneNumbers;
        if (found) {
          proposals.push(
            listProposal(answers, field, found, found.value.entries, found.value.count),
          );
        }
        break;
      }
      case 'circuitIds': {
        const found = reading.circuitIds;
        const [first] = found?.value ?? [];
        if (!found || !first) break;
        const parsed = parseCircuitId(first);
        // A DS1's circuit (HC, DH, HX) answers the DS1 question; any other is the loop's.
        const target: FieldName = parsed.ok && parsed.value.isDs1 ? 'circuitId' : 'loopCircuitId';
        proposals.push(
          proposal(answers, {
            field,
            label: target === 'circuitId' ? 'DS1 circuit ID (ECCKT)' : 'Loop circuit ID (ECCKT)',
            shown: first,
            line: found.line,
            sure: found.sure,
            changes: { [target]: first },
            ...(found.value.length > 1
              ? {
                  note: `The FOC has ${String(found.value.length)} circuit IDs; the first is used: add the others in the trouble’s details`,
                }
              : {}),
          }),
        );
        break;
      }
      case 'ccna': {
        const found = reading.ccna;
        if (found) {
          proposals.push(
            proposal(answers, {
              field,
              label,
              shown: found.value,
              line: found.line,
              sure: found.sure,
              changes: { companyCode: found.value },
            }),
          );
        }
        break;
      }
    }
  }
  // The paste is an FOC: AT&T has sent it. Proposed whenever anything else is.
  if (proposals.length > 0) {
    proposals.unshift(
      proposal(answers, {
        field: 'focReceived',
        label: 'FOC received',
        shown: 'Yes',
        sure: true,
        changes: { focReceived: 'yes' },
      }),
    );
  }
  return proposals;
}

/** The answers with the kept proposals applied, and which fields they filled. */
export function applyProposals(
  answers: Answers,
  kept: readonly FocProposal[],
): { answers: Answers; filled: Partial<Record<FieldName, string>> } {
  const filled: Partial<Record<FieldName, string>> = {};
  let next: Answers = { ...answers };
  for (const { changes } of kept) {
    next = { ...next, ...changes };
    for (const [field, value] of Object.entries(changes)) {
      if (typeof value === 'string') filled[field as FieldName] = value;
    }
  }
  return { answers: next, filled };
}
