import { useRef, useState, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import type { EntryProblem } from '../../domain/escalation/entry.ts';
import { ChoiceList, ErrorMessage, describedBy } from '../../ui/choiceList.tsx';
import { ErrorSummary, type FieldError } from '../../ui/ErrorSummary.tsx';
import {
  FORMS,
  buildEvent,
  fieldId,
  problemField,
  type FieldSpec,
  type FormValues,
  type LogKind,
} from './logForms.ts';
import { escalationLog, userTimeZone } from './tracking.ts';

/*
 * One form that adds to the timeline. What was typed stays until the event is logged: a refusal
 * (a date without a year, a promise in the past, a change made in another tab) shows the error
 * summary, focused from the submit handler, and each message beside its field.
 */

interface LogFormProps {
  readonly escalationId: string;
  readonly kind: LogKind;
  /** False while another form is chosen: its error summary leaves the page, its values stay. */
  readonly shown: boolean;
  /** Called once the event is in the timeline, with what to announce. */
  readonly onLogged: (message: string) => void;
}

function Field({
  spec,
  id,
  value,
  error,
  onChange,
}: {
  spec: FieldSpec;
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  if (spec.control === 'radios' || spec.control === 'checkbox') {
    const multiple = spec.control === 'checkbox';
    return (
      <ChoiceList
        name={id}
        legend={spec.label}
        hint={spec.hint}
        inline={!multiple}
        multiple={multiple}
        choices={spec.choices ?? []}
        error={error}
        isSelected={(choice) => choice === value}
        input={(choice) => ({
          name: id,
          checked: choice === value,
          // A radio changes only as it is chosen; a checkbox also as it is cleared.
          onChange: (event) => {
            onChange(event.target.checked ? choice : '');
          },
        })}
      />
    );
  }
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    value,
    'aria-describedby': describedBy(hintId, errorId),
    'aria-invalid': error ? true : undefined,
    onChange: (event: { target: { value: string } }) => {
      onChange(event.target.value);
    },
  };
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {spec.label}
      </label>
      {spec.hint && hintId ? (
        <div id={hintId} className="hint">
          {spec.hint}
        </div>
      ) : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      {spec.control === 'textarea' ? (
        <textarea className="textarea" rows={3} {...common} />
      ) : (
        <input
          className={spec.control === 'short' ? 'input input--medium' : 'input input--full'}
          type="text"
          autoComplete="off"
          {...common}
        />
      )}
    </div>
  );
}

/** One message per field, the first found, in the order of the form. */
function byField(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.field) && seen.add(error.field));
}

export function LogForm({ escalationId, kind, shown, onLogged }: LogFormProps) {
  const spec = FORMS[kind];
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FieldError[]) => {
    flushSync(() => {
      setErrors(byField(found));
    });
    summary.current?.focus();
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildEvent(kind, values, {
      id: crypto.randomUUID(),
      now: Date.now(),
      timeZone: userTimeZone(),
    });
    if (!built.input) {
      showErrors(built.errors);
      return;
    }
    setBusy(true);
    const result = await escalationLog.append(escalationId, built.input);
    setBusy(false);
    if (!result.ok) {
      showErrors(
        result.problems.map((problem: EntryProblem) => ({
          field: problemField(kind, problem.path),
          message: problem.message,
        })),
      );
      return;
    }
    setErrors([]);
    setValues({});
    onLogged(`${spec.title}: done. The timeline below shows it.`);
  };

  const errorFor = (name: string) =>
    errors.find((error) => error.field === fieldId(kind, name))?.message;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={spec.title}>
      {errors.length > 0 && shown ? <ErrorSummary errors={errors} ref={summary} /> : null}
      {spec.fields.map((field) => (
        <Field
          key={field.name}
          spec={field}
          id={fieldId(kind, field.name)}
          value={values[field.name] ?? ''}
          error={errorFor(field.name)}
          onChange={(value) => {
            setValues((current) => ({ ...current, [field.name]: value }));
          }}
        />
      ))}
      <button type="submit" className="button" disabled={busy}>
        {spec.button}
      </button>
    </form>
  );
}
