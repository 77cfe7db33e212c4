import type { ComponentType, MouseEvent } from 'react';
import { Suspense, lazy, useEffect, useState, useSyncExternalStore } from 'react';
import { whenOutboxHasWork } from '../api/outboxWaiting.ts';
import { useDraftList } from '../features/drafts/useDraftList.ts';
import { earlyAnswer } from '../features/wizard/earlyAnswer.ts';
import { FirstQuestion } from '../features/wizard/FirstQuestion.tsx';
import { StartPage } from '../features/wizard/StartPage.tsx';
import { FIRST_QUESTION_HASHES, START_LINKS, isStartHash } from '../features/wizard/startLinks.ts';
import { onFirstIntent, whenIdle } from './idle.ts';
import { updates } from './pwa.ts';
import { BUILD_DATE, VERSION } from './version.ts';

/*
 * The first-load part of the app, prerendered into index.html at build time: the frame and the
 * start page paint from the HTML before any script runs, then hydrate. The HTML holds the first
 * question too, which the browser shows for its URL by CSS (:target) before any script runs. The
 * wizard, zod, the form library and the ticket client are a separate chunk, preloaded while the
 * user reads; until it has run, the first question is a light copy of the wizard's page
 * (FirstQuestion.tsx), so "Start now" shows it at once. The mock backend loads only when a
 * request needs it.
 */

let appModule: typeof import('./App.tsx') | undefined;
let appLoading: Promise<typeof import('./App.tsx')> | undefined;
/** Loads the wizard once; its module is kept. */
export const loadApp = (): Promise<typeof import('./App.tsx')> =>
  (appLoading ??= import('./App.tsx').then((module) => (appModule = module)));

const LOADING = <p className="body">Loading…</p>;

/**
 * The document was loaded at the start page: whatever page shows now was reached by leaving it,
 * perhaps before this script ran (a link followed by the browser alone), and takes the focus
 * as a page change does.
 */
function loadedAtStartPage(): boolean {
  const [navigation] = performance.getEntriesByType('navigation');
  return navigation !== undefined && isStartHash(new URL(navigation.name).hash);
}

/** True while React hydrates the prerendered HTML (and on the server), false otherwise. */
const noSubscription = () => () => undefined;
function useHydrating(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}

