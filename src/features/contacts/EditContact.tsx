import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import type { FieldPath } from 'react-hook-form';
import { FormProvider, useForm, useFormContext } from 'react-hook-form';
import type { EditOutput, EditValues } from '../../domain/contactEdit.ts';
import {
  EDIT_FIELDS,
  EditSchema,
  LEVEL_ROW_FIELDS,
  LEVEL_ROWS,
  editDefaults,
  editedEntry,
} from '../../domain/contactEdit.ts';
import type { CenterContact } from '../../domain/contacts.ts';
import {
  CONTACT_FUNCTION_LABELS,
  CenterContactSchema,
  PRODUCT_TYPE_LABELS,
} from '../../domain/contacts.ts';
import { REGION_NAMES } from '../../domain/regions.ts';
import type { FieldError } from '../../ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { ErrorMessage, TextArea, TextField } from '../../ui/fields.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { focusOnMount } from './words.ts';

/* Editing one center: its fields and levels 1 to 5, checked by the list's own schemas. */

type LevelRowField = (typeof LEVEL_ROW_FIELDS)[number];

const LEVEL_LABELS: Record<LevelRowField, string> = {
  name: 'Name or title',
  phone: 'Phone',
  extension: 'Extension',
  email: 'E-mail',
  after: 'Call this level after',
};

/** Hints under the fields that need one. */
const LEVEL_HINTS: Partial<Record<LevelRowField, string>> = {
  after:
    'Your organisation’s interval when the escalation makes no progress at the level below, like 4 business hours, 24 hours, 2 days or 1 business day. AT&T publishes none: leave it blank to set none.',
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
  field: LevelRowField;
  input: 'text' | 'tel' | 'email';
  width: 'short' | 'medium' | 'full';
}) {
  const name: FieldPath<EditValues> = `levels.${index}.${field}`;
  const { register, getFieldState, formState } = useFormContext<EditValues>();
  const message = getFieldState(name, formState).error?.message;
  const errorId = `${name}-error`;
  const hint = LEVEL_HINTS[field];
  const hintId = `${name}-hint`;
  const describedBy = [hint && hintId, message && errorId].filter(Boolean).join(' ');
  return (
    <div className={message ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={name}>
        {LEVEL_LABELS[field]}
        {field === 'name' ? null : ' (optional)'}
      </label>
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      {message ? <ErrorMessage id={errorId} message={message} /> : null}
      <input
        id={name}
        className={`input input--${width}`}
        type={input}
        inputMode={input === 'text' ? undefined : input}
        autoComplete="off"
        spellCheck={input === 'text' ? undefined : false}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy || undefined}
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
  for (const field of EDIT_FIELDS) add(field);
  for (let i = 0; i < LEVEL_ROWS; i++) {
    // The summary has no fieldset around it: it says which level.
    for (const field of LEVEL_ROW_FIELDS) add(`levels.${i}.${field}`, `Level ${i + 1}: `);
  }
  const root = formState.errors.root?.message;
  if (root) list.push({ field: 'name', message: root });
  return list;
}

export function EditContact({
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
      {hasErrors ? (
        // A new key on each failed save: the summary appears again, and takes the focus.
        <ErrorSummary key={form.formState.submitCount} errors={errors} ref={focusOnMount} />
      ) : null}
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
                <LevelField index={index} field="after" input="text" width="medium" />
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
