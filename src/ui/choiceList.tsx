import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { PageHeading } from './PageHeading.tsx';

/*
 * The controls that need no form library: radios and checkboxes with their legend, hint and
 * error, and the error message itself. fields.tsx binds them to react-hook-form for the wizard;
 * the first question (features/wizard/FirstQuestion.tsx) uses them as they are, so its page,
 * which paints before the form library has loaded, has exactly the markup of the wizard's.
 */

export const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

/** A field's error above it, with a visually hidden "Error:"; `alert` for one not tied to a field. */
export function ErrorMessage({
  id,
  message,
  alert = false,
}: {
  id?: string | undefined;
  message: ReactNode;
  alert?: boolean;
}) {
  return (
    <p id={id} className="error-message" role={alert ? 'alert' : undefined}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="hint">
      {children}
    </div>
  );
}

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Fields revealed under this choice while it is selected. */
  reveal?: ReactNode;
  /** Set on "I don't know" and similar: an "or" is shown above the choice. */
  dividerBefore?: boolean;
}

/** What a choice's input gets besides its id, type and value: name, handlers, ref, checked. */
type ChoiceInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value'> & {
  ref?: Ref<HTMLInputElement>;
};

export interface ChoiceListProps {
  name: string;
  legend: ReactNode;
  isHeading?: boolean;
  optional?: boolean;
  hint?: ReactNode;
  tag?: ReactNode;
  choices: readonly ChoiceOption[];
  /** Radios: one answer. Checkboxes: any number. */
  multiple?: boolean;
  inline?: boolean;
  /** The h1's id when the legend is the heading, if not the page's usual one. */
  headingId?: string;
  error: string | undefined;
  /** Whether a choice is selected now: its revealed fields show. */
  isSelected: (value: string) => boolean;
  /** The props of one choice's input. */
  input: (value: string) => ChoiceInput;
}

/** The first control's id is the field name, so the error summary's link lands on it. */
const choiceId = (name: string, index: number) => (index === 0 ? name : `${name}-${index}`);

export function ChoiceList({
  name,
  legend,
  isHeading,
  optional,
  hint,
  tag,
  choices,
  multiple,
  inline,
  headingId,
  error,
  isSelected,
  input,
}: ChoiceListProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const legendText = (
    <>
      {legend}
      {optional ? ' (optional)' : null}
      {tag ? <> {tag}</> : null}
    </>
  );
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={isHeading ? 'legend legend--heading' : 'legend'}>
          {isHeading ? <PageHeading id={headingId}>{legendText}</PageHeading> : legendText}
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
                    {...input(choice.value)}
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
