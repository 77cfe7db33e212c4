import './zodConfig.ts';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { outbox } from '../api/outbox.ts';
import { ticketKeys } from '../api/tickets.ts';
import { planSteps } from '../domain/plan.ts';
import { buildReport } from '../domain/report.ts';
import { ContactsPage } from '../features/contacts/ContactsPage.tsx';
import { useContactList } from '../features/contacts/useContactList.ts';
import type { DraftSession, SaveState } from '../features/drafts/useDraft.ts';
import { useDraft } from '../features/drafts/useDraft.ts';
import { MyEscalations } from '../features/tickets/MyEscalations.tsx';
import {
  SubmitAction,
  SubmitConfirmation,
  useSubmission,
} from '../features/tickets/SubmitTicket.tsx';
import { TicketDetail } from '../features/tickets/TicketDetail.tsx';
import { allowedPage, resumePage } from '../features/wizard/flow.ts';
import type { WizardPage } from '../features/wizard/pages.ts';
import { pageHref, samePage } from '../features/wizard/pages.ts';
import type { ResultSlots } from '../features/wizard/ResultPage.tsx';
import { Wizard } from '../features/wizard/Wizard.tsx';
import { HEADING_ID } from '../ui/PageHeading.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { contactView } from './contactView.ts';
import { DraftNotices } from './DraftNotices.tsx';
import { updates } from './pwa.ts';
import { navigate, useHashRoute } from './router.ts';
import { changeNoteFor, toEscalationTicketInput } from './ticketInput.ts';
import { reportDigest } from '../domain/report.ts';
import { GENERATOR } from './version.ts';

/*
 * The shell behind the start page: the page the URL names, composed from the features. The drafts
 * feature keeps the escalation, the wizard asks the questions, the contacts feature gives the
 * number to call, the tickets feature files the report and lists what was filed.
 */

function saveMessage(state: SaveState, hasAnswers: boolean): string {
  if (!hasAnswers) return '';
  if (state === 'memoryOnly')
    return 'Your answers cannot be saved on this device (storage is full or turned off). Keep this page open until you have copied or downloaded the report.';
  return state === 'saved' ? 'Your answers are saved on this device.' : '';
}

function Escalations({ ticket }: { ticket: string | undefined }) {
  usePageTitle(ticket ? `Escalation ${ticket}` : 'My escalations');
  return ticket ? <TicketDetail id={ticket} /> : <MyEscalations />;
}

/** Pages that need the draft read from the device before they can be shown. */
const needsDraft = (page: WizardPage) =>
  page.kind === 'step' ||
  page.kind === 'check' ||
  page.kind === 'result' ||
  page.kind === 'resume' ||
  page.kind === 'foc' ||
  page.kind === 'new';

/**
 * "New escalation" and "Continue" a saved draft are actions, not pages: the draft changes, then
 * the URL moves (replacing the action's) to where that draft stands. True while one is under way.
 */
function useDraftActions(requested: WizardPage, draft: DraftSession): boolean {
  const handled = useRef<string>(undefined);
  const href = pageHref(requested);
  const opening =
    requested.kind === 'resume' &&
    requested.draft !== undefined &&
    requested.draft !== draft.escalationId;
  useEffect(() => {
    if (!draft.ready || handled.current === href) return;
    handled.current = href;
    if (requested.kind === 'new') {
      draft.startNew(requested.like ? { like: true } : {});
      navigate({ kind: 'step', step: 'problem' }, { replace: true });
    } else if (opening && requested.draft) {
      void draft.open(requested.draft).then((opened) => {
        if (!opened) navigate({ kind: 'start' }, { replace: true });
      });
    }
  }, [draft, requested, href, opening]);
  return opening || requested.kind === 'new';
}

