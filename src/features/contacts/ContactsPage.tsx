import { useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { CenterContact } from '../../domain/contacts.ts';
import { contactId } from '../../domain/contactRows.ts';
import { formatPhone } from '../../domain/format.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { HEADING_ID, PageHeading } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { ContactsTable, editButtonId } from './ContactsTable.tsx';
import { EditContact } from './EditContact.tsx';
import { EscalationPolicy } from './EscalationPolicy.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { FILE_FIELD, ImportSection } from './ImportSection.tsx';
import { createContactsImport } from './importFlow.ts';
import { ListInUse } from './ListInUse.tsx';
import type { Notice } from './NoticeBanner.tsx';
import { NoticeBanner } from './NoticeBanner.tsx';
import { useContactList } from './useContactList.ts';
import { editedSource, focusOnMount, today } from './words.ts';

/*
 * The Center contacts page (route #/contacts), for the administrator: which list is in use and
 * how fresh it is, the list itself (searchable, each row editable), import from CSV or JSON,
 * export, and how to publish the list for everyone (docs/contacts.md). An edit or an import
 * becomes the device's list, which overrides the organisation's file until it is reset.
 */

/** The list view's title; a component, so it is set again when the edit view closes. */
function ListTitle({ hasError }: { hasError: boolean }) {
  usePageTitle('Center contacts', hasError);
  return null;
}

/** Moves the focus to the element with `id`, or to the page's heading when it is not shown. */
function focusById(id: string): void {
  (document.getElementById(id) ?? document.getElementById(HEADING_ID))?.focus();
}

function PublishSteps() {
  return (
    <>
      <h2 className="heading-m">How to publish this list for everyone</h2>
      <ol className="list list--number">
        <li>
          Download the list as JSON. Check its “updated” date and “source” in the file, and leave
          out “sample”.
        </li>
        <li>
          Replace center-contacts.json beside index.html on the web server with it. The app needs no
          rebuild (the single-file version does: rebuild it and hand out the new file).
        </li>
        <li>
          Users get the new list on their next visit. Reset this device's list then, so you see what
          they see.
        </li>
      </ol>
    </>
  );
}

export function ContactsPage() {
  const { choice, saveDeviceList, resetDeviceList } = useContactList();
  const [editing, setEditing] = useState<CenterContact>();
  // Each notice has its own number, so a second one appears afresh and takes the focus.
  const [notice, setNotice] = useState<{ readonly notice: Notice; readonly number: number }>();
  const [search, setSearch] = useState('');
  const [flow] = useState(() => createContactsImport({ save: saveDeviceList, today }));
  const imported = useSyncExternalStore(flow.subscribe, flow.getSnapshot);

  const announce = (done: Notice) => {
    setNotice((last) => ({ notice: done, number: (last?.number ?? 0) + 1 }));
  };

  const startEdit = (contact: CenterContact) => {
    // The Edit button is gone once the form shows: the focus goes to the form's heading.
    flushSync(() => {
      setNotice(undefined);
      setEditing(contact);
    });
    focusById(HEADING_ID);
  };

  const saveEdit = async (entry: CenterContact) => {
    if (!choice || choice.used === 'none') return;
    // In place, so an exported file keeps the administrator's order.
    const id = contactId(entry);
    const known = choice.contacts.some((contact) => contactId(contact) === id);
    const contacts = known
      ? choice.contacts.map((contact) => (contactId(contact) === id ? entry : contact))
      : [...choice.contacts, entry];
    await saveDeviceList({
      updated: today(),
      source: editedSource(choice),
      // An edited sample is still mostly sample data, and still says so.
      ...(choice.sample ? { sample: true } : {}),
      // The organisation's policy goes with the list, whoever edits a center.
      ...(choice.policy ? { policy: choice.policy } : {}),
      contacts,
    });
    announce({ kind: 'saved', name: entry.name, phone: formatPhone(entry.phone, entry.extension) });
    setEditing(undefined);
  };

  const cancelEdit = () => {
    if (!editing) return;
    // Back where the user was: the row's Edit button (or the heading, if a search hides it).
    const id = editButtonId(contactId(editing));
    flushSync(() => {
      setEditing(undefined);
    });
    focusById(id);
  };

  const reset = async () => {
    await resetDeviceList();
    announce({ kind: 'reset' });
  };

  if (editing && choice && choice.used !== 'none') {
    return <EditContact contact={editing} onSave={saveEdit} onCancel={cancelEdit} />;
  }

  const { fileError, failures } = imported;
  return (
    <>
      <ListTitle hasError={fileError !== undefined} />
      {fileError ? (
        // A new key on each failed check: the summary appears again, and takes the focus.
        <ErrorSummary
          key={failures}
          errors={[{ field: FILE_FIELD, message: fileError }]}
          ref={focusOnMount}
        />
      ) : null}
      <PageHeading>Center contacts</PageHeading>
      <p className="body-l">
        The result page tells the user which AT&amp;T Wholesale center to call from this list: your
        organisation's copy of AT&amp;T's Center Contacts list.
      </p>
      {notice ? <NoticeBanner key={notice.number} notice={notice.notice} choice={choice} /> : null}

      {choice === undefined ? (
        <p className="body" role="status">
          Loading the contact list…
        </p>
      ) : (
        <>
          <ListInUse choice={choice} onReset={reset} />
          {choice.used === 'none' ? null : (
            <>
              <EscalationPolicy choice={choice} />
              <h2 className="heading-m">The centers</h2>
              <ContactsTable
                contacts={choice.contacts}
                search={search}
                onSearch={setSearch}
                onEdit={startEdit}
              />
            </>
          )}
        </>
      )}

      <div className="form-column">
        <ImportSection
          flow={flow}
          snapshot={imported}
          policy={choice && choice.used !== 'none' ? choice.policy : undefined}
          onChecking={() => {
            setNotice(undefined);
          }}
          onImported={({ count, fileName }) => {
            announce({ kind: 'imported', count, fileName });
          }}
        />

        {choice && choice.used !== 'none' ? (
          <>
            <h2 className="heading-m">Download the list</h2>
            <p className="body">
              The list in use, with every center: CSV to open in a spreadsheet, JSON to publish as
              center-contacts.json.
            </p>
            <ExportButtons choice={choice} />
          </>
        ) : null}

        <PublishSteps />
      </div>
    </>
  );
}
