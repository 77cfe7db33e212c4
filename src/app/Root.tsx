import type { MouseEvent } from 'react';
import { Suspense, lazy, useState, useSyncExternalStore } from 'react';
import { whenEscalationsLogged } from '../api/escalationsLogged.ts';
import { useDraftList } from '../features/drafts/useDraftList.ts';
import { WaitingTickets } from '../features/tickets/WaitingTickets.tsx';
import { FirstQuestion } from '../features/wizard/FirstQuestion.tsx';
import type { HandOffSnapshot } from '../features/wizard/handOff.ts';
import { createHandOff } from '../features/wizard/handOff.ts';
import { HandOffContext } from '../features/wizard/handOffContext.ts';
import { StartPage } from '../features/wizard/StartPage.tsx';
import { FIRST_QUESTION_HASHES, START_LINKS, isStartHash } from '../features/wizard/startLinks.ts';
import { AccountStatus, SignInNotices } from './Account.tsx';
import { useHydrating } from './hydrating.ts';
import { afterPaint, whenIdle, yieldToPage } from './idle.ts';
import { updates } from './pwa.ts';
import { BUILD_DATE, VERSION } from './version.ts';

/*
 * The first-load part of the app, prerendered into index.html at build time: the frame and the
 * start page paint from the HTML before any script runs, then hydrate. The HTML holds the first
 * question too, which the browser shows for its URL by CSS (:target) before any script runs. The
 * wizard, zod, the form library and the ticket client are separate chunks, fetched while the user
 * reads and run once a page needs them; until then, the first question is a light copy of the
 * wizard's page (FirstQuestion.tsx), so "Start now" shows it at once. The hand-off between them is
 * the engine in features/wizard/handOff.ts. The mock backend loads only when a request needs it.
 */

let appLoading: Promise<typeof import('./App.tsx')> | undefined;

/**
 * The wizard's chunks, listed by the build in a <meta> (src/build/preloadWizard.ts) and fetched
 * while the start page shows (main.tsx), each run in a task of its own, dependencies first, so no
 * single task holds the page for long. zod's jitless setting runs first: a schema built before it
 * probes eval, which the CSP reports. Returns once all have run. Without the list (the
 * single-file build, or a test), the wizard's module is imported whole.
 */
async function runWizardChunks(): Promise<void> {
  await import('../domain/zodConfig.ts');
  const list = document.querySelector<HTMLMetaElement>('meta[name="wizard-chunks"]');
  const chunks = list?.content.split(' ').filter(Boolean).reverse() ?? [];
  for (const chunk of chunks) {
    await yieldToPage();
    await import(/* @vite-ignore */ new URL(chunk, document.baseURI).href);
  }
  await yieldToPage();
}

/** Loads the wizard once; the same module after that. */
export const loadApp = (): Promise<typeof import('./App.tsx')> =>
  (appLoading ??= runWizardChunks().then(() => import('./App.tsx')));

/** The page's hand-off from the first question's light copy to the wizard. */
export const handOff = createHandOff({
  load: async () => (await loadApp()).App,
  afterPaint,
  nextTask: (job) => setTimeout(job, 0),
  // At build time (prerender.tsx) there is no address: the start page's.
  hash: () => (typeof location === 'undefined' ? '' : location.hash),
  watchHash: subscribeToHash,
  events: globalThis,
});

const LOADING = <p className="body">Loading…</p>;

/** What the frame is rendered from at build time (prerender.tsx) and while hydrating. */
const SERVER_SNAPSHOT: HandOffSnapshot = {
  hash: '',
  answer: { continued: false, showError: false },
  failed: false,
  htmlCopy: true,
};
const serverSnapshot = () => SERVER_SNAPSHOT;

/*
 * The frame's parts that never change, made once: when the address changes (a tap on Start now),
 * React sees the same elements and skips them, so the tap's render is only what changed, and it
 * never has to hydrate the HTML's copy of the question on the spot to pass it new props.
 */
const HEADER = <Header />;
// Made once too: a new element on each render would be new props for the start page's boundary,
// which React must then hydrate at once, in one task, when the frame re-renders right after its
// hydration.
const WAITING_TICKETS = <WaitingTickets onSendAgain={sendAgain} />;
const FOOTER = <Footer />;
const HTML_COPY = (
  <div className="html-first-question">
    <FirstQuestion inHtml />
  </div>
);

