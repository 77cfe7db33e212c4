import { describe, expect, it } from 'vitest';
import { appendEvent, parseDateTime, type EntryContext } from './entry.ts';
import { contact, opened, promise } from './timeline.fixtures.ts';
import { foldTimeline, type EscalationEvent } from './timeline.ts';

const CHICAGO = 'America/Chicago';
const context = (now: string): EntryContext => ({ now: Date.parse(now), timeZone: CHICAGO });

function fold(events: readonly EscalationEvent[]) {
  const state = foldTimeline(events);
  if (!state) throw new Error('The timeline has no opened event');
  return state;
}

function problems(events: readonly EscalationEvent[], input: unknown, now: string) {
  const entry = appendEvent(events, input, context(now));
  if (entry.ok) throw new Error('The event was accepted');
  return entry.problems.map((problem) => problem.message);
}

describe('foldTimeline', () => {
  const start = opened('2026-12-07T09:00:00-06:00');

  it('has nothing to fold until the escalation is opened', () => {
    expect(foldTimeline([contact('2026-12-07T10:00:00-06:00')])).toBeUndefined();
  });

  it('folds events in time order, whatever order two tabs stored them in', () => {
    const call = contact('2026-12-07T10:00:00-06:00', { level: 1, attTicketNumber: 'ATT-22' });
    const later = contact('2026-12-07T12:00:00-06:00', { level: 1, attTicketNumber: 'ATT-23' });
    const state = fold([later, start, call]);
    expect(state.events.map((e) => e.id)).toEqual([start.id, call.id, later.id]);
    expect(state.level).toBe(1);
    expect(state.levelSince).toBe(Date.parse(call.at));
    expect(state.attTicketNumbers).toEqual(['ATT-22', 'ATT-23']);
  });

  it('keeps a callback promise when AT&T calls back, and replaces it with a newer one', () => {
    const first = promise('2026-12-07T10:00:00-06:00', '2026-12-07T12:00:00-06:00');
    const second = promise('2026-12-07T11:00:00-06:00', '2026-12-07T13:00:00-06:00');
    const callback = contact('2026-12-07T12:30:00-06:00', { direction: 'inbound' });
    const state = fold([start, first, second, callback]);
    expect(state.promises.map((p) => p.status)).toEqual(['replaced', 'kept']);
  });

  it('marks a lapsed promise as chased once the desk calls again after it', () => {
    const lapsed = promise('2026-12-07T10:00:00-06:00', '2026-12-07T12:00:00-06:00');
    const early = contact('2026-12-07T11:00:00-06:00');
    expect(fold([start, lapsed, early]).promises[0]?.status).toBe('open');
    const chase = contact('2026-12-07T12:15:00-06:00');
    expect(fold([start, lapsed, chase]).promises[0]?.status).toBe('chased');
  });

  it('restarts the level’s interval on progress, not on a call that changed nothing', () => {
    const nothing = contact('2026-12-07T10:00:00-06:00');
    expect(fold([start, nothing]).progressAt).toBe(Date.parse(start.at));
    const moved = contact('2026-12-07T11:00:00-06:00', { progress: true });
    expect(fold([start, nothing, moved]).progressAt).toBe(Date.parse(moved.at));
  });

  it('closes on resolution with AT&T’s closing number, and opens again on reopening', () => {
    const fix = promise('2026-12-07T10:00:00-06:00', '2026-12-08T10:00:00-06:00', {
      kind: 'resolution',
    });
    const resolved = {
      id: 'resolved-1',
      at: '2026-12-07T16:00:00-06:00',
      type: 'resolved',
      attTicketNumber: 'ATT-99',
      note: 'Cross-connect replaced at the central office',
    } as const;
    const closed = fold([start, fix, resolved]);
    expect(closed.open).toBe(false);
    expect(closed.promises[0]?.status).toBe('kept');
    expect(closed.attTicketNumbers).toEqual(['ATT-99']);
    const reopened = {
      id: 'reopened-1',
      at: '2026-12-08T08:00:00-06:00',
      type: 'reopened',
      reason: 'No dial tone again',
    } as const;
    const again = fold([start, fix, resolved, reopened]);
    expect(again.open).toBe(true);
    expect(again.resolved).toBeUndefined();
    expect(again.progressAt).toBe(Date.parse(reopened.at));
  });
});

