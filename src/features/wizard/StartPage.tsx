import { pageHref } from './pages.ts';
import { PageHeading } from './fields.tsx';
import { resumePage } from './flow.ts';
import type { WizardSession } from './session.ts';
import { usePageTitle } from './usePageTitle.ts';

export function StartPage({ session }: { session: WizardSession }) {
  usePageTitle('Start');
  return (
    <div className="form-column">
      <PageHeading>Escalate a problem to AT&amp;T Wholesale</PageHeading>
      <p className="body-l">
        Answer a few questions to find which AT&amp;T center handles your problem, and get a
        complete trouble report to copy, e-mail, print or submit.
      </p>
      <p className="body">It usually takes 2 to 5 minutes. Have at hand, if you have them:</p>
      <ul className="list list--bullet">
        <li>the PON of your LSR</li>
        <li>the FOC, with its dates and AT&amp;T service order numbers</li>
        <li>the telephone numbers affected (you can paste a long list)</li>
        <li>the circuit ID, for a DS1</li>
        <li>the name of the Service Representative you worked with, or their ticket number</li>
      </ul>
      {session.hasAnswers ? (
        <>
          <h2 className="heading-m">You have a saved escalation</h2>
          <p className="body">Your answers are saved on this device.</p>
          <div className="button-group">
            <a className="button" href={pageHref(resumePage(session.answers))}>
              Resume your saved escalation
            </a>
            <a className="button button--secondary" href={pageHref({ kind: 'startAgain' })}>
              Start again
            </a>
          </div>
        </>
      ) : (
        <a className="button button--start" href={pageHref({ kind: 'step', step: 'problem' })}>
          Start now
        </a>
      )}
    </div>
  );
}
