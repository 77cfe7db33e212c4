import type { ContactListInUse } from '../../domain/contactList.ts';
import { formatInstant } from '../../domain/escalation/format.ts';
import { byNextStep } from '../../domain/escalation/overview.ts';
import { levelContact } from '../../domain/escalation/script.ts';
import { ReminderNotices } from './ReminderNotices.tsx';
import {
  clockedEscalations,
  rememberContactList,
  trackHref,
  useEscalationLog,
  useReminders,
  userTimeZone,
} from './tracking.ts';

/*
 * The open escalations this device tracks, by their next step due: the overdue first, marked, with
 * whom to call. Resolved escalations are not listed: nothing is due on them.
 */

export function OpenEscalations({ contacts }: { contacts: ContactListInUse | undefined }) {
  rememberContactList(contacts);
  const log = useEscalationLog();
  const { now } = useReminders();
  const timeZone = userTimeZone();
  const open = clockedEscalations(log, now, contacts)
    .filter(({ state }) => state.open)
    .sort(byNextStep);
  if (open.length === 0) {
    return (
      <>
        <ReminderNotices />
        {log.escalations.size > 0 ? <p className="body">No escalation you track is open.</p> : null}
      </>
    );
  }
  return (
    <section aria-labelledby="open-escalations">
      <ReminderNotices />
      <h2 className="heading-m" id="open-escalations">
        Open escalations, by next step due
      </h2>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">
            Open escalations, the overdue first, then by next step due
          </caption>
          <thead>
            <tr>
              <th scope="col">Escalation</th>
              <th scope="col">Next step due</th>
              <th scope="col">Whom to call next</th>
            </tr>
          </thead>
          <tbody>
            {open.map(({ escalationId, state, clock }) => {
              const next = clock.nextLevel;
              return (
                <tr key={escalationId}>
                  <th scope="row">
                    <a className="link" href={trackHref(escalationId)}>
                      {state.opened.ticketReference ?? state.opened.headline}
                    </a>
                  </th>
                  <td>
                    {clock.next ? (
                      <>
                        {clock.next.overdue ? <strong className="tag">Overdue</strong> : null}{' '}
                        {formatInstant(clock.next.due, timeZone)}: {clock.next.why}
                      </>
                    ) : (
                      'No step due'
                    )}
                  </td>
                  <td>{next ? levelContact(next.level) : 'See the Center contacts page'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
