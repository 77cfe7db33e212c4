import type { EscalationClock } from '../../domain/escalation/clock.ts';
import { levelContact } from '../../domain/escalation/script.ts';
import type { EscalationState } from '../../domain/escalation/timeline.ts';

/*
 * "Add to calendar": the next step as an iCalendar (.ics) event, written by the ics library, not
 * by hand (its escaping and line folding are what calendar apps expect). The event starts when
 * the call can be made, in UTC, so every calendar shows it at the right time on its own clock; it
 * carries the report's reference and the number to call. The library loads only when asked.
 */

export interface CalendarStep {
  readonly escalationId: string;
  readonly state: EscalationState;
  readonly clock: EscalationClock;
}

/** The .ics text for the escalation's next step, or undefined when no step is due. */
export async function nextStepEvent({
  escalationId,
  state,
  clock,
}: CalendarStep): Promise<string | undefined> {
  const step = clock.next;
  if (!step) return undefined;
  const { createEvent } = await import('ics');
  const reference = state.opened.ticketReference ?? state.opened.headline;
  const level = clock.nextLevel?.level;
  const call = level ? `Call ${levelContact(level)}` : 'Call the center';
  const { error, value } = createEvent({
    productId: 'escalate-to-att-wholesale',
    uid: `${escalationId}-${String(step.due)}@escalate-to-att-wholesale`,
    title: `Escalation ${reference}: ${level?.phone ? `call ${level.phone}` : 'call AT&T'}`,
    description: [
      `${call}.`,
      `Why: ${step.why}.`,
      `Reference: ${reference}`,
      ...(state.attTicketNumbers.length > 0
        ? [`AT&T ticket numbers: ${state.attTicketNumbers.join(', ')}`]
        : []),
    ].join('\n'),
    start: step.callFrom,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: 15 },
  });
  if (error || value === null) throw error ?? new Error('The calendar event could not be written');
  return value;
}
