import type { Answers } from '../../domain/answers.ts';
import { planSteps } from '../../domain/steps.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import type { Navigate } from './pages.ts';
import { pageHref } from './pages.ts';
import { QUESTIONS } from './questions.tsx';
import { usePageTitle } from './usePageTitle.ts';

const TITLE = 'Check your answers before you escalate';

/** Every answer on the path taken (and only those), each with a Change link (WCAG 3.3.4). */
export function CheckAnswersPage({ answers, navigate }: { answers: Answers; navigate: Navigate }) {
  usePageTitle(TITLE);
  const { steps } = planSteps(answers);
  return (
    <div className="wide-column">
      <PageHeading>{TITLE}</PageHeading>
      <dl className="summary-list">
        {steps.map((step) => {
          const question = QUESTIONS[step];
          const lines = question.summary(answers);
          return (
            <div key={step} className="summary-list__row">
              <dt className="summary-list__key">{question.checkLabel}</dt>
              <dd className="summary-list__value">
                {(lines.length > 0 ? lines : ['Not given']).map((line, index) => (
                  <p key={index} className="summary-list__line">
                    {line}
                  </p>
                ))}
              </dd>
              <dd className="summary-list__actions">
                <a className="link" href={pageHref({ kind: 'step', step, returnTo: 'check' })}>
                  Change<span className="visually-hidden"> {question.checkLabel}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <h2 className="heading-m">Now see where to escalate</h2>
      <p className="body">
        The next page names the AT&amp;T center and gives you the report to copy, download, print,
        e-mail or submit.
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          navigate({ kind: 'result' });
        }}
      >
        Continue
      </button>
    </div>
  );
}
