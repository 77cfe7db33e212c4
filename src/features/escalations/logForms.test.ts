import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../domain/escalation/entry.ts';
import { opened } from '../../domain/escalation/timeline.fixtures.ts';
import { buildEvent, fieldId, problemField } from './logForms.ts';

const NOW = Date.parse('2026-12-07T15:00:00-06:00');
const context = { id: 'event-a', now: NOW, timeZone: 'America/Chicago' };
const OPENED = opened('2026-12-07T09:00:00-06:00');

describe('buildEvent', () => {
  it('reads a blank "when" as now, and a typed level as a number', () => {
    const built = buildEvent(
      'contact',
      {
        direction: 'outbound',
        channel: 'phone',
        level: '1',
        person: 'Pat Doe',
        said: 'Working on it',
        progress: 'yes',
      },
      context,
    );
    expect(built.errors).toEqual([]);
    const entry = appendEvent([OPENED], built.input, context);
    expect(entry.ok && entry.state.level).toBe(1);
    expect(built.input?.at).toBe(new Date(NOW).toISOString());
  });

  it('reads a promised date and time on the user clock', () => {
    const built = buildEvent(
      'promise',
      { kind: 'callback', byDate: '12/07/2026', byTime: '5:00 PM' },
      context,
    );
    expect(built.input?.by).toBe('2026-12-07T23:00:00.000Z');
  });

  it('refuses a date without a year beside the date field, keeping nothing half-built', () => {
    const built = buildEvent(
      'promise',
      { kind: 'callback', byDate: '12/07', byTime: '5 PM' },
      context,
    );
    expect(built.input).toBeUndefined();
    expect(built.errors.map((error) => error.field)).toEqual([fieldId('promise', 'byDate')]);
    expect(built.errors[0]?.message).toMatch(/Add the year/);
  });

  it('puts the domain message of a promise already passed beside the promised date', () => {
    const built = buildEvent(
      'promise',
      { kind: 'callback', byDate: '12/07/2026', byTime: '2:00 PM' },
      context,
    );
    const entry = appendEvent([OPENED], built.input, context);
    expect(entry.ok).toBe(false);
    if (entry.ok) return;
    const [problem] = entry.problems;
    expect(problem?.message).toMatch(/check the date, the year and AM or PM/);
    expect(problemField('promise', problem?.path ?? [])).toBe(fieldId('promise', 'byDate'));
  });
});
