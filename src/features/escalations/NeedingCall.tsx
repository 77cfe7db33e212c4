import { needingCall, needingCallText } from '../../domain/escalation/overview.ts';
import { clockedEscalations, useEscalationLog, useReminders } from './tracking.ts';

/*
 * On the start page, between escalations: "2 escalations need a call", linking to My escalations,
 * where they are listed overdue first. Nothing shows while none is overdue.
 */

export function NeedingCall() {
  const log = useEscalationLog();
  const { now } = useReminders();
  const text = needingCallText(needingCall(clockedEscalations(log, now)).length);
  return (
    <div role="status">
      {text ? (
        <div className="notification">
          <p className="notification__title">
            <a className="link" href="#/escalations">
              {text}
            </a>
          </p>
        </div>
      ) : null}
    </div>
  );
}
