import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import type { SubmitEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldPath } from 'react-hook-form';
import { FormProvider, useForm, useFormContext } from 'react-hook-form';
import { z } from 'zod';
import type { ContactListChoice, ContactListName } from '../../domain/contactList.ts';
import { CLEC_ONLINE_FALLBACK, CONTACT_LIST_NAMES } from '../../domain/contactList.ts';
import type { CenterContact, CenterContactsFile, ContactLevel } from '../../domain/contacts.ts';
import {
  CONTACT_FUNCTION_LABELS,
  CONTACT_FUNCTIONS,
  CenterContactSchema,
  ContactLevelSchema,
  PRODUCT_TYPE_LABELS,
  PRODUCT_TYPES,
  problemText,
} from '../../domain/contacts.ts';
import type { CsvProblem } from '../../domain/contactsImport.ts';
import { contactsToCsv, importContactsCsv } from '../../domain/contactsImport.ts';
import {
  FILE_TOO_BIG_MESSAGE,
  MAX_IMPORT_BYTES,
  contactsToJson,
  importContactsJson,
} from '../../domain/contactsJson.ts';
import { formatTelephoneNumber, parseTelephoneNumber } from '../../domain/identifiers/telephone.ts';
import { REGION_NAMES, REGIONS } from '../../domain/regions.ts';
import { downloadFile } from '../../ui/download.ts';
import type { FieldError } from '../../ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Confirmation } from '../../ui/Confirmation.tsx';
import { ErrorMessage, TextArea, TextField } from '../../ui/fields.tsx';
import { HEADING_ID, PageHeading } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { WarningText } from '../../ui/WarningText.tsx';
import { deviceListPersists, resetDeviceList, saveDeviceList } from './deviceList.ts';
import { contactListKeys, useContactList } from './useContactList.ts';

/*
 * The Center contacts page (route #/contacts), for the administrator: which list is in use and
 * how fresh it is, the list itself (searchable, each row editable), import from CSV or JSON,
 * export, and how to publish the list for everyone (docs/contacts.md). An edit or an import
 * becomes the device's list, which overrides the organisation's file until it is reset.
 */

/** More problems than this are counted, not listed: the first ones are enough to start fixing. */
const PROBLEMS_SHOWN = 100;
/** Rows of the edit form; the CSV header has five levels too. Levels 6 to 9 are kept as they are. */
const LEVEL_ROWS = 5;

const FILE_FIELD = 'contacts-file';
const NOTICE_ID = 'contacts-notice';
const IMPORT_RESULT_ID = 'contacts-import-result';
const SEARCH_ID = 'contacts-search';
const EDITED_PREFIX = 'Edited on this device';

type UsedChoice = Extract<ContactListChoice, { contacts: unknown }>;

/* Formatting */

