import './zodConfig.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SaveState } from '../features/drafts/useDraft.ts';
import { ticketOutbox } from '../api/ticketOutbox.ts';
import { useDraft } from '../features/drafts/useDraft.ts';
import { CenterContactCard } from '../features/tickets/CenterContactCard.tsx';
import { MyEscalations } from '../features/tickets/MyEscalations.tsx';
import { SubmitTicket } from '../features/tickets/SubmitTicket.tsx';
import { TicketDetail } from '../features/tickets/TicketDetail.tsx';
import { HEADING_ID } from '../ui/PageHeading.tsx';
import { allowedPage } from '../features/wizard/flow.ts';
import { pageHref, samePage } from '../features/wizard/pages.ts';
import type { ResultSlots } from '../features/wizard/ResultPage.tsx';
import { usePageTitle } from '../features/wizard/usePageTitle.ts';
import { Wizard } from '../features/wizard/Wizard.tsx';
import { navigate, useHashRoute } from './router.ts';
import { toEscalationTicketInput } from './ticketInput.ts';

/*
 * The shell: header, the page the URL names, and the autosave status. It composes the features:
 * the drafts feature keeps the escalation, the wizard asks the questions, the tickets feature
 * fills the result page's slots and the "My escalations" pages.
 */

function saveMessage(state: SaveState, hasAnswers: boolean): string {
  if (!hasAnswers) return '';
  if (state === 'memoryOnly')
    return 'Your answers cannot be saved on this device (storage is full or turned off). Keep this page open until you have copied or downloaded the report.';
  return state === 'saved' ? 'Your answers are saved on this device.' : '';
}

/** Shown from the first render (never late, so nothing shifts) until the next answer. */
function DiscardedNotice() {
  return (
    <div className="notification form-column" role="region" aria-labelledby="discarded-title">
      <h2 id="discarded-title" className="notification__title">
        Your saved answers could not be restored
      </h2>
      <p className="body">
        They were saved by an older version of this tool, or were damaged. Nothing was sent
        anywhere. Please start again.
      </p>
    </div>
  );
}

function Escalations({ ticket }: { ticket: string | undefined }) {
  usePageTitle(ticket ? `Escalation ${ticket}` : 'My escalations');
  return ticket ? <TicketDetail id={ticket} /> : <MyEscalations />;
}

/**
 * The wizard and the tickets pages, inside the frame that Root paints. `focusFirstPage`: the app
 * was opened by leaving the start page, so its first page is a page change (focus to its h1).
 */
export function App({ focusFirstPage = false }: { focusFirstPage?: boolean }) {
  const [queryClient] = useState(() => new QueryClient());
  const requested = useHashRoute();
  const draft = useDraft();
  const { answers, escalationId, setLocation } = draft;
  const page = allowedPage(requested, answers);
  const href = pageHref(page);

  // A deep link to a page not reachable yet shows the furthest reachable one: say so in the URL.
  useEffect(() => {
    if (!samePage(page, requested)) navigate(page, { replace: true });
  }, [page, requested]);

  // Remember where the user is, so a reload or "Resume" returns there.
  useEffect(() => {
    if (page.kind === 'step') setLocation(page.step);
    else if (page.kind === 'check' || page.kind === 'result') setLocation(page.kind);
  }, [page, setLocation]);

  // Focus to the new page's h1 on every page change, but not on first load (WCAG 2.4.3).
  const shown = useRef(focusFirstPage ? undefined : href);
  useEffect(() => {
    if (shown.current === href) return;
    shown.current = href;
    document.getElementById(HEADING_ID)?.focus();
  }, [href]);

  const slots = useMemo<ResultSlots>(
    () => ({
      centerContact: (contactKey) => <CenterContactCard contactKey={contactKey} />,
      submitTicket: ({ report, summary }) => {
        const input = toEscalationTicketInput(escalationId, report, summary);
        return input ? <SubmitTicket input={input} /> : null;
      },
    }),
    [escalationId],
  );

  // Send what the outbox queued while offline, now and whenever the connection returns.
  useEffect(() => ticketOutbox.watchConnectivity(), []);

  const saved = saveMessage(draft.saveState, draft.hasAnswers);
  return (
    <QueryClientProvider client={queryClient}>
      {draft.discardedNotice ? <DiscardedNotice /> : null}
      {requested.kind === 'escalations' ? (
        <Escalations ticket={requested.ticket} />
      ) : (
        <Wizard page={page} navigate={navigate} session={draft} slots={slots} />
      )}
      <p
        role="status"
        className={
          draft.saveState === 'memoryOnly' ? 'save-status save-status--warning' : 'save-status'
        }
      >
        {saved}
      </p>
    </QueryClientProvider>
  );
}
