import { useState } from 'react';
import {
  levelName,
  type ClockCenter,
  type EscalationClock,
} from '../../domain/escalation/clock.ts';
import { formatDuration, formatInstant } from '../../domain/escalation/format.ts';
import {
  escalationScript,
  escalationText,
  levelContact,
  openFor,
  type ScriptInput,
} from '../../domain/escalation/script.ts';
import type { EscalationState } from '../../domain/escalation/timeline.ts';
import { ErrorMessage } from '../../ui/choiceList.tsx';
import { downloadFile } from '../../ui/download.ts';
import { nextStepEvent, type CalendarStep } from './calendarFile.ts';

/*
 * The clock of one escalation: how long it has been open, the next step due and why, whom to call
 * next, what to say, and the copy-ready "escalation to level N" text. Every sentence comes from
 * the domain (escalationClock(), escalationScript(), escalationText()); this only lays them out.
 */

interface ClockPanelProps {
  readonly escalationId: string;
  readonly state: EscalationState;
  readonly clock: EscalationClock;
  readonly center: ClockCenter | undefined;
  readonly now: number;
  readonly timeZone: string;
}

function CopyText({ text, level }: { text: string; level: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      setStatus('Your browser did not let this page copy: select the text and copy it.');
    }
  };
  return (
    <>
      <h3 className="heading-m">Escalation to {level}, ready to send</h3>
      <pre className="report">{text}</pre>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        Copy the escalation text
      </button>
      <p role="status" className="body">
        {status}
      </p>
    </>
  );
}

/** Downloads the next step as an .ics event, named after the report's reference. */
function AddToCalendar(props: CalendarStep) {
  const [problem, setProblem] = useState('');
  const add = async () => {
    try {
      const text = await nextStepEvent(props);
      if (!text) return;
      const name = (props.state.opened.ticketReference ?? 'escalation').replace(/[^\w.-]+/gu, '-');
      downloadFile(`${name}-next-step.ics`, text, 'text/calendar;charset=utf-8');
      setProblem('');
    } catch (error) {
      setProblem(`The calendar event could not be made: ${String(error)}`);
    }
  };
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void add()}>
        Add the next step to your calendar
      </button>
      {problem ? <ErrorMessage message={problem} alert /> : null}
    </>
  );
}

export function ClockPanel({ escalationId, state, clock, center, now, timeZone }: ClockPanelProps) {
  const input: ScriptInput = { state, clock, center, now, timeZone };
  const next = clock.nextLevel;
  const levels = center?.levels ?? [];
  const nextName = next ? levelName(next.level.level, levels) : 'the next level';
  const step = clock.next;
  return (
    <section aria-labelledby="clock-heading">
      <h2 className="heading-m" id="clock-heading">
        {state.open ? 'What is due' : 'Resolved'}
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Open for</dt>
          <dd className="summary-list__value">{openFor(clock)}</dd>
        </div>
        {clock.outOfServiceFor === undefined ? null : (
          <div className="summary-list__row">
            <dt className="summary-list__key">Out of service for</dt>
            <dd className="summary-list__value">{formatDuration(clock.outOfServiceFor)}</dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt className="summary-list__key">Next step due</dt>
          <dd className="summary-list__value">
            {step ? (
              <>
                {step.overdue ? <strong className="tag">Overdue</strong> : null}{' '}
                {formatInstant(step.due, timeZone)}
                {step.callFrom > step.due
                  ? `; the center opens at ${formatInstant(step.callFrom, timeZone)}`
                  : ''}
                <br />
                {step.why}
              </>
            ) : state.open ? (
              'No step is due: log a promise, or set an interval for the next level.'
            ) : (
              'None: the escalation is resolved.'
            )}
          </dd>
        </div>
        {next && state.open ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">Whom to call next</dt>
            <dd className="summary-list__value">
              {levelContact(next.level)}
              {next.again ? ' (again: it is the last level listed)' : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      {step && state.open ? (
        <AddToCalendar escalationId={escalationId} state={state} clock={clock} />
      ) : null}
      {[...clock.problems, ...clock.notices].map((line) => (
        <p key={line} className="body">
          {line}
        </p>
      ))}
      {clock.facts.map((fact) => (
        <p key={fact.text} className="body">
          {fact.text} (source: {fact.source}).
        </p>
      ))}
      {state.open ? (
        <>
          <h3 className="heading-m">What to say to {nextName}</h3>
          <ol className="list list--number">
            {escalationScript(input).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <CopyText text={escalationText(input)} level={nextName} />
        </>
      ) : null}
    </section>
  );
}
