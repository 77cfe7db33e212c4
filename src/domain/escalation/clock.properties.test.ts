import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escalationClock, type ClockCenter, type ClockInput } from './clock.ts';
import { foldTimeline, type EscalationEvent } from './timeline.ts';
import { MINUTE_MS } from './zoned.ts';

/*
 * Properties of the clock over any escalation: steps are listed earliest first, a step is never
 * due before the event it counts from nor callable before it is due, and taking the next step
 * (calling AT&T at the level it names, once it is due) never brings a step due earlier than it.
 * Times span 2026 and 2027, so both daylight-saving changes and the holidays below are crossed.
 */

const HOURS = [
  'Monday to Friday, 8:00 am to 5:00 pm CT',
  'Monday to Friday, 8:00 am to 5:00 pm PT',
  'Monday to Friday, 7:00 am to 7:00 pm ET; Saturday, 8:00 am to noon ET',
  '24 hours, 7 days',
];
const AFTER = [undefined, '4 business hours', '24 hours', '2 days', '1 business day', '90 minutes'];
const HOLIDAYS = ['2026-01-01', '2026-07-03', '2026-11-26', '2026-12-25', '2027-01-01'];

const minutes = (max: number) => fc.integer({ min: 1, max });

const action = fc.record({
  gap: minutes(3000),
  kind: fc.constantFrom('contact', 'promise', 'status', 'level'),
  level: fc.integer({ min: 0, max: 4 }),
  inbound: fc.boolean(),
  progress: fc.boolean(),
  promised: minutes(3000),
  resolution: fc.boolean(),
});

const scenario = fc.record({
  start: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 1) }),
  openedLevel: fc.integer({ min: 0, max: 3 }),
  down: fc.option(minutes(2880), { nil: undefined }),
  actions: fc.array(action, { maxLength: 8 }),
  wait: fc.integer({ min: 0, max: 5000 }),
  hours: fc.constantFrom(...HOURS),
  afters: fc.array(fc.constantFrom(...AFTER), { minLength: 0, maxLength: 3 }),
  holidays: fc.subarray(HOLIDAYS),
  outOfServiceAfter: fc.constantFrom(undefined, '4 hours', '2 business hours'),
  timeZone: fc.constantFrom('America/Chicago', 'America/New_York', 'America/Los_Angeles'),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const iso = (instant: number) => new Date(instant).toISOString();

function build(s: Scenario): {
  events: EscalationEvent[];
  now: number;
  input: Omit<ClockInput, 'state' | 'now'>;
} {
  const events: EscalationEvent[] = [
    {
      id: 'opened',
      at: iso(s.start),
      type: 'opened',
      how: 'called',
      level: s.openedLevel,
      headline: 'Escalation: no dial tone',
      ...(s.down ? { outOfServiceSince: iso(s.start - s.down * MINUTE_MS) } : {}),
    },
  ];
  let at = s.start;
  for (const [index, a] of s.actions.entries()) {
    at += a.gap * MINUTE_MS;
    const base = { id: `e${index}`, at: iso(at) };
    if (a.kind === 'contact') {
      events.push({
        ...base,
        type: 'contact',
        direction: a.inbound ? 'inbound' : 'outbound',
        channel: 'phone',
        level: a.level,
        person: 'Pat',
        said: 'Working it',
        progress: a.progress,
      });
    } else if (a.kind === 'promise') {
      events.push({
        ...base,
        type: 'promise',
        kind: a.resolution ? 'resolution' : 'callback',
        by: iso(at + a.promised * MINUTE_MS),
      });
    } else if (a.kind === 'status') {
      events.push({ ...base, type: 'status', status: 'inProgress' });
    } else {
      events.push({ ...base, type: 'level', level: a.level });
    }
  }
  const center: ClockCenter = {
    name: 'Midwest Maintenance (LOC)',
    hours: s.hours,
    levels: s.afters.map((after, i) => ({ level: i + 1, name: `Manager ${i + 1}`, after })),
  };
  const policy = {
    holidays: s.holidays.map((date) => ({ date, name: 'Holiday' })),
    ...(s.outOfServiceAfter ? { outOfServiceAfter: s.outOfServiceAfter } : {}),
  };
  return { events, now: at + s.wait * MINUTE_MS, input: { center, policy, timeZone: s.timeZone } };
}

function clockOf(
  events: readonly EscalationEvent[],
  now: number,
  input: Omit<ClockInput, 'state' | 'now'>,
) {
  const state = foldTimeline(events);
  if (!state) throw new Error('The timeline has no opened event');
  return { state, clock: escalationClock({ ...input, state, now }) };
}

describe('the escalation clock, for any escalation', () => {
  it('lists steps earliest first, none due before what it counts from nor callable before due', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { events, now, input } = build(s);
        const { clock } = clockOf(events, now, input);
        for (const [i, step] of clock.steps.entries()) {
          expect(step.due).toBeGreaterThanOrEqual(clock.steps[i - 1]?.due ?? -Infinity);
          expect(step.due).toBeGreaterThan(step.since);
          expect(step.callFrom).toBeGreaterThanOrEqual(step.due);
          expect(step.overdue).toBe(now >= step.due);
        }
        expect(clock.next).toBe(clock.steps[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the step called for, and never brings a step earlier than it', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { events, now, input } = build(s);
        const { state, clock } = clockOf(events, now, input);
        const taken = clock.next;
        if (!taken) return;
        // The desk calls when the step is due and the center answers, at the level it names.
        const at = Math.max(now, taken.callFrom);
        const level = clock.nextLevel?.level.level ?? Math.min(state.level + 1, 9);
        const call: EscalationEvent = {
          id: 'taken',
          at: iso(at),
          type: 'contact',
          direction: 'outbound',
          channel: 'phone',
          level,
          person: 'Sam',
          said: 'Escalated',
          progress: false,
        };
        const after = clockOf([...events, call], at, input).clock;
        if (after.next) expect(after.next.due).toBeGreaterThanOrEqual(taken.due);
        // The step taken is done: it does not come back.
        expect(after.steps).not.toContainEqual(
          expect.objectContaining({ reason: taken.reason, due: taken.due }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
