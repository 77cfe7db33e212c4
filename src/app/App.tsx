import '../domain/zodConfig.ts';
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { createDraftSync } from '../features/drafts/draftSync.ts';
import type { SaveState } from '../features/drafts/draftSync.ts';
import { useDraft } from '../features/drafts/useDraft.ts';
import type { Decision } from '../domain/rules.ts';
import { pageHref } from '../features/wizard/pages.ts';
import { Wizard } from '../features/wizard/Wizard.tsx';
import { HEADING_ID } from '../ui/PageHeading.tsx';
import { DraftNotices } from './DraftNotices.tsx';
import { PageLoadBoundary } from './PageLoadBoundary.tsx';
import { freshTarget, opensAnotherDraft, resumeTarget } from './routeActions.ts';
import { navigate, useHashRoute } from './router.ts';
import { LOADING, needsDraft, routeContent, routeGuard } from './routes.tsx';
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

const ResultScreen = lazy(() =>
  import('./ResultScreen.tsx').then((m) => ({ default: m.ResultScreen })),
);

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
    showing ?? (requested.kind === 'resume' ? resumeTarget(draft) : routeGuard(requested, answers));
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
  const content = routeContent(requested, waiting, () => (
    <Wizard
      page={page}
      navigate={navigate}
      session={draft}
      renderResult={renderResult}
      revision={draft.formRevision(page.kind === 'step' ? page.step : undefined)}
    />
  ));
  return (
    <>
      <DraftNotices draft={draft} />
      <PageLoadBoundary page={pageHref(requested)}>{content}</PageLoadBoundary>
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
 * The wizard and the other pages, inside the frame that Root paints. `focusFirstPage`: the app
 * was opened by leaving the start page, so its first page is a page change (focus to its h1).
 */
export function App({ focusFirstPage = false }: { focusFirstPage?: boolean }) {
  return <Shell focusFirstPage={focusFirstPage} />;
}
