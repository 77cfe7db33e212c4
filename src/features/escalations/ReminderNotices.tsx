import { useState } from 'react';
import { formatInstant } from '../../domain/escalation/format.ts';
import { reminders, trackHref, useReminders, userTimeZone } from './tracking.ts';

/*
 * Steps that fell due while the app was open, as a notice on the page (role=status, so a screen
 * reader hears it without losing its place), and the button that lets the browser show them as
 * system notifications too. Nothing about notifications shows where the browser has none.
 */

function notificationsOffered(): boolean {
  return typeof Notification !== 'undefined' && Notification.permission === 'default';
}

export function ReminderNotices() {
  const { passed } = useReminders();
  const [offer, setOffer] = useState(notificationsOffered);
  const timeZone = userTimeZone();
  return (
    <>
      <div role="status">
        {passed.length > 0 ? (
          <div className="notification">
            <p className="notification__title">
              {passed.length === 1 ? 'A step fell due' : `${String(passed.length)} steps fell due`}
            </p>
            <ul className="list">
              {passed.map((due) => (
                <li key={`${due.escalationId}@${String(due.due)}`}>
                  <a className="link" href={trackHref(due.escalationId)}>
                    {due.text}
                  </a>{' '}
                  (due {formatInstant(due.due, timeZone)}){' '}
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      reminders.dismiss(due);
                    }}
                  >
                    Dismiss
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {offer ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void Notification.requestPermission().then(() => {
              setOffer(notificationsOffered());
            });
          }}
        >
          Show reminders as system notifications
        </button>
      ) : null}
    </>
  );
}
