import { PageHeading } from '../../ui/PageHeading.tsx';
import { START_LINKS } from './startLinks.ts';
import { usePageTitle } from './usePageTitle.ts';

/** The first page. Kept free of zod and the form library: it is the first paint (issue #6). */
export function StartPage({ hasSavedAnswers }: { hasSavedAnswers: boolean }) {
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
      {hasSavedAnswers ? (
        <>
          <h2 className="heading-m">You have a saved escalation</h2>
          <p className="body">Your answers are saved on this device.</p>
          <div className="button-group">
            <a className="button" href={START_LINKS.resume}>
              Resume your saved escalation
            </a>
            <a className="button button--secondary" href={START_LINKS.startAgain}>
              Start again
            </a>
          </div>
        </>
      ) : (
        <a className="button button--start" href={START_LINKS.firstQuestion}>
          Start now
        </a>
      )}
    </div>
  );
}
