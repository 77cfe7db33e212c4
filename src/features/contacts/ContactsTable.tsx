import { useMemo } from 'react';
import type { CenterContact, ContactLevel } from '../../domain/contacts.ts';
import { contactRows, rowMatches } from '../../domain/contactRows.ts';
import { formatPhone } from '../../domain/format.ts';
import { formatCount } from '../../domain/identifiers/list.ts';

/* The list in use as a table, with its search and an Edit button on each row. */

const SEARCH_ID = 'contacts-search';

/** The id of a row's Edit button, to which the focus returns when its edit is cancelled. */
export const editButtonId = (rowId: string) => `edit-${rowId}`;

/** An e-mail address that may wrap after "@" and each dot, instead of squeezing its column. */
function Email({ address }: { address: string }) {
  const parts = address.split(/(?<=[@.])/);
  return (
    <>
      {parts.map((part, index) => (
        // Parts repeat ("example."), so the position is the key; the list never reorders.
        <span key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </span>
      ))}
    </>
  );
}

/**
 * "1: Duty manager, 312-555-0150, duty@example.com, call after 4 hours": the number kept on one
 * line, and the organisation's interval before the level, when it sets one.
 */
function Level({ level }: { level: ContactLevel }) {
  return (
    <>
      {level.level}: {level.name}
      {level.phone ? (
        <>
          ,{' '}
          <span className="contacts-table__phone">{formatPhone(level.phone, level.extension)}</span>
        </>
      ) : null}
      {level.email ? (
        <>
          , <Email address={level.email} />
        </>
      ) : null}
      {level.after ? `, call after ${level.after}` : null}
    </>
  );
}

export function ContactsTable({
  contacts,
  search,
  onSearch,
  onEdit,
}: {
  contacts: readonly CenterContact[];
  search: string;
  onSearch: (query: string) => void;
  onEdit: (contact: CenterContact) => void;
}) {
  const rows = useMemo(() => contactRows(contacts), [contacts]);
  const shown = rows.filter((row) => rowMatches(row, search));
  return (
    <>
      <div className="form-group contacts-search">
        <label className="label" htmlFor={SEARCH_ID}>
          Search the centers
        </label>
        <div id={`${SEARCH_ID}-hint`} className="hint">
          Any part of a function, region, product, name, number, hours, e-mail or level. Numbers
          match with or without dashes, dots or brackets.
        </div>
        <input
          id={SEARCH_ID}
          className="input input--medium"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${SEARCH_ID}-hint`}
          value={search}
          onChange={(event) => {
            onSearch(event.target.value);
          }}
        />
      </div>
      <p className="body" role="status">
        Showing {formatCount(shown.length)} of {formatCount(rows.length, ['center', 'centers'])}
      </p>
      {shown.length === 0 ? (
        <p className="body">
          No center matches “{search.trim()}”. Check the spelling, or search for part of a name or
          number.
        </p>
      ) : (
        // The table scrolls inside its own box on a phone instead of widening the page.
        <div className="table-scroll">
          <table className="table contacts-table">
            <caption className="visually-hidden">
              The centers, by function, region and product type
            </caption>
            <thead>
              <tr>
                <th scope="col">Function</th>
                <th scope="col">Region</th>
                <th scope="col">Product type</th>
                <th scope="col">Center</th>
                <th scope="col">Phone</th>
                <th scope="col">Hours</th>
                <th scope="col">E-mail</th>
                <th scope="col">Escalation levels</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.id}>
                  <td>{row.functionText}</td>
                  <td>{row.regionText}</td>
                  <td>{row.productText}</td>
                  <th scope="row">
                    {row.contact.name}
                    {row.contact.notes ? (
                      <span className="contacts-table__note">{row.contact.notes}</span>
                    ) : null}
                  </th>
                  <td className="contacts-table__phone">{row.phone}</td>
                  <td>{row.contact.hours}</td>
                  <td>{row.contact.email ? <Email address={row.contact.email} /> : null}</td>
                  <td>
                    {row.levels.length > 0 ? (
                      <ul className="contacts-table__levels">
                        {row.levels.map((level) => (
                          <li key={level.level}>
                            <Level level={level} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                  <td>
                    <button
                      type="button"
                      id={editButtonId(row.id)}
                      className="contacts-link-button"
                      onClick={() => {
                        onEdit(row.contact);
                      }}
                    >
                      Edit<span className="visually-hidden"> {row.contact.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
