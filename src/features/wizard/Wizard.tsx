import { planSteps } from '../../domain/plan.ts';
import { CheckAnswersPage } from './CheckAnswersPage.tsx';
import { FocPastePage } from './FocPaste.tsx';
import type { Navigate, WizardPage } from './pages.ts';
import { pageHref } from './pages.ts';
import type { ResultSlots } from './ResultPage.tsx';
import { ResultPage } from './ResultPage.tsx';
import type { WizardSession } from './session.ts';
import { StepPage } from './StepPage.tsx';

interface WizardProps {
  /** The page to show: the URL's, once the answers allow it (flow.ts, allowedPage). */
  page: WizardPage;
  navigate: Navigate;
  session: WizardSession;
  slots: ResultSlots;
  /**
   * Changes when the answers changed other than through this page's form (the FOC, another
   * tab): a step's form starts again from them.
   */
  revision: number;
}

/** The wizard's pages; the start page and the other features' pages are the app shell's. */
export function Wizard({ page, navigate, session, slots, revision }: WizardProps) {
  switch (page.kind) {
    case 'step':
      return (
        <StepPage
          key={`${pageHref(page)}:${String(revision)}`}
          step={page.step}
          returnTo={page.returnTo}
          session={session}
          navigate={navigate}
        />
      );
    case 'foc':
      return <FocPastePage session={session} navigate={navigate} />;
    case 'check':
      return <CheckAnswersPage session={session} navigate={navigate} />;
    case 'result': {
      const { decision } = planSteps(session.answers);
      // allowedPage() only lets the result page through once there is a decision.
      return decision ? <ResultPage session={session} decision={decision} slots={slots} /> : null;
    }
    default:
      return null;
  }
}
