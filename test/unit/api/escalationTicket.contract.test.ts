import { describe, expect, it } from 'vitest';
import {
  LEVEL_CHARACTERISTIC,
  NEXT_STEP_DUE_CHARACTERISTIC,
  TIMELINE_CHARACTERISTIC,
  timelineFromTicket,
  withTimeline,
} from '../../../src/api/escalationTicket.ts';
import { createEscalationLog } from '../../../src/api/escalations.ts';
import { memoryStore } from '../../../src/api/localStore.ts';
import { createTroubleTicket, getTroubleTicket, sendTimeline } from '../../../src/api/tickets.ts';
import { toTroubleTicketCreate, type TroubleTicket } from '../../../src/api/troubleTicket.ts';
import { escalationClock, type ClockCenter } from '../../../src/domain/escalation/clock.ts';
import type { ScriptInput } from '../../../src/domain/escalation/script.ts';
import { contact, opened, promise } from '../../../src/domain/escalation/timeline.fixtures.ts';
import { foldTimeline, type EscalationEvent } from '../../../src/domain/escalation/timeline.ts';
import { setupMockBackend } from '../../msw.ts';
import { escalationInput } from './fixtures.ts';
import { specErrors } from './tmf621Spec.ts';

setupMockBackend();

/*
 * The escalation's timeline carried in a TMF621 ticket: valid against the TMF621 spec itself,
 * keeping what the ticket holds besides, and read back by another device as the same timeline.
 */

const CENTER: ClockCenter = {
  name: 'LNP',
  hours: '24 hours, 7 days',
  levels: [{ level: 1, name: 'Duty manager', phone: '312-555-0150', after: '2 hours' }],
};
const NOW = Date.parse('2026-12-07T12:00:00-06:00');

const EVENTS: EscalationEvent[] = [
  opened('2026-12-07T09:00:00-06:00', {
    author: 'Alex Kim',
    requestedResolution: '2026-12-07T17:00:00-06:00',
  }),
  contact('2026-12-07T09:30:00-06:00', { attTicketNumber: 'ATT-22', author: 'Alex Kim' }),
  promise('2026-12-07T09:30:00-06:00', '2026-12-07T15:00:00-06:00', {
    kind: 'resolution',
    attTicketNumber: 'ATT-22',
  }),
];

function scriptInput(events: readonly EscalationEvent[]): ScriptInput {
  const state = foldTimeline(events);
  if (!state) throw new Error('The timeline has no opened event');
  const clock = escalationClock({ state, now: NOW, center: CENTER, timeZone: 'America/Chicago' });
  return { state, clock, center: CENTER, now: NOW, timeZone: 'America/Chicago' };
}

/** A ticket as the backend holds it after filing. */
function filedTicket(): TroubleTicket {
  return {
    ...toTroubleTicketCreate(escalationInput({ pon: 'ACME-PON-0042' })),
    id: 'TT-1001',
    href: '/tmf-api/troubleTicket/v5/troubleTicket/TT-1001',
    creationDate: '2026-12-07T15:00:00Z',
    status: 'acknowledged',
  };
}