describe('appendEvent', () => {
  const start = opened('2026-12-07T09:00:00-06:00');
  const NOW = '2026-12-07T11:00:00-06:00';

  it('adds a valid event and gives the new state', () => {
    const entry = appendEvent(
      [start],
      contact('2026-12-07T10:00:00-06:00', { level: 1 }),
      context(NOW),
    );
    expect(entry.ok && entry.state.level).toBe(1);
  });

  it('refuses a promise already in the past, saying what to do', () => {
    const past = promise('2026-12-07T10:00:00-06:00', '2026-12-07T10:30:00-06:00');
    expect(problems([start], past, NOW)).toEqual([
      'The promised time, 12/07/2026 10:30 AM CST, has already passed: check the date, the year and AM or PM. If AT&T did not keep it, log the call that says so',
    ]);
  });

  it('refuses a promise due before it was made', () => {
    const backwards = promise('2026-12-07T10:00:00-06:00', '2026-12-07T09:30:00-06:00');
    expect(problems([start], backwards, NOW)).toEqual([
      'The promised time is before the promise was made: check the date, the year and AM or PM',
    ]);
  });

  it('refuses an event before the escalation was opened, or in the future', () => {
    expect(problems([start], contact('2026-12-06T10:00:00-06:00'), NOW)).toEqual([
      'This is dated before the escalation was opened (12/07/2026 9:00 AM CST): check the date and time',
    ]);
    expect(problems([start], contact('2026-12-07T15:00:00-06:00'), NOW)[0]).toMatch(
      /^This is dated in the future/,
    );
  });

  it('asks for a ticket reference when the escalation was filed, and for none when the user called', () => {
    const filed = opened('2026-12-07T09:00:00-06:00', { ticketReference: undefined });
    expect(problems([], filed, NOW)).toEqual([
      'Enter the reference of the ticket the escalation was filed as, or choose "I called the center"',
    ]);
    const called = opened('2026-12-07T09:00:00-06:00', {
      how: 'called',
      ticketReference: undefined,
    });
    expect(appendEvent([], called, context(NOW)).ok).toBe(true);
  });

  it('asks for a reopening before anything is logged on a resolved escalation', () => {
    const resolved = {
      id: 'r',
      at: '2026-12-07T10:00:00-06:00',
      type: 'resolved',
      attTicketNumber: 'ATT-9',
      note: 'Fixed',
    } as const;
    expect(problems([start, resolved], contact('2026-12-07T10:30:00-06:00'), NOW)).toEqual([
      'The escalation is resolved: reopen it before logging anything else',
    ]);
    const noNumber = { ...resolved, id: 'r2', attTicketNumber: ' ' };
    expect(problems([start], noNumber, NOW)).toEqual([
      "Enter AT&T's closing ticket number, as on the closing notice (this one is blank)",
    ]);
  });
});

describe('parseDateTime', () => {
  it('reads a date and time on the user’s clock, daylight saving included', () => {
    expect(parseDateTime('12/07/2026', '2:00 pm', CHICAGO)).toMatchObject({
      ok: true,
      value: Date.parse('2026-12-07T14:00:00-06:00'),
    });
    expect(parseDateTime('07/07/2026', '2:00 pm', CHICAGO)).toMatchObject({
      ok: true,
      value: Date.parse('2026-07-07T14:00:00-05:00'),
    });
  });

  it('asks for the year when a date has none', () => {
    expect(parseDateTime('12/07', '2:00 pm', CHICAGO)).toEqual({
      ok: false,
      error: 'Add the year: enter the date as MM/DD/YYYY, like 12/07/2026',
    });
  });
});
