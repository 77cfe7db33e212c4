import { z } from 'zod';
import { ContactFunctionSchema, ContactRegionSchema, ProductTypeSchema } from '../contacts.ts';

/*
 * An escalation after it was filed, as a list of events: opened, each contact with AT&T, each
 * promise AT&T made, status and level changes, resolved and reopened. The events are the record
 * (stored on the device, carried in the TMF621 ticket); the escalation's state is folded from
 * them, so two tabs that each add an event never overwrite each other: the events are merged and
 * folded again. The zod schemas are the single source of the events' shape.
 */

/** Level 0 is the center itself; 1 the first escalation above it, as in the contacts list. */
export const LevelSchema = z
  .int({ error: 'Enter the level as a whole number from 0 to 9: 0 is the center itself' })
  .min(0, 'Enter the level as a whole number from 0 to 9: 0 is the center itself')
  .max(9, 'Enter the level as a whole number from 0 to 9: 9 is the highest the contacts list has');

/** An instant with its offset, as ISO 8601: "2026-12-04T15:00:00-06:00". */
function instant(what: string) {
  return z.iso.datetime({
    offset: true,
    error: `Enter ${what} as a date and time with its year, like 12/04/2026 3:00 PM`,
  });
}

/** Text that must hold more than spaces; `what` completes "Enter ...". */
function text(what: string) {
  return z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what} (this one is blank)`);
}

const eventBase = {
  /** Unique in the escalation, so the same event merged from two tabs is kept once. */
  id: text('the event id'),
  /** When it happened, which may be before it was logged. */
  at: instant('when it happened'),
  /** Who on the CLEC's desk logged it. */
  author: text('your name').optional(),
};

/** The center the escalation went to, as the contacts list names it. */
export const CenterRefSchema = z.object({
  function: ContactFunctionSchema,
  region: ContactRegionSchema,
  productType: ProductTypeSchema,
  name: text("the center's name"),
});
export type CenterRef = z.infer<typeof CenterRefSchema>;

export const OpenedEventSchema = z
  .object({
    ...eventBase,
    type: z.literal('opened'),
    /** Filed with a ticket, or "I called the center" by phone without one. */
    how: z.enum(['filed', 'called'], {
      error: 'Choose how the escalation was made: filed as a ticket, or by calling the center',
    }),
    ticketReference: text('the reference of the ticket it was filed as').optional(),
    center: CenterRefSchema.optional(),
    /** The level it was made at: 0 when it went to the center. */
    level: LevelSchema,
    /** The report's opening line, which the script repeats first. */
    headline: text("the report's first line"),
    /** The exact statement AT&T needs first, for a premature disconnect. */
    statement: text('the statement').optional(),
    /**
     * The whole report as the wizard wrote it, when the timeline was opened from the result page:
     * the copy-ready text for the next level starts with it.
     */
    report: text("the report's text").optional(),
    /** When the CLEC asked AT&T to resolve it by, if it asked. */
    requestedResolution: instant('the time you asked AT&T to resolve it by').optional(),
    /** The affected telephone numbers, 10 digits each, to find repeat trouble. */
    telephoneNumbers: z
      .array(z.string().regex(/^\d{10}$/u, 'Enter each number as 10 digits'))
      .optional(),
    /** The affected circuit IDs as written, to find repeat trouble. */
    circuitIds: z.array(text('the circuit ID')).optional(),
    /** When the end user lost service, if they did. */
    outOfServiceSince: instant('when the end user lost service').optional(),
  })
  .superRefine((event, ctx) => {
    if (event.how === 'filed' && !event.ticketReference) {
      ctx.addIssue({
        code: 'custom',
        path: ['ticketReference'],
        message:
          'Enter the reference of the ticket the escalation was filed as, or choose "I called the center"',
      });
    }
    if (event.outOfServiceSince && Date.parse(event.outOfServiceSince) > Date.parse(event.at)) {
      ctx.addIssue({
        code: 'custom',
        path: ['outOfServiceSince'],
        message:
          'The end user lost service after the escalation was opened: check the date and time',
      });
    }
  });
export type OpenedEvent = z.infer<typeof OpenedEventSchema>;

export const CONTACT_CHANNELS = ['phone', 'email', 'portal'] as const;

export const ContactEventSchema = z.object({
  ...eventBase,
  type: z.literal('contact'),
  /** The CLEC reached AT&T ('outbound'), or AT&T reached the CLEC ('inbound', a callback). */
  direction: z.enum(['outbound', 'inbound'], {
    error: 'Choose who made contact: you reached AT&T, or AT&T reached you',
  }),
  channel: z.enum(CONTACT_CHANNELS, { error: 'Choose how: phone, e-mail or portal' }),
  level: LevelSchema,
  person: text('the name of the person at AT&T, or "not given"'),
  said: text('what AT&T said, in a few words'),
  attTicketNumber: text("AT&T's ticket number").optional(),
  /** The user's judgement that the call moved things forward; it restarts the level's interval. */
  progress: z.boolean(),
});
export type ContactEvent = z.infer<typeof ContactEventSchema>;

export const PROMISE_KINDS = ['callback', 'resolution'] as const;
export type PromiseKind = (typeof PROMISE_KINDS)[number];

export const PromiseEventSchema = z
  .object({
    ...eventBase,
    type: z.literal('promise'),
    kind: z.enum(PROMISE_KINDS, { error: 'Choose what AT&T promised: a callback or a fix' }),
    by: instant('the time AT&T promised'),
    person: text('the name of the person who promised it').optional(),
    level: LevelSchema.optional(),
    attTicketNumber: text("AT&T's ticket number").optional(),
  })
  .superRefine((event, ctx) => {
    if (Date.parse(event.by) <= Date.parse(event.at)) {
      ctx.addIssue({
        code: 'custom',
        path: ['by'],
        message:
          'The promised time is before the promise was made: check the date, the year and AM or PM',
      });
    }
  });
export type PromiseEvent = z.infer<typeof PromiseEventSchema>;

/** AT&T's ticket states before it is resolved, as TMF621 names them. */
export const ESCALATION_STATUSES = ['acknowledged', 'inProgress', 'pending', 'held'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const ESCALATION_STATUS_LABELS: Record<EscalationStatus, string> = {
  acknowledged: 'acknowledged by AT&T',
  inProgress: 'in progress at AT&T',
  pending: 'pending: AT&T waits for the CLEC or the end user',
  held: 'held by AT&T',
};

export const StatusEventSchema = z.object({
  ...eventBase,
  type: z.literal('status'),
  status: z.enum(ESCALATION_STATUSES, {
    error: `Choose the status: ${ESCALATION_STATUSES.join(', ')}`,
  }),
  note: text('the note').optional(),
});
export type StatusEvent = z.infer<typeof StatusEventSchema>;

export const LevelEventSchema = z.object({
  ...eventBase,
  type: z.literal('level'),
  level: LevelSchema,
  note: text('the note').optional(),
});
export type LevelEvent = z.infer<typeof LevelEventSchema>;

export const ResolvedEventSchema = z.object({
  ...eventBase,
  type: z.literal('resolved'),
  attTicketNumber: text("AT&T's closing ticket number, as on the closing notice"),
  note: text('a note on how it was resolved'),
});
export type ResolvedEvent = z.infer<typeof ResolvedEventSchema>;

export const ReopenedEventSchema = z.object({
  ...eventBase,
  type: z.literal('reopened'),
  reason: text('why the escalation is reopened'),
});
export type ReopenedEvent = z.infer<typeof ReopenedEventSchema>;

export const EscalationEventSchema = z.discriminatedUnion('type', [
  OpenedEventSchema,
  ContactEventSchema,
  PromiseEventSchema,
  StatusEventSchema,
  LevelEventSchema,
  ResolvedEventSchema,
  ReopenedEventSchema,
]);
export type EscalationEvent = z.infer<typeof EscalationEventSchema>;

/**
 * The events of a stored or received timeline that this version reads, and how many it cannot
 * (written by a newer version, or damaged): those are counted so the user can be told, and the
 * caller keeps them as they are.
 */
export function readEvents(raw: readonly unknown[]): {
  events: EscalationEvent[];
  unreadable: number;
} {
  const events: EscalationEvent[] = [];
  let unreadable = 0;
  for (const item of raw) {
    const parsed = EscalationEventSchema.safeParse(item);
    if (parsed.success) events.push(parsed.data);
    else unreadable++;
  }
  return { events, unreadable };
}

/** Kept: a callback came or the fix did; replaced by a newer promise; chased after it lapsed. */
export type PromiseStatus = 'open' | 'kept' | 'replaced' | 'chased';

export interface PromiseState {
  readonly event: PromiseEvent;
  readonly by: number;
  readonly status: PromiseStatus;
  /** When it stopped being open. */
  readonly settledAt?: number;
}

export interface EscalationState {
  readonly opened: OpenedEvent;
  readonly openedAt: number;
  readonly open: boolean;
  readonly level: number;
  /** When the current level was reached. */
  readonly levelSince: number;
  /** Every level the escalation has been at, with when, oldest first. */
  readonly levelHistory: readonly { readonly level: number; readonly since: number }[];
  /** The last sign of progress: the level reached, a status change, a call that moved things. */
  readonly progressAt: number;
  readonly status?: EscalationStatus;
  /** Every AT&T ticket number, in the order first given. */
  readonly attTicketNumbers: readonly string[];
  readonly promises: readonly PromiseState[];
  /** The last resolution while the escalation is closed. */
  readonly resolved?: ResolvedEvent;
  /** Every event, in time order. */
  readonly events: readonly EscalationEvent[];
}

const time = (event: EscalationEvent) => Date.parse(event.at);

/** In time order; events at the same instant keep the order they were added in. */
function sortEvents(events: readonly EscalationEvent[]): EscalationEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => time(a.event) - time(b.event) || a.index - b.index)
    .map(({ event }) => event);
}

function settle(
  promises: readonly PromiseState[],
  at: number,
  status: PromiseStatus,
  which: (promise: PromiseState) => boolean,
): PromiseState[] {
  return promises.map((promise) =>
    promise.status === 'open' && which(promise) ? { ...promise, status, settledAt: at } : promise,
  );
}

function withTicket(numbers: readonly string[], number: string | undefined): readonly string[] {
  return number && !numbers.includes(number) ? [...numbers, number] : numbers;
}

function reachLevel(state: EscalationState, level: number, at: number): EscalationState {
  if (level === state.level) return state;
  return {
    ...state,
    level,
    levelSince: at,
    levelHistory: [...state.levelHistory, { level, since: at }],
    progressAt: at,
    // Going up a level is how a lapsed promise is chased.
    promises: settle(state.promises, at, 'chased', (p) => level > state.level && p.by <= at),
  };
}

/** One event applied to the state. Total: anything out of place is kept in the history. */
function apply(state: EscalationState, event: EscalationEvent): EscalationState {
  const at = time(event);
  const events = [...state.events, event];
  switch (event.type) {
    case 'opened':
      return { ...state, events };
    case 'contact': {
      const base = reachLevel({ ...state, events }, Math.max(state.level, event.level), at);
      const promises =
        event.direction === 'inbound'
          ? settle(base.promises, at, 'kept', (p) => p.event.kind === 'callback')
          : settle(base.promises, at, 'chased', (p) => p.by <= at);
      return {
        ...base,
        promises,
        progressAt: event.progress ? at : base.progressAt,
        attTicketNumbers: withTicket(base.attTicketNumbers, event.attTicketNumber),
      };
    }
    case 'promise': {
      const replaced = settle(state.promises, at, 'replaced', (p) => p.event.kind === event.kind);
      return {
        ...state,
        events,
        promises: [...replaced, { event, by: Date.parse(event.by), status: 'open' }],
        attTicketNumbers: withTicket(state.attTicketNumbers, event.attTicketNumber),
      };
    }
    case 'status':
      return { ...state, events, status: event.status, progressAt: at };
    case 'level':
      return reachLevel({ ...state, events }, event.level, at);
    case 'resolved':
      return {
        ...state,
        events,
        open: false,
        resolved: event,
        promises: settle(state.promises, at, 'kept', (p) => p.event.kind === 'resolution'),
        attTicketNumbers: withTicket(state.attTicketNumbers, event.attTicketNumber),
      };
    case 'reopened':
      return { ...state, events, open: true, resolved: undefined, progressAt: at };
  }
}

/**
 * The escalation's state from its events, or undefined when none opens it. Folding is total so a
 * timeline merged from two tabs always shows: checkNewEvent() keeps new input in order instead.
 */
export function foldTimeline(events: readonly EscalationEvent[]): EscalationState | undefined {
  const sorted = sortEvents(events);
  const opened = sorted.find((event): event is OpenedEvent => event.type === 'opened');
  if (!opened) return undefined;
  const openedAt = time(opened);
  const initial: EscalationState = {
    opened,
    openedAt,
    open: true,
    level: opened.level,
    levelSince: openedAt,
    levelHistory: [{ level: opened.level, since: openedAt }],
    progressAt: openedAt,
    attTicketNumbers: [],
    promises: [],
    events: [],
  };
  return sorted.reduce(
    (state, event) =>
      event === opened ? { ...state, events: [...state.events, event] } : apply(state, event),
    initial,
  );
}
