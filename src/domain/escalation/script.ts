import { levelName, type ClockCenter, type EscalationClock, type LadderLevel } from './clock.ts';
import { asciiPunctuation } from '../format.ts';
import { formatDuration, formatInstant, oneLine } from './format.ts';
import {
  ESCALATION_STATUS_LABELS,
  type EscalationEvent,
  type EscalationState,
  type OpenedEvent,
  type PromiseState,
} from './timeline.ts';

/*
 * What the desk says and sends when it goes up a level. The script is for the phone: the
 * statement AT&T needs first for a premature disconnect (else the report's first line), whom the
 * call is for, then every earlier ticket number, name, time and promise, so the next level never
 * has to ask what happened. The escalation text is for e-mail or a ticket system: the original
 * report as the wizard wrote it, then the escalation's history in the same desk-ready format, one
 * line per field, MM/DD/YYYY dates and plain ASCII punctuation.
 */

export interface ScriptInput {
  readonly state: EscalationState;
  readonly clock: EscalationClock;
  readonly center?: ClockCenter | undefined;
  readonly now: number;
  /** The user's zone, in which every time is said. */
  readonly timeZone: string;
}

/** "level 2 (Center manager), 312-555-0151 ext. 12, name@example.com" */
export function levelContact(level: LadderLevel): string {
  const phone =
    level.phone && (level.extension ? `${level.phone} ext. ${level.extension}` : level.phone);
  return [`level ${level.level} (${level.name})`, phone, level.email].filter(Boolean).join(', ');
}

function target(clock: EscalationClock): string | undefined {
  const next = clock.nextLevel;
  if (!next) return undefined;
  return `${levelContact(next.level)}${next.again ? ', again: it is the last level listed' : ''}`;
}

/** What became of a promise, said at `now`. */
function promiseOutcome(promise: PromiseState, now: number, timeZone: string): string {
  const when = (instant: number | undefined) =>
    instant === undefined ? '' : ` on ${formatInstant(instant, timeZone)}`;
  const callback = promise.event.kind === 'callback';
  switch (promise.status) {
    case 'kept':
      return callback
        ? `AT&T called back${when(promise.settledAt)}`
        : `resolved${when(promise.settledAt)}`;
    case 'replaced':
      return `replaced by a later promise${when(promise.settledAt)}`;
    case 'chased':
      return `not kept; followed up${when(promise.settledAt)}`;
    case 'open':
      if (promise.by > now) return 'not due yet';
      return callback ? 'no callback came' : 'not fixed';
  }
}

function promiseLine(promise: PromiseState, now: number, timeZone: string): string {
  const { event, by } = promise;
  const who = event.person ?? 'AT&T';
  const what = event.kind === 'callback' ? 'a callback' : 'the fix';
  const ticket = event.attTicketNumber ? `, ticket ${event.attTicketNumber}` : '';
  return `${formatInstant(Date.parse(event.at), timeZone)}, ${who}${ticket}, promised ${what} by ${formatInstant(by, timeZone)}: ${promiseOutcome(promise, now, timeZone)}`;
}

function openedText(
  state: EscalationState,
  center: ClockCenter | undefined,
  timeZone: string,
): string {
  const { opened } = state;
  const at = formatInstant(state.openedAt, timeZone);
  const where = center?.name ?? opened.center?.name ?? 'the center';
  return opened.how === 'filed'
    ? `${at}, filed as ticket ${opened.ticketReference ?? ''} with ${where}`
    : `${at}, by calling ${where}`;
}

/** One event of the history as "Label: value", or nothing for one the other lines cover. */
function eventLine(
  event: EscalationEvent,
  levels: readonly LadderLevel[],
  promise: (id: string) => PromiseState | undefined,
  input: ScriptInput,
): string | undefined {
  const { now, timeZone } = input;
  const at = formatInstant(Date.parse(event.at), timeZone);
  switch (event.type) {
    case 'opened':
      // A second "opened" merged from elsewhere adds nothing: the first one opened it.
      return event === input.state.opened
        ? `Opened: ${openedText(input.state, input.center, timeZone)}`
        : undefined;
    case 'contact': {
      const how = { phone: 'by phone', email: 'by e-mail', portal: 'in the portal' }[event.channel];
      const who =
        event.direction === 'outbound'
          ? `called ${levelName(event.level, levels)} ${how}, spoke with ${event.person}`
          : `${event.person} of AT&T (${levelName(event.level, levels)}) reached us ${how}`;
      const ticket = event.attTicketNumber ? `, ticket ${event.attTicketNumber}` : '';
      return `Contact: ${at}, ${who}${ticket}: ${oneLine(event.said)}`;
    }
    case 'promise': {
      const state = promise(event.id);
      return state ? `Promise: ${promiseLine(state, now, timeZone)}` : undefined;
    }
    case 'status':
      return `Status: ${at}, ${ESCALATION_STATUS_LABELS[event.status]}${event.note ? `: ${oneLine(event.note)}` : ''}`;
    case 'level':
      return `Level: ${at}, ${levelName(event.level, levels)}${event.note ? `: ${oneLine(event.note)}` : ''}`;
    case 'resolved':
      return `Resolved: ${at}, AT&T closing ticket ${event.attTicketNumber}: ${oneLine(event.note)}`;
    case 'reopened':
      return `Reopened: ${at}: ${oneLine(event.reason)}`;
  }
}

