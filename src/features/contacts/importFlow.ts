import type { CenterContactsFile } from '../../domain/contacts.ts';
import type { ContactPolicy } from '../../domain/contactsPolicy.ts';
import type { CheckedFile } from '../../domain/contactsCheck.ts';
import { checkContactsFile, importedList } from '../../domain/contactsCheck.ts';
import { FILE_TOO_BIG_MESSAGE, MAX_IMPORT_BYTES } from '../../domain/contactsJson.ts';

/*
 * Importing a Center Contacts list on the Center contacts page, as a plain engine: read the chosen
 * file, check it, let the user choose to import all of it or only its valid rows, then keep it as
 * this device's list. Nothing changes until the user chooses; a file chosen while another is still
 * being read replaces it. The page renders the snapshot and calls the actions; the tests drive the
 * engine directly, without React.
 */

/** What the page needs of a chosen file: a browser File is one. */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  readonly text: () => Promise<string>;
}

export type ImportStep =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | {
      readonly kind: 'checked';
      readonly file: CheckedFile;
      /** The list is being saved: the import button waits. */
      readonly saving: boolean;
      /** Why the last save failed, and what to do. */
      readonly saveError?: string;
    };

export interface ImportSnapshot {
  readonly step: ImportStep;
  /** Why the chosen file could not be checked: the file field's error. */
  readonly fileError?: string;
  /** Checks that failed so far; each one moves the focus to the error summary again. */
  readonly failures: number;
}

/** What an import changed, for the page's "List imported" notice. */
export interface Imported {
  readonly count: number;
  readonly fileName: string;
}

export interface ContactsImport {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => ImportSnapshot;
  /** Reads and checks the chosen file; undefined when none was chosen. */
  readonly check: (file: ChosenFile | undefined) => Promise<void>;
  /**
   * Keeps the checked file's valid entries as this device's list. A CSV carries no policy, so it
   * keeps `current`, the policy of the list in use.
   */
  readonly apply: (current?: ContactPolicy) => Promise<Imported | undefined>;
  /** Forgets the checked file (or the one being read): nothing was changed. */
  readonly cancel: () => void;
}

export interface ContactsImportOptions {
  /** Keeps the list as this device's list; rejects when the device cannot store it. */
  readonly save: (file: CenterContactsFile) => Promise<void>;
  /** The user's calendar day as YYYY-MM-DD: the date of a list whose file gives none. */
  readonly today: () => string;
}

const NO_FILE = 'Select a CSV or JSON file of the Center Contacts list';
const SAVE_FAILED =
  'The list could not be saved on this device: check that the browser allows this site to store data, then try again';

export function createContactsImport({ save, today }: ContactsImportOptions): ContactsImport {
  let snapshot: ImportSnapshot = { step: { kind: 'idle' }, failures: 0 };
  const listeners = new Set<() => void>();
  // Each check or cancel starts a new run, so a slow read that finishes late changes nothing.
  let run = 0;

  const set = (next: ImportSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  const fail = (fileError: string) => {
    set({ step: { kind: 'idle' }, fileError, failures: snapshot.failures + 1 });
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,

    async check(file) {
      const current = ++run;
      if (!file) {
        fail(NO_FILE);
        return;
      }
      // Refused from its size alone: reading a huge file would freeze the page.
      if (file.size > MAX_IMPORT_BYTES) {
        fail(FILE_TOO_BIG_MESSAGE);
        return;
      }
      set({ step: { kind: 'reading', fileName: file.name }, failures: snapshot.failures });
      let text: string;
      try {
        text = await file.text();
      } catch {
        if (current === run) {
          fail(
            `${file.name} could not be read: check that it is not open in another program, then choose it again`,
          );
        }
        return;
      }
      if (current !== run) return;
      const checked = checkContactsFile(file.name, text);
      set({ step: { kind: 'checked', file: checked, saving: false }, failures: snapshot.failures });
    },

    async apply(policy) {
      const { step } = snapshot;
      if (step.kind !== 'checked' || step.saving || step.file.entries.length === 0)
        return undefined;
      const current = run;
      set({ ...snapshot, step: { kind: 'checked', file: step.file, saving: true } });
      try {
        await save(importedList(step.file, today(), policy));
      } catch {
        if (current === run) {
          set({
            ...snapshot,
            step: { kind: 'checked', file: step.file, saving: false, saveError: SAVE_FAILED },
          });
        }
        return undefined;
      }
      run++;
      set({ step: { kind: 'idle' }, failures: snapshot.failures });
      return { count: step.file.entries.length, fileName: step.file.fileName };
    },

    cancel() {
      run++;
      set({ step: { kind: 'idle' }, failures: snapshot.failures });
    },
  };
}
