import { describe, expect, it } from 'vitest';
import { PREMATURE_DISCONNECT_STATEMENT } from '../outcomes.ts';
import { planSteps } from '../plan.ts';
import { PREMATURE_DISCONNECT } from '../report.fixtures.ts';
import { buildReport } from '../report.ts';
import { formatSummary } from '../summary.ts';
import { escalationClock, type ClockCenter } from './clock.ts';
import { escalationScript, escalationText, type ScriptInput } from './script.ts';
import { contact, opened, promise } from './timeline.fixtures.ts';
import { foldTimeline, type EscalationEvent } from './timeline.ts';

const CHICAGO = 'America/Chicago';

const CENTER: ClockCenter = {
  name: 'Midwest LNP: Loop with LNP',
  hours: 'Monday to Friday, 8:00 am to 5:00 pm CT',
  levels: [
    { level: 1, name: 'Duty manager', phone: '312-555-0150', after: '4 business hours' },
    {
      level: 2,
      name: 'Center manager',
      phone: '312-555-0151',
      extension: '12',
      after: '1 business day',
    },
  ],
};

// A premature disconnect filed Monday 9:00 am; the center promised a callback by 11:00 am that
// never came, so the desk went to level 1, who promised the fix by 2:00 pm. It is 2:30 pm.
const EVENTS: EscalationEvent[] = [
  opened('2026-12-07T09:00:00-06:00', {
    statement: PREMATURE_DISCONNECT_STATEMENT,
    headline: `Escalation: ${PREMATURE_DISCONNECT_STATEMENT}`,
    center: { function: 'lnp', region: 'midwest', productType: 'loopWithLnp', name: CENTER.name },
    outOfServiceSince: '2026-12-07T08:00:00-06:00',
  }),
  contact('2026-12-07T09:10:00-06:00', {
    person: 'Pat Doe',
    attTicketNumber: 'ATT-22',
    said: 'Looking into it',
  }),
  promise('2026-12-07T09:10:00-06:00', '2026-12-07T11:00:00-06:00', {
    person: 'Pat Doe',
    attTicketNumber: 'ATT-22',
  }),
  contact('2026-12-07T11:30:00-06:00', {
    level: 1,
    person: 'Lee Roe',
    attTicketNumber: 'ATT-31',
    said: 'Port reversed “in error”\nrestoring the number',
  }),
  promise('2026-12-07T11:30:00-06:00', '2026-12-07T14:00:00-06:00', {
    kind: 'resolution',
    person: 'Lee Roe',
  }),
];
const NOW = Date.parse('2026-12-07T14:30:00-06:00');

function input(events: readonly EscalationEvent[] = EVENTS): ScriptInput {
  const state = foldTimeline(events);
  if (!state) throw new Error('The timeline has no opened event');
  const clock = escalationClock({ state, now: NOW, center: CENTER, timeZone: CHICAGO });
  return { state, clock, center: CENTER, now: NOW, timeZone: CHICAGO };
}

describe('escalationScript', () => {
  const script = escalationScript(input());

  it('starts with the statement AT&T needs first for a premature disconnect', () => {
    expect(script[0]).toBe(PREMATURE_DISCONNECT_STATEMENT);
    expect(script[1]).toBe(
      'I am escalating to level 2 (Center manager) of Midwest LNP: Loop with LNP.',
    );
  });

  it('gives every earlier ticket number, name, time and promise, and what became of each', () => {
    expect(script).toEqual(
      expect.arrayContaining([
        'It was filed on 12/07/2026 9:00 AM CST as ticket TT-1001.',
        'Your ticket numbers so far: ATT-22, ATT-31.',
        'The end user has been out of service since 12/07/2026 8:00 AM CST, 6 hours 30 minutes now.',
        'On 12/07/2026 9:10 AM CST I spoke with Pat Doe at the center (ticket ATT-22), who said: Looking into it.',
        'On 12/07/2026 11:30 AM CST I spoke with Lee Roe at level 1 (Duty manager) (ticket ATT-31), who said: Port reversed "in error" / restoring the number.',
        'Pat Doe promised a callback by 12/07/2026 11:00 AM CST: not kept; followed up on 12/07/2026 11:30 AM CST.',
        'Lee Roe promised the fix by 12/07/2026 2:00 PM CST: not fixed.',
        'I am calling now because: Lee Roe promised the fix by 12/07/2026 2:00 PM CST.',
      ]),
    );
  });

  it('opens with the report’s first line when there is no statement, and says a call was the start', () => {
    const called = opened('2026-12-07T09:00:00-06:00', {
      how: 'called',
      ticketReference: undefined,
    });
    const [first, , third] = escalationScript(input([called]));
    expect(first).toBe('Escalation: no dial tone on a loop');
    expect(third).toBe('It was first reported by phone on 12/07/2026 9:00 AM CST.');
  });
});

describe('escalationText', () => {
  const answers = PREMATURE_DISCONNECT;
  const { decision } = planSteps(answers);
  if (!decision) throw new Error('The answers reach no decision');
  const report = formatSummary(buildReport(answers, decision));
  const [first, ...rest] = EVENTS;
  if (first?.type !== 'opened') throw new Error('The timeline starts with its opening');
  const text = escalationText(input([{ ...first, report }, ...rest]));
  const lines = text.split('\n');

  it('is the original report, then its history, one line per field', () => {
    expect(text.startsWith(report.trimEnd())).toBe(true);
    expect(lines.slice(report.trimEnd().split('\n').length)).toEqual([
      '',
      'Escalated to: level 2 (Center manager), 312-555-0151 ext. 12',
      'Why now: Lee Roe promised the fix by 12/07/2026 2:00 PM CST',
      'AT&T ticket numbers: ATT-22, ATT-31',
      'End user out of service since: 12/07/2026 8:00 AM CST',
      'Opened: 12/07/2026 9:00 AM CST, filed as ticket TT-1001 with Midwest LNP: Loop with LNP',
      'Contact: 12/07/2026 9:10 AM CST, called the center by phone, spoke with Pat Doe, ticket ATT-22: Looking into it',
      'Promise: 12/07/2026 9:10 AM CST, Pat Doe, ticket ATT-22, promised a callback by 12/07/2026 11:00 AM CST: not kept; followed up on 12/07/2026 11:30 AM CST',
      'Contact: 12/07/2026 11:30 AM CST, called level 1 (Duty manager) by phone, spoke with Lee Roe, ticket ATT-31: Port reversed "in error" / restoring the number',
      'Promise: 12/07/2026 11:30 AM CST, Lee Roe, promised the fix by 12/07/2026 2:00 PM CST: not fixed',
      "Open for: 5 hours 30 minutes (5 hours 30 minutes of the center's hours)",
      '',
    ]);
  });

  it('starts with the report’s first lines when the timeline does not carry the report', () => {
    expect(escalationText(input()).split('\n').slice(0, 3)).toEqual([
      PREMATURE_DISCONNECT_STATEMENT,
      `Escalation: ${PREMATURE_DISCONNECT_STATEMENT}`,
      'Reference: TT-1001',
    ]);
  });

  it('is plain ASCII, ready for any mail or ticket system', () => {
    expect(text).toMatch(/^[\x20-\x7e\n]*$/u);
  });
});
