import type { DraftSession, DraftSync } from '../features/drafts/draftSync.ts';
import { resumePage } from '../features/wizard/flow.ts';
import type { Navigate, WizardPage } from '../features/wizard/pages.ts';
import { samePage } from '../features/wizard/pages.ts';
import { needsDraft, routeGuard } from './routes.tsx';

/*
 * What the URL asks of the draft, done outside React. "New escalation" and "Continue" a saved
 * draft are actions, not pages: the draft changes, then the URL moves (replacing the action's) to
 * where that draft stands. A deep link to a page not reachable yet moves the URL to the furthest
 * reachable page, so the address bar says what is shown. Each is done once the draft this tab
 * works on has been read from the device.
 */

/** Where a new escalation opens: the first question, or the FOC paste. */
export const newTarget = (page: Extract<WizardPage, { kind: 'new' }>): WizardPage =>
  page.then === 'foc' ? { kind: 'foc' } : { kind: 'step', step: 'problem' };

/**
 * A new escalation whose draft has nothing answered or pasted (the one the engine starts with
 * when "Start now" opened the wizard) is shown at once, without waiting: the first question
 * needs nothing saved. A choice on it not yet continued may be there already: the light copy of
 * the question hands it over as the wizard takes the page (ADR 0008).
 */
export const freshTarget = (requested: WizardPage, draft: DraftSession): WizardPage | undefined =>
  requested.kind === 'new' &&
  !requested.like &&
  draft.ready &&
  !draft.hasAnswers &&
  draft.focText === undefined
    ? newTarget(requested)
    : undefined;

/** Where a draft resumes: where its answers stop, or the FOC page if it holds only a paste. */
export const resumeTarget = (draft: DraftSession): WizardPage =>
  !draft.hasAnswers && draft.focText !== undefined ? { kind: 'foc' } : resumePage(draft.answers);

/** A saved draft other than this tab's is asked for: it is being opened. */
export const opensAnotherDraft = (requested: WizardPage, draft: DraftSession): boolean =>
  requested.kind === 'resume' &&
  requested.draft !== undefined &&
  requested.draft !== draft.escalationId;

export interface RouteActionsOptions {
  readonly sync: DraftSync;
  /** The page the URL names now. */
  readonly current: () => WizardPage;
  /** Calls the listener whenever the URL changes. */
  readonly onRouteChange: (listener: () => void) => () => void;
  readonly navigate: Navigate;
  /** The engine started on a new escalation for the URL the shell opened on ("Start now"). */
  readonly openedFresh: boolean;
  /** Runs a job once the current event is over (a commit and its navigation settle together). */
  readonly defer?: (job: () => void) => void;
}

/** Follows the URL and the draft until the returned function is called. */
export function followRouteActions(options: RouteActionsOptions): () => void {
  const { sync, current, onRouteChange, navigate, openedFresh, defer = queueMicrotask } = options;
  // The URL the shell opened on: its new escalation is the engine's first draft, whatever the
  // light copy of the first question handed over to it meanwhile.
  let first = true;
  // The draft being opened: asked once, however often the draft or the URL change meanwhile.
  let openingId: string | undefined;
  let scheduled = false;
  let stopped = false;

  function act(): void {
    scheduled = false;
    if (stopped) return;
    const requested = current();
    const draft = sync.getSnapshot();
    if (needsDraft(requested) && !draft.ready) return;
    const openedHere = first && openedFresh;
    first = false;
    if (requested.kind === 'new') {
      const reuse = !requested.like && draft.ready && (draft.untouched || openedHere);
      if (!reuse) draft.startNew(requested.like ? { like: true } : {});
      navigate(newTarget(requested), { replace: true });
    } else if (requested.kind === 'resume') {
      const id = requested.draft;
      if (id === undefined || !opensAnotherDraft(requested, draft)) {
        navigate(resumeTarget(draft), { replace: true });
      } else if (openingId !== id) {
        openingId = id;
        void draft.open(id).then((opened) => {
          openingId = undefined;
          if (!opened && !stopped) navigate({ kind: 'start' }, { replace: true });
        });
      }
    } else {
      const page = routeGuard(requested, draft.answers);
      if (!samePage(page, requested)) navigate(page, { replace: true });
    }
  }

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    defer(act);
  };
  const stopDraft = sync.subscribe(schedule);
  const stopRoute = onRouteChange(schedule);
  schedule();
  return () => {
    stopped = true;
    stopDraft();
    stopRoute();
  };
}
