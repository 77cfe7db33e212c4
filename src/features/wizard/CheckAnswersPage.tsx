import { checkRows } from '../../domain/checkAnswers.ts';
import { planSteps } from '../../domain/plan.ts';
import { Tag } from '../../ui/fields.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import type { Navigate } from './pages.ts';
import { pageHref } from './pages.ts';
import type { WizardSession } from './session.ts';
import { fromFocFields } from './StepPage.tsx';

const TITLE = 'Check your answers before you escalate';

/** Every answer on the path taken (and only those), each with a Change link (WCAG 3.3.4). */
export function CheckAnswersPage({
  session,
  navigate,
}: {
  session: WizardSession;
  navigate: Navigate;
}) {
  usePageTitle(TITLE);
  const { answers } = session;
  const rows = checkRows(answers);
  const fromFoc = fromFocFields(session);
  const { steps } = planSteps(answers);
  const last = steps.at(-1);
  return (
    <>
      <a
        className="back-link"
        href={pageHref(last ? { kind: 'step', step: last } : { kind: 'start' })}
      >
        Back
      </a>
      <div className="wide-column">
        <PageHeading>{TITLE}</PageHeading>
        <dl className="summary-list">
          {rows.map((row) => (
            <div key={row.field} className="summary-list__row">
              <dt className="summary-list__key">{row.key}</dt>
              <dd className="summary-list__value">
                {row.lines.map((line, index) => (
                  <p key={index} className="summary-list__line">
                    {line}
                  </p>
                ))}
                {fromFoc.has(row.field) ? <Tag>From the FOC</Tag> : null}
              </dd>
              <dd className="summary-list__actions">
                <a
                  className="link"
                  href={pageHref({ kind: 'step', step: row.step, returnTo: 'check' })}
                >
                  Change<span className="visually-hidden"> {row.key}</span>
                </a>
              </dd>
            </div>
          ))}
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
    </>
  );
}
