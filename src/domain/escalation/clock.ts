import { CLEC_ONLINE_FALLBACK } from '../contactList.ts';
import type { ContactLevel } from '../contacts.ts';
import {
  businessCalendar,
  businessTimeBetween,
  nextOpen,
  type BusinessCalendar,
  type Holiday,
} from './calendar.ts';
import { formatDuration, formatInstant } from './format.ts';
import { parseCenterHours, type CenterHours } from './hours.ts';
import { intervalEnd, intervalText, parseInterval } from './interval.ts';
import type { EscalationState, PromiseState } from './timeline.ts';

/*
 * The escalation clock: how long an escalation has been open, in wall-clock time and in the
 * center's hours, and the next step due, with why. A step is due when a promise AT&T made lapses,
 * when the organisation's interval for the next level runs out with no progress, or when the end
 * user has been out of service as long as the organisation allows. AT&T publishes no interval
 * between levels, so intervals come only from the organisation's policy (`levels[].after` in the
 * contacts list); without one, only promises make steps. Nothing here reads the real clock: the
 * caller passes `now`.
 */

/** What the clock says where the organisation has set no interval for a level. */
export const NO_INTERVAL =
  'AT&T publishes no interval for this level; your organisation can set one';

/** A level of the contacts list; `after` is the organisation's interval before calling it. */
export interface LadderLevel extends ContactLevel {
  readonly after?: string | undefined;
}

/** The center's entry in the contacts list, as far as the clock reads it. */
export interface ClockCenter {
  readonly name: string;
  readonly hours?: string | undefined;
  readonly levels?: readonly LadderLevel[] | undefined;
}

export interface ClockPolicy {
  /** Days the organisation lists as holidays: centers with set hours are closed then. */
  readonly holidays?: readonly Holiday[];
  /** How long an end user may be out of service before the desk goes up a level. */
  readonly outOfServiceAfter?: string;
}

export interface ClockInput {
  readonly state: EscalationState;
  readonly now: number;
  readonly center?: ClockCenter | undefined;
  readonly policy?: ClockPolicy;
  /** The user's zone, in which times are shown. */
  readonly timeZone: string;
}

export type StepReason = 'promiseLapsed' | 'interval' | 'outOfService';

export interface NextStep {
  readonly reason: StepReason;
  /** When the step falls due. */
  readonly due: number;
  /** When the center can be called about it: the due time, or the next opening after it. */
  readonly callFrom: number;
  readonly overdue: boolean;
  /** The time the step counts from: the promise, the last progress, the loss of service. */
  readonly since: number;
  /** Why, in a sentence that reads right before and after the due time. */
  readonly why: string;
}

/** A fact from outside the contacts list, which may be shown only with its source. */
export interface SourcedFact {
  readonly text: string;
  readonly source: string;
}

const SIMPLE_PORT: SourcedFact = {
  text: 'A simple port completes within one business day',
  source: '47 CFR 52.35',
};

export interface EscalationClock {
  readonly openFor: { readonly wallMs: number; readonly businessMs?: number };
  readonly outOfServiceFor?: number;
  /** The center's hours, when the contacts list gives them in a form the clock reads. */
  readonly hours?: CenterHours;
  /** Whom to call next; `again` when the last level was reached and is called again. */
  readonly nextLevel?: { readonly level: LadderLevel; readonly again: boolean };
  /** Every step still ahead or overdue, earliest first; empty once resolved. */
  readonly steps: readonly NextStep[];
  readonly next?: NextStep;
  /** What the clock cannot count, and how to fix it. */
  readonly problems: readonly string[];
  /** What the user should know, like NO_INTERVAL. */
  readonly notices: readonly string[];
  readonly facts: readonly SourcedFact[];
}

/**
 * The next level above the one reached, lowest first. Past the last level it is the last level
 * again, never the center: a desk at its fourth escalation is not sent back to the front line.
 */
function nextLevelAfter(
  levels: readonly LadderLevel[],
  reached: number,
): { level: LadderLevel; again: boolean } | undefined {
  const sorted = [...levels].sort((a, b) => a.level - b.level);
  const next = sorted.find((level) => level.level > reached);
  if (next) return { level: next, again: false };
  const last = sorted.at(-1);
  return last ? { level: last, again: true } : undefined;
}

