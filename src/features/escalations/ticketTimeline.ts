import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ticketTimelineQueryOptions } from '../../api/tickets.ts';
import { escalationLog } from './tracking.ts';

/*
 * A filed ticket's timeline, read from the backend when its page opens and merged into this
 * device's log (each event once), so a colleague who opens the same ticket sees the same timeline,
 * and this device sees what a colleague logged. Offline, or without the ticket, the device's own
 * timeline stands as it is.
 */

/**
 * Reads the timeline `ticketId` carries into the device's escalation `escalationId`. Returns what
 * of it could not be read, for the page to say.
 */
export function useTicketTimeline(
  ticketId: string | undefined,
  escalationId: string | undefined,
): readonly string[] {
  const { data } = useQuery({
    ...ticketTimelineQueryOptions(ticketId ?? ''),
    enabled: ticketId !== undefined && escalationId !== undefined,
  });
  // Writing what the backend holds into the device's store is an effect of the answer arriving.
  useEffect(() => {
    if (data && escalationId && data.events.length > 0) {
      void escalationLog.merge(escalationId, data.events);
    }
  }, [data, escalationId]);
  return data?.problems ?? [];
}
