import { timelineLines, type ScriptInput } from '../domain/escalation/script.ts';
import { readEvents, type EscalationEvent } from '../domain/escalation/timeline.ts';
import type { TroubleTicket } from './troubleTicket.ts';

/*
 * An escalation's timeline in TMF621 terms, so a colleague who opens the same ticket from the
 * backend sees the same timeline. TMF621 has no escalation level, so the level and the next step
 * due are characteristics; the rest uses the fields TMF621 has:
 * - one note per event, with its author and date, in the words of the copy-ready text;
 * - expectedResolutionDate: AT&T's promise of a fix still open;
 * - requestedResolutionDate: the time the CLEC asked AT&T to resolve it by;
 * - externalIdentifier: each AT&T ticket number, owned by AT&T;
 * - the events themselves, as JSON in one characteristic, which is what a device reads back.
 * The ticket's own notes, identifiers (the PON) and characteristics (VER, dates) are kept.
 */

export const TIMELINE_CHARACTERISTIC = 'escalationTimeline';
export const LEVEL_CHARACTERISTIC = 'escalationLevel';
export const NEXT_STEP_DUE_CHARACTERISTIC = 'escalationNextStepDue';
export const NEXT_STEP_WHY_CHARACTERISTIC = 'escalationNextStepWhy';
const OURS = new Set([
  TIMELINE_CHARACTERISTIC,
  LEVEL_CHARACTERISTIC,
  NEXT_STEP_DUE_CHARACTERISTIC,
  NEXT_STEP_WHY_CHARACTERISTIC,
]);

/** Notes written from the timeline have ids with this prefix, so an update replaces only them. */
export const TIMELINE_NOTE_PREFIX = 'escalation-event-';
export const ATT_OWNER = 'AT&T';
export const ATT_TICKET_TYPE = 'troubleTicket';
/** The author of an event logged without a name. */
const DESK = 'CLEC escalation desk';

type Note = NonNullable<TroubleTicket['note']>[number];
type Identifier = NonNullable<TroubleTicket['externalIdentifier']>[number];
type Characteristic = NonNullable<TroubleTicket['troubleTicketCharacteristic']>[number];

/** The ticket's fields that carry the timeline: merge-patch replaces each array as a whole. */
export interface TimelineFields {
  readonly note: Note[];
  readonly externalIdentifier: Identifier[];
  readonly troubleTicketCharacteristic: Characteristic[];
  readonly expectedResolutionDate?: string;
  readonly requestedResolutionDate?: string;
}

const characteristic = (name: string, value: string): Characteristic => ({
  '@type': 'StringCharacteristic',
  name,
  valueType: 'string',
  value,
});

const iso = (instant: number) => new Date(instant).toISOString();

/** The ticket's fields with the timeline in them, keeping what the ticket holds besides. */
export function withTimeline(
  ticket: Pick<TroubleTicket, 'note' | 'externalIdentifier' | 'troubleTicketCharacteristic'>,
  input: ScriptInput,
): TimelineFields {
  const { state, clock } = input;
  const notes = timelineLines(input).map(({ event, line }): Note => ({
    '@type': 'Note',
    id: `${TIMELINE_NOTE_PREFIX}${event.id}`,
    author: event.author ?? DESK,
    date: event.at,
    text: line,
  }));
  const attTickets = state.attTicketNumbers.map((id): Identifier => ({
    '@type': 'ExternalIdentifier',
    id,
    owner: ATT_OWNER,
    externalIdentifierType: ATT_TICKET_TYPE,
  }));
  const fix = state.promises.findLast((p) => p.status === 'open' && p.event.kind === 'resolution');
  const requested = state.opened.requestedResolution;
  const next = clock.next;
  return {
    note: [
      ...(ticket.note ?? []).filter((note) => !note.id?.startsWith(TIMELINE_NOTE_PREFIX)),
      ...notes,
    ],
    externalIdentifier: [
      ...(ticket.externalIdentifier ?? []).filter(
        (x) => x.owner !== ATT_OWNER || x.externalIdentifierType !== ATT_TICKET_TYPE,
      ),
      ...attTickets,
    ],
    troubleTicketCharacteristic: [
      ...(ticket.troubleTicketCharacteristic ?? []).filter((c) => !OURS.has(c.name)),
      characteristic(LEVEL_CHARACTERISTIC, String(state.level)),
      ...(next
        ? [
            characteristic(NEXT_STEP_DUE_CHARACTERISTIC, iso(next.due)),
            characteristic(NEXT_STEP_WHY_CHARACTERISTIC, next.why),
          ]
        : []),
      characteristic(TIMELINE_CHARACTERISTIC, JSON.stringify(state.events)),
    ],
    ...(fix ? { expectedResolutionDate: iso(fix.by) } : {}),
    ...(requested ? { requestedResolutionDate: iso(Date.parse(requested)) } : {}),
  };
}

export interface TicketTimeline {
  readonly events: EscalationEvent[];
  /** What could not be read, for the user; empty when all was read. */
  readonly problems: string[];
}

/** The events a ticket carries, as a device merges them into its own log. */
export function timelineFromTicket(
  ticket: Pick<TroubleTicket, 'troubleTicketCharacteristic'>,
): TicketTimeline {
  const carried = ticket.troubleTicketCharacteristic?.find(
    (c) => c.name === TIMELINE_CHARACTERISTIC,
  );
  if (!carried) return { events: [], problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(carried.value);
  } catch {
    return {
      events: [],
      problems: ['The escalation timeline on the ticket is not valid JSON: it was left as it is'],
    };
  }
  if (!Array.isArray(raw)) {
    return {
      events: [],
      problems: [
        'The escalation timeline on the ticket is not a list of events: it was left as it is',
      ],
    };
  }
  const { events, unreadable } = readEvents(raw);
  return {
    events,
    problems:
      unreadable > 0
        ? [
            `${unreadable} event${unreadable === 1 ? '' : 's'} of the timeline on the ticket could not be read, perhaps written by a newer version of the app: update the app to see them`,
          ]
        : [],
  };
}
