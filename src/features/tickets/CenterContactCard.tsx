import { useQuery } from '@tanstack/react-query';
import { contactsQueryOptions, findContact, formatPhone } from '../../api/contacts.ts';
import { CONTACTS_SNAPSHOT } from '../../api/contactsSnapshot.ts';
import type { ContactKey } from '../../domain/rules.ts';

/**
 * Who to call for an escalation: the center's name, phone, hours and e-mail from the Center
 * Contacts list. When the list cannot be fetched (offline, faults) the copy bundled with the app
 * stands in, and the card says so.
 */
export function CenterContactCard({ contactKey }: { contactKey: ContactKey }) {
  const query = useQuery(contactsQueryOptions());
  const contacts = query.data ?? (query.isError ? CONTACTS_SNAPSHOT : undefined);
  if (!contacts) {
    return (
      <p role="status" className="body">
        Loading the center’s contact details…
      </p>
    );
  }
  const contact = findContact(contacts, contactKey);
  if (!contact) {
    return (
      <p className="body">
        This center has no entry in the contact list. Look it up in the Center Contacts list on CLEC
        Online.
      </p>
    );
  }
  return (
    <div className="panel">
      <p className="body">
        <strong>{contact.name}</strong>
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Phone</dt>
          <dd className="summary-list__value">
            <a className="link" href={`tel:+1${contact.phone}`}>
              {formatPhone(contact.phone)}
            </a>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Hours</dt>
          <dd className="summary-list__value">{contact.hours}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">E-mail</dt>
          <dd className="summary-list__value">
            <a className="link" href={`mailto:${contact.email}`}>
              {contact.email}
            </a>
          </dd>
        </div>
      </dl>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <p className="warning-text__text">
          <span className="visually-hidden">Warning: </span>
          Sample data — not real AT&amp;T numbers. Use the Center Contacts list on CLEC Online for
          the real ones.
        </p>
      </div>
      {query.isError ? (
        <p className="body">
          The latest contact list could not be loaded, so this is the copy bundled with the app.
        </p>
      ) : null}
    </div>
  );
}
