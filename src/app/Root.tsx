import type { MouseEvent } from 'react';
import { Suspense, lazy, useEffect, useState, useSyncExternalStore } from 'react';
import { hasSavedAnswers } from '../features/drafts/peek.ts';
import { browserStorage } from '../api/browserStorage.ts';
import { StartPage } from '../features/wizard/StartPage.tsx';
import { START_LINKS, isStartHash } from '../features/wizard/startLinks.ts';

/*
 * The first-load part of the app (issue #6: at most 100 KB of JavaScript before the first
 * paint). It paints the frame and the start page; the wizard, zod, the form library, the ticket
 * client and the mock backend are separate chunks, fetched right after the first paint so that
 * "Start now" does not wait. A deep link straight into the wizard loads them at once.
 */

const loadApp = () => import('./App.tsx');
const App = lazy(() => loadApp().then((m) => ({ default: m.App })));

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

export function Root() {
  const onStartPage = useSyncExternalStore(subscribeToHash, () => isStartHash(location.hash));
  // Once the wizard is shown it stays mounted: it holds the answers (in memory too, when storage
  // is unavailable) and shows the start page itself from then on.
  const [wizardShown, setWizardShown] = useState(!onStartPage);
  const [openedByNavigation] = useState(() => onStartPage);
  if (!onStartPage && !wizardShown) setWizardShown(true);

  useEffect(() => {
    if (wizardShown) return;
    const timer = setTimeout(() => void loadApp(), 0);
    return () => {
      clearTimeout(timer);
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
          <a className="header__link" href="#/escalations">
            My escalations
          </a>
        </div>
      </header>
      <div className="width-container">
        <main id="main" className="main" tabIndex={-1}>
          {wizardShown ? (
            <Suspense fallback={<p className="body">Loading…</p>}>
              <App focusFirstPage={openedByNavigation} />
            </Suspense>
          ) : (
            <StartPage hasSavedAnswers={hasSavedAnswers(browserStorage())} />
          )}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p className="footer__text">
            Built from AT&amp;T Wholesale’s published Escalation Matrix. Your answers stay on this
            device until you send them.
          </p>
        </div>
      </footer>
    </>
  );
}
