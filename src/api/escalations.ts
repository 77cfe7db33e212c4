import { appendEvent, type EntryContext, type EntryProblem } from '../domain/escalation/entry.ts';
import {
  foldTimeline,
  readEvents,
  type EscalationEvent,
  type EscalationState,
} from '../domain/escalation/timeline.ts';
import type { LocalStore, TabChannel } from './localStore.ts';
import { ESCALATIONS_CHANNEL, ESCALATIONS_STORE } from './escalationsLogged.ts';
import { openStore, tabChannel } from './localStore.ts';

/*
 * Each escalation's timeline on this device, with the same guarantees as drafts and the outbox:
 * kept in IndexedDB, one record per escalation, changed only by atomic read-modify-writes, so two
 * tabs that log at once both keep their event; every change is announced to the other tabs, which
 * read the device again. A new event is checked against the timeline as stored at that moment,
 * not as this tab last saw it, so an event that no longer fits (a call logged in one tab on an
 * escalation just resolved in another) is refused with a message and the form keeps what the user
 * typed. Events this app version cannot read are kept as they are, never dropped.
 */

/** What the device keeps per escalation: the events as stored, read with the schemas on load. */
export interface StoredTimeline {
  readonly events: readonly unknown[];
}

export interface LoggedEscalation {
  readonly escalationId: string;
  /** The events this version reads, in the order stored. */
  readonly events: readonly EscalationEvent[];
  /** Undefined while no event opens the escalation. */
  readonly state: EscalationState | undefined;
  /** Stored events this version cannot read: kept, and counted so the user is told. */
  readonly unreadable: number;
}

export interface EscalationLogSnapshot {
  /** False until the device was read once. */
  readonly loaded: boolean;
  /** False once storage fell back to memory: nothing logged since survives the tab. */
  readonly persistent: boolean;
  readonly escalations: ReadonlyMap<string, LoggedEscalation>;
}

export type LogResult =
  | { readonly ok: true; readonly escalation: LoggedEscalation }
  | { readonly ok: false; readonly problems: readonly EntryProblem[] };

export interface EscalationLog {
  readonly getSnapshot: () => EscalationLogSnapshot;
  readonly subscribe: (listener: () => void) => () => void;
  /** Reads every timeline on the device. */
  readonly load: () => Promise<void>;
  /** Checks and adds what the user logged; the problems say what to fix. */
  readonly append: (escalationId: string, input: unknown) => Promise<LogResult>;
  /** Adds events known elsewhere (the backend's copy), keeping each event once. */
  readonly merge: (escalationId: string, events: readonly EscalationEvent[]) => Promise<void>;
}

export interface EscalationLogOptions {
  readonly store?: LocalStore<StoredTimeline>;
  readonly channel?: TabChannel<'changed'>;
  readonly now?: () => number;
  /** The user's zone, for the times named in messages. */
  readonly timeZone?: () => string;
}

const idOf = (event: unknown): unknown =>
  typeof event === 'object' && event !== null ? (event as { id?: unknown }).id : undefined;

function read(escalationId: string, stored: StoredTimeline | undefined): LoggedEscalation {
  const { events, unreadable } = readEvents(stored?.events ?? []);
  return { escalationId, events, state: foldTimeline(events), unreadable };
}

const sameIds = (a: readonly unknown[], b: readonly EscalationEvent[]): boolean =>
  a.length === b.length && a.every((event, i) => idOf(event) === b[i]?.id);

export function createEscalationLog(options: EscalationLogOptions = {}): EscalationLog {
  const {
    store = openStore<StoredTimeline>(ESCALATIONS_STORE),
    channel = tabChannel<'changed'>(ESCALATIONS_CHANNEL),
    now = () => Date.now(),
    timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  } = options;
  const listeners = new Set<() => void>();
  let snapshot: EscalationLogSnapshot = {
    loaded: false,
    persistent: store.persistent,
    escalations: new Map(),
  };

  /*
   * Reads and writes are numbered as they are issued; a result replaces what is known only if it
   * was issued after the one that produced it, so a slow read never undoes a newer change.
   */
  let issued = 0;
  const applied = new Map<string, number>();
  let loadedAt = 0;

  function publish(entries: readonly LoggedEscalation[], number: number, all: boolean): void {
    const escalations = new Map(snapshot.escalations);
    for (const escalation of entries) {
      if ((applied.get(escalation.escalationId) ?? 0) > number) continue;
      applied.set(escalation.escalationId, number);
      escalations.set(escalation.escalationId, escalation);
    }
    snapshot = {
      loaded: snapshot.loaded || all,
      persistent: store.persistent,
      escalations,
    };
    for (const listener of listeners) listener();
  }

  async function load(): Promise<void> {
    const number = ++issued;
    const stored = await store.all().catch(() => [] as [string, StoredTimeline][]);
    if (number < loadedAt) return;
    loadedAt = number;
    publish(
      stored.map(([id, value]) => read(id, value)),
      number,
      true,
    );
  }

  async function change(
    escalationId: string,
    edit: (stored: StoredTimeline | undefined) => StoredTimeline | undefined,
  ): Promise<LoggedEscalation> {
    const number = ++issued;
    const stored = await store.update(escalationId, edit);
    const escalation = read(escalationId, stored);
    publish([escalation], number, false);
    channel.post('changed');
    return escalation;
  }

  channel.subscribe(() => {
    void load();
  });

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load,
    async append(escalationId, input) {
      const context: EntryContext = { now: now(), timeZone: timeZone() };
      const seen = snapshot.escalations.get(escalationId)?.events ?? [];
      // Set inside the atomic change: the problems found against the timeline as stored.
      let problems: readonly EntryProblem[] = [];
      const escalation = await change(escalationId, (stored) => {
        const current = read(escalationId, stored);
        const entry = appendEvent(current.events, input, context);
        if (!entry.ok) {
          const elsewhere = !sameIds(stored?.events ?? [], seen);
          problems = entry.problems.map((problem) =>
            elsewhere
              ? {
                  ...problem,
                  message: `This escalation was changed in another tab or window. ${problem.message}`,
                }
              : problem,
          );
          return stored;
        }
        const added = entry.events.at(-1);
        return { events: [...(stored?.events ?? []), added] };
      });
      return problems.length > 0 ? { ok: false, problems } : { ok: true, escalation };
    },
    async merge(escalationId, events) {
      await change(escalationId, (stored) => {
        const known = new Set((stored?.events ?? []).map(idOf));
        const added = events.filter((event) => !known.has(event.id));
        return added.length > 0 ? { events: [...(stored?.events ?? []), ...added] } : stored;
      });
    },
  };
}
