import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { FormValues } from './session.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';

/*
 * Form controls in the GOV.UK pattern: the question is the label or the legend and the page's h1,
 * a hint under it, the error message above the control with a visually hidden "Error:", and
 * aria-invalid / aria-describedby wired. Ids are the field names, so the error summary can link
 * to them.
 */

function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext<FormValues>();
  const error = formState.errors[name];
  return typeof error?.message === 'string' ? error.message : undefined;
}

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

export function ErrorMessage({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="hint">
      {children}
    </div>
  );
}

interface LabelProps {
  name: string;
  label: ReactNode;
  /** The label is the page's question, so it is also the h1. */
  isHeading?: boolean;
  optional?: boolean;
}

function Label({ name, label, isHeading, optional }: LabelProps) {
  const text = (
    <label htmlFor={name} className={isHeading ? 'label label--heading' : 'label'}>
      {label}
      {optional ? ' (optional)' : null}
    </label>
  );
  return isHeading ? <PageHeading>{text}</PageHeading> : text;
}

/** What a labelled control needs from its wrapper: whether it is invalid, the ids describing it. */
interface ControlProps {
  invalid: true | undefined;
  describedBy: string | undefined;
}

/** A label (or h1), hint and error message above one control, wired by ids. */
function LabelledField({
  hint,
  details,
  children,
  ...label
}: LabelProps & {
  hint?: ReactNode;
  /** Shown under the error message while there is one: e.g. each problem line of a paste. */
  details?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}) {
  const error = useFieldError(label.name);
  const hintId = hint ? `${label.name}-hint` : undefined;
  const errorId = error ? `${label.name}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <Label {...label} />
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      {error ? details : null}
      {children({
        invalid: error ? true : undefined,
        describedBy: describedBy(hintId, errorId),
      })}
    </div>
  );
}

interface TextProps extends LabelProps {
  hint?: ReactNode;
  type?: 'text' | 'email' | 'tel' | 'date';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  width?: 'short' | 'medium' | 'full';
  spellCheck?: boolean;
}

export function TextField({
  hint,
  type = 'text',
  autoComplete = 'off',
  inputMode,
  width = 'full',
  spellCheck = false,
  ...label
}: TextProps) {
  const { register } = useFormContext<FormValues>();
  return (
    <LabelledField hint={hint} {...label}>
      {({ invalid, describedBy: ids }) => (
        <input
          id={label.name}
          className={`input input--${width}`}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={spellCheck}
          aria-invalid={invalid}
          aria-describedby={ids}
          {...register(label.name)}
        />
      )}
    </LabelledField>
  );
}

interface TextAreaProps extends LabelProps {
  hint?: ReactNode;
  rows?: number;
  spellCheck?: boolean;
  /** Shown under the error message: details of what to fix, e.g. each problem line. */
  details?: ReactNode;
}

export function TextArea({ hint, rows = 6, spellCheck = true, details, ...label }: TextAreaProps) {
  const { register, formState } = useFormContext<FormValues>();
  return (
    <LabelledField
      hint={hint}
      // Remounted on every Continue, so the details show the text as it was then.
      details={details ? <div key={formState.submitCount}>{details}</div> : undefined}
      {...label}
    >
      {({ invalid, describedBy: ids }) => (
        <textarea
          id={label.name}
          className="textarea"
          rows={rows}
          spellCheck={spellCheck}
          autoComplete="off"
          aria-invalid={invalid}
          aria-describedby={ids}
          {...register(label.name)}
        />
      )}
    </LabelledField>
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Fields revealed under this choice while it is selected. */
  reveal?: ReactNode;
  /** Set on "I don't know" and similar: an "or" is shown above the choice. */
  dividerBefore?: boolean;
}

interface ChoicesProps {
  name: string;
  legend: ReactNode;
  isHeading?: boolean;
  hint?: ReactNode;
  choices: readonly Choice[];
  /** Radios: one answer. Checkboxes: any number. */
  multiple?: boolean;
  inline?: boolean;
}

/** The first control's id is the field name, so the error summary's link lands on it. */
const choiceId = (name: string, index: number) => (index === 0 ? name : `${name}-${index}`);

export function Choices({
  name,
  legend,
  isHeading,
  hint,
  choices,
  multiple,
  inline,
}: ChoicesProps) {
  const { register, control } = useFormContext<FormValues>();
  const selected = useWatch({ control, name });
  const error = useFieldError(name);
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const isSelected = (value: string) =>
    Array.isArray(selected) ? selected.includes(value) : selected === value;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={isHeading ? 'legend legend--heading' : 'legend'}>
          {isHeading ? <PageHeading>{legend}</PageHeading> : legend}
        </legend>
        {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
        <div className={inline ? 'choices choices--inline' : 'choices'}>
          {choices.map((choice, index) => {
            const id = choiceId(name, index);
            const choiceHintId = choice.hint ? `${id}-hint` : undefined;
            return (
              <div key={choice.value} className="choice-wrapper">
                {choice.dividerBefore ? <p className="choice-divider">or</p> : null}
                <div className={multiple ? 'choice choice--checkbox' : 'choice choice--radio'}>
                  <input
                    id={id}
                    className="choice__input"
                    type={multiple ? 'checkbox' : 'radio'}
                    value={choice.value}
                    aria-describedby={choiceHintId}
                    aria-invalid={error ? true : undefined}
                    {...register(name)}
                  />
                  <label htmlFor={id} className="choice__label">
                    {choice.label}
                  </label>
                  {choice.hint && choiceHintId ? (
                    <div id={choiceHintId} className="hint choice__hint">
                      {choice.hint}
                    </div>
                  ) : null}
                </div>
                {choice.reveal && isSelected(choice.value) ? (
                  <div className="choice__reveal">{choice.reveal}</div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A single checkbox, e.g. "I don't know it" under an "if known" field. */
export function Checkbox({ name, label }: { name: string; label: ReactNode }) {
  const { register } = useFormContext<FormValues>();
  return (
    <div className="form-group">
      <div className="choice choice--checkbox">
        <input id={name} className="choice__input" type="checkbox" {...register(name)} />
        <label htmlFor={name} className="choice__label">
          {label}
        </label>
      </div>
    </div>
  );
}

export interface OptionGroup {
  label: string;
  options: readonly { value: string; label: string }[];
}

export function Select({
  hint,
  groups,
  placeholder,
  ...label
}: LabelProps & { hint?: ReactNode; groups: readonly OptionGroup[]; placeholder: string }) {
  const { register } = useFormContext<FormValues>();
  return (
    <LabelledField hint={hint} {...label}>
      {({ invalid, describedBy: ids }) => (
        <select
          id={label.name}
          className="select"
          aria-invalid={invalid}
          aria-describedby={ids}
          {...register(label.name)}
        >
          <option value="">{placeholder}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