/**
 * The document was loaded at the start page: whatever page shows now was reached by leaving it,
 * perhaps before this script ran (a link followed by the browser alone), and takes the focus
 * as a page change does.
 */
function loadedAtStartPage(): boolean {
  const [navigation] = performance.getEntriesByType('navigation');
  return navigation !== undefined && isStartHash(new URL(navigation.name).hash);
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
    // Nothing to count on a device that never logged an escalation (every first visit): the
    // chunk and its schemas, a long first run on a slow phone, wait until there is (issue #25).
    whenEscalationsLogged(() => whenIdle(resolve));
  })
    .then(() => import('../domain/zodConfig.ts'))
    .then(() => import('../features/escalations/NeedingCall.tsx'))
    .then((m) => ({ default: m.NeedingCall })),
);

/** Pages where a new version may be offered: never in the middle of a journey. */
const BETWEEN_ESCALATIONS = /^#\/(result|escalations|contacts)\b/;

function UpdateNotice({ hash }: { hash: string }) {
  const waiting = useSyncExternalStore(updates.subscribe, updates.isWaiting, () => false);
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

export function Root() {
  // The address as the hand-off engine gives it: a tap on Start now reaches the frame once the
  // HTML's copy of the question has painted (handOff.ts).
  const { hash, wizard, failed, htmlCopy } = useSyncExternalStore(
    handOff.subscribe,
    handOff.getSnapshot,
    serverSnapshot,
  );
  const onStartPage = isStartHash(hash);
  // Opened by leaving the start page: the first page shown is a page change (focus to its h1).
  const [openedByNavigation] = useState(() => onStartPage || loadedAtStartPage());
  const { drafts, remove } = useDraftList({ moveOldDraft: onStartPage });
  const hydrating = useHydrating();

  let page;
  if (wizard)
    // Once shown, the wizard stays mounted (on the start page too): it holds the answers, in
    // memory when storage is unavailable, and any notice about them.
    page = (
      <Suspense fallback={LOADING}>
        <wizard.App focusFirstPage={openedByNavigation && !wizard.afterLightPage} />
      </Suspense>
    );
  else if (onStartPage || htmlCopy) page = null;
  else if (failed) page = <LoadFailed />;
  else if (FIRST_QUESTION_HASHES.includes(hash))
    page = <FirstQuestion focusOnMount={openedByNavigation} />;
  else page = LOADING;

  return (
    <HandOffContext value={handOff}>
      <a href="#main" className="skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      {/*
       * The parts that need no script to work (the header's and footer's plain links, the start
       * page's text) each sit in a Suspense boundary: React hydrates the frame around them first,
       * in one short task, and each of them afterwards at a low priority, in slices that let a
       * tap through, instead of the whole page in one long task.
       */}
      <Suspense fallback={null}>{HEADER}</Suspense>
      <div className="width-container">
        <main id="main" className={htmlCopy ? 'main main--html' : 'main'} tabIndex={-1}>
          <SignInNotices />
          <UpdateNotice hash={hash} />
          {/* Not in the prerendered HTML: it is read from this device once the page runs. */}
          {onStartPage && !hydrating ? (
            <Suspense fallback={null}>
              <NeedingCall />
            </Suspense>
          ) : null}
          {onStartPage ? (
            <Suspense fallback={null}>
              <StartPage drafts={drafts} onDelete={remove} tickets={WAITING_TICKETS} />
            </Suspense>
          ) : null}
          {/*
           * The HTML's copy of the question stays in the page after hydration, not hydrated until
           * React is idle (its own Suspense boundary), so a tap on Start now shows it by CSS
           * alone; the engine then takes it over, and the light copy or the wizard replaces it.
           */}
          {htmlCopy ? <Suspense fallback={null}>{HTML_COPY}</Suspense> : null}
          {page}
        </main>
      </div>
      <Suspense fallback={null}>{FOOTER}</Suspense>
    </HandOffContext>
  );
}

function Header() {
  return (
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
        <AccountStatus />
      </div>
    </header>
  );
}

function Footer() {
  return (
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
  );
}

/** "Send again" on the start page, through the app's outbox, which rebuilds the report first. */
function sendAgain(escalationId: string): void {
  void import('../domain/zodConfig.ts')
    .then(() => import('./ticketOutbox.ts'))
    .then(({ outbox }) => outbox.retry(escalationId));
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
