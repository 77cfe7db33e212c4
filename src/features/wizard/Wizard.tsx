import { planSteps } from '../../domain/plan.ts';
import { CheckAnswersPage } from './CheckAnswersPage.tsx';
import type { Navigate, WizardPage } from './pages.ts';
import { pageHref } from './pages.ts';
import type { Decision } from '../../domain/rules.ts';
import type { ReactNode } from 'react';
import { Suspense, lazy, useMemo } from 'react';
import type { WizardSession } from './session.ts';
import { StepPage } from './StepPage.tsx';

const FocPastePage = lazy(() =>
  import('./FocPaste.tsx').then((m) => ({ default: m.FocPastePage })),
);

interface WizardProps {
  /** The page to show: the URL's, once the answers allow it (flow.ts, allowedPage). */
  page: WizardPage;
  navigate: Navigate;
  session: WizardSession;
  /** The result page, with what the other features add to it (the app composes it). */
  renderResult: (decision: Decision) => ReactNode;
  /**
   * Changes when the answers changed other than through this page's form (the FOC, another
   * tab): a step's form starts again from them.
   */
  revision: number;
}

/** The wizard's pages; the start page and the other features' pages are the app shell's. */
export function Wizard({ page, navigate, session, renderResult, revision }: WizardProps) {
  // One decision per set of answers: the result page's report is built again only when it changes.
  const { answers } = session;
  const decision = useMemo(
    () => (page.kind === 'result' ? planSteps(answers).decision : undefined),
    [page.kind, answers],
  );
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
      return (
        <Suspense fallback={<p className="body">Loading…</p>}>
          <FocPastePage session={session} navigate={navigate} />
        </Suspense>
      );
    case 'check':
      return <CheckAnswersPage session={session} navigate={navigate} />;
    case 'result':
      // allowedPage() only lets the result page through once there is a decision.
      return decision ? renderResult(decision) : null;
    default:
      return null;
  }
}
