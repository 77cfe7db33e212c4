import { useState } from 'react';
import type { ContactListChoice } from '../../domain/contactList.ts';
import {
  CLEC_ONLINE_FALLBACK,
  CONTACT_LIST_NAMES,
  holdsFictionalNumber,
} from '../../domain/contactList.ts';
import { formatUsDate } from '../../domain/identifiers/date.ts';
import { AskFirst } from '../../ui/Confirmation.tsx';
import { ErrorMessage } from '../../ui/fields.tsx';
import { WarningText } from '../../ui/WarningText.tsx';
import { deviceListPersists } from './deviceList.ts';
import { ProblemList } from './ProblemList.tsx';
import { formatCount } from '../../domain/identifiers/list.ts';
import { listInUse } from './words.ts';

/* Which list the app uses, where it comes from, and the lists it could not read. */

function ListProblems({ choice }: { choice: ContactListChoice }) {
  return (
    <>
      {choice.problems.map(({ list, problems }) => (
        <section
          key={list}
          className="panel contacts-list-problems"
          aria-labelledby={`problems-${list}`}
        >
          <h2 id={`problems-${list}`} className="contacts-list-problems__title">
            {CONTACT_LIST_NAMES[list]} could not be read
          </h2>
          <p className="body">
            It is not used, so it cannot give a wrong number.
            {list === 'organisation'
              ? ' Fix center-contacts.json on the server: import it below to check it.'
              : null}
          </p>
          <ProblemList problems={problems} />
        </section>
      ))}
    </>
  );
}

function SampleWarning() {
  return (
    <WarningText>
      Sample data — not real AT&amp;T numbers. Import your organisation's Center Contacts list
      below, then publish it for everyone.
    </WarningText>
  );
}

/** A real list with some fictional numbers: the administrator learns why a report leaves them out. */
function FictionalWarning({ count }: { count: number }) {
  return (
    <WarningText>
      {formatCount(count, ['center has', 'centers have'])} a number in the fictional 555-0100 to
      555-0199 block. The result page shows such a center as sample data, and never puts its numbers
      in a report: replace them with the real ones.
    </WarningText>
  );
}

function ResetDeviceList({ onReset }: { onReset: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const reset = async () => {
    setBusy(true);
    try {
      await onReset();
    } catch {
      setError('The list on this device could not be deleted: reload the page and try again');
      setBusy(false);
    }
  };
  return (
    <AskFirst
      label="Reset to the organisation's file"
      confirmLabel="Yes, reset"
      keepLabel="No, keep this list"
      onConfirm={() => void reset()}
      busy={busy}
      error={error ? <ErrorMessage alert message={error} /> : undefined}
    >
      <strong>Delete the list on this device?</strong> The app will use the organisation's file
      again. Your imports and edits on this device are lost: download the list first if you may need
      it.
    </AskFirst>
  );
}

export function ListInUse({
  choice,
  onReset,
}: {
  choice: ContactListChoice;
  onReset: () => Promise<void>;
}) {
  const deviceInvalid = choice.problems.some((problem) => problem.list === 'device');
  if (choice.used === 'none') {
    return (
      <>
        <WarningText>
          No contact list can be used, so the result page shows no number. {CLEC_ONLINE_FALLBACK},
          or import your organisation's list below.
        </WarningText>
        <ListProblems choice={choice} />
        {deviceInvalid ? <ResetDeviceList onReset={onReset} /> : null}
      </>
    );
  }
  const fictional = choice.contacts.filter(holdsFictionalNumber).length;
  return (
    <>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">List in use</dt>
          <dd className="summary-list__value">{listInUse(choice)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Source</dt>
          <dd className="summary-list__value">{choice.source ?? 'Not given'}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Updated</dt>
          <dd className="summary-list__value">
            {choice.updated ? formatUsDate(choice.updated) : 'Not given'}
          </dd>
        </div>
      </dl>
      {choice.sample ? (
        <SampleWarning />
      ) : fictional > 0 ? (
        <FictionalWarning count={fictional} />
      ) : null}
      {choice.used === 'device' ? (
        <div className="notification">
          <h2 className="notification__title">This device uses its own list</h2>
          <p className="body">
            It was imported or edited on this page, and overrides the organisation's file everywhere
            in the app on this device until you reset it.
            {deviceListPersists()
              ? null
              : ' This browser does not let the app keep data, so it lasts only until you close this tab.'}
          </p>
          <ResetDeviceList onReset={onReset} />
        </div>
      ) : null}
      <ListProblems choice={choice} />
      {deviceInvalid ? <ResetDeviceList onReset={onReset} /> : null}
    </>
  );
}