describe('withTimeline', () => {
  const ticket = filedTicket();
  const fields = withTimeline(ticket, scriptInput(EVENTS));
  const updated = { ...ticket, ...fields };

  it('is a valid TMF621 update, and leaves a valid ticket', () => {
    expect(specErrors('TroubleTicket_MVO', { '@type': 'TroubleTicket', ...fields })).toEqual([]);
    expect(specErrors('TroubleTicket_RES', updated)).toEqual([]);
  });

  it('writes one note per event, with its author and date', () => {
    const notes = fields.note.filter((note) => note.id?.startsWith('escalation-event-'));
    expect(notes.map(({ author, date }) => ({ author, date }))).toEqual([
      { author: 'Alex Kim', date: EVENTS[0]?.at },
      { author: 'Alex Kim', date: EVENTS[1]?.at },
      { author: 'CLEC escalation desk', date: EVENTS[2]?.at },
    ]);
    expect(notes[1]?.text).toBe(
      'Contact: 12/07/2026 9:30 AM CST, called the center by phone, spoke with Pat Doe, ticket ATT-22: A technician is assigned',
    );
  });

  it('carries AT&T’s promise, the CLEC’s request, AT&T’s ticket numbers and the level', () => {
    expect(fields.expectedResolutionDate).toBe('2026-12-07T21:00:00.000Z');
    expect(fields.requestedResolutionDate).toBe('2026-12-07T23:00:00.000Z');
    expect(fields.externalIdentifier).toContainEqual({
      '@type': 'ExternalIdentifier',
      id: 'ATT-22',
      owner: 'AT&T',
      externalIdentifierType: 'troubleTicket',
    });
    const value = (name: string) =>
      fields.troubleTicketCharacteristic.find((c) => c.name === name)?.value;
    expect(value(LEVEL_CHARACTERISTIC)).toBe('0');
    // Level 1 is due 2 hours after the escalation was opened, at 11:00 am Central.
    expect(value(NEXT_STEP_DUE_CHARACTERISTIC)).toBe('2026-12-07T17:00:00.000Z');
  });

  it('keeps the ticket’s own notes, PON and facts, and replaces only its own on the next update', () => {
    const again = withTimeline(updated, scriptInput(EVENTS));
    expect(again.note).toEqual(fields.note);
    expect(again.note[0]).toEqual(ticket.note?.[0]);
    expect(again.externalIdentifier.filter((x) => x.externalIdentifierType === 'PON')).toHaveLength(
      1,
    );
    expect(again.troubleTicketCharacteristic).toEqual(fields.troubleTicketCharacteristic);
    for (const fact of ticket.troubleTicketCharacteristic ?? []) {
      expect(again.troubleTicketCharacteristic).toContainEqual(fact);
    }
  });
});

describe('timelineFromTicket', () => {
  it('gives a colleague’s device the same timeline', async () => {
    const updated = { ...filedTicket(), ...withTimeline(filedTicket(), scriptInput(EVENTS)) };
    const carried = timelineFromTicket(updated);
    expect(carried).toEqual({ events: EVENTS, problems: [] });
    const colleague = createEscalationLog({ store: memoryStore(), now: () => NOW });
    await colleague.merge('TT-1001', carried.events);
    expect(colleague.getSnapshot().escalations.get('TT-1001')?.state).toEqual(foldTimeline(EVENTS));
  });

  it('says what it could not read and never guesses', () => {
    const broken = (value: string) => ({
      troubleTicketCharacteristic: [
        { '@type': 'StringCharacteristic' as const, name: TIMELINE_CHARACTERISTIC, value },
      ],
    });
    expect(timelineFromTicket(broken('{not json')).problems).toEqual([
      'The escalation timeline on the ticket is not valid JSON: it was left as it is',
    ]);
    const future = JSON.stringify([EVENTS[0], { id: 'x', at: EVENTS[0]?.at, type: 'teleported' }]);
    expect(timelineFromTicket(broken(future))).toEqual({
      events: [EVENTS[0]],
      problems: [
        '1 event of the timeline on the ticket could not be read, perhaps written by a newer version of the app: update the app to see them',
      ],
    });
    expect(timelineFromTicket({})).toEqual({ events: [], problems: [] });
  });
});

describe('the mock backend', () => {
  it('keeps the timeline sent to a filed ticket, as TMF621, for a colleague who opens it', async () => {
    const filed = await createTroubleTicket(
      toTroubleTicketCreate(escalationInput({ pon: 'ACME-PON-0042' })),
      crypto.randomUUID(),
    );
    await sendTimeline(filed.id, scriptInput(EVENTS));

    const response = await fetch(filed.href);
    const body: unknown = await response.json();
    expect(specErrors('TroubleTicket_RES', body)).toEqual([]);
    const opened = await getTroubleTicket(filed.id);
    expect(opened).toMatchObject({
      expectedResolutionDate: '2026-12-07T21:00:00.000Z',
      requestedResolutionDate: '2026-12-07T23:00:00.000Z',
    });
    expect(opened.externalIdentifier?.map((x) => x.id)).toEqual(['ACME-PON-0042', 'ATT-22']);
    expect(timelineFromTicket(opened)).toEqual({ events: EVENTS, problems: [] });
  });
});
