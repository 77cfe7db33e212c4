import { trackHref, useEscalationLog } from './tracking.ts';

/*
 * On a filed ticket's page: the link to the escalation this device tracks for it, found by the
 * ticket's reference. Nothing shows for a ticket this device does not track.
 */

export function TimelineLink({ ticketReference }: { ticketReference: string }) {
  const log = useEscalationLog();
  const tracked = [...log.escalations.values()].find(
    ({ state }) => state?.opened.ticketReference === ticketReference,
  );
  if (!tracked) return null;
  return (
    <p className="body">
      <a className="link" href={trackHref(tracked.escalationId)}>
        What is due on {ticketReference}, whom to call next, and its timeline
      </a>
    </p>
  );
}
