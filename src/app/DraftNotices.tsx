import type { DraftSession } from '../features/drafts/useDraft.ts';

/*
 * What the user must know about the saved escalation: it could not be restored, part of it was
 * dropped, or another tab changed it. A conflict (another tab saved while this one had unsaved
 * changes) is never resolved silently: the user picks which answers to keep.
 */

const MESSAGES = {
  discarded: {
    title: 'Your saved answers could not be restored',
    body: 'They were damaged. Nothing was sent anywhere. Please start again.',
  },
  partlyRestored: {
    title: 'Some saved answers could not be restored',
    body: 'This version of the tool no longer accepts them. Check your answers before you escalate.',
  },
  movedFromOldVersion: {
    title: 'Your saved answers were moved to this version',
    body: 'Check them before you escalate: some questions have changed.',
  },
  changedElsewhere: {
    title: 'This escalation was changed in another tab',
    body: 'You are seeing the latest answers.',
  },
} as const;

export function DraftNotices({ draft }: { draft: DraftSession }) {
  if (draft.conflict) {
    return (
      <div className="notification form-column" role="alert" aria-labelledby="conflict-title">
        <h2 id="conflict-title" className="notification__title">
          This escalation was changed in another tab
        </h2>
        <p className="body">
          Another tab saved different answers while you were typing here. Nothing was overwritten.
          Choose which answers to keep.
        </p>
        <div className="button-group">
          <button
            type="button"
            className="button"
            onClick={() => {
              draft.resolveConflict('theirs');
            }}
          >
            Use the other tab’s answers
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              draft.resolveConflict('mine');
            }}
          >
            Keep the answers in this tab
          </button>
        </div>
      </div>
    );
  }
  if (!draft.notice) return null;
  const { title, body } = MESSAGES[draft.notice];
  return (
    <div className="notification form-column" role="region" aria-labelledby="draft-notice-title">
      <h2 id="draft-notice-title" className="notification__title">
        {title}
      </h2>
      <p className="body">{body}</p>
      <button type="button" className="link-button" onClick={draft.dismissNotice}>
        Dismiss
      </button>
    </div>
  );
}
