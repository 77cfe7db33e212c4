import type { ReactNode, UIEvent } from 'react';
import type { FieldValues, Path, PathValue } from 'react-hook-form';
import { todayUs } from '../domain/format.ts';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ChoiceListProps } from './choiceList.tsx';
import { ChoiceList, ErrorMessage, Hint, describedBy } from './choiceList.tsx';
import { PageHeading } from './PageHeading.tsx';

export type { ChoiceOption } from './choiceList.tsx';
export { ErrorMessage } from './choiceList.tsx';

/*
 * Form controls in the GOV.UK pattern: the question is the label or the legend and the page's h1,
 * a hint under it, the error message above the control with a visually hidden "Error:", and
 * aria-invalid / aria-describedby wired. Ids are the field names, so the error summary can link
 * to them. Names are typed as paths of the form's values: a misspelt field does not compile.
 */

function useFieldError<T extends FieldValues>(name: Path<T>): string | undefined {
  const { formState } = useFormContext<T>();
  const error = formState.errors[name];
  return typeof error?.message === 'string' ? error.message : undefined;
}

/** A small tag beside a label, e.g. "From the FOC" on a value the FOC filled in. */
export function Tag({ children }: { children: ReactNode }) {
  return <strong className="tag">{children}</strong>;
}

interface LabelProps<T extends FieldValues> {
  name: Path<T>;
  label: ReactNode;
  /** The label is the page's question, so it is also the h1. */
  isHeading?: boolean;
  optional?: boolean;
  /** After the label: a tag such as "From the FOC". */
  tag?: ReactNode;
}

