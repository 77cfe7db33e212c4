import type { SubmitEvent } from 'react';
import { useRef } from 'react';
import type { CheckedFile } from '../../domain/contactsCheck.ts';
import type { ContactPolicy } from '../../domain/contactsPolicy.ts';
import { policyText } from '../../domain/contactsPolicy.ts';
import { ErrorMessage } from '../../ui/fields.tsx';
import type { ContactsImport, ImportSnapshot, Imported } from './importFlow.ts';
import { ProblemList } from './ProblemList.tsx';
import { formatCount } from '../../domain/identifiers/list.ts';
import { focusOnMount } from './words.ts';

/* "Import a list": choose a file, check it, then import all of it or only its valid rows. */

/** The file field's id, which the page's error summary links to. */
export const FILE_FIELD = 'contacts-file';
const IMPORT_RESULT_ID = 'contacts-import-result';

/** What happens to the policy: a CSV has no place for it, a JSON file brings its own. */
function PolicyNote({ file, current }: { file: CheckedFile; current: ContactPolicy | undefined }) {
  if (file.kind === 'json') {
    return file.policy ? (
      <p className="body">The file's escalation policy comes with it: {policyText(file.policy)}.</p>
    ) : null;
  }
  return (
    <p className="body">
      A CSV carries no holidays and no out-of-service interval.{' '}
      {current
        ? `The current policy is kept: ${policyText(current)}.`
        : 'The list in use has none either: import a JSON file with a “policy” to set them.'}
    </p>
  );
}

function ImportResult({
  file,
  policy,
  saving,
  saveError,
  onUse,
  onCancel,
}: {
  file: CheckedFile;
  policy: ContactPolicy | undefined;
  saving: boolean;
  saveError: string | undefined;
  onUse: () => void;
  onCancel: () => void;
}) {
  const count = file.entries.length;
  const unit =
    file.kind === 'csv' ? { one: 'row', many: 'rows' } : { one: 'entry', many: 'entries' };
  const ok = file.problems.length === 0;
  return (
    <section className="panel contacts-import-result" aria-labelledby={IMPORT_RESULT_ID}>
      {/* Takes the focus when it appears: the result of pressing "Check the file". */}
      <h3
        id={IMPORT_RESULT_ID}
        className="contacts-import-result__title"
        tabIndex={-1}
        ref={focusOnMount}
      >
        {ok
          ? `${formatCount(count, ['center', 'centers'])} read from ${file.fileName}`
          : `${file.fileName} has ${formatCount(file.problems.length, ['problem', 'problems'])}`}
      </h3>
      {ok ? (
        <p className="body">
          Nothing is changed until you choose to use this list. It will replace the list in use on
          this device.
        </p>
      ) : (
        <>
          <p className="body">
            {count > 0
              ? `${formatCount(count, [`${unit.one} is`, `${unit.many} are`])} valid. `
              : 'No center can be imported. '}
            A {unit.one} with a problem is never imported: fix the file and check it again
            {count > 0 ? `, or import only the valid ${unit.many}` : ''}.
          </p>
          <ProblemList problems={file.problems} />
        </>
      )}
      {count > 0 ? <PolicyNote file={file} current={policy} /> : null}
      {saveError ? <ErrorMessage alert message={saveError} /> : null}
      <div className="button-group">
        {count > 0 ? (
          <button type="button" className="button" disabled={saving} onClick={onUse}>
            {ok
              ? 'Use this list on this device'
              : `Import only the ${formatCount(count, [`valid ${unit.one}`, `valid ${unit.many}`])}`}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {ok ? 'Cancel' : 'Cancel and fix the file'}
        </button>
      </div>
    </section>
  );
}

export function ImportSection({
  flow,
  snapshot,
  policy,
  onChecking,
  onImported,
}: {
  flow: ContactsImport;
  snapshot: ImportSnapshot;
  /** The policy of the list in use, which a CSV import keeps. */
  policy: ContactPolicy | undefined;
  /** The user pressed "Check the file": an earlier notice no longer applies. */
  onChecking: () => void;
  onImported: (imported: Imported) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const { step, fileError } = snapshot;
  const clearChosenFile = () => {
    if (fileInput.current) fileInput.current.value = '';
  };
  const check = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChecking();
    void flow.check(fileInput.current?.files?.[0]);
  };
  const use = async () => {
    const imported = await flow.apply(policy);
    if (!imported) return;
    clearChosenFile();
    onImported(imported);
  };
  const cancel = () => {
    flow.cancel();
    clearChosenFile();
    // The Cancel button goes with the result: the focus goes back to where a file is chosen.
    fileInput.current?.focus();
  };

  const hintId = `${FILE_FIELD}-hint`;
  const errorId = `${FILE_FIELD}-error`;
  return (
    <>
      <h2 className="heading-m">Import a list</h2>
      <form noValidate onSubmit={check}>
        <div className={fileError ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor={FILE_FIELD}>
            Choose a CSV or JSON file
          </label>
          <div id={hintId} className="hint">
            A CSV exported from your spreadsheet, or a center-contacts.json. The CSV's first row
            must be the header row documented in docs/contacts.md:{' '}
            <code className="contacts-code">
              function, region, product_type, name, phone, extension, hours, email, notes,
              level1_name, level1_phone, level1_extension, level1_email
            </code>{' '}
            and so on up to level5_email, with a level1_after column and so on for your interval
            before each level. A CSV carries no holidays or out-of-service interval. Files up to 5
            MB.
          </div>
          {fileError ? <ErrorMessage id={errorId} message={fileError} /> : null}
          <input
            id={FILE_FIELD}
            ref={fileInput}
            className="contacts-file-input"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
            aria-invalid={fileError ? true : undefined}
          />
        </div>
        <button type="submit" className="button button--secondary">
          Check the file
        </button>
      </form>
      <p className="status-message" role="status">
        {step.kind === 'reading' ? `Reading ${step.fileName}…` : ''}
      </p>
      {step.kind === 'checked' ? (
        <ImportResult
          file={step.file}
          policy={policy}
          saving={step.saving}
          saveError={step.saveError}
          onUse={() => void use()}
          onCancel={cancel}
        />
      ) : null}
    </>
  );
}