/** "level 2 (Center manager)", or "the center" for level 0. */
export function levelName(level: number, levels: readonly LadderLevel[] = []): string {
  if (level === 0) return 'the center';
  const name = levels.find((l) => l.level === level)?.name;
  return name ? `level ${level} (${name})` : `level ${level}`;
}

interface Reading {
  readonly calendar?: BusinessCalendar;
  readonly hours?: CenterHours;
  /** Why business time cannot be counted, when it cannot. */
  readonly hoursProblem?: string;
}

/**
 * The last time the desk called AT&T (or recorded going up) at `level` or above: calling the
 * last level again, or going up after the end user's time out of service ran out, takes the step.
 */
function latestCall(state: EscalationState, level: number): number | undefined {
  let latest: number | undefined;
  for (const event of state.events) {
    const call =
      (event.type === 'contact' && event.direction === 'outbound') || event.type === 'level';
    if (!call || event.level < level) continue;
    latest = Math.max(latest ?? 0, Date.parse(event.at));
  }
  return latest;
}

function readHours(center: ClockCenter | undefined, holidays: readonly Holiday[]): Reading {
  if (!center?.hours) {
    return {
      hoursProblem: `The contacts list gives no hours for ${center?.name ?? 'this center'}: add them, like "Monday to Friday, 8:00 am to 5:00 pm CT", to count business time`,
    };
  }
  const parsed = parseCenterHours(center.hours);
  if (!parsed.ok) {
    return {
      hoursProblem: `The hours of ${center.name}, "${center.hours}", cannot be read: ${parsed.error}`,
    };
  }
  return { hours: parsed.value, calendar: businessCalendar(parsed.value, holidays) };
}

/** A step before the center's hours say when it can be called. */
type PendingStep = Omit<NextStep, 'callFrom' | 'overdue'>;

/** What the step builders share: the escalation, the center's calendar, and where to report. */
interface Counting {
  readonly state: EscalationState;
  readonly levels: readonly LadderLevel[];
  readonly calendar: BusinessCalendar | undefined;
  /** A time as the user reads it. */
  readonly when: (instant: number) => string;
  readonly problems: string[];
  readonly notices: string[];
  /** Says once that business time cannot be counted, and why. */
  readonly noBusinessTime: (what: string) => void;
}

/** The step the organisation's interval for the next level makes, if it sets one. */
function intervalStep(
  counting: Counting,
  { level, again }: { level: LadderLevel; again: boolean },
): PendingStep | undefined {
  const { state, levels, calendar, when, problems, notices } = counting;
  if (level.after === undefined) {
    notices.push(NO_INTERVAL);
    return undefined;
  }
  const interval = parseInterval(level.after);
  if (!interval.ok) {
    problems.push(
      `The interval for level ${level.level}, "${level.after}", cannot be read: ${interval.error}`,
    );
    return undefined;
  }
  const target = `${again ? 'calling ' : ''}${levelName(level.level, levels)}${again ? ' again' : ''}`;
  // Calling the last level again restarts its interval, as reaching a new level does.
  const from = again
    ? Math.max(state.progressAt, latestCall(state, level.level) ?? 0)
    : state.progressAt;
  const due = intervalEnd(interval.value, from, calendar);
  if (due === undefined) {
    counting.noBusinessTime(`${intervalText(interval.value)} before ${target}`);
    return undefined;
  }
  return {
    reason: 'interval',
    due,
    since: from,
    why: `No progress since ${when(from)} at ${levelName(state.level, levels)}, and your organisation allows ${intervalText(interval.value)} before ${target}`,
  };
}

