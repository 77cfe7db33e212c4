import { parseDateTime } from '../../domain/escalation/entry.ts';
import { parseDate } from '../../domain/identifiers/date.ts';
import type { FieldError } from '../../ui/ErrorSummary.tsx';

/*
 * The forms that add to an escalation's timeline: what each asks, and how what was typed becomes
 * the event the domain checks (appendEvent()). Dates and times are typed as text (MM/DD/YYYY,
 * 3:00 PM) on the user's clock; a blank "when" means now. Everything else is checked by the
 * event schemas, whose messages the page shows beside the field they name.
 */

export const LOG_KINDS = ['contact', 'promise', 'level', 'resolved', 'reopened'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly control: 'text' | 'short' | 'textarea' | 'radios' | 'checkbox';
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
}

export interface FormSpec {
  readonly title: string;
  readonly button: string;
  readonly fields: readonly FieldSpec[];
}

const WHEN_HINT =
  'For example, 12/07/2026 and 3:00 PM, on your own clock. Leave both blank for now.';

export const FORMS: Record<LogKind, FormSpec> = {
  contact: {
    title: 'Log a contact with AT&T',
    button: 'Log the contact',
    fields: [
      { name: 'date', label: 'Date', hint: WHEN_HINT, control: 'short' },
      { name: 'time', label: 'Time', control: 'short' },
      {
        name: 'direction',
        label: 'Who made contact?',
        control: 'radios',
        choices: [
          { value: 'outbound', label: 'I reached AT&T' },
          { value: 'inbound', label: 'AT&T reached me (a callback)' },
        ],
      },
      {
        name: 'channel',
        label: 'How?',
        control: 'radios',
        choices: [
          { value: 'phone', label: 'Phone' },
          { value: 'email', label: 'E-mail' },
          { value: 'portal', label: 'Portal' },
        ],
      },
      {
        name: 'level',
        label: 'At which level?',
        hint: '0 is the center itself.',
        control: 'short',
      },
      { name: 'person', label: 'Whom did you speak with?', control: 'text' },
      { name: 'said', label: 'What did they say?', control: 'textarea' },
      { name: 'attTicketNumber', label: "AT&T's ticket number (optional)", control: 'short' },
      {
        name: 'progress',
        label: 'Progress',
        hint: 'A contact that moved things forward restarts the wait before the next level.',
        control: 'checkbox',
        choices: [{ value: 'yes', label: 'This contact moved things forward' }],
      },
    ],
  },
  promise: {
    title: 'Log a promise',
    button: 'Log the promise',
    fields: [
      {
        name: 'kind',
        label: 'What did AT&T promise?',
        control: 'radios',
        choices: [
          { value: 'callback', label: 'A callback' },
          { value: 'resolution', label: 'The fix' },
        ],
      },
      {
        name: 'byDate',
        label: 'By date',
        hint: 'For example, 12/07/2026 and 5:00 PM, on your own clock.',
        control: 'short',
      },
      { name: 'byTime', label: 'By time', control: 'short' },
      { name: 'person', label: 'Who promised it? (optional)', control: 'text' },
      { name: 'attTicketNumber', label: "AT&T's ticket number (optional)", control: 'short' },
    ],
  },
  level: {
    title: 'Log a level change',
    button: 'Log the level',
    fields: [
      { name: 'level', label: 'Level reached', hint: '0 is the center itself.', control: 'short' },
      { name: 'note', label: 'Note (optional)', control: 'textarea' },
    ],
  },
  resolved: {
    title: 'Resolve the escalation',
    button: 'Resolve',
    fields: [
      { name: 'attTicketNumber', label: "AT&T's closing ticket number", control: 'short' },
      { name: 'note', label: 'How was it resolved?', control: 'textarea' },
    ],
  },
  reopened: {
    title: 'Reopen the escalation',
    button: 'Reopen',
    fields: [{ name: 'reason', label: 'Why is it reopened?', control: 'textarea' }],
  },
};

export type FormValues = Readonly<Record<string, string>>;

/** The id of a field's control on the page, which the error summary links to. */
export const fieldId = (kind: LogKind, name: string) => `${kind}-${name}`;

const optional = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** A typed level as a number, or the text as it is, so the schema's message names the fix. */
const levelOf = (value: string | undefined): unknown => {
  const trimmed = value?.trim() ?? '';
  return /^\d+$/u.test(trimmed) ? Number(trimmed) : trimmed === '' ? undefined : trimmed;
};

export interface Built {
  readonly input?: Record<string, unknown>;
  readonly errors: FieldError[];
}

/** What was typed, as the event to log at `now`, or the date and time problems found first. */
export function buildEvent(
  kind: LogKind,
  values: FormValues,
  context: { readonly id: string; readonly now: number; readonly timeZone: string },
): Built {
  const errors: FieldError[] = [];
  const instant = (dateName: string, timeName: string, blankIsNow: boolean) => {
    const date = values[dateName]?.trim() ?? '';
    const time = values[timeName]?.trim() ?? '';
    if (blankIsNow && !date && !time) return new Date(context.now).toISOString();
    const parsed = parseDateTime(date, time, context.timeZone);
    if (parsed.ok) return new Date(parsed.value).toISOString();
    // The message belongs beside the part that is wrong: the date, else the time.
    const wrong = parseDate(date).ok ? timeName : dateName;
    errors.push({ field: fieldId(kind, wrong), message: parsed.error });
    return undefined;
  };
  const base = { id: context.id, type: kind };
  const now = new Date(context.now).toISOString();
  let input: Record<string, unknown>;
  switch (kind) {
    case 'contact':
      input = {
        ...base,
        at: instant('date', 'time', true),
        direction: values.direction,
        channel: values.channel,
        level: levelOf(values.level),
        person: values.person,
        said: values.said,
        attTicketNumber: optional(values.attTicketNumber),
        progress: values.progress === 'yes',
      };
      break;
    case 'promise':
      input = {
        ...base,
        at: now,
        kind: values.kind,
        by: instant('byDate', 'byTime', false),
        person: optional(values.person),
        attTicketNumber: optional(values.attTicketNumber),
      };
      break;
    case 'level':
      input = { ...base, at: now, level: levelOf(values.level), note: optional(values.note) };
      break;
    case 'resolved':
      input = { ...base, at: now, attTicketNumber: values.attTicketNumber, note: values.note };
      break;
    case 'reopened':
      input = { ...base, at: now, reason: values.reason };
      break;
  }
  return errors.length > 0 ? { errors } : { input, errors };
}

/** The field a domain problem names, else the form's first field. */
export function problemField(kind: LogKind, path: readonly PropertyKey[]): string {
  const names = FORMS[kind].fields.map((field) => field.name);
  const [first] = path;
  const named = first === 'at' ? 'date' : first === 'by' ? 'byDate' : first;
  const name = typeof named === 'string' && names.includes(named) ? named : names[0];
  return fieldId(kind, name ?? 'date');
}
