import type { ReactNode } from 'react';
import type { Answers } from '../../domain/answers.ts';
import { describeOutcome } from '../../domain/outcomes.ts';
import type { Report } from '../../domain/report.ts';
import { buildReport } from '../../domain/report.ts';
import type { ContactKey, Decision } from '../../domain/rules.ts';
import { planSteps } from '../../domain/steps.ts';
import { formatSummary, summarySubject } from '../../domain/summary.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { pageHref } from './pages.ts';
import type { WizardSession } from './session.ts';
import { SummaryActions } from './SummaryActions.tsx';
import { usePageTitle } from './usePageTitle.ts';

/** What the tickets feature adds to the result page; the app wires it in. */
export interface ResultSlots {
  /** The center's phone and hours, looked up in the Center Contacts list. */
  centerContact?: (contactKey: ContactKey) => ReactNode;
  /** Submitting the report as a trouble ticket, with its reference number once sent. */
  submitTicket?: (escalation: {
    answers: Answers;
    decision: Decision;
    report: Report;
    summary: string;
  }) => ReactNode;
}

interface ResultPageProps {
  session: WizardSession;
  decision: Decision;
  slots: ResultSlots;
}

function SourceLine({ decision }: { decision: Decision }) {
  const { reason, source } = decision.rule;
  return (
    <>
      <h2 className="heading-m">Why</h2>
      <p className="body">{reason}</p>
      <figure className="source-quote">
        <blockquote className="source-quote__text">
          <p>{source.text}</p>
        </blockquote>
        <figcaption className="source-quote__caption">AT&amp;T, {source.section}</figcaption>
      </figure>
    </>
  );
}

function Lines({
  lines,
  className = 'list list--bullet',
}: {
  lines: readonly string[];
  className?: string;
}) {
  if (lines.length === 0) return null;
  return (
    <ul className={className}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

export function ResultPage({ session, decision, slots }: ResultPageProps) {
  const { answers } = session;
  const info = describeOutcome(decision, answers);
  usePageTitle(info.title);
  return decision.escalation ? (
    <Escalation session={session} decision={decision} slots={slots} info={info} />
  ) : (
    <Redirect answers={answers} decision={decision} info={info} />
  );
}

type Info = ReturnType<typeof describeOutcome>;

function Redirect({
  answers,
  decision,
  info,
}: {
  answers: Answers;
  decision: Decision;
  info: Info;
}) {
  const { steps } = planSteps(answers);
  const deciding = steps[steps.length - 1];
  return (
    <div className="form-column">
      <PageHeading>{info.title}</PageHeading>
      <p className="body-l">This is not an escalation to the AT&amp;T Wholesale centers yet.</p>
      <Lines lines={info.howToReach} />
      <h2 className="heading-m">What to do now</h2>
      <Lines lines={info.nextSteps} className="list list--number" />
      <SourceLine decision={decision} />
      <div className="button-group">
        {deciding ? (
          <a className="link" href={pageHref({ kind: 'step', step: deciding })}>
            Change your last answer
          </a>
        ) : null}
        <a className="link" href={pageHref({ kind: 'startAgain' })}>
          Start a new escalation
        </a>
      </div>
    </div>
  );
}

function Escalation({ session, decision, slots, info }: ResultPageProps & { info: Info }) {
  const { answers } = session;
  const report = buildReport(answers, decision);
  const summary = formatSummary(report);
  return (
    <div className="wide-column">
      <div className="panel panel--result">
        <PageHeading>{info.title}</PageHeading>
        <p className="panel__body">
          Escalate to: <strong>{info.center}</strong>
        </p>
      </div>
      <h2 className="heading-m">How to reach them</h2>
      <Lines lines={info.howToReach} />
      {/* Slot: the tickets feature's <CenterContactCard> (phone and hours of this center). */}
      {decision.contactKey && slots.centerContact ? slots.centerContact(decision.contactKey) : null}
      {info.whatToSay.length > 0 ? (
        <>
          <h2 className="heading-m">What to say</h2>
          <Lines lines={info.whatToSay} className="list list--quote" />
        </>
      ) : null}
      {info.nextSteps.length > 0 ? (
        <>
          <h2 className="heading-m">Then</h2>
          <Lines lines={info.nextSteps} className="list list--number" />
        </>
      ) : null}
      <SourceLine decision={decision} />
      <h2 className="heading-m">Your report</h2>
      <pre className="report">{summary}</pre>
      <SummaryActions
        summary={summary}
        subject={summarySubject(report)}
        pon={answers.pon}
        onTakenAway={session.markTakenAway}
      />
      {/* Slot: the tickets feature's <SubmitTicket>. */}
      {slots.submitTicket ? slots.submitTicket({ answers, decision, report, summary }) : null}
      <p className="body">
        <a className="link" href={pageHref({ kind: 'check' })}>
          Check or change your answers
        </a>
        {' · '}
        <a className="link" href={pageHref({ kind: 'startAgain' })}>
          Start a new escalation
        </a>
      </p>
    </div>
  );
}
