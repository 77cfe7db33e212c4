import { useMemo } from 'react';
import type { Decision } from '../domain/rules.ts';
import { buildReport, reportDigest } from '../domain/report.ts';
import { useContactList } from '../features/contacts/useContactList.ts';
import type { DraftSession } from '../features/drafts/useDraft.ts';
import {
  SubmitAction,
  SubmitConfirmation,
  useSubmission,
} from '../features/tickets/SubmitTicket.tsx';
import { TrackEntry } from '../features/escalations/TrackEntry.tsx';
import type { ResultSlots } from '../features/wizard/ResultPage.tsx';
import { ResultPage } from '../features/wizard/ResultPage.tsx';
import { contactView } from './contactView.ts';
import { QueryScope } from './queries.tsx';
import { changeNoteFor, toEscalationTicketInput } from './ticketInput.ts';
// Gives the outbox its resolver now: a ticket submitted here leaves at once, without waiting for
// the app to load the outbox when the page is next idle.
import './ticketOutbox.ts';
import { GENERATOR } from './version.ts';

/*
 * The result page with what the other features add to it: the number to call from the Center
 * Contacts list in use, and filing the report as a ticket. Its own chunk: the questions before
 * it need neither the contacts list nor the ticket client.
 */

interface ResultScreenProps {
  readonly session: DraftSession;
  readonly decision: Decision;
}

function Result({ session, decision }: ResultScreenProps) {
  const { answers, escalationId, markDone } = session;
  const { choice } = useContactList();
  const { filed } = useSubmission(escalationId);
  // Parsing thousands of pasted numbers: once per answers, for the page and the digest both.
  const report = useMemo(() => buildReport(answers, decision), [answers, decision]);
  const digest = useMemo(() => reportDigest(report), [report]);

  const slots = useMemo<ResultSlots>(() => {
    // The slots are given this page's report, whose digest is the one above.
    const inputOf = (summary: string) =>
      toEscalationTicketInput(escalationId, report, summary, digest);
    return {
      generator: GENERATOR,
      ...(decision.contactKey
        ? { centerContact: contactView(choice, decision.contactKey, answers.escalationLevel) }
        : {}),
      // The reference goes in the report only while the report is the one filed.
      ...(filed && filed.digest === digest ? { ticketReference: filed.ticketId } : {}),
      submitAction: ({ summary }) => {
        const input = inputOf(summary);
        return input ? (
          <SubmitAction
            input={input}
            changeNote={changeNoteFor(filed, summary)}
            onFiled={markDone}
          />
        ) : null;
      },
      submitConfirmation: ({ summary }) => {
        const input = inputOf(summary);
        return (
          <>
            {input ? <SubmitConfirmation input={input} /> : null}
            <TrackEntry
              escalationId={escalationId}
              headline={report.headline ?? report.title}
              statement={report.statement}
              report={summary}
              center={decision.contactKey && { ...decision.contactKey, name: report.center }}
              telephoneNumbers={input?.telephoneNumbers ?? []}
              circuitIds={input?.circuitId ? [input.circuitId] : []}
              ticketReference={filed?.ticketId}
              filedAt={filed?.sentAt}
            />
          </>
        );
      },
    };
  }, [decision, choice, answers.escalationLevel, filed, digest, report, escalationId, markDone]);
  return <ResultPage session={session} decision={decision} report={report} slots={slots} />;
}

export function ResultScreen(props: ResultScreenProps) {
  return (
    <QueryScope>
      <Result {...props} />
    </QueryScope>
  );
}