function Shell({ focusFirstPage }: { focusFirstPage: boolean }) {
  const requested = useHashRoute();
  const draft = useDraft();
  const queryClient = useQueryClient();
  const busy = useDraftActions(requested, draft);
  const { answers, escalationId } = draft;
  const page = allowedPage(requested, answers);
  const href = pageHref(page);
  const waiting = (needsDraft(requested) && !draft.ready) || busy;

  // A deep link to a page not reachable yet shows the furthest reachable one: say so in the URL.
  useEffect(() => {
    if (waiting || requested.kind === 'new') return;
    if (requested.kind === 'resume') {
      navigate(resumePage(answers), { replace: true });
      return;
    }
    if (!samePage(page, requested)) navigate(page, { replace: true });
  }, [page, requested, waiting, answers]);

  // Focus to the new page's h1 on every page change, but not on first load (WCAG 2.4.3).
  const shown = useRef(focusFirstPage ? undefined : href);
  useEffect(() => {
    if (waiting || shown.current === href) return;
    shown.current = href;
    document.getElementById(HEADING_ID)?.focus();
  }, [href, waiting]);

  // Whatever page is open, the outbox sends what waits and every list hears of it.
  useEffect(() => outbox.watch(), []);
  useEffect(
    () =>
      outbox.onFiled(() => {
        void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      }),
    [queryClient],
  );

  // A new version reloads only once the last typing is saved.
  const { flush } = draft;
  useEffect(() => {
    updates.setBeforeReload(flush);
    return () => {
      updates.setBeforeReload(undefined);
    };
  }, [flush]);

  const { choice } = useContactList();
  const submission = useSubmission(escalationId);
  const plan = planSteps(answers);
  const report = plan.decision?.escalation ? buildReport(answers, plan.decision) : undefined;
  const digest = report ? reportDigest(report) : undefined;
  const filed = submission.filed;
  const { markDone } = draft;

  const slots = useMemo<ResultSlots>(
    () => ({
      generator: GENERATOR,
      ...(plan.decision?.contactKey
        ? { centerContact: contactView(choice, plan.decision.contactKey, answers.escalationLevel) }
        : {}),
      // The reference goes in the report only while the report is the one filed.
      ...(filed && filed.digest === digest ? { ticketReference: filed.ticketId } : {}),
      submitAction: ({ report: shownReport, summary }) => {
        const input = toEscalationTicketInput(escalationId, shownReport, summary);
        return input ? (
          <SubmitAction
            input={input}
            changeNote={changeNoteFor(filed, summary)}
            onFiled={markDone}
          />
        ) : null;
      },
      submitConfirmation: ({ report: shownReport, summary }) => {
        const input = toEscalationTicketInput(escalationId, shownReport, summary);
        return input ? <SubmitConfirmation input={input} /> : null;
      },
    }),
    [plan.decision, choice, answers.escalationLevel, filed, digest, escalationId, markDone],
  );

  const saved = saveMessage(draft.saveState, draft.hasAnswers);
  let content;
  if (requested.kind === 'escalations') content = <Escalations ticket={requested.ticket} />;
  else if (requested.kind === 'contacts') content = <ContactsPage />;
  else if (requested.kind === 'start')
    content = null; // the frame shows the start page
  else if (waiting) content = <p className="body">Loading your escalation…</p>;
  else
    content = (
      <Wizard
        page={page}
        navigate={navigate}
        session={draft}
        slots={slots}
        revision={draft.revision}
      />
    );
  return (
    <>
      <DraftNotices draft={draft} />
      {content}
      <p
        role="status"
        className={
          draft.saveState === 'memoryOnly' ? 'save-status save-status--warning' : 'save-status'
        }
      >
        {requested.kind === 'escalations' || requested.kind === 'contacts' ? '' : saved}
      </p>
    </>
  );
}

/** Sends what waits in the ticket outbox, now and whenever the browser is back online. */
export const watchOutbox = (): (() => void) => outbox.watch();

/**
 * The wizard and the other pages, inside the frame that Root paints. `focusFirstPage`: the app
 * was opened by leaving the start page, so its first page is a page change (focus to its h1).
 */
export function App({ focusFirstPage = false }: { focusFirstPage?: boolean }) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Shell focusFirstPage={focusFirstPage} />
    </QueryClientProvider>
  );
}
