import { useSyncExternalStore } from 'react';
import type { WaitingList, WaitingOnDevice } from '../../api/outboxWaiting.ts';
import { createWaitingList } from '../../api/outboxWaiting.ts';
import { escalationHref, WAITING_LABEL } from './format.ts';

/*
 * The start page's list of tickets this device has not sent yet (queued offline, refused by the
 * service, or held for the user to look), each with what the user can do about it, so none is
 * forgotten once its draft leaves the list of unfinished escalations. Light: it reads the stored
 * outbox with plain checks, and loads the outbox itself only to send one again.
 */

const deviceList = createWaitingList();

interface WaitingTicketsProps {
  /** Sends a refused or held ticket again, as its report is now (the app's outbox). */
  readonly onSendAgain: (escalationId: string) => void;
  readonly list?: WaitingList;
}

const HINT: Record<WaitingOnDevice['state'], string> = {
  queued: 'It will be sent when you are back online.',
  failed: 'AT&T’s ticket service did not take it.',
  held: 'Look at your answers before it goes.',
};

export function WaitingTickets({ onSendAgain, list = deviceList }: WaitingTicketsProps) {
  const waiting = useSyncExternalStore(list.subscribe, list.getSnapshot, () => undefined);
  if (!waiting || waiting.length === 0) return null;
  return (
    <section aria-labelledby="waiting-tickets-heading" className="drafts">
      <h2 id="waiting-tickets-heading" className="heading-m">
        Tickets not sent yet
      </h2>
      <ul className="drafts__list">
        {waiting.map((ticket) => {
          const name = `${ticket.pon ? `PON ${ticket.pon}` : 'No PON'}${ticket.update ? ' (changes)' : ''}`;
          const hidden = <span className="visually-hidden"> {name}</span>;
          return (
            <li key={ticket.escalationId} className="drafts__item">
              <p className="drafts__name">
                <strong>{name}</strong> — {WAITING_LABEL[ticket.state]}
              </p>
              <p className="drafts__saved">{ticket.message ?? HINT[ticket.state]}</p>
              <div className="button-group">
                {ticket.state === 'failed' ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      onSendAgain(ticket.escalationId);
                    }}
                  >
                    Send again{hidden}
                  </button>
                ) : null}
                <a className="link" href={escalationHref(ticket.escalationId)}>
                  {ticket.state === 'held' ? 'Check the answers' : 'Open the report'}
                  {hidden}
                </a>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
