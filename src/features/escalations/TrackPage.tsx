import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ContactListInUse } from '../../domain/contactList.ts';
import { timelineLines } from '../../domain/escalation/script.ts';
import { ChoiceList } from '../../ui/choiceList.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { ClockPanel } from './ClockPanel.tsx';
import { LogForm } from './LogForm.tsx';
import { FORMS, type LogKind } from './logForms.ts';
import { ReminderNotices } from './ReminderNotices.tsx';
import { useTicketTimeline } from './ticketTimeline.ts';
import {
  rememberContactList,
  scriptInputOf,
  useEscalationLog,
  useReminders,
  userTimeZone,
} from './tracking.ts';

/*
 * The escalation's page: its clock (what is due, whom to call, what to say), its timeline, and
 * the forms that add to it. The timeline is the device's (IndexedDB), so a second tab and an
 * offline reload show the same; the clock counts on while the page is open.
 */

interface TrackPageProps {
  readonly escalationId: string;
  /** The Center Contacts list in use, when the app has read it. */
  readonly contacts: ContactListInUse | undefined;
}

const OPEN_KINDS: readonly LogKind[] = ['contact', 'promise', 'level', 'resolved'];
const CLOSED_KINDS: readonly LogKind[] = ['reopened'];

export function TrackPage({ escalationId, contacts }: TrackPageProps) {
  rememberContactList(contacts);
  const log = useEscalationLog();
  const { now } = useReminders();
  const [kind, setKind] = useState<LogKind>('contact');
  const [logged, setLogged] = useState('');
  const loggedRef = useRef<HTMLParagraphElement>(null);
  const escalation = log.escalations.get(escalationId);
  const state = escalation?.state;
  const timeZone = userTimeZone();
  const filedAs = state?.opened.how === 'filed' ? state.opened.ticketReference : undefined;
  const ticketProblems = useTicketTimeline(filedAs, escalationId);

  if (!log.loaded) return <p className="body">Loading the escalation…</p>;
  if (!state) {
    return (
      <div className="wide-column">
        <PageHeading>Escalation not found</PageHeading>
        <p className="body">
          This device has no timeline for this escalation. Open it from its result page, or from{' '}
          <a className="link" href="#/escalations">
            My escalations
          </a>
          .
        </p>
      </div>
    );
  }
  const input = scriptInputOf(state, now, contacts);
  const { center, clock } = input;
  const kinds = state.open ? OPEN_KINDS : CLOSED_KINDS;
  const shownKind = kinds.includes(kind) ? kind : (kinds[0] ?? 'contact');
  const title = state.opened.ticketReference ?? state.opened.headline;

  return (
    <div className="wide-column">
      <ReminderNotices />
      <PageHeading>Escalation {title}</PageHeading>
      <p className="body">
        {state.opened.headline}
        {center ? `. ${center.name}` : ''}. {state.open ? 'Open' : 'Resolved'}, at{' '}
        {state.level === 0 ? 'the center' : `level ${String(state.level)}`}.
      </p>
      {escalation.unreadable > 0 ? (
        <p className="body">
          {escalation.unreadable} events were logged by a newer version of this app: they are kept,
          and shown once this app is updated.
        </p>
      ) : null}
      {ticketProblems.map((problem) => (
        <p className="body" key={problem}>
          {problem}
        </p>
      ))}
      <p className="body">
        <a className="link" href="#/escalations">
          All your escalations, the overdue first
        </a>
      </p>
      <ClockPanel
        escalationId={escalationId}
        state={state}
        clock={clock}
        center={center}
        now={now}
        timeZone={timeZone}
      />

      <h2 className="heading-m" id="timeline-heading">
        Timeline
      </h2>
      <ol className="list list--number" aria-labelledby="timeline-heading">
        {timelineLines(input).map(({ event, line }) => (
          <li key={event.id}>{line}</li>
        ))}
      </ol>

      <h2 className="heading-m">Log what happened</h2>
      <p ref={loggedRef} role="status" className="status-message" tabIndex={-1}>
        {logged}
      </p>
      {kinds.length > 1 ? (
        <ChoiceList
          name="log-kind"
          legend="What do you want to log?"
          choices={kinds.map((value) => ({ value, label: FORMS[value].title }))}
          error={undefined}
          isSelected={(value) => value === shownKind}
          input={(value) => ({
            name: 'log-kind',
            checked: value === shownKind,
            onChange: () => {
              setKind(value as LogKind);
              setLogged('');
            },
          })}
        />
      ) : null}
      {kinds.map((value) => (
        // Every form stays mounted, hidden when not chosen, so nothing typed in one is lost.
        <div key={value} hidden={value !== shownKind}>
          <h3 className="heading-m">{FORMS[value].title}</h3>
          <LogForm
            escalationId={escalationId}
            kind={value}
            shown={value === shownKind}
            onLogged={(message) => {
              flushSync(() => {
                setLogged(message);
              });
              loggedRef.current?.focus();
            }}
          />
        </div>
      ))}
    </div>
  );
}
