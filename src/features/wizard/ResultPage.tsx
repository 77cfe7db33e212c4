import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Answers } from '../../domain/answers.ts';
import type { CenterContact, ContactLevel } from '../../domain/contacts.ts';
import { formatTelephoneNumber } from '../../domain/identifiers/telephone.ts';
import type { OutcomeInfo } from '../../domain/outcomes.ts';
import { describeOutcome } from '../../domain/outcomes.ts';
import { planSteps } from '../../domain/plan.ts';
import type { Report } from '../../domain/report.ts';
import type { Decision } from '../../domain/rules.ts';
import { formatRedirectNote, formatSummary, summarySubject } from '../../domain/summary.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { WarningText } from '../../ui/WarningText.tsx';
import { pageHref } from './pages.ts';
import type { WizardSession } from './session.ts';
import { SummaryActions } from './SummaryActions.tsx';

/** Who to call, as the app found it in the Center Contacts list in use. */
export interface CenterContactView {
  readonly status: 'loading' | 'found' | 'missing';
  /** The center's entry, when the list has one for this key. */
  readonly contact?: CenterContact;
  /** Who to call now: the center, or the level above it for a later escalation. */
  readonly call?: { readonly name: string; readonly phone: string; readonly extension?: string };
  /** The levels after the one called now, for "if not resolved". */
  readonly nextLevels: readonly ContactLevel[];
  /** Where the list comes from and how fresh ("as of 11/20/2026, saved for offline use"). */
  readonly notes: readonly string[];
  /** The list in use is the sample the project ships: its numbers are not AT&T's. */
  readonly sample: boolean;
  /** Lists that could not be read, and where: never a wrong number instead. */
  readonly problems: readonly string[];
}

/** The escalation as the tickets feature files it. */
export interface Escalation {
  readonly answers: Answers;
  readonly decision: Decision;
  readonly report: Report;
  readonly summary: string;
}

/** What the other features add to the result page; the app wires it in. */
export interface ResultSlots {
  readonly centerContact?: CenterContactView;
  /** "Submit as a ticket", beside Copy. */
  readonly submitAction?: (escalation: Escalation) => ReactNode;
  /** Above everything once filed: the GOV.UK confirmation panel with the reference. */
  readonly submitConfirmation?: (escalation: Escalation) => ReactNode;
  /** The ticket's reference, once the report shown is the one filed. */
  readonly ticketReference?: string;
  /** "Escalate to AT&T Wholesale 0.2.0 (built 11/26/2026)": the report's last line. */
  readonly generator: string;
}

interface ResultPageProps {
  session: WizardSession;
  decision: Decision;
  /** buildReport(session.answers, decision), built once by the caller. */
  report: Report;
  slots: ResultSlots;
}