/** "1 day 2 hours (9 hours of the center's hours)": how long the escalation has been open. */
export function openFor(clock: EscalationClock): string {
  const business = clock.openFor.businessMs;
  const inHours =
    business === undefined ? '' : ` (${formatDuration(business)} of the center's hours)`;
  return `${formatDuration(clock.openFor.wallMs)}${inHours}`;
}

/** Each event of the timeline with its line of the history, in time order. */
export function timelineLines(
  input: ScriptInput,
): { readonly event: EscalationEvent; readonly line: string }[] {
  const levels = input.center?.levels ?? [];
  const promises = new Map(input.state.promises.map((p) => [p.event.id, p]));
  return input.state.events.flatMap((event) => {
    const line = eventLine(event, levels, (id) => promises.get(id), input);
    return line === undefined ? [] : [{ event, line }];
  });
}

/** The escalation's history, one "Label: value" line per field and event. */
function historyLines(input: ScriptInput): string[] {
  const { state, clock, timeZone } = input;
  const since = state.opened.outOfServiceSince;
  const level = target(clock);
  return [
    ...(level ? [`Escalated to: ${level}`] : []),
    ...(clock.next?.overdue ? [`Why now: ${clock.next.why}`] : []),
    ...(state.attTicketNumbers.length > 0
      ? [`AT&T ticket numbers: ${state.attTicketNumbers.join(', ')}`]
      : []),
    ...(since
      ? [`End user out of service since: ${formatInstant(Date.parse(since), timeZone)}`]
      : []),
    ...timelineLines(input).map(({ line }) => line),
    `Open for: ${openFor(clock)}`,
  ];
}

/**
 * The report the escalation was opened with: the whole report as the wizard wrote it, or, for a
 * timeline that does not carry it (opened before the app kept it), its first lines.
 */
function openingReport({ statement, headline, ticketReference, report }: OpenedEvent): string {
  if (report) return report.trimEnd();
  return [statement, headline, ticketReference && `Reference: ${ticketReference}`]
    .filter(Boolean)
    .join('\n');
}

/**
 * The copy-ready "escalation to level N" text: the report the escalation was opened with, then
 * the escalation's history.
 */
export function escalationText(input: ScriptInput): string {
  const lines = [openingReport(input.state.opened), '', ...historyLines(input)];
  return asciiPunctuation(lines.join('\n')) + '\n';
}

/** What to say on the phone to the next level, sentence by sentence. */
export function escalationScript(input: ScriptInput): string[] {
  const { state, clock, center, now, timeZone } = input;
  const { opened } = state;
  const levels = center?.levels ?? [];
  const next = clock.nextLevel;
  const time = (instant: number) => formatInstant(instant, timeZone);
  const contacts = state.events.filter((e) => e.type === 'contact');
  const since = opened.outOfServiceSince ? Date.parse(opened.outOfServiceSince) : undefined;
  const lines = [
    opened.statement ?? opened.headline,
    next
      ? `I am escalating to ${levelName(next.level.level, levels)}${next.again ? ' again' : ''}${center ? ` of ${center.name}` : ''}.`
      : 'I am escalating this trouble.',
    opened.how === 'filed'
      ? `It was filed on ${time(state.openedAt)} as ticket ${opened.ticketReference ?? ''}.`
      : `It was first reported by phone on ${time(state.openedAt)}.`,
    ...(state.attTicketNumbers.length > 0
      ? [`Your ticket numbers so far: ${state.attTicketNumbers.join(', ')}.`]
      : []),
    ...(since === undefined
      ? []
      : [
          `The end user has been out of service since ${time(since)}, ${formatDuration(now - since)} now.`,
        ]),
    ...contacts.map((contact) => {
      const ticket = contact.attTicketNumber ? ` (ticket ${contact.attTicketNumber})` : '';
      const who =
        contact.direction === 'outbound'
          ? `I spoke with ${contact.person} at ${levelName(contact.level, levels)}${ticket}`
          : `${contact.person} of AT&T called us${ticket}`;
      return `On ${time(Date.parse(contact.at))} ${who}, who said: ${oneLine(contact.said)}.`;
    }),
    ...state.promises.map((promise) => {
      const who = promise.event.person ?? 'AT&T';
      const what = promise.event.kind === 'callback' ? 'a callback' : 'the fix';
      return `${who} promised ${what} by ${time(promise.by)}: ${promiseOutcome(promise, now, timeZone)}.`;
    }),
    ...(clock.next?.overdue ? [`I am calling now because: ${clock.next.why}.`] : []),
    'Please give me your name, the ticket number you will work it under, and the time by which you will call back or fix it.',
  ];
  return lines.map((line) => asciiPunctuation(line));
}
