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
import type { ResultSlots } from '../features/wizard/ResultPage.tsx';
import { ResultPage } from '../features/wizard/ResultPage.tsx';
import { contactView } from './contactView.ts';
import { QueryScope } from './queries.tsx';
import { changeNoteFor, toEscalationTicketInput } from './ticketInput.ts';
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
  const digest = useMemo(
    () => (decision.escalation ? reportDigest(buildReport(answers, decision)) : undefined),
    [answers, decision],
  );

  const slots = useMemo<ResultSlots>(
    () => ({
      generator: GENERATOR,
      ...(decision.contactKey
        ? { centerContact: contactView(choice, decision.contactKey, answers.escalationLevel) }
        : {}),
      // The reference goes in the report only while the report is the one filed.
      ...(filed && filed.digest === digest ? { ticketReference: filed.ticketId } : {}),
      submitAction: ({ report, summary }) => {
        const input = toEscalationTicketInput(escalationId, report, summary);
        return input ? (
          <SubmitAction
            input={input}
            changeNote={changeNoteFor(filed, summary)}
            onFiled={markDone}
          />
        ) : null;
      },
      submitConfirmation: ({ report, summary }) => {
        const input = toEscalationTicketInput(escalationId, report, summary);
        return input ? <SubmitConfirmation input={input} /> : null;
      },
    }),
    [decision, choice, answers.escalationLevel, filed, digest, escalationId, markDone],
  );
  return <ResultPage session={session} decision={decision} slots={slots} />;
}

export function ResultScreen(props: ResultScreenProps) {
  return (
    <QueryScope>
      <Result {...props} />
    </QueryScope>
  );
}
