import { parseDate } from '../identifiers/date.ts';
import { fail, ok, type Parsed } from '../identifiers/result.ts';
import { parseTime } from '../identifiers/time.ts';
import { formatInstant } from './format.ts';
import {
  EscalationEventSchema,
  foldTimeline,
  type EscalationEvent,
  type EscalationState,
} from './timeline.ts';
import { isKnownTimeZone, MINUTE_MS, zonedInstant } from './zoned.ts';

/*
 * Checking what the user logs before it joins the timeline: a date and time typed on the desk, a
 * promise already in the past, an event before the escalation was opened, a contact logged on a
 * resolved escalation. Each message says how to fix it. Events merged from another tab skip these
 * checks (foldTimeline() accepts any order), because that tab already checked them.
 */

/** A date and a time typed by the user, read on the user's clock: the instant, in milliseconds. */
export function parseDateTime(
  dateText: string,
  timeText: string,
  timeZone: string,
): Parsed<number> {
  if (!isKnownTimeZone(timeZone)) return fail(`"${timeZone}" is not a time zone this device knows`);
  const date = parseDate(dateText);
  if (!date.ok) return date;
  const time = parseTime(timeText);
  if (!time.ok) return time;
  const [year = 0, month = 0, day = 0] = date.value.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.value.split(':').map(Number);
  return ok(zonedInstant({ year, month, day }, hours * 60 + minutes, timeZone), [
    ...date.warnings,
    ...time.warnings,
  ]);
}

export interface EntryContext {
  /** The time now, in milliseconds. */
  readonly now: number;
  /** The user's zone, for the times named in messages. */
  readonly timeZone: string;
}

/** What is wrong with adding `event` to the escalation as it stands, or undefined. */
function outOfPlace(
  state: EscalationState | undefined,
  event: EscalationEvent,
  { now, timeZone }: EntryContext,
): string | undefined {
  const at = Date.parse(event.at);
  if (!state) {
    return event.type === 'opened'
      ? undefined
      : 'Open the escalation first: record the ticket it was filed as, or that you called the center';
  }
  if (event.type === 'opened') return 'This escalation is already open: log a contact instead';
  if (at < state.openedAt) {
    return `This is dated before the escalation was opened (${formatInstant(state.openedAt, timeZone)}): check the date and time`;
  }
  // A minute's grace: a time typed to the minute may be a few seconds ahead of the clock.
  if (at > now + MINUTE_MS) {
    return `This is dated in the future (${formatInstant(at, timeZone)}): check the date, the year and AM or PM`;
  }
  if (!state.open && event.type !== 'reopened') {
    return 'The escalation is resolved: reopen it before logging anything else';
  }
  if (state.open && event.type === 'reopened')
    return 'The escalation is open: there is nothing to reopen';
  if (event.type === 'level' && event.level === state.level) {
    return `The escalation is already at level ${event.level}`;
  }
  if (event.type === 'promise' && Date.parse(event.by) <= now) {
    return `The promised time, ${formatInstant(Date.parse(event.by), timeZone)}, has already passed: check the date, the year and AM or PM. If AT&T did not keep it, log the call that says so`;
  }
  return undefined;
}

export interface EntryProblem {
  /** The field, like ["by"]; empty for the event as a whole. */
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export type Entry =
  | {
      readonly ok: true;
      readonly events: readonly EscalationEvent[];
      readonly state: EscalationState;
    }
  | { readonly ok: false; readonly problems: readonly EntryProblem[] };

/**
 * Adds what the user logged to the timeline, or says what to fix. `input` is checked against the
 * event schemas first, so a form can pass what it collected as it is.
 */
export function appendEvent(
  events: readonly EscalationEvent[],
  input: unknown,
  context: EntryContext,
): Entry {
  const parsed = EscalationEventSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
    };
  }
  const event = parsed.data;
  if (events.some((known) => known.id === event.id)) {
    return {
      ok: false,
      problems: [{ path: ['id'], message: 'This event is already in the timeline' }],
    };
  }
  const problem = outOfPlace(foldTimeline(events), event, context);
  if (problem) return { ok: false, problems: [{ path: [], message: problem }] };
  const next = [...events, event];
  const state = foldTimeline(next);
  if (!state) throw new Error('A timeline with an opened event always folds');
  return { ok: true, events: next, state };
}
