import { useMemo } from 'react';
import type { ContactListInUse } from '../../domain/contactList.ts';
import { unreadableHours } from '../../domain/contactsClock.ts';
import { sortedHolidays } from '../../domain/contactsPolicy.ts';
import { formatUsDate } from '../../domain/identifiers/date.ts';
import { formatCount } from '../../domain/identifiers/list.ts';
import { WarningText } from '../../ui/WarningText.tsx';
import { ProblemList } from './ProblemList.tsx';

/*
 * The organisation's escalation policy as the list in use sets it, read-only: its holidays and
 * its out-of-service interval (the intervals before each level show in the table). Then the
 * centers whose hours the escalation clock cannot read: the list is still used, but those
 * centers' business hours are not counted until their hours are rewritten.
 */

const HOURS_ID = 'contacts-unreadable-hours';

function HoursWarning({ choice }: { choice: ContactListInUse }) {
  // Read once per list, not on every keystroke of the table's search.
  const unreadable = useMemo(() => unreadableHours(choice.contacts), [choice.contacts]);
  if (unreadable.length === 0) return null;
  return (
    <section className="panel contacts-list-problems" aria-labelledby={HOURS_ID}>
      <h3 id={HOURS_ID} className="contacts-list-problems__title">
        {formatCount(unreadable.length, ['center has hours', 'centers have hours'])} the escalation
        clock cannot read
      </h3>
      <WarningText>
        The list is still used, but the clock counts no business hours or business days for these
        centers, and never guesses them. Edit each one's hours into a form the clock reads.
      </WarningText>
      <ProblemList problems={unreadable.map((entry) => entry.message)} />
    </section>
  );
}

export function EscalationPolicy({ choice }: { choice: ContactListInUse }) {
  const { policy } = choice;
  const holidays = sortedHolidays(policy);
  return (
    <>
      <h2 className="heading-m">Your escalation policy</h2>
      <p className="body">
        AT&amp;T publishes no interval between escalation levels: these are your organisation's
        choices. Each level's interval shows in the table below (“call after”). The holidays and the
        out-of-service interval are set in the JSON file's “policy”; a CSV does not carry them.
        {choice.sample ? ' The sample list carries a sample policy.' : null}
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Holidays</dt>
          <dd className="summary-list__value">
            {holidays.length === 0 ? (
              'None set: the centers with set hours count every weekday they open'
            ) : (
              <ul className="list">
                {holidays.map((holiday) => (
                  <li key={holiday.date}>
                    {formatUsDate(holiday.date)}: {holiday.name}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Out of service</dt>
          <dd className="summary-list__value">
            {policy?.outOfServiceAfter
              ? `Go up a level after ${policy.outOfServiceAfter} out of service`
              : 'None set: the clock shows how long the end user has been out of service, and makes no step of it'}
          </dd>
        </div>
      </dl>
      <HoursWarning choice={choice} />
    </>
  );
}
