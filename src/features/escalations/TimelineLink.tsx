import { useTicketTimeline } from './ticketTimeline.ts';
import { trackHref, useEscalationLog } from './tracking.ts';

/*
 * On a filed ticket's page: the link to the escalation this device tracks for it, found by the
 * ticket's reference. The timeline the ticket carries is merged into this device's first, so a
 * colleague's device tracks the ticket too (under the ticket's reference). Nothing shows for a
 * ticket that carries no timeline and that this device does not track.
 */

export function TimelineLink({ ticketReference }: { ticketReference: string }) {
  const log = useEscalationLog();
  const tracked = [...log.escalations.values()].find(
    ({ state }) => state?.opened.ticketReference === ticketReference,
  );
  const problems = useTicketTimeline(
    ticketReference,
    log.loaded ? (tracked?.escalationId ?? ticketReference) : undefined,
  );
  return (
    <>
      {problems.map((problem) => (
        <p className="body" key={problem}>
          {problem}
        </p>
      ))}
      {tracked ? (
        <p className="body">
          <a className="link" href={trackHref(tracked.escalationId)}>
            What is due on {ticketReference}, whom to call next, and its timeline
          </a>
        </p>
      ) : null}
    </>
  );
}
