import type { MouseEvent, Ref } from 'react';
import { selectLine } from './selectLine.ts';

export interface FieldError {
  /** The id of the field (or of its first control) the link moves focus to. */
  readonly field: string;
  readonly message: string;
  /** For a pasted list: the faulty line, where the link puts the cursor. */
  readonly line?: number;
}

/*
 * "There is a problem": above the h1, focused after a failed Continue, each entry a link to its
 * field. The links move focus themselves: following the #fragment would change the hash route.
 */
export function ErrorSummary({
  errors,
  ref,
}: {
  errors: readonly FieldError[];
  ref: Ref<HTMLDivElement>;
}) {
  const focusField = (event: MouseEvent<HTMLAnchorElement>, error: FieldError) => {
    event.preventDefault();
    const target = document.getElementById(error.field);
    if (target instanceof HTMLTextAreaElement && error.line !== undefined) {
      target.scrollIntoView({ block: 'center' });
      selectLine(target, error.line);
      return;
    }
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  };
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.field}>
            <a
              href={`#${error.field}`}
              onClick={(event) => {
                focusField(event, error);
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
