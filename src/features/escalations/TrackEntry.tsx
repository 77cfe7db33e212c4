import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ContactKey } from '../../domain/contacts.ts';
import { formatInstant } from '../../domain/escalation/format.ts';
import { repeatsOf } from '../../domain/escalation/overview.ts';
import { formatTelephoneNumber } from '../../domain/identifiers/telephone.ts';
import { ErrorMessage } from '../../ui/choiceList.tsx';
import {
  clockedEscalations,
  escalationLog,
  trackHref,
  useEscalationLog,
  useReminders,
  userTimeZone,
} from './tracking.ts';

/*
 * On the result page: the escalation's timeline, opened as the ticket it was filed as as soon as
 * the ticket is filed (no click needed), or by "I called the center" for an escalation made by
 * phone without a ticket; once opened, a link to its page. A number or circuit escalated in the last 30 days is named, with a link to
 * the earlier escalation: repeat trouble is itself a reason AT&T escalates.
 */

export interface TrackEntryProps {
  /** The draft's id, which the timeline is kept under. */
  readonly escalationId: string;
  /** The report's first line, and the statement for a premature disconnect. */
  readonly headline: string;
  readonly statement?: string | undefined;
  /** The whole report as the result page shows it: the next level's copy-ready text starts with it. */
  readonly report?: string | undefined;
  readonly center?: (ContactKey & { readonly name: string }) | undefined;
  readonly telephoneNumbers: readonly string[];
  readonly circuitIds: readonly string[];
  /** The ticket's reference, once the report shown is the one filed. */
  readonly ticketReference?: string | undefined;
  /** When the ticket was filed: the time its timeline opens. */
  readonly filedAt?: string | undefined;
}

/** Opens the escalation's timeline: filed as the ticket, or "I called the center" now. */
function openTimeline(props: TrackEntryProps, how: 'filed' | 'called') {
  const filed = how === 'filed';
  return escalationLog.append(props.escalationId, {
    id: crypto.randomUUID(),
    at: filed && props.filedAt ? props.filedAt : new Date().toISOString(),
    type: 'opened',
    how,
    ...(filed ? { ticketReference: props.ticketReference } : {}),
    ...(props.center ? { center: props.center } : {}),
    level: 0,
    headline: props.headline,
    ...(props.statement ? { statement: props.statement } : {}),
    ...(props.report?.trim() ? { report: props.report } : {}),
    telephoneNumbers: props.telephoneNumbers,
    circuitIds: props.circuitIds,
  });
}

export function TrackEntry(props: TrackEntryProps) {
  const { escalationId, ticketReference } = props;
  const log = useEscalationLog();
  const [problem, setProblem] = useState('');
  const problemRef = useRef<HTMLDivElement>(null);
  const tracked = log.escalations.get(escalationId)?.state;
  const { now } = useReminders();
  const repeats = repeatsOf(
    props,
    clockedEscalations(log, now).filter((other) => other.escalationId !== escalationId),
    tracked?.openedAt ?? now,
  );

  // A filed ticket opens its timeline once, as soon as the device's timelines are read. Another
  // tab doing the same at once is refused ("already open") and its timeline shows here anyway;
  // any other refusal leaves the button below, which says what is wrong when pressed.
  const autoOpened = useRef(false);
  useEffect(() => {
    if (!log.loaded || tracked || !ticketReference || autoOpened.current) return;
    autoOpened.current = true;
    void openTimeline(props, 'filed');
  }, [log.loaded, tracked, ticketReference, props]);

  const open = async (how: 'filed' | 'called') => {
    const result = await openTimeline(props, how);
    if (result.ok) {
      window.location.hash = trackHref(escalationId);
      return;
    }
    flushSync(() => {
      setProblem(result.problems.map((p) => p.message).join('. '));
    });
    problemRef.current?.focus();
  };

  return (
    <section aria-labelledby="track-heading">
      <h2 className="heading-m" id="track-heading">
        Track this escalation to its close
      </h2>
      {repeats.map((repeat) => (
        <p key={repeat.escalationId} className="body">
          <strong>Repeat trouble:</strong>{' '}
          {repeat.shared
            .map((shared) => (/^\d{10}$/u.test(shared) ? formatTelephoneNumber(shared) : shared))
            .join(', ')}{' '}
          had an escalation opened on {formatInstant(repeat.openedAt, userTimeZone())}, in the last
          30 days.{' '}
          <a className="link" href={trackHref(repeat.escalationId)}>
            See the earlier escalation
          </a>
          . Tell AT&amp;T it is a repeat.
        </p>
      ))}
      {tracked ? (
        <p className="body">
          <a className="link" href={trackHref(escalationId)}>
            See what is due on this escalation, whom to call next and its timeline
          </a>
        </p>
      ) : (
        <>
          <p className="body">
            Log each call, promise and level change, and the app tells you when the next call is due
            and whom to call.
          </p>
          <div tabIndex={-1} ref={problemRef}>
            {problem ? <ErrorMessage message={problem} alert /> : null}
          </div>
          <div className="button-group">
            {ticketReference ? (
              <button type="button" className="button" onClick={() => void open('filed')}>
                Track ticket {ticketReference}
              </button>
            ) : (
              <button type="button" className="button" onClick={() => void open('called')}>
                I called the center
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
