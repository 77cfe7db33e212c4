import { useId, useRef, useState } from 'react';
import type { FocReading } from '../../domain/foc/index.ts';
import { readFoc } from '../../domain/foc/index.ts';
import type { FocProposal } from '../../domain/focAnswers.ts';
import { applyProposals, proposeFromFoc } from '../../domain/focAnswers.ts';
import type { Answers, StepId } from '../../domain/answers.ts';
import { answersFromForm } from '../../domain/validation.ts';
import { ErrorMessage } from '../../ui/fields.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { resumePage } from './flow.ts';
import type { Navigate } from './pages.ts';
import { pageHref } from './pages.ts';
import type { WizardSession } from './session.ts';

/*
 * "Paste the FOC": the user pastes AT&T's Firm Order Confirmation (an e-mail, a screen, a row of
 * an export), the domain's reader finds its identifiers, and a review panel lists them field by
 * field, each with a checkbox. "Use these" fills the answers and the wizard goes on from the first
 * question still open. The paste is kept in the draft until the user dismisses it.
 */

interface FocPasteProps {
  session: WizardSession;
  navigate: Navigate;
  /** On the first order question: a disclosure inside the page, not a page of its own. */
  inline?: boolean;
}

const TITLE = 'Paste the FOC';

export function FocPastePage(props: Omit<FocPasteProps, 'inline'>) {
  usePageTitle(TITLE);
  return (
    <>
      <a className="back-link" href={pageHref({ kind: 'start' })}>
        Back
      </a>
      <div className="form-column">
        <PageHeading>{TITLE}</PageHeading>
        <p className="body-l">
          Paste AT&amp;T’s Firm Order Confirmation: the e-mail, the ordering system’s screen, or a
          row exported from it. The wizard reads the PON, version, dates, service orders, telephone
          numbers and circuit IDs, and asks only what the FOC does not say.
        </p>
        <FocPaste {...props} />
      </div>
    </>
  );
}

/**
 * The answers as the user sees them: with what was typed into a page but not yet continued (the
 * PON typed just above the inline paste), so the review says which of them the FOC would replace.
 */
function answersOnScreen(session: WizardSession): Answers {
  return Object.entries(session.pending).reduce<Answers>(
    (answers, [step, values]) => answersFromForm(step as StepId, values, answers),
    session.answers,
  );
}

export function FocPaste({ session, navigate, inline = false }: FocPasteProps) {
  const id = useId();
  const [text, setText] = useState(session.focText ?? '');
  const [reading, setReading] = useState<FocReading>();
  const [proposals, setProposals] = useState<FocProposal[]>([]);
  const [kept, setKept] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<string>();
  const panel = useRef<HTMLDivElement>(null);

  const read = () => {
    if (!text.trim()) {
      setError('Paste the text of the FOC into the box first');
      return;
    }
    const result = readFoc(text);
    setReading(result);
    if (result.tooLong || result.fieldsFound === 0) {
      setError(result.issues[0]?.message ?? 'No FOC fields were found in this text');
      setProposals([]);
      return;
    }
    setError(undefined);
    const found = proposeFromFoc(result, answersOnScreen(session));
    setProposals(found);
    setKept(new Set(found.flatMap((p, index) => (p.checked ? [index] : []))));
    // The panel is new content below the box: take the user there.
    requestAnimationFrame(() => panel.current?.focus());
  };

  const use = () => {
    const { answers, filled } = applyProposals(
      session.answers,
      proposals.filter((_, index) => kept.has(index)),
    );
    session.applyFoc(answers, filled);
    navigate(resumePage(answers));
  };

  const dismiss = () => {
    setText('');
    setReading(undefined);
    setProposals([]);
    setError(undefined);
    session.keepFocText(undefined);
  };

  const box = (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={`${id}-text`}>
        The FOC’s text
      </label>
      <div className="hint" id={`${id}-hint`}>
        Everything you paste stays on this device. Labels like PON, VER, D/TSENT, DD, ORD, TN, ECCKT
        and CCNA, or their names, are read in any layout.
      </div>
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
      <textarea
        id={`${id}-text`}
        className="textarea textarea--code"
        rows={inline ? 6 : 10}
        spellCheck={false}
        autoComplete="off"
        value={text}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setText(event.target.value);
          session.keepFocText(event.target.value);
        }}
      />
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={read}>
          Read the FOC
        </button>
        {text ? (
          <button type="button" className="link-button" onClick={dismiss}>
            Clear the pasted text
          </button>
        ) : null}
      </div>
    </div>
  );

  const review =
    reading && proposals.length > 0 ? (
      <div
        className="panel foc-review"
        ref={panel}
        tabIndex={-1}
        role="region"
        aria-labelledby={`${id}-review`}
      >
        <h2 className="heading-m" id={`${id}-review`}>
          What the FOC says
        </h2>
        <p className="body">
          Untick what you do not want. Values the reader was not sure of, and values that would
          replace one of your answers, start unticked.
        </p>
        <ul className="foc-review__list">
          {proposals.map((p, index) => (
            <li key={p.field} className="choice choice--checkbox">
              <input
                id={`${id}-${p.field}`}
                className="choice__input"
                type="checkbox"
                checked={kept.has(index)}
                onChange={(event) => {
                  const next = new Set(kept);
                  if (event.target.checked) next.add(index);
                  else next.delete(index);
                  setKept(next);
                }}
              />
              <label className="choice__label" htmlFor={`${id}-${p.field}`}>
                {p.label}: <strong className="foc-review__value">{p.shown}</strong>
                {p.line === undefined ? null : (
                  <span className="foc-review__line"> (line {p.line})</span>
                )}
              </label>
              {p.replaces ? (
                <p className="hint choice__hint">
                  Your answer now: {p.replaces}. Tick to replace it with the FOC’s.
                </p>
              ) : null}
              {p.note ? <p className="hint choice__hint">{p.note}</p> : null}
              {!p.checked && !p.replaces && !p.note ? (
                <p className="hint choice__hint">The reader was not sure: check it on the FOC.</p>
              ) : null}
            </li>
          ))}
        </ul>
        {reading.issues.length > 0 ? (
          <>
            <h3 className="heading-s">To check on the FOC</h3>
            <ul className="list list--bullet">
              {reading.issues.map((issue, index) => (
                <li key={index}>
                  {issue.line === undefined ? '' : `Line ${String(issue.line)}: `}
                  {issue.message}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="button-group">
          <button type="button" className="button" onClick={use} disabled={kept.size === 0}>
            Use these
          </button>
          <button type="button" className="button button--secondary" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      </div>
    ) : null;

  return inline ? (
    <details className="details" open={session.focText ? true : undefined}>
      <summary className="details__summary">Paste the FOC to fill in the order’s details</summary>
      <div className="details__text">
        {box}
        {review}
      </div>
    </details>
  ) : (
    <>
      {box}
      {review}
    </>
  );
}
