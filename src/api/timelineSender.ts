import type { LoggedEscalation } from './escalations.ts';
import type { LocalStore } from './localStore.ts';
import { openStore, withLock } from './localStore.ts';

/*
 * Sends each filed escalation's timeline to its ticket, with the guarantees of the outbox: the
 * timeline itself is already kept on the device (escalations.ts), so nothing is lost while it
 * waits; this module only remembers, in IndexedDB, which events each ticket was last sent. A
 * timeline whose events differ from those is sent again, as a whole (the PATCH replaces what the
 * ticket carried, so sending it twice does no harm), by one tab at a time (a Web Lock). Offline,
 * nothing is sent: the app calls flush() again when the browser is back online, when it starts
 * and whenever a timeline changes. A failed send is left as not sent, and tried again then.
 */

export interface TimelineSenderOptions {
  /** The event ids each ticket was last sent, by escalation id. */
  readonly store?: LocalStore<SentTimeline>;
  /** Writes the escalation's timeline into its ticket. */
  readonly send: (ticketId: string, escalation: LoggedEscalation) => Promise<unknown>;
  readonly isOnline?: () => boolean;
  /** Runs the sending in one tab at a time. */
  readonly lock?: (job: () => Promise<void>) => Promise<unknown>;
}

export interface SentTimeline {
  readonly ticketId: string;
  /** The ids of the events sent, in the order sent. */
  readonly events: readonly string[];
}

export interface TimelineSender {
  /** Sends every filed escalation's timeline whose events the ticket does not have yet. */
  readonly flush: (escalations: Iterable<LoggedEscalation>) => Promise<void>;
}

/** The ticket an escalation was filed as, when it was filed. */
function ticketOf({ state }: LoggedEscalation): string | undefined {
  return state?.opened.how === 'filed' ? state.opened.ticketReference : undefined;
}

const sameEvents = (sent: SentTimeline | undefined, escalation: LoggedEscalation): boolean =>
  sent !== undefined &&
  sent.ticketId === ticketOf(escalation) &&
  sent.events.length === escalation.events.length &&
  sent.events.every((id, i) => escalation.events[i]?.id === id);

export function createTimelineSender(options: TimelineSenderOptions): TimelineSender {
  const {
    store = openStore<SentTimeline>('escalation-timelines-sent'),
    send,
    isOnline = () => globalThis.navigator.onLine,
    lock = (job: () => Promise<void>) => withLock('escalation-timelines', job),
  } = options;

  async function sendOne(escalation: LoggedEscalation): Promise<void> {
    const ticketId = ticketOf(escalation);
    if (!ticketId) return;
    if (sameEvents(await store.get(escalation.escalationId), escalation)) return;
    try {
      await send(ticketId, escalation);
    } catch {
      // Left as not sent: the next flush (a change, the app starting, back online) tries again.
      return;
    }
    const events = escalation.events.map((event) => event.id);
    await store.update(escalation.escalationId, () => ({ ticketId, events }));
  }

  return {
    async flush(escalations) {
      if (!isOnline()) return;
      const filed = [...escalations].filter((escalation) => ticketOf(escalation) !== undefined);
      if (filed.length === 0) return;
      await lock(async () => {
        for (const escalation of filed) await sendOne(escalation);
      });
    },
  };
}
