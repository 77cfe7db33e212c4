import { PageHeading } from '../../ui/PageHeading.tsx';
import { resumePage } from './flow.ts';
import type { Navigate } from './pages.ts';
import { pageHref } from './pages.ts';
import type { WizardSession } from './session.ts';
import { usePageTitle } from './usePageTitle.ts';

/** "Start again" asks first: deleting a half-done escalation by accident costs real time. */
export function StartAgainPage({
  session,
  navigate,
}: {
  session: WizardSession;
  navigate: Navigate;
}) {
  usePageTitle('Delete your answers and start again?');
  return (
    <div className="form-column">
      <PageHeading>Delete your answers and start again?</PageHeading>
      <p className="body">
        Your answers will be deleted from this device. This cannot be undone. If you need the
        report, copy or download it first.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            session.startAgain();
            navigate({ kind: 'start' }, { replace: true });
          }}
        >
          Yes, delete and start again
        </button>
        <a className="link" href={pageHref(resumePage(session.answers))}>
          No, go back to my answers
        </a>
      </div>
    </div>
  );
}
