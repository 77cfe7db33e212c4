import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { describeApiError } from '../../api/client.ts';
import { ticketKeys } from '../../api/tickets.ts';
import {
  ticketOutbox as appOutbox,
  type SubmissionState,
  type TicketOutbox,
} from '../../api/ticketOutbox.ts';
import type { EscalationTicketInput } from '../../api/troubleTicket.ts';
import { defaultTicketHref } from './format.ts';

/** After this long without an answer, say that the service is slow rather than leave a spinner. */
const SLOW_MS = 5000;

interface SubmitTicketProps {
  input: EscalationTicketInput;
  /** Where the sent ticket's link points (My escalations). */
  ticketHref?: (id: string) => string;
  /** The app's outbox unless a test brings its own. */
  outbox?: TicketOutbox;
}

function statusText(state: SubmissionState, slow: boolean): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'sending':
      if (state.retry) return `Sending… ${describeApiError(state.retry.error, state.retry.inMs)}`;
      return slow
        ? 'Sending… AT&T’s ticket service is slow to answer. Keep this page open: the ticket will not be filed twice.'
        : 'Sending…';
    case 'queued':
      return 'Queued — it will be sent when you are back online';
    case 'sent':
      return `Sent. Your ticket reference is ${state.ticketId}.`;
    case 'failed':
      return `Not sent. ${describeApiError(state.error)}`;
  }
}

/** "Submit as a ticket": files the escalation once, whatever the clicks, faults or connection. */
export function SubmitTicket({
  input,
  ticketHref = defaultTicketHref,
  outbox = appOutbox,
}: SubmitTicketProps) {
  const { escalationId } = input;
  const state = useSyncExternalStore(outbox.subscribe, () => outbox.getState(escalationId));
  const queryClient = useQueryClient();
  const [slowSince, setSlowSince] = useState<SubmissionState>();

  useEffect(() => outbox.watchConnectivity(), [outbox]);

  useEffect(() => {
    if (state.status === 'sent') void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
  }, [state.status, queryClient]);

  useEffect(() => {
    if (state.status !== 'sending') return;
    const timer = setTimeout(() => {
      setSlowSince(state);
    }, SLOW_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);

  const canSubmit = state.status === 'idle' || state.status === 'failed';
  return (
    <section aria-labelledby="submit-ticket-heading">
      <h2 id="submit-ticket-heading" className="heading-m">
        File it as a ticket
      </h2>
      {state.status === 'idle' ? (
        <p className="body">
          Sends this report to AT&amp;T’s ticket service and gives you a reference to quote when you
          call.
        </p>
      ) : null}
      <p role="status" className="status-message">
        {statusText(state, slowSince === state)}
      </p>
      {state.status === 'sent' ? (
        <p className="body">
          <a className="link" href={ticketHref(state.ticketId)}>
            Open {state.ticketId} in My escalations
          </a>
        </p>
      ) : null}
      {canSubmit || state.status === 'sending' ? (
        <button
          type="button"
          className="button"
          disabled={!canSubmit}
          onClick={() => {
            outbox.submit(input);
          }}
        >
          {state.status === 'failed' ? 'Retry' : 'Submit as a ticket'}
        </button>
      ) : null}
    </section>
  );
}
