import type { EscalationEvent } from './timeline.ts';

/*
 * Events for the tests of the escalation's timeline, clock and script. Every name, number and
 * ticket is fictional. Times are in the Central zone of the Midwest center unless a test says so.
 */

export const CENTER = {
  function: 'maintenance',
  region: 'midwest',
  productType: 'loop',
  name: 'Midwest Maintenance (LOC): Loop',
} as const;

let sequence = 0;
const id = () => `event-${++sequence}`;

export function opened(at: string, extra: Partial<EscalationEvent & { type: 'opened' }> = {}) {
  return {
    id: id(),
    at,
    type: 'opened',
    how: 'filed',
    ticketReference: 'TT-1001',
    center: CENTER,
    level: 0,
    headline: 'Escalation: no dial tone on a loop',
    ...extra,
  } satisfies EscalationEvent;
}

export function contact(at: string, extra: Partial<EscalationEvent & { type: 'contact' }> = {}) {
  return {
    id: id(),
    at,
    type: 'contact',
    direction: 'outbound',
    channel: 'phone',
    level: 0,
    person: 'Pat Doe',
    said: 'A technician is assigned',
    progress: false,
    ...extra,
  } satisfies EscalationEvent;
}

export function promise(
  at: string,
  by: string,
  extra: Partial<EscalationEvent & { type: 'promise' }> = {},
) {
  return {
    id: id(),
    at,
    type: 'promise',
    kind: 'callback',
    by,
    person: 'Pat Doe',
    ...extra,
  } satisfies EscalationEvent;
}
