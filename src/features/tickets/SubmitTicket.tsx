import { useEffect, useSyncExternalStore } from 'react';
import { describeApiError } from '../../api/client.ts';
import type { Outbox, SubmissionState } from '../../api/outbox.ts';
import { outbox as appOutbox } from '../../api/outbox.ts';
import type { EscalationTicketInput } from '../../api/troubleTicket.ts';
import { defaultTicketHref } from './format.ts';

/*
 * "Submit as a ticket" beside Copy on the result page, and the confirmation once filed. The
 * reference is only ever shown for the report the page shows: a report changed after filing says
 * the ticket holds the earlier one, and offers to send the changes to it. Every state the outbox
 * reports (sending, slow, retrying, queued, refused, held) is read from it, not timed here.
 */

interface SubmitProps {
  readonly input: EscalationTicketInput;
  /** What changed since the ticket was filed, for the update's note. */
  readonly changeNote?: string | undefined;
  /** The report left the app: leaving the page no longer loses work. */
  readonly onFiled?: () => void;
  /** The app's outbox unless a test brings its own. */
  readonly outbox?: Outbox;
}

export function useSubmission(escalationId: string, outbox: Outbox = appOutbox): SubmissionState {
  return useSyncExternalStore(outbox.subscribe, () => outbox.getState(escalationId));
}

type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending'; readonly text: string; readonly update: boolean }
  | { readonly kind: 'queued'; readonly update: boolean; readonly signIn: boolean }
  | { readonly kind: 'failed'; readonly text: string; readonly update: boolean }
  | { readonly kind: 'held'; readonly text: string; readonly update: boolean }
  | { readonly kind: 'filed'; readonly ticketId: string }
  | { readonly kind: 'outdated'; readonly ticketId: string };

function viewOf(state: SubmissionState, digest: string): View {
  const { pending, filed } = state;
  if (pending) {
    const update = pending.kind === 'update';
    if (pending.state === 'failed' || pending.state === 'held') {
      return { kind: pending.state, text: pending.message ?? 'It was not sent.', update };
    }
    if (pending.state === 'queued') {
      return { kind: 'queued', update, signIn: pending.signInNeeded === true };
    }
    const text = pending.retry
      ? `Sending… ${describeApiError(pending.retry.error, pending.retry.inMs)}`
      : pending.slow
        ? 'Sending… AT&T’s ticket service is slow to answer. Keep this page open: the ticket will not be filed twice.'
        : 'Sending…';
    return { kind: 'sending', text, update };
  }
  if (!filed) return { kind: 'idle' };
  return filed.digest === digest
    ? { kind: 'filed', ticketId: filed.ticketId }
    : { kind: 'outdated', ticketId: filed.ticketId };
}

function useView(input: EscalationTicketInput, outbox: Outbox): View {
  return viewOf(useSubmission(input.escalationId, outbox), input.digest);
}

/** The button and its status, beside Copy. */
export function SubmitAction({ input, changeNote, onFiled, outbox = appOutbox }: SubmitProps) {
  const view = useView(input, outbox);
  // Telling the draft that its report left the app is an effect on the draft, not on this page.
  useEffect(() => {
    if (view.kind === 'filed') onFiled?.();
  }, [view.kind, onFiled]);
  const submit = () => {
    void outbox.submit(input, changeNote);
  };
  const status = (() => {
    switch (view.kind) {
      case 'sending':
        return view.text;
      case 'queued':
        if (view.signIn) {
          return `${view.update ? 'Changes queued' : 'Queued'} — ${view.update ? 'they' : 'it'} will be sent once you have signed in again. Nothing is lost.`;
        }
        return view.update
          ? 'Changes queued — they will be sent when you are back online. An answer you correct before then goes with them.'
          : 'Queued — it will be sent when you are back online. An answer you correct before then goes with it.';
      case 'failed':
        return `Not sent. ${view.text}`;
      case 'held':
        return `Not sent yet. ${view.text}`;
      case 'outdated':
        return `Your answers changed after ${view.ticketId} was filed: that ticket still holds the earlier report.`;
      default:
        return '';
    }
  })();
  const label = (() => {
    switch (view.kind) {
      case 'idle':
        return 'Submit as a ticket';
      case 'failed':
        return view.update ? 'Retry sending the changes' : 'Retry';
      case 'held':
        return view.update ? 'Send these changes' : 'Send this report';
      case 'outdated':
        return `Send the changes to ${view.ticketId}`;
      default:
        return undefined;
    }
  })();
  return (
    <>
      {label ? (
        <button type="button" className="button" onClick={submit}>
          {label}
        </button>
      ) : view.kind === 'sending' ? (
        <button type="button" className="button" disabled>
          Sending…
        </button>
      ) : null}
      <p role="status" className="status-message submit-status">
        {status}
      </p>
    </>
  );
}

/** GOV.UK's confirmation panel, at the top of the result page once the report shown is filed. */
export function SubmitConfirmation({ input, outbox = appOutbox }: SubmitProps) {
  const view = useView(input, outbox);
  if (view.kind !== 'filed') return null;
  return (
    <div className="panel panel--confirmation" role="region" aria-labelledby="filed-heading">
      <h2 className="panel__title" id="filed-heading">
        Escalation filed
      </h2>
      <p className="panel__body">
        Your ticket reference is <strong className="panel__reference">{view.ticketId}</strong>. It
        is in the report and the e-mail subject below.
      </p>
      <p className="panel__body">
        <a className="panel__link" href={defaultTicketHref(view.ticketId)}>
          Open {view.ticketId} in My escalations
        </a>
      </p>
    </div>
  );
}