/** The step the end user's time out of service makes, until the desk goes up after it. */
function outOfServiceStep(
  counting: Counting,
  since: number,
  after: string,
): PendingStep | undefined {
  const { state, levels, calendar, when, problems } = counting;
  const interval = parseInterval(after);
  if (!interval.ok) {
    problems.push(
      `The organisation's out-of-service interval, "${after}", cannot be read: ${interval.error}`,
    );
    return undefined;
  }
  const due = intervalEnd(interval.value, since, calendar);
  if (due === undefined) {
    counting.noBusinessTime(`${intervalText(interval.value)} out of service`);
    return undefined;
  }
  // Going up a level after it fell due, or calling the last level again, takes the step.
  const history = state.levelHistory;
  const wentUp = history.some(
    (entry, i) =>
      i > 0 && entry.since >= due && entry.level > (history[i - 1]?.level ?? entry.level),
  );
  const top = Math.max(0, ...levels.map((l) => l.level));
  const calledTop = top > 0 && (latestCall(state, top) ?? -Infinity) >= due;
  if (wentUp || calledTop) return undefined;
  return {
    reason: 'outOfService',
    due,
    since,
    why: `The end user has been out of service since ${when(since)}: ${formatDuration(due - since)} by then, and your organisation goes up a level after ${intervalText(interval.value)}`,
  };
}

export function escalationClock(input: ClockInput): EscalationClock {
  const { state, now, center, policy = {}, timeZone } = input;
  const reading = readHours(center, policy.holidays ?? []);
  const { calendar } = reading;
  const problems: string[] = center?.hours && reading.hoursProblem ? [reading.hoursProblem] : [];
  const notices: string[] = [];
  const levels = center?.levels ?? [];
  const centerZone = reading.hours?.kind === 'weekly' ? reading.hours.timeZone : undefined;
  const counting: Counting = {
    state,
    levels,
    calendar,
    problems,
    notices,
    // A time on the user's clock, and on the center's when that reads differently.
    when(instant) {
      const here = formatInstant(instant, timeZone);
      const there = centerZone ? formatInstant(instant, centerZone) : here;
      return there === here ? here : `${here} (${there} at the center)`;
    },
    noBusinessTime(what) {
      const message = `The clock cannot count ${what}. ${reading.hoursProblem ?? ''}`.trim();
      if (!problems.includes(message)) problems.push(message);
    },
  };

  const end = state.open ? now : Date.parse(state.resolved?.at ?? '') || now;
  const since = state.opened.outOfServiceSince
    ? Date.parse(state.opened.outOfServiceSince)
    : undefined;
  const openFor = {
    wallMs: end - state.openedAt,
    ...(calendar ? { businessMs: businessTimeBetween(calendar, state.openedAt, end) } : {}),
  };
  const nextLevel = nextLevelAfter(levels, state.level);
  if (levels.length === 0) {
    problems.push(
      `The contacts list gives no escalation levels for ${center?.name ?? 'this center'}. ${CLEC_ONLINE_FALLBACK}.`,
    );
  }

  const steps: PendingStep[] = state.open
    ? [
        ...state.promises.flatMap((p) =>
          p.status === 'open' ? [promiseStep(p, counting.when)] : [],
        ),
        ...(nextLevel ? [intervalStep(counting, nextLevel)] : []),
        ...(since !== undefined && policy.outOfServiceAfter !== undefined
          ? [outOfServiceStep(counting, since, policy.outOfServiceAfter)]
          : []),
      ].filter((step) => step !== undefined)
    : [];
  const ordered = steps
    .map((step): NextStep => ({
      ...step,
      callFrom: calendar ? nextOpen(calendar, step.due) : step.due,
      overdue: now >= step.due,
    }))
    .sort((a, b) => a.due - b.due);
  const [next] = ordered;
  return {
    openFor,
    ...(since !== undefined ? { outOfServiceFor: end - since } : {}),
    ...(reading.hours ? { hours: reading.hours } : {}),
    ...(nextLevel ? { nextLevel } : {}),
    steps: ordered,
    ...(next ? { next } : {}),
    problems,
    notices,
    facts: state.opened.center?.function === 'lnp' ? [SIMPLE_PORT] : [],
  };
}

/** The step a promise makes: due when it lapses. */
function promiseStep(promise: PromiseState, when: (instant: number) => string): PendingStep {
  const { event, by } = promise;
  const who = event.person ?? 'AT&T';
  const what = event.kind === 'callback' ? 'a callback' : 'the fix';
  const ticket = event.attTicketNumber ? ` (AT&T ticket ${event.attTicketNumber})` : '';
  return {
    reason: 'promiseLapsed',
    due: by,
    since: Date.parse(event.at),
    why: `${who} promised ${what} by ${when(by)}${ticket}`,
  };
}
