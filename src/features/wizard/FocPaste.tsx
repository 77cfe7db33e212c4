import { useId, useRef, useState } from 'react';
import type { FocReading } from '../../domain/foc/index.ts';
import { readFoc } from '../../domain/foc/index.ts';
import type { FocProposal } from '../../domain/focAnswers.ts';
import { applyProposals, proposeFromFoc } from '../../domain/focAnswers.ts';
import type { Answers, StepId } from '../../domain/answers.ts';
import { answersFromForm } from '../../domain/validation.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { ErrorMessage } from '../../ui/fields.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { resumePage } from './flow.ts';
import { FocReview } from './FocReview.tsx';
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
  const [order, setOrder] = useState<number>();
  const [proposals, setProposals] = useState<FocProposal[]>([]);
  const [kept, setKept] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<string>();
  const panel = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  /** What one reading proposes, its sure values ticked. */
  const propose = (from: FocReading) => {
    const found = proposeFromFoc(from, answersOnScreen(session));
    setProposals(found);
    setKept(new Set(found.flatMap((p, index) => (p.checked ? [index] : []))));
  };

  const fail = (message: string) => {
    setError(message);
    setReading(undefined);
    setProposals([]);
    // The error summary is announced (role=alert) and takes the focus, as on a question page.
    requestAnimationFrame(() => summary.current?.focus());
  };

  const read = () => {
    if (!text.trim()) {
      fail('Paste the text of the FOC into the box first');
      return;
    }
    const result = readFoc(text);
    if (result.tooLong || result.fieldsFound === 0) {
      fail(result.issues[0]?.message ?? 'No FOC fields were found in this text');
      return;
    }
    setError(undefined);
    setReading(result);
    setOrder(undefined);
    // Several orders: nothing is proposed until the user picks one.
    if (result.orders) {
      setProposals([]);
      setKept(new Set());
    } else propose(result);
    // The panel is new content below the box: take the user there.
    requestAnimationFrame(() => panel.current?.focus());
  };

  const pickOrder = (index: number) => {
    const picked = reading?.orders?.[index];
    if (!picked) return;
    setOrder(index);
    propose(picked);
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
    setOrder(undefined);
    setProposals([]);
    setError(undefined);
    session.keepFocText(undefined);
    // The panel or the link that was pressed is gone: the empty box is where to go on.
    requestAnimationFrame(() => box.current?.focus());
  };

  const field = (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      {error ? (
        <ErrorSummary errors={[{ field: `${id}-text`, message: error }]} ref={summary} />
      ) : null}
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
        ref={box}
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

  const review = reading ? (
    <FocReview
      id={id}
      ref={panel}
      reading={reading}
      pasted={text}
      order={order}
      onPickOrder={pickOrder}
      proposals={proposals}
      kept={kept}
      onToggle={(index, checked) => {
        const next = new Set(kept);
        if (checked) next.add(index);
        else next.delete(index);
        setKept(next);
      }}
      onUse={use}
      onDismiss={dismiss}
    />
  ) : null;

  return inline ? (
    <details className="details" open={session.focText ? true : undefined}>
      <summary className="details__summary">Paste the FOC to fill in the order’s details</summary>
      <div className="details__text">
        {field}
        {review}
      </div>
    </details>
  ) : (
    <>
      {field}
      {review}
    </>
  );
}