/** "11/26/2026 10:42 AM CST": when the report was made, on the user's own clock. */
export function reportedAt(now: Date): string {
  return now
    .toLocaleString('en-US', {
      month: '2-digit',
      day: '2-digit',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    })
    .replace(',', '');
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

export function ResultPage({ session, decision, report, slots }: ResultPageProps) {
  const { answers } = session;
  const info = describeOutcome(decision, answers);
  usePageTitle(info.title);
  return decision.escalation ? (
    <EscalationResult
      session={session}
      decision={decision}
      slots={slots}
      info={info}
      report={report}
    />
  ) : (
    <Redirect session={session} decision={decision} info={info} report={report} slots={slots} />
  );
}

function Redirect({
  session,
  decision,
  info,
  report,
  slots,
}: {
  session: WizardSession;
  decision: Decision;
  info: OutcomeInfo;
  report: Report;
  slots: ResultSlots;
}) {
  const { steps } = planSteps(session.answers);
  const deciding = steps.at(-1);
  const note = formatRedirectNote(report, info, { generator: slots.generator });
  return (
    <div className="form-column">
      <PageHeading>{info.title}</PageHeading>
      <p className="body-l">This is not an escalation to the AT&amp;T Wholesale centers yet.</p>
      <Lines lines={info.howToReach} />
      <h2 className="heading-m">What to do now</h2>
      <Lines lines={info.nextSteps} className="list list--number" />
      {info.comeBack ? (
        <>
          <h2 className="heading-m">When to come back</h2>
          <p className="body">{info.comeBack}</p>
        </>
      ) : null}
      <SourceLine decision={decision} />
      <h2 className="heading-m">A short note to copy</h2>
      <pre className="report">{note}</pre>
      <SummaryActions
        summary={note}
        subject={info.noteTitle ?? info.title}
        pon={session.answers.pon}
        onTakenAway={session.markDone}
      />
      <div className="button-group">
        {deciding ? (
          <a className="link" href={pageHref({ kind: 'step', step: deciding })}>
            Change your last answer
          </a>
        ) : null}
        <a className="link" href={pageHref({ kind: 'new' })}>
          Start a new escalation
        </a>
      </div>
    </div>
  );
}

function phoneLine(phone: string, extension: string | undefined): string {
  const digits = phone.replace(/\D/gu, '').replace(/^1(?=\d{10}$)/u, '');
  const shown = formatTelephoneNumber(digits);
  return extension ? `${shown} ext. ${extension}` : shown;
}

function telHref(phone: string): string {
  const digits = phone.replace(/\D/gu, '').replace(/^1(?=\d{10}$)/u, '');
  return `tel:+1${digits}`;
}

/** The number to call, or why there is none and where to look instead. */
function CallLine({ view }: { view: CenterContactView | undefined }) {
  if (!view || view.status === 'loading') {
    return <p className="panel__body">Looking up the center’s number…</p>;
  }
  if (view.status === 'missing' || !view.call) {
    return (
      <>
        {view.problems.map((problem) => (
          <p key={problem} className="panel__body">
            {problem}
          </p>
        ))}
        <p className="panel__body">
          No number for this center in the contact list in use: use the Center Contacts list on CLEC
          Online.
        </p>
      </>
    );
  }
  return (
    <p className="panel__body">
      Call {view.call.name}:{' '}
      <a className="panel__phone" href={telHref(view.call.phone)}>
        {phoneLine(view.call.phone, view.call.extension)}
      </a>
    </p>
  );
}

function ContactDetails({ view }: { view: CenterContactView | undefined }) {
  const contact = view?.contact;
  if (!view || !contact) return null;
  return (
    <section aria-labelledby="center-contact-heading">
      <h2 className="heading-m" id="center-contact-heading">
        The center’s contact details
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Center</dt>
          <dd className="summary-list__value">{contact.name}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Phone</dt>
          <dd className="summary-list__value">
            <a className="link" href={telHref(contact.phone)}>
              {phoneLine(contact.phone, contact.extension)}
            </a>
          </dd>
        </div>
        {contact.hours ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">Hours</dt>
            <dd className="summary-list__value">{contact.hours}</dd>
          </div>
        ) : null}
        {contact.email ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">E-mail</dt>
            <dd className="summary-list__value">
              <a className="link" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            </dd>
          </div>
        ) : null}
        {view.nextLevels.length > 0 ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">If not resolved</dt>
            <dd className="summary-list__value">
              {view.nextLevels.map((level) => (
                <p key={level.level} className="summary-list__line">
                  Level {level.level}: {level.name}
                  {level.phone ? `, ${phoneLine(level.phone, level.extension)}` : ''}
                  {level.email ? `, ${level.email}` : ''}
                </p>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      {view.notes.map((note) => (
        <p key={note} className="body">
          {note}
        </p>
      ))}
      {view.sample ? (
        <WarningText>
          Sample data — not real AT&amp;T numbers. Import your organisation’s Center Contacts list
          on the <a href={pageHref({ kind: 'contacts' })}>Center contacts</a> page, or use the list
          on CLEC Online.
        </WarningText>
      ) : null}
    </section>
  );
}

function EscalationResult({
  session,
  decision,
  slots,
  info,
  report,
}: ResultPageProps & { info: OutcomeInfo; report: Report }) {
  const { answers } = session;
  const view = slots.centerContact;
  // The sample list's numbers are fictional: shown on the page, under its warning, but never
  // written into a report that leaves the app.
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
        <SummaryActions
          summary={summary}
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
