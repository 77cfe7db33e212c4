import { useState } from 'react';
import type { OutcomeInfo } from '../../domain/outcomes.ts';
import type { Report } from '../../domain/report.ts';
import { formatSummary, summarySubject } from '../../domain/summary.ts';
import { reportedAt } from '../../domain/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { CallLine, ContactDetails } from './CenterContact.tsx';
import { pageHref } from './pages.ts';
import type { Escalation, ResultPageProps } from './ResultPage.tsx';
import { Lines, SourceLine } from './ResultParts.tsx';
import { SummaryActions } from './SummaryActions.tsx';

/*
 * The result of an escalation: the center and what to say on top, with the ways to take the
 * report away and to file it; then how to reach the center, the report itself and why.
 */

export function EscalationResult({
  session,
  decision,
  slots,
  info,
  report,
}: ResultPageProps & { info: OutcomeInfo; report: Report }) {
  const { answers } = session;
  const view = slots.centerContact;
  // A sample list's numbers, or any fictional one, are shown on the page under the warning, but
  // never written into a report that leaves the app.
  const real = view && !view.sample ? view : undefined;
  // When the report was made: the page opening, not each render, so the report shown, copied,
  // downloaded and printed is one text, even across a minute's turn.
  const [madeAt] = useState(() => reportedAt(new Date()));
  const summary = formatSummary(report, {
    ...(real?.contact ? { centerContact: real.contact } : {}),
    nextLevels: real?.nextLevels ?? [],
    ...(slots.ticketReference ? { ticketReference: slots.ticketReference } : {}),
    reportedAt: madeAt,
    generator: slots.generator,
  });
  const escalation: Escalation = { answers, decision, report, summary };
  return (
    <div className="wide-column">
      <div className="panel panel--result">
        <PageHeading>{info.title}</PageHeading>
        <p className="panel__body">
          Escalate to: <strong>{info.center}</strong>
          {report.location ? `, ${report.location.regionName}` : ''}
        </p>
        {decision.contactKey ? <CallLine view={view} /> : null}
        {info.whatToSay[0] ? (
          <p className="panel__body">
            Say: <q className="panel__quote">{info.whatToSay[0]}</q>
          </p>
        ) : null}
        {slots.ticketReference ? (
          <p className="panel__body">
            The report now carries your ticket reference, {slots.ticketReference}. Copy it again so
            what you send AT&amp;T has it.
          </p>
        ) : null}
        <SummaryActions
          summary={summary}
          {...(slots.ticketReference ? { copyLabel: 'Copy the report with the reference' } : {})}
          subject={summarySubject(report, slots.ticketReference)}
          pon={answers.pon}
          onTakenAway={session.markDone}
          submit={slots.submitAction ? slots.submitAction(escalation) : undefined}
          {...(decision.contactKey && (!view || view.status === 'loading')
            ? { waitingFor: 'Adding the center’s number to the report…' }
            : {})}
        />
      </div>
      {slots.submitConfirmation ? slots.submitConfirmation(escalation) : null}
      <h2 className="heading-m">How to reach them</h2>
      <Lines lines={info.howToReach} />
      <ContactDetails view={view} />
      {info.nextSteps.length > 0 ? (
        <>
          <h2 className="heading-m">Then</h2>
          <Lines lines={info.nextSteps} className="list list--number" />
        </>
      ) : null}
      <h2 className="heading-m">Your report</h2>
      <pre className="report">{summary}</pre>
      <SourceLine decision={decision} />
      <p className="body">
        <a className="link" href={pageHref({ kind: 'check' })}>
          Check or change your answers
        </a>
        {' · '}
        <a className="link" href={pageHref({ kind: 'new' })}>
          Start a new escalation
        </a>
        {' · '}
        <a className="link" href={pageHref({ kind: 'new', like: true })}>
          New escalation like this one
        </a>
        {' · '}
        <a className="link" href={pageHref({ kind: 'contacts' })}>
          Center contacts
        </a>
      </p>
    </div>
  );
}
