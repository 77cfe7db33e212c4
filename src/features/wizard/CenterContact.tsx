import { formatPhone, telHref } from '../../domain/format.ts';
import { WarningText } from '../../ui/WarningText.tsx';
import { pageHref } from './pages.ts';
import type { CenterContactView } from './ResultPage.tsx';

/*
 * Who to call, on the result page: the number from the Center Contacts list in use, or why there
 * is none and where to look instead, then the center's whole entry.
 */

/** The number to call, or why there is none and where to look instead. */
export function CallLine({ view }: { view: CenterContactView | undefined }) {
  if (!view || view.status === 'loading') {
    return <p className="panel__body">Looking up the center’s number…</p>;
  }
  if (view.status === 'missing' || !view.call) {
    return (
      <>
        {view.problems.map((problem) => (
          <p key={problem} className="panel__body">
            {problem}
          </p>
        ))}
        <p className="panel__body">
          No number for this center in the contact list in use: use the Center Contacts list on CLEC
          Online.
        </p>
      </>
    );
  }
  return (
    <p className="panel__body">
      Call {view.call.name}:{' '}
      <a className="panel__phone" href={telHref(view.call.phone)}>
        {formatPhone(view.call.phone, view.call.extension)}
      </a>
    </p>
  );
}

export function ContactDetails({ view }: { view: CenterContactView | undefined }) {
  const contact = view?.contact;
  if (!view || !contact) return null;
  return (
    <section aria-labelledby="center-contact-heading">
      <h2 className="heading-m" id="center-contact-heading">
        The center’s contact details
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Center</dt>
          <dd className="summary-list__value">{contact.name}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Phone</dt>
          <dd className="summary-list__value">
            <a className="link" href={telHref(contact.phone)}>
              {formatPhone(contact.phone, contact.extension)}
            </a>
          </dd>
        </div>
        {contact.hours ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">Hours</dt>
            <dd className="summary-list__value">{contact.hours}</dd>
          </div>
        ) : null}
        {contact.email ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">E-mail</dt>
            <dd className="summary-list__value">
              <a className="link" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            </dd>
          </div>
        ) : null}
        {view.nextLevels.length > 0 || view.ladderEnd ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">If not resolved</dt>
            <dd className="summary-list__value">
              {view.ladderEnd ? <p className="summary-list__line">{view.ladderEnd}</p> : null}
              {view.nextLevels.map((level) => (
                <p key={level.level} className="summary-list__line">
                  Level {level.level}: {level.name}
                  {level.phone ? `, ${formatPhone(level.phone, level.extension)}` : ''}
                  {level.email ? `, ${level.email}` : ''}
                </p>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      {view.notes.map((note) => (
        <p key={note} className="body">
          {note}
        </p>
      ))}
      {view.sample ? (
        <WarningText>
          Sample data — not real AT&amp;T numbers. Import your organisation’s Center Contacts list
          on the <a href={pageHref({ kind: 'contacts' })}>Center contacts</a> page, or use the list
          on CLEC Online.
        </WarningText>
      ) : null}
    </section>
  );
}
