import { useSyncExternalStore } from 'react';
import { createEscalationLog, type EscalationLogSnapshot } from '../../api/escalations.ts';
import { sendTimeline } from '../../api/tickets.ts';
import { createTimelineSender } from '../../api/timelineSender.ts';
import type { ContactListInUse } from '../../domain/contactList.ts';
import { clockSetting, type ClockSetting } from '../../domain/contactsClock.ts';
import { escalationClock } from '../../domain/escalation/clock.ts';
import type { ClockedEscalation } from '../../domain/escalation/overview.ts';
import type { ScriptInput } from '../../domain/escalation/script.ts';
import type { EscalationState } from '../../domain/escalation/timeline.ts';
import { createReminders, type Due } from './reminders.ts';

/*
 * The escalations this device tracks, and the clock over them, shared by every page of the app:
 * the timeline log (IndexedDB, across tabs), the Center Contacts list the clock reads, and the
 * reminders engine. The contacts list comes from the app, which reads it; this module keeps the
 * last one it was given so the reminders count with the same levels and hours as the pages.
 */

export const escalationLog = createEscalationLog();

let loading: Promise<void> | undefined;
/** Reads the device once, when a page first listens. */
function subscribeLog(listener: () => void): () => void {
  loading ??= escalationLog.load();
  return escalationLog.subscribe(listener);
}

export function useEscalationLog(): EscalationLogSnapshot {
  return useSyncExternalStore(subscribeLog, escalationLog.getSnapshot);
}

/** The escalation's page (pages.ts parses the same URL). */
export const trackHref = (escalationId: string): string =>
  `#/escalations?track=${encodeURIComponent(escalationId)}`;

export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

let contactList: ContactListInUse | undefined;

/**
 * Keeps the contacts list the app reads for the reminders. Assigning the same list again does
 * nothing, so pages may pass it on every render.
 */
export function rememberContactList(choice: ContactListInUse | undefined): void {
  if (choice && choice !== contactList) contactList = choice;
}

/**
 * What the clock reads from the contacts list for one escalation: its center's hours and levels
 * with the organisation's intervals, and the organisation's holidays and out-of-service interval.
 * A center the list does not have keeps the name the escalation recorded, so the page still
 * names it; the clock then says the list gives no levels.
 */
export function clockSettingOf(
  state: EscalationState,
  choice: ContactListInUse | undefined = contactList,
): ClockSetting {
  const ref = state.opened.center;
  const policy = choice?.policy ? { policy: choice.policy } : {};
  if (!ref) return policy;
  const setting = choice ? clockSetting(choice, ref) : {};
  return { ...policy, ...setting, center: setting.center ?? { name: ref.name } };
}

/** Every escalation on the device that has opened, with its clock at `now`. */
export function clockedEscalations(
  snapshot: EscalationLogSnapshot,
  now: number,
  choice: ContactListInUse | undefined = contactList,
): ClockedEscalation[] {
  const timeZone = userTimeZone();
  return [...snapshot.escalations.values()].flatMap(({ escalationId, state }) =>
    state
      ? [
          {
            escalationId,
            state,
            clock: escalationClock({ state, now, timeZone, ...clockSettingOf(state, choice) }),
          },
        ]
      : [],
  );
}

/** What the script and the ticket need of one escalation: its clock at `now`, and its center. */
export function scriptInputOf(
  state: EscalationState,
  now: number,
  choice: ContactListInUse | undefined = contactList,
): ScriptInput {
  const timeZone = userTimeZone();
  const setting = clockSettingOf(state, choice);
  const clock = escalationClock({ state, now, timeZone, ...setting });
  return { state, clock, center: setting.center, now, timeZone };
}

/** Writes each filed escalation's timeline into its ticket (timelineSender.ts). */
const timelineSender = createTimelineSender({
  send: (ticketId, { state }) =>
    state ? sendTimeline(ticketId, scriptInputOf(state, Date.now())) : Promise.resolve(),
});
const sendTimelines = () => timelineSender.flush(escalationLog.getSnapshot().escalations.values());

/** What a reminder says: the escalation's reference or first line, and why. */
function reminderText({ state, clock }: ClockedEscalation): string {
  const name = state.opened.ticketReference ?? state.opened.headline;
  return `${name}: ${clock.next?.why ?? 'a step is due'}`;
}

/** A system notification, only where the browser has them and the user allowed them. */
function systemNotification(due: Due): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  new Notification('An escalation needs a call', { body: due.text, tag: due.escalationId });
}

export const reminders = createReminders({
  now: () => Date.now(),
  schedule(run, ms) {
    const timer = setTimeout(run, ms);
    return () => {
      clearTimeout(timer);
    };
  },
  dues: () =>
    clockedEscalations(escalationLog.getSnapshot(), Date.now()).flatMap((escalation) => {
      const next = escalation.clock.next;
      return escalation.state.open && next
        ? [{ escalationId: escalation.escalationId, due: next.due, text: reminderText(escalation) }]
        : [];
    }),
  notify: systemNotification,
});

let stopReminders: (() => void) | undefined;
/** Starts the reminders once a page listens, and reads the steps again on every change. */
function subscribeReminders(listener: () => void): () => void {
  stopReminders ??= (() => {
    loading ??= escalationLog.load();
    const stopTicking = reminders.start();
    // Every change of a timeline goes to its ticket, as do those waiting when the app starts
    // (once the log is read) and when the browser is back online.
    const stopHearing = escalationLog.subscribe(() => {
      reminders.refresh();
      void sendTimelines();
    });
    const onOnline = () => void sendTimelines();
    globalThis.addEventListener('online', onOnline);
    return () => {
      stopTicking();
      stopHearing();
      globalThis.removeEventListener('online', onOnline);
    };
  })();
  return reminders.subscribe(listener);
}

/** The clock's time and the reminders raised since the app opened. */
export function useReminders() {
  return useSyncExternalStore(subscribeReminders, reminders.getSnapshot);
}
