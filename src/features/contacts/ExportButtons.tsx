import { useState } from 'react';
import type { ContactListInUse } from '../../domain/contactList.ts';
import type { CenterContactsFile } from '../../domain/contacts.ts';
import { contactsToCsv } from '../../domain/contactsImport.ts';
import { contactsToJson } from '../../domain/contactsJson.ts';
import { downloadFile } from '../../ui/download.ts';
import { today } from './words.ts';

/** The list in use as CSV or JSON; a sample list stays marked sample in both. */
export function ExportButtons({ choice }: { choice: ContactListInUse }) {
  const [status, setStatus] = useState('');
  const csv = () => {
    // The byte order mark makes spreadsheets read the file as UTF-8 (names with accents, ').
    downloadFile(
      'center-contacts.csv',
      `\uFEFF${contactsToCsv(choice.contacts, { sample: choice.sample })}`,
      'text/csv;charset=utf-8',
    );
    setStatus('Saved as center-contacts.csv.');
  };
  const json = () => {
    const file: CenterContactsFile = {
      $schema: './center-contacts.schema.json',
      updated: choice.updated ?? today(),
      source: choice.source ?? 'Center contacts page',
      ...(choice.sample ? { sample: true } : {}),
      contacts: [...choice.contacts],
    };
    downloadFile('center-contacts.json', contactsToJson(file), 'application/json');
    setStatus('Saved as center-contacts.json.');
  };
  return (
    <>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={csv}>
          Download as CSV
        </button>
        <button type="button" className="button button--secondary" onClick={json}>
          Download as JSON
        </button>
      </div>
      <p className="status-message" role="status">
        {status}
      </p>
    </>
  );
}
