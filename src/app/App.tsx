import '../domain/zodConfig.ts';
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { estimatedStepCount } from '../domain/plan.ts';
import { useContactList } from '../features/contacts/useContactList.ts';
import { createDraftSync } from '../features/drafts/draftSync.ts';
import type { SaveState } from '../features/drafts/draftSync.ts';
import { useDraft } from '../features/drafts/useDraft.ts';
import type { Decision } from '../domain/rules.ts';
import { allowedPage } from '../features/wizard/flow.ts';
import { pageHref } from '../features/wizard/pages.ts';
import { FirstQuestion } from '../features/wizard/FirstQuestion.tsx';
import { FIRST_QUESTION_HASHES } from '../features/wizard/startLinks.ts';
import { Wizard } from '../features/wizard/Wizard.tsx';
import { HEADING_ID } from '../ui/PageHeading.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { DraftNotices } from './DraftNotices.tsx';
import { freshTarget, needsDraft, opensAnotherDraft, resumeTarget } from './routeActions.ts';
import { navigate, useHashRoute } from './router.ts';
import { startShellServices } from './shellServices.ts';

/*
 * The shell behind the start page: the page the URL names, composed from the features. The drafts
 * feature keeps the escalation, the wizard asks the questions, the contacts feature gives the
 * number to call, the tickets feature files the report and lists what was filed.
 */

function saveMessage(state: SaveState, hasWork: boolean): string {
  if (!hasWork) return '';
  if (state === 'memoryOnly')
    return 'Your answers cannot be saved on this device (storage is full or turned off). Keep this page open until you have copied or downloaded the report.';
  return state === 'saved' ? 'Your answers are saved on this device.' : '';
}

// Pages a journey to the result page never needs: their code (papaparse, the tickets list) loads
// when they are opened.
const ContactsPage = lazy(() =>
  import('../features/contacts/ContactsPage.tsx').then((m) => ({ default: m.ContactsPage })),
);
const MyEscalations = lazy(() =>
  import('../features/tickets/MyEscalations.tsx').then((m) => ({ default: m.MyEscalations })),
);
const TicketDetail = lazy(() =>
  import('../features/tickets/TicketDetail.tsx').then((m) => ({ default: m.TicketDetail })),
);

const TrackPage = lazy(() =>
  import('../features/escalations/TrackPage.tsx').then((m) => ({ default: m.TrackPage })),
);
const TimelineLink = lazy(() =>
  import('../features/escalations/TimelineLink.tsx').then((m) => ({ default: m.TimelineLink })),
);
const OpenEscalations = lazy(() =>
  import('../features/escalations/OpenEscalations.tsx').then((m) => ({
    default: m.OpenEscalations,
  })),
);

function Escalations({ ticket, track }: { ticket: string | undefined; track: string | undefined }) {
  usePageTitle(ticket ? `Escalation ${ticket}` : track ? 'Escalation timeline' : 'My escalations');
  // The escalations' clock reads the levels and hours of the Center Contacts list in use.
  const { choice } = useContactList();
  const contacts = choice && 'contacts' in choice ? choice : undefined;
  if (track) return <TrackPage escalationId={track} contacts={contacts} />;
  if (ticket) {
    return (
      <>
        <TicketDetail id={ticket} />
        <TimelineLink ticketReference={ticket} />
      </>
    );
  }
  return (
    <>
      <MyEscalations />
      <OpenEscalations contacts={contacts} />
    </>
  );
}

const QueryScope = lazy(() => import('./queries.tsx').then((m) => ({ default: m.QueryScope })));
const ResultScreen = lazy(() =>
  import('./ResultScreen.tsx').then((m) => ({ default: m.ResultScreen })),
);

const LOADING = <p className="body">Loading…</p>;

function Shell({ focusFirstPage }: { focusFirstPage: boolean }) {
  const requested = useHashRoute();
  // Opened by "Start now": the engine starts on the new escalation's empty draft, ready at once.
  const [openedFresh] = useState(() => requested.kind === 'new' && !requested.like);
  const [sync] = useState(() => createDraftSync({ fresh: openedFresh }));
  const draft = useDraft(sync);
  // The URL's draft actions, the reload's last save and the outbox run while the shell is shown.
  useEffect(() => startShellServices(sync, openedFresh), [sync, openedFresh]);
  const showing = freshTarget(requested, draft);
  const busy = !showing && (opensAnotherDraft(requested, draft) || requested.kind === 'new');
  const { answers } = draft;
  const page =
    showing ??
    (requested.kind === 'resume' ? resumeTarget(draft) : allowedPage(requested, answers));
  const href = pageHref(page);
  const waiting = (needsDraft(requested) && !draft.ready) || busy;

  // Focus to the new page's h1 on every page change, but not on first load (WCAG 2.4.3).
  const shown = useRef(focusFirstPage ? undefined : href);
  useEffect(() => {
    if (waiting || shown.current === href) return;
    shown.current = href;
    document.getElementById(HEADING_ID)?.focus();
  }, [href, waiting]);

  const renderResult = useCallback(
    (decision: Decision) => (
      <Suspense fallback={LOADING}>
        <ResultScreen session={draft} decision={decision} />
      </Suspense>
    ),
    [draft],
  );

  const saved = saveMessage(draft.saveState, draft.hasWork);
  let content;
  if (requested.kind === 'escalations') {
    content = (
      <Suspense fallback={LOADING}>
        <QueryScope>
          <Escalations ticket={requested.ticket} track={requested.track} />
        </QueryScope>
      </Suspense>
    );
  } else if (requested.kind === 'contacts') {
    content = (
      <Suspense fallback={LOADING}>
        <QueryScope>
          <ContactsPage />
        </QueryScope>
      </Suspense>
    );
  } else if (requested.kind === 'start')
    content = null; // the frame shows the start page
  else if (waiting)
    // The first question's light copy stays until the wizard's page can take over from it.
    content = FIRST_QUESTION_HASHES.includes(pageHref(requested)) ? (
      <FirstQuestion />
    ) : (
      <p className="body">Loading your escalation…</p>
    );
  else
    content = (
      <Wizard
        page={page}
        navigate={navigate}
        session={draft}
        renderResult={renderResult}
        revision={draft.formRevision(page.kind === 'step' ? page.step : undefined)}
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

/**
 * Work the first question would otherwise do on "Start now": how many questions may come (the
 * counter's estimate walks the rule tree once, then remembers).
 */
export function prepareFirstQuestion(): void {
  estimatedStepCount({});
}

/**
 * The wizard and the other pages, inside the frame that Root paints. `focusFirstPage`: the app
 * was opened by leaving the start page, so its first page is a page change (focus to its h1).
 */
export function App({ focusFirstPage = false }: { focusFirstPage?: boolean }) {
  return <Shell focusFirstPage={focusFirstPage} />;
}
