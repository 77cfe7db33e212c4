import '../domain/zodConfig.ts';
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { estimatedStepCount } from '../domain/plan.ts';
import { useDraft } from '../features/drafts/useDraft.ts';
import type { DraftSession, SaveState } from '../features/drafts/useDraft.ts';
import type { Decision } from '../domain/rules.ts';
import { resumePage } from '../features/wizard/flow.ts';
import type { WizardPage } from '../features/wizard/pages.ts';
import { pageHref, samePage } from '../features/wizard/pages.ts';
import { Wizard } from '../features/wizard/Wizard.tsx';
import { HEADING_ID } from '../ui/PageHeading.tsx';
import { DraftNotices } from './DraftNotices.tsx';
import { updates } from './pwa.ts';
import { navigate, useHashRoute } from './router.ts';
import { whenIdle } from './idle.ts';
import { LOADING, needsDraft, routeContent, routeGuard } from './routes.tsx';

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

const ResultScreen = lazy(() =>
  import('./ResultScreen.tsx').then((m) => ({ default: m.ResultScreen })),
);

/** Where a new escalation opens: the first question, or the FOC paste. */
const newTarget = (page: Extract<WizardPage, { kind: 'new' }>): WizardPage =>
  page.then === 'foc' ? { kind: 'foc' } : { kind: 'step', step: 'problem' };

/**
 * "New escalation" and "Continue" a saved draft are actions, not pages: the draft changes, then
 * the URL moves (replacing the action's) to where that draft stands. Returns whether one is under
 * way, or the page to show at once: a new escalation whose draft is already empty (the one useDraft
 * made in its first render when "Start now" opened the wizard) needs no new draft, only its page.
 */
function useDraftActions(
  requested: WizardPage,
  draft: DraftSession,
): { busy: boolean; showing?: WizardPage } {
  const handled = useRef<string>(undefined);
  const href = pageHref(requested);
  const fresh = requested.kind === 'new' && !requested.like && draft.ready && draft.untouched;
  const opening =
    requested.kind === 'resume' &&
    requested.draft !== undefined &&
    requested.draft !== draft.escalationId;
  useEffect(() => {
    if (handled.current === href || (needsDraft(requested) && !draft.ready)) return;
    handled.current = href;
    if (requested.kind === 'new') {
      if (!fresh) draft.startNew(requested.like ? { like: true } : {});
      navigate(newTarget(requested), { replace: true });
    } else if (opening && requested.draft) {
      void draft.open(requested.draft).then((opened) => {
        if (!opened) navigate({ kind: 'start' }, { replace: true });
      });
    }
  }, [draft, requested, href, opening, fresh]);
  if (fresh) return { busy: false, showing: newTarget(requested) };
  return { busy: opening || requested.kind === 'new' };
}

function Shell({ focusFirstPage }: { focusFirstPage: boolean }) {
  const requested = useHashRoute();
  // Opened by "Start now": the new escalation's draft is made in the first render, not after it.
  const [openedOnNew] = useState(() => requested.kind === 'new' && !requested.like);
  const draft = useDraft({ fresh: openedOnNew });
  const { busy, showing } = useDraftActions(requested, draft);
  const { answers } = draft;
  const page = showing ?? routeGuard(requested, answers);
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

  // Whatever page is open, the outbox sends what waits and every list hears of it. Loaded once
  // the page shows: the first question does not wait for the ticket client.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let left = false;
    // After the first question is on screen and the page is idle: nothing to wait for before it.
    const load = () =>
      Promise.all([import('../api/outbox.ts'), import('./queries.tsx')]).then(
        ([{ outbox }, { queryClient }]) => {
          if (left) return;
          const stopWatching = outbox.watch();
          const stopHearing = outbox.onFiled(() => {
            void queryClient.invalidateQueries({ queryKey: ['troubleTicket'] });
          });
          stop = () => {
            stopWatching();
            stopHearing();
          };
          // The contacts list too, read while the user answers: the result page then shows the
          // center's number, and its report has it, from the first moment.
          void import('../features/contacts/useContactList.ts').then(({ prefetchContactList }) =>
            prefetchContactList(queryClient),
          );
        },
      );
    const idle = whenIdle(() => void load());
    return () => {
      left = true;
      idle.cancel();
      stop?.();
    };
  }, []);

  // A new version reloads only once the last typing is saved.
  const { flush } = draft;
  useEffect(() => {
    updates.setBeforeReload(flush);
    return () => {
      updates.setBeforeReload(undefined);
    };
  }, [flush]);

  const renderResult = useCallback(
    (decision: Decision) => (
      <Suspense fallback={LOADING}>
        <ResultScreen session={draft} decision={decision} />
      </Suspense>
    ),
    [draft],
  );

  const saved = saveMessage(draft.saveState, draft.hasAnswers);
  const content = routeContent(requested, waiting, () => (
    <Wizard
      page={page}
      navigate={navigate}
      session={draft}
      renderResult={renderResult}
      revision={draft.revision}
    />
  ));
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
