/*
 * The clock the escalation pages read, and the reminders it raises. A plain engine, shaped like
 * the outbox: the time and the timer are injected, pages read it through subscribe/getSnapshot,
 * and tests drive it without React and without waiting. It ticks at the next due time it knows of
 * (and at least every minute, so "open for" counts on), and a due time that passes while the app
 * is open becomes a reminder: shown on the page, and sent once as a system notification when the
 * user allowed it.
 */

/** A step of one escalation that falls due at `due`, with the words a reminder shows. */
export interface Due {
  readonly escalationId: string;
  readonly due: number;
  readonly text: string;
}

export interface RemindersSnapshot {
  /** The time of the last tick. */
  readonly now: number;
  /** Steps that fell due while the app was open and are not dismissed, earliest first. */
  readonly passed: readonly Due[];
}

export interface RemindersOptions {
  readonly now: () => number;
  /** Runs `run` after `ms` milliseconds; returns what cancels it. */
  readonly schedule: (run: () => void, ms: number) => () => void;
  /** The steps ahead or overdue, as the escalations stand now. */
  readonly dues: () => readonly Due[];
  /** Sends one reminder outside the page (a system notification), when allowed. */
  readonly notify?: (due: Due) => void;
}

export interface Reminders {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => RemindersSnapshot;
  /** Reads the steps again now: an escalation changed. */
  readonly refresh: () => void;
  readonly dismiss: (due: Due) => void;
  /** Starts ticking; returns what stops it. */
  readonly start: () => () => void;
}

/** The longest wait between two ticks: the minute the pages count in. */
const MINUTE_MS = 60_000;

const keyOf = (due: Due) => `${due.escalationId}@${String(due.due)}`;

export function createReminders({ now, schedule, dues, notify }: RemindersOptions): Reminders {
  const listeners = new Set<() => void>();
  const startedAt = now();
  const dismissed = new Set<string>();
  // Due times already announced, so each is sent once however often the steps are read.
  const announced = new Set<string>();
  let snapshot: RemindersSnapshot = { now: startedAt, passed: [] };
  let cancel: (() => void) | undefined;
  let running = false;

  function read(): void {
    const at = now();
    const passed = dues()
      .filter((due) => due.due > startedAt && due.due <= at && !dismissed.has(keyOf(due)))
      .sort((a, b) => a.due - b.due);
    for (const due of passed) {
      if (announced.has(keyOf(due))) continue;
      announced.add(keyOf(due));
      notify?.(due);
    }
    snapshot = { now: at, passed };
    for (const listener of listeners) listener();
  }

  function tick(): void {
    read();
    if (!running) return;
    const at = snapshot.now;
    const next = dues()
      .map((due) => due.due)
      .filter((due) => due > at)
      .reduce((earliest, due) => Math.min(earliest, due), at + MINUTE_MS);
    cancel = schedule(tick, next - at);
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    refresh() {
      cancel?.();
      tick();
    },
    dismiss(due) {
      dismissed.add(keyOf(due));
      read();
    },
    start() {
      if (!running) {
        running = true;
        tick();
      }
      return () => {
        running = false;
        cancel?.();
        cancel = undefined;
      };
    },
  };
}
