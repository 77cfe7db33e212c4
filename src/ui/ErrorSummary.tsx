import type { MouseEvent, Ref } from 'react';
import { useCallback } from 'react';
import { selectLine } from './selectLine.ts';

export interface FieldError {
  /** The id of the field (or of its first control) the link moves focus to. */
  readonly field: string;
  readonly message: string;
  /** For a pasted list: the faulty line, where the link puts the cursor. */
  readonly line?: number;
}

/**
 * What to scroll into view for a field, as GOV.UK's error summary does: the question above it
 * (its fieldset's legend, else its label), so the user reads what is asked, not a bare box. A
 * legend far above the field (a long list of choices) would push the field off screen: then the
 * field's own label.
 */
function questionAbove(target: HTMLElement): HTMLElement {
  const label = target.id
    ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(target.id)}"]`)
    : null;
  const legend = target.closest('fieldset')?.querySelector<HTMLElement>('legend');
  if (legend) {
    const distance = target.getBoundingClientRect().top - legend.getBoundingClientRect().top;
    if (distance < window.innerHeight / 2) return legend;
  }
  return label ?? target;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, error: FieldError): void {
  event.preventDefault();
  const target = document.getElementById(error.field);
  if (!target) return;
  if (target instanceof HTMLTextAreaElement && error.line !== undefined) {
    questionAbove(target).scrollIntoView();
    selectLine(target, error.line);
    return;
  }
  questionAbove(target).scrollIntoView();
  target.focus({ preventScroll: true });
}

/*
 * "There is a problem": above the h1, each entry a link to its field. The links move focus
 * themselves: following the #fragment would change the hash route. Given `attempt` (the form's
 * submit count), the summary takes the focus itself when it appears after a submit and on each
 * failed submit after that, as GOV.UK's does; a page that moves the focus itself passes a `ref`.
 */
export function ErrorSummary({
  errors,
  attempt,
  ref,
}: {
  errors: readonly FieldError[];
  /** How many times the form was submitted: each new failed attempt focuses the summary. */
  attempt?: number;
  ref?: Ref<HTMLDivElement>;
}) {
  // React attaches the summary again whenever `attempt` changes, so it focuses itself when it
  // appears after a submit and after each failed submit, without an effect.
  const refs = useCallback(
    (element: HTMLDivElement | null) => {
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
      if (element && attempt) element.focus();
    },
    [ref, attempt],
  );
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={refs}
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
