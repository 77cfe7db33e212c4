import type { ReactNode } from 'react';
import { useState } from 'react';
import type { ProblemKind } from '../../domain/answers.ts';
import { PROBLEM_KIND_LABELS } from '../../domain/labels.ts';
import { formatDateTime } from '../../ui/dateTime.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { START_LINKS, resumeHref } from './startLinks.ts';
import { Confirmation } from '../../ui/Confirmation.tsx';

/*
 * The first page, prerendered into index.html at build time: it must render the same on the
 * server and in the browser, so it reads nothing of the browser itself. The unfinished drafts
 * arrive after hydration, below the start button, so nothing above them moves. Kept free of zod
 * and the form library: it is the first paint.
 */

/** An unfinished escalation saved on this device, as the start page lists it. */
export interface DraftListItem {
  readonly id: string;
  readonly pon: string | undefined;
  readonly problemKind: ProblemKind | undefined;
  /** Only an FOC pasted, nothing answered yet. */
  readonly focOnly: boolean;
  /** ISO date and time of the last save. */
  readonly savedAt: string;
}

interface StartPageProps {
  /** Undefined until read (after hydration); then the unfinished drafts, newest first. */
  readonly drafts: readonly DraftListItem[] | undefined;
  readonly onDelete: (id: string) => void;
  /** The tickets this device has not sent yet, which the app lists below the drafts. */
  readonly tickets?: ReactNode;
}

export function StartPage({ drafts, onDelete, tickets }: StartPageProps) {
  usePageTitle('Start');
  return (
    <div className="form-column start-page">
      <PageHeading>Escalate a problem to AT&amp;T Wholesale</PageHeading>
      <p className="body-l">
        Answer a few questions to find which AT&amp;T center handles your problem, and get a
        complete trouble report to copy, e-mail, print or submit.
      </p>
      <p className="body">It usually takes 2 to 5 minutes. Have at hand, if you have them:</p>
      <ul className="list list--bullet">
        <li>the FOC, with its PON, dates and AT&amp;T service order numbers</li>
        <li>the telephone numbers affected (you can paste a long list)</li>
        <li>the circuit ID, for a DS1 or a loop</li>
        <li>any AT&amp;T ticket number, and the Service Representative you worked with</li>
      </ul>
      <a className="button button--start" href={START_LINKS.newEscalation}>
        Start now
      </a>
      <p className="body">
        Or <a href={START_LINKS.pasteFoc}>paste the FOC first</a>: the wizard reads the order’s
        identifiers from it and asks only what it does not say.
      </p>
      {drafts && drafts.length > 0 ? <Drafts drafts={drafts} onDelete={onDelete} /> : null}
      {tickets}
    </div>
  );
}

function Drafts({
  drafts,
  onDelete,
}: {
  drafts: readonly DraftListItem[];
  onDelete: (id: string) => void;
}) {
  const [confirming, setConfirming] = useState<string>();
  return (
    <section aria-labelledby="drafts-heading" className="drafts">
      <h2 id="drafts-heading" className="heading-m">
        Unfinished escalations on this device
      </h2>
      <ul className="drafts__list">
        {drafts.map((draft) => {
          const name = draft.pon
            ? `PON ${draft.pon}`
            : draft.focOnly
              ? 'An FOC pasted, not read yet'
              : 'No PON yet';
          return (
            <li key={draft.id} className="drafts__item">
              <p className="drafts__name">
                <strong>{name}</strong>
                {draft.problemKind ? ` — ${PROBLEM_KIND_LABELS[draft.problemKind]}` : ''}
              </p>
              <p className="drafts__saved">Saved {formatDateTime(draft.savedAt)}</p>
              {confirming === draft.id ? (
                <Confirmation
                  className="drafts__confirm"
                  confirmLabel="Yes, delete it"
                  keepLabel="No, keep it"
                  onConfirm={() => {
                    setConfirming(undefined);
                    onDelete(draft.id);
                  }}
                  onKeep={() => {
                    setConfirming(undefined);
                  }}
                >
                  <strong>Delete {name}?</strong> This cannot be undone.
                </Confirmation>
              ) : (
                <div className="button-group">
                  <a className="button button--secondary" href={resumeHref(draft.id)}>
                    Continue<span className="visually-hidden"> {name}</span>
                  </a>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setConfirming(draft.id);
                    }}
                  >
                    Delete<span className="visually-hidden"> {name}</span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