function Label<T extends FieldValues>({ name, label, isHeading, optional, tag }: LabelProps<T>) {
  const text = (
    <label htmlFor={name} className={isHeading ? 'label label--heading' : 'label'}>
      {label}
      {optional ? ' (optional)' : null}
      {tag ? <> {tag}</> : null}
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
function LabelledField<T extends FieldValues>({
  hint,
  details,
  children,
  ...label
}: LabelProps<T> & {
  hint?: ReactNode;
  /** Shown under the error message while there is one: e.g. each problem line of a paste. */
  details?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}) {
  const error = useFieldError<T>(label.name);
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

export type TextInput = 'text' | 'date' | 'time' | 'tel' | 'email' | 'amount' | 'code';

/*
 * How each kind of text is typed. Dates and times stay text boxes (typed MM/DD/YYYY or 9:30 AM,
 * never a browser picker whose format depends on the locale); codes and identifiers are never
 * spell-checked or auto-capitalised.
 */
const INPUTS: Record<
  TextInput,
  { type: string; inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' }
> = {
  text: { type: 'text' },
  date: { type: 'text', inputMode: 'numeric' },
  time: { type: 'text' },
  tel: { type: 'tel', inputMode: 'tel' },
  email: { type: 'email', inputMode: 'email' },
  amount: { type: 'text', inputMode: 'decimal' },
  code: { type: 'text' },
};

interface TextProps<T extends FieldValues> extends LabelProps<T> {
  hint?: ReactNode;
  input?: TextInput;
  autoComplete?: string;
  width?: 'short' | 'medium' | 'full';
}

export function TextField<T extends FieldValues>({
  hint,
  input = 'text',
  autoComplete = 'off',
  width = 'full',
  ...label
}: TextProps<T>) {
  const { register, setValue } = useFormContext<T>();
  const { type, inputMode } = INPUTS[input];
  return (
    <LabelledField hint={hint} {...label}>
      {({ invalid, describedBy: ids }) => (
        <>
          <input
            id={label.name}
            className={`input input--${width}`}
            type={type}
            inputMode={inputMode}
            autoComplete={autoComplete}
            autoCapitalize={input === 'text' ? undefined : 'off'}
            spellCheck={input === 'text' ? undefined : false}
            aria-invalid={invalid}
            aria-describedby={ids}
            {...register(label.name)}
          />
          {input === 'date' ? (
            // "This morning" needs no date typed: one press writes today's, as the user types it.
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setValue(label.name, todayUs(new Date()) as PathValue<T, Path<T>>, {
                  shouldDirty: true,
                });
              }}
            >
              Use today’s date<span className="visually-hidden"> for {label.label}</span>
            </button>
          ) : null}
        </>
      )}
    </LabelledField>
  );
}

interface TextAreaProps<T extends FieldValues> extends LabelProps<T> {
  hint?: ReactNode;
  rows?: number;
  spellCheck?: boolean;
  /** Shown under the error message: details of what to fix, e.g. each problem line. */
  details?: ReactNode;
  /** Beside the box: a live count, line numbers. */
  aside?: ReactNode;
  /** Extra class on the box, e.g. for a list with line numbers. */
  className?: string;
  /** 'off' keeps one line of text on one line of the box, so line numbers beside it align. */
  wrap?: 'off' | 'soft';
  onScroll?: (event: UIEvent<HTMLTextAreaElement>) => void;
  /** Under the box, read with it by screen readers: e.g. how many numbers were understood. */
  footer?: ReactNode;
}

export function TextArea<T extends FieldValues>({
  hint,
  rows = 6,
  spellCheck = true,
  details,
  aside,
  className,
  wrap,
  onScroll,
  footer,
  ...label
}: TextAreaProps<T>) {
  const footerId = footer ? `${label.name}-footer` : undefined;
  const { register, formState } = useFormContext<T>();
  return (
    <LabelledField
      hint={hint}
      // Remounted on every Continue, so the details show the text as it was then.
      details={details ? <div key={formState.submitCount}>{details}</div> : undefined}
      {...label}
    >
      {({ invalid, describedBy: ids }) => {
        const box = (
          <textarea
            id={label.name}
            className={className ? `textarea ${className}` : 'textarea'}
            rows={rows}
            spellCheck={spellCheck}
            autoComplete="off"
            wrap={wrap}
            aria-invalid={invalid}
            aria-describedby={describedBy(ids, footerId)}
            onScroll={onScroll}
            {...register(label.name)}
          />
        );
        return (
          <>
            {aside ? (
              <div className="textarea-with-aside">
                {aside}
                {box}
              </div>
            ) : (
              box
            )}
            {footer ? (
              <div id={footerId} className="textarea-footer">
                {footer}
              </div>
            ) : null}
          </>
        );
      }}
    </LabelledField>
  );
}

interface ChoicesProps<T extends FieldValues> extends Omit<
  ChoiceListProps,
  'name' | 'error' | 'isSelected' | 'input'
> {
  name: Path<T>;
}

/** Radios or checkboxes bound to the form: ChoiceList, wired to react-hook-form. */
export function Choices<T extends FieldValues>({ name, ...list }: ChoicesProps<T>) {
  const { register, control } = useFormContext<T>();
  const selected: unknown = useWatch({ control, name });
  const error = useFieldError<T>(name);
  return (
    <ChoiceList
      {...list}
      name={name}
      error={error}
      isSelected={(value) =>
        Array.isArray(selected) ? selected.includes(value) : selected === value
      }
      input={() => register(name)}
    />
  );
}

/** A single checkbox, e.g. "I don't know it" under an "if known" field. */
export function Checkbox<T extends FieldValues>({
  name,
  label,
}: {
  name: Path<T>;
  label: ReactNode;
}) {
  const { register } = useFormContext<T>();
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

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectGroup {
  readonly label: string;
  readonly options: readonly SelectOption[];
}

export function Select<T extends FieldValues>({
  hint,
  options,
  placeholder,
  ...label
}: LabelProps<T> & {
  hint?: ReactNode;
  options: readonly (SelectGroup | SelectOption)[];
  placeholder: string;
}) {
  const { register } = useFormContext<T>();
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
          {options.map((option) =>
            'options' in option ? (
              <optgroup key={option.label} label={option.label}>
                {option.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ) : (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ),
          )}
        </select>
      )}
    </LabelledField>
  );
}

/** Fields that share a legend, like the date and time a trouble started. */
export function FieldGroup({ legend, children }: { legend: ReactNode; children: ReactNode }) {
  return (
    <div className="form-group">
      <fieldset className="fieldset">
        <legend className="legend">{legend}</legend>
        <div className="field-group">{children}</div>
      </fieldset>
    </div>
  );
}
