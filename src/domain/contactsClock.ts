import { findContact, type ContactListData } from './contactList.ts';
import { contactKeyText, type CenterContact, type ContactKey } from './contacts.ts';
import type { ClockInput } from './escalation/clock.ts';
import { parseCenterHours } from './escalation/hours.ts';

/*
 * What the escalation clock needs from the Center Contacts list in use: the center's hours and
 * levels with the organisation's intervals, and the organisation's policy. Also the centers whose
 * hours the clock cannot read, which the Center contacts page reports: the list is still used,
 * but business time is not counted for them until the hours are rewritten.
 */

/** The forms parseCenterHours() reads, for a message that says what to write instead. */
export const HOURS_FORMS =
  '"Monday to Friday, 8:00 am to 5:00 pm CT", "Mon-Fri 8am-5pm ET", "24 hours, 7 days", ' +
  'or several ranges of days joined by ";" in one time zone, like ' +
  '"Monday to Friday, 7:00 am to 7:00 pm CT; Saturday, 8:00 am to noon CT"';

/** The part of escalationClock()'s input that comes from the contacts list. */
export type ClockSetting = Pick<ClockInput, 'center' | 'policy'>;

/**
 * The center for an escalation (its function, region and product type, as the escalation's
 * opening names them) with its hours and its levels, each with the interval before it, and the
 * organisation's policy: pass both to escalationClock(). The center is the entry findContact()
 * picks, so the clock counts with the same center the result page named. Without an entry, the
 * center is left out and the clock says the list gives no levels.
 */
export function clockSetting(
  list: Pick<ContactListData, 'contacts' | 'policy'>,
  key: ContactKey,
): ClockSetting {
  const contact = findContact(list.contacts, key);
  const center = contact
    ? {
        name: contact.name,
        ...(contact.hours === undefined ? {} : { hours: contact.hours }),
        ...(contact.levels ? { levels: contact.levels } : {}),
      }
    : undefined;
  return { ...(center ? { center } : {}), ...(list.policy ? { policy: list.policy } : {}) };
}

/** A center whose hours the clock cannot read. */
export interface UnreadableHours {
  readonly contact: CenterContact;
  /** 'Midwest Maintenance (maintenance, midwest, all): the hours "8 to 5 CT" cannot be read: ...' */
  readonly message: string;
}

/** Every center whose `hours` the clock cannot read, in list order, each with how to fix it. */
export function unreadableHours(contacts: readonly CenterContact[]): UnreadableHours[] {
  return contacts.flatMap((contact) => {
    if (contact.hours === undefined) return [];
    const parsed = parseCenterHours(contact.hours);
    if (parsed.ok) return [];
    const message =
      `${contact.name} (${contactKeyText(contact)}): the hours "${contact.hours}" cannot be ` +
      `read: ${parsed.error}. The clock reads ${HOURS_FORMS}`;
    return [{ contact, message }];
  });
}