function subscribeToHash(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // The #fragment would be read as a route: move focus instead.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/**
 * "2 escalations need a call": its own chunk, as it reads the escalations on this device with the
 * schemas. Loaded once the page is idle, so the start page paints and answers first, and after
 * zod's jitless setting, as the wizard's schemas are.
 */
const NeedingCall = lazy(() =>
  new Promise<void>((resolve) => {
    whenIdle(resolve);
  })
    .then(() => import('../domain/zodConfig.ts'))
    .then(() => import('../features/escalations/NeedingCall.tsx'))
    .then((m) => ({ default: m.NeedingCall })),
);

/** Pages where a new version may be offered: never in the middle of a journey. */
const BETWEEN_ESCALATIONS = /^#\/(result|escalations|contacts)\b/;

function UpdateNotice() {
  const waiting = useSyncExternalStore(updates.subscribe, updates.isWaiting, () => false);
  const hash = useSyncExternalStore(
    subscribeToHash,
    () => location.hash,
    () => '',
  );
  const [reloading, setReloading] = useState(false);
  const shown = waiting && (isStartHash(hash) || BETWEEN_ESCALATIONS.test(hash));
  return (
    // Always in the page, so its announcement is polite and nothing above it moves.
    <div className="update-notice-region" role="status" aria-live="polite">
      {shown ? (
        <div className="notification update-notice">
          <p className="notification__title">A new version of this tool is available</p>
          <p className="body">
            Reload to use it. Your answers are saved and come back where you are.
          </p>
          <button
            type="button"
            className="button"
            disabled={reloading}
            onClick={() => {
              setReloading(true);
              void updates.reload();
            }}
          >
            Reload
          </button>
        </div>
      ) : null}
    </div>
  );
}

interface Wizard {
  App: ComponentType<{ focusFirstPage?: boolean }>;
  focusFirstPage: boolean;
}

export function Root() {
  const hash = useSyncExternalStore(
    subscribeToHash,
    () => location.hash,
    () => '',
  );
  const onStartPage = isStartHash(hash);
  const onFirstQuestion = FIRST_QUESTION_HASHES.includes(hash);
  // The copy of the first question in index.html, hidden unless the URL names it (CSS :target):
  // rendered on the server and while hydrating, then taken out (what the user did in it is kept).
  const fromHtml = useHydrating();

  // Once the wizard is shown it stays mounted: it holds the answers (in memory too, when storage
  // is unavailable) and any notice about them.
  const [openedByNavigation] = useState(() => onStartPage || loadedAtStartPage());
  const [wizard, setWizard] = useState<Wizard>();
  const [loadFailed, setLoadFailed] = useState(false);
  // Another page, its code already here: shown in this render.
  if (!onStartPage && !wizard && appModule && !onFirstQuestion)
    setWizard({ App: appModule.App, focusFirstPage: openedByNavigation });
  // The first question shows its light copy at once, whatever has loaded; the wizard takes over
  // once loaded and no press is under way on the copy (earlyAnswer.ts), in one render: no input
  // can fall between the two pages.
  useEffect(() => {
    if (onStartPage || wizard) return;
    let left = false;
    // The light copy has moved the focus to the h1 already.
    const focusFirstPage = openedByNavigation && !onFirstQuestion;
    loadApp().then(
      async (module) => {
        if (onFirstQuestion) await earlyAnswer.whenFree();
        if (!left) setWizard({ App: module.App, focusFirstPage });
      },
      () => {
        if (!left) setLoadFailed(true);
      },
    );
    return () => {
      left = true;
    };
  }, [onStartPage, wizard, onFirstQuestion, openedByNavigation]);
  const wizardShown = wizard !== undefined;
  const { drafts, remove } = useDraftList({ moveOldDraft: onStartPage });

  // The ticket outbox starts on the start page: a ticket queued offline is sent from a start page
  // opened later, without waiting for the wizard (issue #16). The wizard's shell watches it once
  // shown. The wizard's code (fetched by main.tsx) runs once the user acts on the page, so that
  // "Start now" finds it ready without the page running it while it is only being read; the light
  // copy of the first question covers a click that comes first.
  useEffect(() => {
    if (wizardShown) return;
    let left = false;
    let stopWatching: (() => void) | undefined;
    const stopWaitingForOutbox = whenOutboxHasWork(() => {
      // zod's jitless setting first: a schema built before it probes eval, which the CSP reports.
      void import('../domain/zodConfig.ts')
        .then(() => import('../api/outbox.ts'))
        .then(({ outbox }) => {
          if (!left) stopWatching = outbox.watch();
        });
    });
    // The wizard, one job per idle moment so none blocks the page for long: the schemas, the
    // wizard, the first question's page count.
    const jobs: (() => Promise<unknown>)[] = [
      () => import('../domain/zodConfig.ts').then(() => import('../domain/answers.ts')),
      loadApp,
      () =>
        loadApp().then((module) => {
          module.prepareFirstQuestion();
        }),
    ];
    let idle: { cancel: () => void } | undefined;
    const next = (): void => {
      const job = left ? undefined : jobs.shift();
      if (!job) return;
      idle = whenIdle(() => {
        void job().then(next);
      });
    };
    const stopWaiting = onFirstIntent(next);
    return () => {
      left = true;
      idle?.cancel();
      stopWaiting();
      stopWaitingForOutbox();
      stopWatching?.();
    };
  }, [wizardShown]);

  return (
    <>
      <a href="#main" className="skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="header">
        <div className="header__inner">
          <a className="header__title" href={START_LINKS.start}>
            Escalate to AT&amp;T Wholesale
          </a>
          <nav className="header__nav" aria-label="Main">
            <a className="header__link" href={START_LINKS.contacts}>
              Center contacts
            </a>
            <a className="header__link" href={START_LINKS.escalations}>
              My escalations
            </a>
          </nav>
        </div>
      </header>
      <div className="width-container">
        <main id="main" className={fromHtml ? 'main main--html' : 'main'} tabIndex={-1}>
          <UpdateNotice />
          {/* Not in the prerendered HTML: it is read from this device once the page runs. */}
          {onStartPage && !fromHtml ? (
            <Suspense fallback={null}>
              <NeedingCall />
            </Suspense>
          ) : null}
          {onStartPage ? <StartPage drafts={drafts} onDelete={remove} /> : null}
          {fromHtml ? (
            <div className="html-first-question">
              <FirstQuestion inHtml />
            </div>
          ) : null}
          {wizard ? (
            <Suspense fallback={LOADING}>
              <wizard.App focusFirstPage={wizard.focusFirstPage} />
            </Suspense>
          ) : onStartPage ? null : loadFailed ? (
            <LoadFailed />
          ) : onFirstQuestion ? (
            <FirstQuestion focusOnMount={openedByNavigation} />
          ) : (
            LOADING
          )}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p className="footer__text">
            Built from AT&amp;T Wholesale’s published Escalation Matrix. Your answers stay on this
            device until you send them.
          </p>
          <p className="footer__text">
            Version {VERSION}, built {BUILD_DATE}
          </p>
        </div>
      </footer>
    </>
  );
}

/** The wizard's code did not arrive (offline before it was ever saved, or a new version). */
function LoadFailed() {
  return (
    <div className="notification" role="alert">
      <p className="notification__title">This page could not load</p>
      <p className="body">
        Check your connection, then reload the page. Your saved answers are kept on this device.
      </p>
    </div>
  );
}
