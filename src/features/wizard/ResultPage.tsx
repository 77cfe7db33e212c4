import type { ReactNode } from 'react';
import type { Answers } from '../../domain/answers.ts';
import type { CenterContact, ContactLevel } from '../../domain/contacts.ts';
import type { OutcomeInfo } from '../../domain/outcomes.ts';
import { describeOutcome } from '../../domain/outcomes.ts';
import { planSteps } from '../../domain/plan.ts';
import type { Report } from '../../domain/report.ts';
import type { Decision } from '../../domain/rules.ts';
import { formatRedirectNote } from '../../domain/summary.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { pageHref } from './pages.ts';
import { EscalationResult } from './EscalationResult.tsx';
import { Lines, SourceLine } from './ResultParts.tsx';
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
  /** Past the last level the list names: says so, and names that level, instead of a next one. */
  readonly ladderEnd?: string;
  /** Where the list comes from and how fresh ("as of 11/20/2026, saved for offline use"). */
  readonly notes: readonly string[];
  /** The list is marked sample, or the entry holds a fictional number: its numbers are not AT&T's. */
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

export interface ResultPageProps {
  session: WizardSession;
  decision: Decision;
  /** buildReport(session.answers, decision), built once by the caller. */
  report: Report;
  slots: ResultSlots;
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