/** The user's calendar day (not UTC's, which is tomorrow on a US evening), as YYYY-MM-DD. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 2026-11-26 -> 11/26/2026, as US users read dates. */
function usDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[2] ?? ''}/${match[3] ?? ''}/${match[1] ?? ''}` : iso;
}

/** The number as 312-555-0100 whatever way it was written, then "ext. 123". */
function phoneText(phone: string, extension?: string): string {
  const parsed = parseTelephoneNumber(phone);
  const number = parsed.ok ? formatTelephoneNumber(parsed.value) : phone;
  return extension ? `${number} ext. ${extension}` : number;
}

/** "1: Duty manager, 312-555-0150, duty@example.com" */
function levelText(level: ContactLevel): string {
  return [
    `${level.level}: ${level.name}`,
    level.phone && phoneText(level.phone, level.extension),
    level.email,
  ]
    .filter(Boolean)
    .join(', ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

function keyId(contact: CenterContact): string {
  return `${contact.function}-${contact.region}-${contact.productType}`;
}

const sameKey = (a: CenterContact, b: CenterContact) => keyId(a) === keyId(b);

/** Which list is in use, in words, with where it was read from. */
function listInUse(choice: UsedChoice): string {
  if (choice.used === 'device') return 'The list on this device (imported or edited on this page)';
  if (choice.used === 'backend') {
    return choice.fromCache
      ? 'The contacts service, saved for offline use'
      : 'The contacts service';
  }
  if (choice.origin === 'embedded')
    return "The organisation's file, built into this copy of the app";
  return choice.fromCache
    ? "The organisation's file (center-contacts.json), saved for offline use: the server could not be reached, so a newer list may be there"
    : "The organisation's file (center-contacts.json)";
}

/** The source of an edited list: what it was edited from, not nested again on a second edit. */
function editedSource(choice: UsedChoice): string {
  if (choice.used === 'device' && choice.source?.startsWith(EDITED_PREFIX)) return choice.source;
  const from = lowerFirst(CONTACT_LIST_NAMES[choice.used]);
  return `${EDITED_PREFIX}, from ${from}${choice.source ? `: ${choice.source}` : ''}`;
}

/* The table and its search */

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

/** "1: Duty manager, 312-555-0150, duty@example.com": the number kept on one line. */
function Level({ level }: { level: ContactLevel }) {
  return (
    <>
      {level.level}: {level.name}
      {level.phone ? (
        <>
          , <span className="contacts-table__phone">{phoneText(level.phone, level.extension)}</span>
        </>
      ) : null}
      {level.email ? (
        <>
          , <Email address={level.email} />
        </>
      ) : null}
    </>
  );
}

interface Row {
  readonly contact: CenterContact;
  readonly id: string;
  readonly functionText: string;
  readonly regionText: string;
  readonly productText: string;
  readonly phone: string;
  readonly levels: ContactLevel[];
  /** Every cell's text, lower case, for the search. */
  readonly text: string;
  /** The digits of every number, one number per word, so "312.555.01" finds 312-555-0100. */
  readonly digits: string;
}

const FUNCTION_ORDER = new Map(CONTACT_FUNCTIONS.map((value, index) => [value, index]));
const REGION_ORDER = new Map(REGIONS.map((value, index) => [value, index]));
const PRODUCT_ORDER = new Map(PRODUCT_TYPES.map((value, index) => [value, index]));

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
}

function tenDigits(phone: string): string {
  const parsed = parseTelephoneNumber(phone);
  return parsed.ok ? parsed.value : phone.replace(/\D/g, '');
}

function toRows(contacts: readonly CenterContact[]): Row[] {
  const order = (contact: CenterContact) => [
    FUNCTION_ORDER.get(contact.function) ?? 0,
    REGION_ORDER.get(contact.region) ?? 0,
    PRODUCT_ORDER.get(contact.productType) ?? 0,
  ];
  return [...contacts]
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x.reduce((diff, value, i) => diff || value - (y[i] ?? 0), 0);
    })
    .map((contact) => {
      const levels = [...(contact.levels ?? [])].sort((a, b) => a.level - b.level);
      const row = {
        contact,
        id: keyId(contact),
        functionText: CONTACT_FUNCTION_LABELS[contact.function],
        regionText: REGION_NAMES[contact.region],
        productText: PRODUCT_TYPE_LABELS[contact.productType],
        phone: phoneText(contact.phone, contact.extension),
        levels,
      };
      const cells = [
        row.functionText,
        row.regionText,
        row.productText,
        contact.name,
        contact.notes,
        row.phone,
        contact.hours,
        contact.email,
        ...levels.map(levelText),
      ];
      const numbers = [contact.phone, ...(contact.levels ?? []).map((level) => level.phone)];
      return {
        ...row,
        text: normalise(cells.filter(Boolean).join('\n')),
        digits: numbers.flatMap((phone) => (phone ? [tenDigits(phone)] : [])).join(' '),
      };
    });
}

/**
 * Every word of the query must appear in some cell. A query of digits and punctuation also
 * matches a number however it is punctuated: "(312) 555-01" finds 312-555-0100.
 */
function matches(row: Row, query: string): boolean {
  const terms = normalise(query).trim().split(' ').filter(Boolean);
  if (terms.length === 0) return true;
  if (/\d/.test(query) && /^[\d\s().+\-/]+$/.test(query.trim())) {
    const digits = query.replace(/\D/g, '').replace(/^1(?=\d{10})/, '');
    if (row.digits.includes(digits)) return true;
  }
  return terms.every((term) => row.text.includes(term));
}

function ContactsTable({
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
  const rows = useMemo(() => toRows(contacts), [contacts]);
  const shown = rows.filter((row) => matches(row, search));
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
        Showing {shown.length.toLocaleString('en-US')} of {plural(rows.length, 'center', 'centers')}
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
                      id={`edit-${row.id}`}
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

/* Editing one center */

interface LevelRow {
  name: string;
  phone: string;
  extension: string;
  email: string;
}

interface EditValues {
  name: string;
  phone: string;
  extension: string;
  hours: string;
  email: string;
  notes: string;
  levels: LevelRow[];
}

/** Trimmed text, with blank fields left out: the schema treats absent as "not given". */
function filled<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) =>
      typeof value === 'string' && value.trim() !== '' ? [[key, value.trim()]] : [],
    ),
  ) as Partial<T>;
}

const entryShape = CenterContactSchema.shape;

/*
 * The form's values checked by the list's own schemas: the entry's fields from
 * CenterContactSchema, each level's from ContactLevelSchema. A blank level row is no level; the
 * array keeps its length so each message lands on its row.
 */
const EditSchema = z.preprocess(
  (values: EditValues) => ({
    ...filled({ ...values, levels: undefined }),
    levels: values.levels.map((row) => {
      const level = filled(row);
      return Object.keys(level).length > 0 ? level : undefined;
    }),
  }),
  z.object({
    name: entryShape.name,
    phone: entryShape.phone,
    extension: entryShape.extension,
    hours: entryShape.hours,
    email: entryShape.email,
    notes: entryShape.notes,
    levels: z.array(
      ContactLevelSchema.pick({ name: true, phone: true, extension: true, email: true }).optional(),
    ),
  }),
);
type EditOutput = z.output<typeof EditSchema>;

function editDefaults(contact: CenterContact): EditValues {
  const levels = new Map((contact.levels ?? []).map((level) => [level.level, level]));
  return {
    name: contact.name,
    phone: contact.phone,
    extension: contact.extension ?? '',
    hours: contact.hours ?? '',
    email: contact.email ?? '',
    notes: contact.notes ?? '',
    levels: Array.from({ length: LEVEL_ROWS }, (_, i) => {
      const level = levels.get(i + 1);
      return {
        name: level?.name ?? '',
        phone: level?.phone ?? '',
        extension: level?.extension ?? '',
        email: level?.email ?? '',
      };
    }),
  };
}

/** The entry with the form's values: level rows numbered 1 to 5, levels above 5 kept. */
function editedEntry(contact: CenterContact, values: EditOutput): CenterContact {
  const { levels: rows, ...fields } = values;
  const levels = [
    ...rows.flatMap((row, i) => (row ? [{ level: i + 1, ...row }] : [])),
    ...(contact.levels ?? []).filter((level) => level.level > LEVEL_ROWS),
  ];
  return {
    function: contact.function,
    region: contact.region,
    productType: contact.productType,
    ...fields,
    ...(levels.length > 0 ? { levels } : {}),
  };
}

const ENTRY_FIELDS = ['name', 'phone', 'extension', 'hours', 'email', 'notes'] as const;
const LEVEL_FIELDS = ['name', 'phone', 'extension', 'email'] as const;
const LEVEL_LABELS: Record<(typeof LEVEL_FIELDS)[number], string> = {
  name: 'Name or title',
  phone: 'Phone',
  extension: 'Extension',
  email: 'E-mail',
};

/**
 * A text field inside a level row. fields.tsx reads top-level errors only, so this one reads the
 * nested error; the markup is the same (label, error with a hidden "Error:", aria wiring).
 */
function LevelField({
  index,
  field,
  input,
  width,
}: {
  index: number;
  field: (typeof LEVEL_FIELDS)[number];
  input: 'text' | 'tel' | 'email';
  width: 'short' | 'medium' | 'full';
}) {
  const name: FieldPath<EditValues> = `levels.${index}.${field}`;
  const { register, getFieldState, formState } = useFormContext<EditValues>();
  const message = getFieldState(name, formState).error?.message;
  const errorId = `${name}-error`;
  return (
    <div className={message ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={name}>
        {LEVEL_LABELS[field]}
        {field === 'name' ? null : ' (optional)'}
      </label>
      {message ? <ErrorMessage id={errorId} message={message} /> : null}
      <input
        id={name}
        className={`input input--${width}`}
        type={input}
        inputMode={input === 'text' ? undefined : input}
        autoComplete="off"
        spellCheck={input === 'text' ? undefined : false}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? errorId : undefined}
        {...register(name)}
      />
    </div>
  );
}

/** The form's errors in the order of the fields, each linking to its field. */
function formErrors(form: ReturnType<typeof useForm<EditValues, unknown, EditOutput>>) {
  const { formState, getFieldState } = form;
  const list: FieldError[] = [];
  const add = (field: FieldPath<EditValues>, prefix = '') => {
    const message = getFieldState(field, formState).error?.message;
    if (message) list.push({ field, message: `${prefix}${message}` });
  };
  for (const field of ENTRY_FIELDS) add(field);
  for (let i = 0; i < LEVEL_ROWS; i++) {
    // The summary has no fieldset around it: it says which level.
    for (const field of LEVEL_FIELDS) add(`levels.${i}.${field}`, `Level ${i + 1}: `);
  }
  const root = formState.errors.root?.message;
  if (root) list.push({ field: 'name', message: root });
  return list;
}

function EditContact({
  contact,
  onSave,
  onCancel,
}: {
  contact: CenterContact;
  onSave: (entry: CenterContact) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useForm<EditValues, unknown, EditOutput>({
    resolver: zodResolver(EditSchema),
    defaultValues: editDefaults(contact),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [saveError, setSaveError] = useState<string>();
  const errors = formErrors(form);
  const hasErrors = errors.length > 0;
  usePageTitle('Edit a center — Center contacts', hasErrors);

  const summaryRef = useRef<HTMLDivElement>(null);
  const { submitCount } = form.formState;
  useEffect(() => {
    if (submitCount > 0) summaryRef.current?.focus();
  }, [submitCount]);

  const onValid = async (values: EditOutput) => {
    const entry = editedEntry(contact, values);
    // The whole entry once more, with the list's own schema: nothing invalid is ever saved.
    const checked = CenterContactSchema.safeParse(entry);
    if (!checked.success) {
      form.setError('root', {
        message: checked.error.issues[0]?.message ?? 'This center could not be saved',
      });
      return;
    }
    try {
      setSaveError(undefined);
      await onSave(checked.data);
    } catch {
      setSaveError(
        'The change could not be saved on this device: check that the browser allows this site to store data, then try again',
      );
    }
  };

  const higherLevels = (contact.levels ?? []).filter((level) => level.level > LEVEL_ROWS);
  return (
    <div className="form-column">
      {hasErrors ? <ErrorSummary errors={errors} ref={summaryRef} /> : null}
      <p className="caption">Center contacts</p>
      <PageHeading>Edit a center</PageHeading>
      <dl className="summary-list">
        {[
          ['Function', CONTACT_FUNCTION_LABELS[contact.function]],
          ['Region', REGION_NAMES[contact.region]],
          ['Product type', PRODUCT_TYPE_LABELS[contact.productType]],
        ].map(([key, value]) => (
          <div key={key} className="summary-list__row">
            <dt className="summary-list__key">{key}</dt>
            <dd className="summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="body">
        Saving makes this device use its own copy of the whole list, with this change. Other users
        keep the organisation's list until you publish the new one.
      </p>
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => void form.handleSubmit(onValid)(event)}>
          <TextField<EditValues> name="name" label="Center name" />
          <TextField<EditValues>
            name="phone"
            label="Phone"
            hint="The 10-digit number, like 312-555-0123. Put an extension in the next field."
            input="tel"
            width="medium"
          />
          <TextField<EditValues>
            name="extension"
            label="Extension"
            hint="Digits only, like 1234"
            optional
            input="code"
            width="short"
          />
          <TextField<EditValues>
            name="hours"
            label="Hours"
            hint="With the time zone, like Monday to Friday, 8:00 am to 5:00 pm CT"
            optional
          />
          <TextField<EditValues> name="email" label="E-mail" input="email" optional />
          <TextArea<EditValues>
            name="notes"
            label="Notes"
            hint="Anything else the caller should know"
            optional
            rows={3}
          />
          <h2 className="heading-m">Escalation levels</h2>
          <p className="hint">
            Level 1 is the first escalation above the center, level 2 the next. Leave a level blank
            to remove it.
          </p>
          {Array.from({ length: LEVEL_ROWS }, (_, index) => (
            <div key={index} className="form-group">
              <fieldset className="fieldset contacts-level">
                <legend className="legend">Level {index + 1}</legend>
                <LevelField index={index} field="name" input="text" width="full" />
                <LevelField index={index} field="phone" input="tel" width="medium" />
                <LevelField index={index} field="extension" input="text" width="short" />
                <LevelField index={index} field="email" input="email" width="full" />
              </fieldset>
            </div>
          ))}
          {higherLevels.length > 0 ? (
            <p className="body">
              Levels {higherLevels.map((level) => level.level).join(', ')} are kept as they are:
              change them in the file, then import it.
            </p>
          ) : null}
          {saveError ? <ErrorMessage alert message={saveError} /> : null}
          <div className="button-group">
            <button type="submit" className="button" disabled={form.formState.isSubmitting}>
              Save changes
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      </FormProvider>
    </div>
  );
}

/* Import */

interface CheckedFile {
  readonly fileName: string;
  readonly kind: 'csv' | 'json';
  readonly entries: CenterContact[];
  /** Each problem as one line: where (line and column, or entry and field), then what to do. */
  readonly problems: string[];
  /** The file's own date, for a JSON file without problems. */
  readonly updated: string | undefined;
}

type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly fileName: string }
  | { readonly step: 'checked'; readonly file: CheckedFile };

function csvProblemText(problem: CsvProblem): string {
  const where = problem.column
    ? `Line ${problem.line}, column "${problem.column}"`
    : `Line ${problem.line}`;
  // A cell holding line breaks makes the spreadsheet's row number differ from the line.
  const row = problem.row === problem.line ? '' : ` (spreadsheet row ${problem.row})`;
  return `${where}${row}: ${problem.message}`;
}

/** By extension; by content when the name does not say (a JSON file starts with { or [). */
function fileKind(name: string, text: string): 'csv' | 'json' {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

function checkFile(fileName: string, text: string): CheckedFile {
  const kind = fileKind(fileName, text);
  if (kind === 'json') {
    const result = importContactsJson(text);
    return {
      fileName,
      kind,
      entries: result.entries,
      problems: result.problems.map(problemText),
      updated: result.file?.updated,
    };
  }
  const result = importContactsCsv(text);
  return {
    fileName,
    kind,
    entries: result.entries,
    problems: result.problems.map(csvProblemText),
    updated: undefined,
  };
}

function ProblemList({ problems }: { problems: readonly string[] }) {
  const rest = problems.length - PROBLEMS_SHOWN;
  return (
    <>
      <ul className="list contacts-problems">
        {problems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
          // The same text can come twice (two lists, two files): the position is the identity.
          <li key={index}>{problem}</li>
        ))}
      </ul>
      {rest > 0 ? (
        <p className="body">
          And {plural(rest, 'more problem', 'more problems')} not shown here: fix these first, then
          check the file again.
        </p>
      ) : null}
    </>
  );
}

function ImportResult({
  file,
  onUse,
  onCancel,
}: {
  file: CheckedFile;
  onUse: (file: CheckedFile) => Promise<void>;
  onCancel: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const use = async () => {
    setBusy(true);
    try {
      await onUse(file);
    } catch {
      setError(
        'The list could not be saved on this device: check that the browser allows this site to store data, then try again',
      );
      setBusy(false);
    }
  };
  const count = file.entries.length;
  const unit =
    file.kind === 'csv' ? { one: 'row', many: 'rows' } : { one: 'entry', many: 'entries' };
  const ok = file.problems.length === 0;
  return (
    <section className="panel contacts-import-result" aria-labelledby={IMPORT_RESULT_ID}>
      <h3 id={IMPORT_RESULT_ID} className="contacts-import-result__title" tabIndex={-1}>
        {ok
          ? `${plural(count, 'center', 'centers')} read from ${file.fileName}`
          : `${file.fileName} has ${plural(file.problems.length, 'problem', 'problems')}`}
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
              ? `${plural(count, `${unit.one} is`, `${unit.many} are`)} valid. `
              : 'No center can be imported. '}
            A {unit.one} with a problem is never imported: fix the file and check it again
            {count > 0 ? `, or import only the valid ${unit.many}` : ''}.
          </p>
          <ProblemList problems={file.problems} />
        </>
      )}
      {error ? <ErrorMessage alert message={error} /> : null}
      <div className="button-group">
        {count > 0 ? (
          <button type="button" className="button" disabled={busy} onClick={() => void use()}>
            {ok
              ? 'Use this list on this device'
              : `Import only the ${plural(count, `valid ${unit.one}`, `valid ${unit.many}`)}`}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {ok ? 'Cancel' : 'Cancel and fix the file'}
        </button>
      </div>
    </section>
  );
}

/* Export */

function ExportButtons({ choice }: { choice: UsedChoice }) {
  const [status, setStatus] = useState('');
  const csv = () => {
    // The byte order mark makes spreadsheets read the file as UTF-8 (names with accents, ').
    downloadFile(
      'center-contacts.csv',
      `\uFEFF${contactsToCsv(choice.contacts)}`,
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

/* The list in use */

function ListProblems({ choice }: { choice: ContactListChoice }) {
  return (
    <>
      {choice.problems.map(({ list, problems }) => (
        <section
          key={list}
          className="panel contacts-list-problems"
          aria-labelledby={`problems-${list}`}
        >
          <h2 id={`problems-${list}`} className="contacts-list-problems__title">
            {CONTACT_LIST_NAMES[list]} could not be read
          </h2>
          <p className="body">
            It is not used, so it cannot give a wrong number.
            {list === 'organisation'
              ? ' Fix center-contacts.json on the server: import it below to check it.'
              : null}
          </p>
          <ProblemList problems={problems} />
        </section>
      ))}
    </>
  );
}

function SampleWarning() {
  return (
    <WarningText>
      Sample data — not real AT&amp;T numbers. Import your organisation's Center Contacts list
      below, then publish it for everyone.
    </WarningText>
  );
}

function ResetDeviceList({ onReset }: { onReset: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          setConfirming(true);
        }}
      >
        Reset to the organisation's file
      </button>
    );
  }
  const reset = async () => {
    setBusy(true);
    try {
      await onReset();
    } catch {
      setError('The list on this device could not be deleted: reload the page and try again');
      setBusy(false);
    }
  };
  return (
    <Confirmation
      confirmLabel="Yes, reset"
      keepLabel="No, keep this list"
      onConfirm={() => void reset()}
      onKeep={() => {
        setConfirming(false);
      }}
      busy={busy}
      error={error ? <ErrorMessage alert message={error} /> : undefined}
    >
      <strong>Delete the list on this device?</strong> The app will use the organisation's file
      again. Your imports and edits on this device are lost: download the list first if you may need
      it.
    </Confirmation>
  );
}

function ListInUse({
  choice,
  onReset,
}: {
  choice: ContactListChoice;
  onReset: () => Promise<void>;
}) {
  const deviceInvalid = choice.problems.some((problem) => problem.list === 'device');
  if (choice.used === 'none') {
    return (
      <>
        <WarningText>
          No contact list can be used, so the result page shows no number. {CLEC_ONLINE_FALLBACK},
          or import your organisation's list below.
        </WarningText>
        <ListProblems choice={choice} />
        {deviceInvalid ? <ResetDeviceList onReset={onReset} /> : null}
      </>
    );
  }
  return (
    <>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">List in use</dt>
          <dd className="summary-list__value">{listInUse(choice)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Source</dt>
          <dd className="summary-list__value">{choice.source ?? 'Not given'}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Updated</dt>
          <dd className="summary-list__value">
            {choice.updated ? usDate(choice.updated) : 'Not given'}
          </dd>
        </div>
      </dl>
      {choice.sample ? <SampleWarning /> : null}
      {choice.used === 'device' ? (
        <div className="notification">
          <h2 className="notification__title">This device uses its own list</h2>
          <p className="body">
            It was imported or edited on this page, and overrides the organisation's file everywhere
            in the app on this device until you reset it.
            {deviceListPersists()
              ? null
              : ' This browser does not let the app keep data, so it lasts only until you close this tab.'}
          </p>
          <ResetDeviceList onReset={onReset} />
        </div>
      ) : null}
      <ListProblems choice={choice} />
      {deviceInvalid ? <ResetDeviceList onReset={onReset} /> : null}
    </>
  );
}

/* The page */

/** The list view's title; a component, so it is set again when the edit view closes. */
function ListTitle({ hasError }: { hasError: boolean }) {
  usePageTitle('Center contacts', hasError);
  return null;
}

type Notice =
  | { readonly kind: 'saved'; readonly name: string; readonly phone: string }
  | { readonly kind: 'imported'; readonly count: number; readonly fileName: string }
  | { readonly kind: 'reset' };

function listName(choice: ContactListChoice | undefined): string {
  if (!choice || choice.used === 'none') return 'no list: the result page shows no number';
  const names: Record<ContactListName, string> = {
    device: 'the list on this device',
    organisation: "the organisation's file",
    backend: 'the contacts service',
  };
  return names[choice.used];
}

function NoticeBanner({
  notice,
  choice,
}: {
  notice: Notice;
  choice: ContactListChoice | undefined;
}) {
  const [title, body] =
    notice.kind === 'saved'
      ? [
          'Change saved',
          `${notice.name}: ${notice.phone}. This device now uses its own copy of the list, with this change.`,
        ]
      : notice.kind === 'imported'
        ? [
            'List imported',
            `This device now uses the ${plural(notice.count, 'center', 'centers')} from ${notice.fileName}.`,
          ]
        : ['List reset', `The list on this device was deleted. In use now: ${listName(choice)}.`];
  return (
    // Focused when shown: the button that led here is gone.
    <div
      id={NOTICE_ID}
      className="notification contacts-notice--success"
      role="status"
      tabIndex={-1}
    >
      <h2 className="notification__title">{title}</h2>
      <p className="body">{body}</p>
    </div>
  );
}

export function ContactsPage() {
  const { choice } = useContactList();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<CenterContact>();
  const [notice, setNotice] = useState<Notice>();
  const [search, setSearch] = useState('');
  const [imported, setImported] = useState<ImportState>({ step: 'idle' });
  const [fileError, setFileError] = useState<string>();
  const [failedChecks, setFailedChecks] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Set by a handler whose control goes away; the effect focuses it once the page has rendered.
  const focusNext = useRef<string | undefined>(undefined);
  const reading = useRef(0);

  useEffect(() => {
    const id = focusNext.current;
    if (id === undefined) return;
    focusNext.current = undefined;
    (document.getElementById(id) ?? document.getElementById(HEADING_ID))?.focus();
  });

  useEffect(() => {
    if (failedChecks > 0) summaryRef.current?.focus();
  }, [failedChecks]);

  const refreshDeviceList = () =>
    queryClient.invalidateQueries({ queryKey: contactListKeys.device() });

  const saveAsDeviceList = async (file: CenterContactsFile) => {
    await saveDeviceList(file);
    await refreshDeviceList();
  };

  /** After an action whose button is gone: the outcome, focused. Updates in one batch. */
  const announce = (done: Notice) => {
    focusNext.current = NOTICE_ID;
    setNotice(done);
  };

  const startEdit = (contact: CenterContact) => {
    setNotice(undefined);
    setEditing(contact);
    focusNext.current = HEADING_ID;
  };

  const saveEdit = async (entry: CenterContact) => {
    if (!choice || choice.used === 'none') return;
    // In place, so an exported file keeps the administrator's order.
    const known = choice.contacts.some((contact) => sameKey(contact, entry));
    const contacts = known
      ? choice.contacts.map((contact) => (sameKey(contact, entry) ? entry : contact))
      : [...choice.contacts, entry];
    await saveAsDeviceList({
      updated: today(),
      source: editedSource(choice),
      // An edited sample is still mostly sample data, and still says so.
      ...(choice.sample ? { sample: true } : {}),
      contacts,
    });
    announce({ kind: 'saved', name: entry.name, phone: phoneText(entry.phone, entry.extension) });
    setEditing(undefined);
  };

  const cancelEdit = () => {
    // Back where the user was: the row's Edit button (or the heading, if a search hides it).
    if (editing) focusNext.current = `edit-${keyId(editing)}`;
    setEditing(undefined);
  };

  const reset = async () => {
    await resetDeviceList();
    await refreshDeviceList();
    announce({ kind: 'reset' });
  };

  const failCheck = (message: string) => {
    setImported({ step: 'idle' });
    setFileError(message);
    setFailedChecks((count) => count + 1);
  };

  const checkChosenFile = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(undefined);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      failCheck('Select a CSV or JSON file of the Center Contacts list');
      return;
    }
    // Refused from its size alone: reading a huge file would freeze the page.
    if (file.size > MAX_IMPORT_BYTES) {
      failCheck(FILE_TOO_BIG_MESSAGE);
      return;
    }
    const run = ++reading.current;
    setFileError(undefined);
    setImported({ step: 'reading', fileName: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch {
      failCheck(
        `${file.name} could not be read: check that it is not open in another program, then choose it again`,
      );
      return;
    }
    if (run !== reading.current) return;
    focusNext.current = IMPORT_RESULT_ID;
    setImported({ step: 'checked', file: checkFile(file.name, text) });
  };

  const clearImport = () => {
    reading.current++;
    setImported({ step: 'idle' });
    if (fileInput.current) fileInput.current.value = '';
  };

  const importChecked = async (file: CheckedFile) => {
    const partial = file.problems.length > 0;
    const only = file.kind === 'csv' ? ' (only the valid rows)' : ' (only the valid entries)';
    await saveAsDeviceList({
      updated: file.updated ?? today(),
      source: `Imported from ${file.fileName} on this device${partial ? only : ''}`,
      contacts: file.entries,
    });
    announce({ kind: 'imported', count: file.entries.length, fileName: file.fileName });
    clearImport();
  };

  if (editing && choice && choice.used !== 'none') {
    return <EditContact contact={editing} onSave={saveEdit} onCancel={cancelEdit} />;
  }

  const fileHintId = `${FILE_FIELD}-hint`;
  const fileErrorId = `${FILE_FIELD}-error`;
  return (
    <>
      <ListTitle hasError={fileError !== undefined} />
      {fileError ? (
        <ErrorSummary errors={[{ field: FILE_FIELD, message: fileError }]} ref={summaryRef} />
      ) : null}
      <PageHeading>Center contacts</PageHeading>
      <p className="body-l">
        The result page tells the user which AT&amp;T Wholesale center to call from this list: your
        organisation's copy of AT&amp;T's Center Contacts list.
      </p>
      {notice ? <NoticeBanner notice={notice} choice={choice} /> : null}

      {choice === undefined ? (
        <p className="body" role="status">
          Loading the contact list…
        </p>
      ) : (
        <>
          <ListInUse choice={choice} onReset={reset} />
          {choice.used === 'none' ? null : (
            <>
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
        <h2 className="heading-m">Import a list</h2>
        <form noValidate onSubmit={(event) => void checkChosenFile(event)}>
          <div className={fileError ? 'form-group form-group--error' : 'form-group'}>
            <label className="label" htmlFor={FILE_FIELD}>
              Choose a CSV or JSON file
            </label>
            <div id={fileHintId} className="hint">
              A CSV exported from your spreadsheet, or a center-contacts.json. The CSV's first row
              must be the header row documented in docs/contacts.md:{' '}
              <code className="contacts-code">
                function, region, product_type, name, phone, extension, hours, email, notes,
                level1_name, level1_phone, level1_extension, level1_email
              </code>{' '}
              and so on up to level5_email. Files up to 5 MB.
            </div>
            {fileError ? <ErrorMessage id={fileErrorId} message={fileError} /> : null}
            <input
              id={FILE_FIELD}
              ref={fileInput}
              className="contacts-file-input"
              type="file"
              accept=".csv,.json,text/csv,application/json"
              aria-describedby={fileError ? `${fileHintId} ${fileErrorId}` : fileHintId}
              aria-invalid={fileError ? true : undefined}
            />
          </div>
          <button type="submit" className="button button--secondary">
            Check the file
          </button>
        </form>
        <p className="status-message" role="status">
          {imported.step === 'reading' ? `Reading ${imported.fileName}…` : ''}
        </p>
        {imported.step === 'checked' ? (
          <ImportResult file={imported.file} onUse={importChecked} onCancel={clearImport} />
        ) : null}

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

        <h2 className="heading-m">How to publish this list for everyone</h2>
        <ol className="list list--number">
          <li>
            Download the list as JSON. Check its “updated” date and “source” in the file, and leave
            out “sample”.
          </li>
          <li>
            Replace center-contacts.json beside index.html on the web server with it. The app needs
            no rebuild (the single-file version does: rebuild it and hand out the new file).
          </li>
          <li>
            Users get the new list on their next visit. Reset this device's list then, so you see
            what they see.
          </li>
        </ol>
      </div>
    </>
  );
}
