import { useEffect } from 'react';
import { planSteps } from '../../domain/steps.ts';
import { CheckAnswersPage } from './CheckAnswersPage.tsx';
import { allowedPage } from './flow.ts';
import type { Navigate, WizardPage } from './pages.ts';
import { pageHref, samePage } from './pages.ts';
import type { ResultSlots } from './ResultPage.tsx';
import { ResultPage } from './ResultPage.tsx';
import type { WizardSession } from './session.ts';
import { StartAgainPage } from './StartAgainPage.tsx';
import { StartPage } from './StartPage.tsx';
import { StepPage } from './StepPage.tsx';

interface WizardProps {
  /** The page the URL asks for; a page the answers do not allow yet gives way (flow.ts). */
  page: WizardPage;
  navigate: Navigate;
  session: WizardSession;
  slots: ResultSlots;
}

/** The wizard's pages: the one the URL names, once the answers allow it. */
export function Wizard({ page: requested, navigate, session, slots }: WizardProps) {
  const page = allowedPage(requested, session.answers);
  const href = pageHref(page);

  // A deep link to a step not reachable yet: show the furthest reachable one, and say so in the URL.
  useEffect(() => {
    if (!samePage(page, requested)) navigate(page, { replace: true });
  }, [page, requested, navigate]);

  switch (page.kind) {
    case 'start':
      return <StartPage hasSavedAnswers={session.hasAnswers} />;
    case 'step':
      return (
        <StepPage
          key={href}
          step={page.step}
          returnTo={page.returnTo}
          session={session}
          navigate={navigate}
        />
      );
    case 'check':
      return <CheckAnswersPage answers={session.answers} navigate={navigate} />;
    case 'result': {
      const { decision } = planSteps(session.answers);
      // allowedPage() only lets the result page through once there is a decision.
      return decision ? <ResultPage session={session} decision={decision} slots={slots} /> : null;
    }
    case 'startAgain':
      return <StartAgainPage session={session} navigate={navigate} />;
    case 'resume': // allowedPage() has already resolved it to a page
    case 'escalations':
      // The app shell shows the tickets feature's pages.
      return null;
  }
}
