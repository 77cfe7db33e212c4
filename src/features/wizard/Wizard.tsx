import { planSteps } from '../../domain/steps.ts';
import { CheckAnswersPage } from './CheckAnswersPage.tsx';
import type { Navigate, WizardPage } from './pages.ts';
import { pageHref } from './pages.ts';
import type { ResultSlots } from './ResultPage.tsx';
import { ResultPage } from './ResultPage.tsx';
import type { WizardSession } from './session.ts';
import { StartAgainPage } from './StartAgainPage.tsx';
import { StartPage } from './StartPage.tsx';
import { StepPage } from './StepPage.tsx';

interface WizardProps {
  /** The page to show: the URL's, once the answers allow it (flow.ts, allowedPage). */
  page: WizardPage;
  navigate: Navigate;
  session: WizardSession;
  slots: ResultSlots;
}

/** The wizard's pages. */
export function Wizard({ page, navigate, session, slots }: WizardProps) {
  const href = pageHref(page);

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
