import type { MouseEvent } from 'react';
import { useEffect } from 'react';
import { useDraft } from '../features/drafts/useDraft.ts';
import type { SaveState } from '../features/drafts/useDraft.ts';
import { allowedPage } from '../features/wizard/flow.ts';
import { pageHref } from '../features/wizard/pages.ts';
import type { ResultSlots } from '../features/wizard/ResultPage.tsx';
import { Wizard } from '../features/wizard/Wizard.tsx';
import { navigate, useHashRoute } from './router.ts';

/*
 * The shell: header, the page the URL names, and the autosave status. It composes the features:
 * the drafts feature keeps the escalation, the wizard asks the questions, the tickets feature
 * fills the result page's slots.
 */

// Slots for the tickets feature (issue 4): <CenterContactCard> and <SubmitTicket>.
const RESULT_SLOTS: ResultSlots = {};

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

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // The #fragment would be read as a route: move focus instead.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function App() {
  const requested = useHashRoute();
  const draft = useDraft();
  const { answers, setLocation } = draft;

  // Remember where the user is, so a reload or "Resume" returns there.
  useEffect(() => {
    const page = allowedPage(requested, answers);
    if (page.kind === 'step') setLocation(page.step);
    else if (page.kind === 'check' || page.kind === 'result') setLocation(page.kind);
  }, [requested, answers, setLocation]);

  const saved = saveMessage(draft.saveState, draft.hasAnswers);
  return (
    <>
      <a href="#main" className="skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="header">
        <div className="header__inner">
          <a className="header__title" href={pageHref({ kind: 'start' })}>
            Escalate to AT&amp;T Wholesale
          </a>
        </div>
      </header>
      <div className="width-container">
        <main id="main" className="main" tabIndex={-1}>
          {draft.discardedNotice ? <DiscardedNotice /> : null}
          <Wizard page={requested} navigate={navigate} session={draft} slots={RESULT_SLOTS} />
        </main>
        <p
          role="status"
          className={
            draft.saveState === 'memoryOnly' ? 'save-status save-status--warning' : 'save-status'
          }
        >
          {saved}
        </p>
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
