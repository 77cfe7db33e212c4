import type { Ref } from 'react';
import type { FocIssue, FocReading } from '../../domain/foc/index.ts';
import type { FocProposal } from '../../domain/focAnswers.ts';
import { orderSummary } from '../../domain/focAnswers.ts';

/*
 * The review panel under the pasted FOC: the orders to pick from when the paste holds several,
 * then what the chosen reading proposes, field by field, each with its checkbox, and what to
 * check on the FOC. It only renders; FocPaste holds the state.
 */

interface FocReviewProps {
  id: string;
  reading: FocReading;
  /** The pasted text, to show the line a value the reader was not sure of came from. */
  pasted: string;
  /** When the paste holds several orders: which one the user picked, if any. */
  order: number | undefined;
  onPickOrder: (index: number) => void;
  proposals: readonly FocProposal[];
  kept: ReadonlySet<number>;
  onToggle: (index: number, checked: boolean) => void;
  onUse: () => void;
  onDismiss: () => void;
  ref: Ref<HTMLDivElement>;
}

export function FocReview(props: FocReviewProps) {
  const { id, reading, order, proposals, ref } = props;
  const orders = reading.orders ?? [];
  // Several orders: until one is picked, only the choice shows (what the merge says is moot).
  const shown = orders.length > 0 ? (order === undefined ? undefined : orders[order]) : reading;
  return (
    <div
      className="panel foc-review"
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-labelledby={`${id}-review`}
    >
      <h2 className="heading-m" id={`${id}-review`}>
        What the FOC says
      </h2>
      {orders.length > 0 ? <OrderChoice {...props} orders={orders} /> : null}
      {shown ? (
        <>
          <p className="body">
            Untick what you do not want. Values the reader was not sure of, and values that would
            replace one of your answers, start unticked. A date the reader could not settle goes in
            its box as the FOC writes it, and its page asks you for it.
          </p>
          <ProposalList {...props} />
          <Issues issues={shown.issues} />
        </>
      ) : null}
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={props.onUse}
          disabled={props.kept.size === 0 || proposals.length === 0}
        >
          Use these
        </button>
        <button type="button" className="button button--secondary" onClick={props.onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

function OrderChoice({
  id,
  orders,
  order,
  onPickOrder,
}: FocReviewProps & { orders: readonly FocReading[] }) {
  return (
    <div className="form-group">
      <fieldset className="fieldset">
        <legend className="legend">
          The text holds {orders.length} orders. Which one is this trouble about?
        </legend>
        <p className="hint">Nothing is used until you pick one: two orders are never mixed.</p>
        <div className="choices">
          {orders.map((reading, index) => (
            <div key={index} className="choice choice--radio">
              <input
                id={`${id}-order-${String(index)}`}
                className="choice__input"
                type="radio"
                name={`${id}-order`}
                checked={order === index}
                onChange={() => {
                  onPickOrder(index);
                }}
              />
              <label className="choice__label" htmlFor={`${id}-order-${String(index)}`}>
                {orderSummary(reading)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** The paste's line, as the user pasted it, for a value to check. */
function pastedLine(pasted: string, line: number): string {
  const text = (pasted.split(/\r\n|\r|\n/)[line - 1] ?? '').trim();
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function ProposalList({ id, proposals, kept, onToggle, pasted }: FocReviewProps) {
  return (
    <ul className="foc-review__list">
      {proposals.map((p, index) => (
        <li key={p.key} className="choice choice--checkbox">
          <input
            id={`${id}-${p.key}`}
            className="choice__input"
            type="checkbox"
            checked={kept.has(index)}
            onChange={(event) => {
              onToggle(index, event.target.checked);
            }}
          />
          <label className="choice__label" htmlFor={`${id}-${p.key}`}>
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
          {p.unsureAt !== undefined && !p.toConfirm ? (
            <p className="hint choice__hint">
              The reader was not sure: check line {p.unsureAt} of the FOC, “
              {pastedLine(pasted, p.unsureAt)}”.
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Issues({ issues }: { issues: readonly FocIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <>
      <h3 className="heading-s">To check on the FOC</h3>
      <ul className="list list--bullet">
        {issues.map((issue, index) => (
          <li key={index}>
            {issue.line === undefined ? '' : `Line ${String(issue.line)}: `}
            {issue.message}
          </li>
        ))}
      </ul>
    </>
  );
}
