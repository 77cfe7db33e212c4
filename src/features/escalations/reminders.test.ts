import { describe, expect, it } from 'vitest';
import { createReminders, type Due } from './reminders.ts';

/** A clock and a timer the test moves by hand: nothing here waits for real time. */
function fakeTime(start: number) {
  let time = start;
  let pending: { at: number; run: () => void } | undefined;
  return {
    now: () => time,
    schedule(run: () => void, ms: number) {
      const entry = { at: time + ms, run };
      pending = entry;
      return () => {
        if (pending === entry) pending = undefined;
      };
    },
    /** Moves the clock to `to`, running each timer that falls due on the way. */
    advance(to: number) {
      while (pending && pending.at <= to) {
        const { at, run } = pending;
        pending = undefined;
        time = at;
        run();
      }
      time = to;
    },
    nextTimer: () => pending?.at,
  };
}

const START = Date.parse('2026-12-07T12:00:00-06:00');
const MINUTE = 60_000;

describe('createReminders', () => {
  it('wakes at the due time, shows the step that passed and notifies once', () => {
    const time = fakeTime(START);
    const due: Due = { escalationId: 'e1', due: START + 90 * MINUTE, text: 'Callback lapsed' };
    const sent: Due[] = [];
    const reminders = createReminders({ ...time, dues: () => [due], notify: (d) => sent.push(d) });
    reminders.start();
    expect(reminders.getSnapshot().passed).toEqual([]);
    time.advance(START + 89 * MINUTE);
    expect(reminders.getSnapshot().passed).toEqual([]);
    expect(time.nextTimer()).toBe(due.due);
    time.advance(due.due);
    expect(reminders.getSnapshot()).toEqual({ now: due.due, passed: [due] });
    time.advance(due.due + 10 * MINUTE);
    reminders.refresh();
    expect(sent).toEqual([due]);
  });

  it('does not raise a step that was already overdue when the app opened', () => {
    const time = fakeTime(START);
    const old: Due = { escalationId: 'e1', due: START - MINUTE, text: 'Overdue already' };
    const sent: Due[] = [];
    const reminders = createReminders({ ...time, dues: () => [old], notify: (d) => sent.push(d) });
    reminders.start();
    time.advance(START + 5 * MINUTE);
    expect(reminders.getSnapshot().passed).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('forgets a dismissed reminder and ticks every minute with nothing due', () => {
    const time = fakeTime(START);
    const due: Due = { escalationId: 'e1', due: START + MINUTE / 2, text: 'Due' };
    const reminders = createReminders({ ...time, dues: () => [due] });
    const stop = reminders.start();
    time.advance(START + MINUTE);
    expect(reminders.getSnapshot().passed).toEqual([due]);
    reminders.dismiss(due);
    expect(reminders.getSnapshot().passed).toEqual([]);
    expect(time.nextTimer()).toBe(START + MINUTE + MINUTE / 2);
    stop();
    expect(time.nextTimer()).toBeUndefined();
  });
});
