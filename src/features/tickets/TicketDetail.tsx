import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode, type SubmitEvent } from 'react';
import { ApiError, describeApiError } from '../../api/client.ts';
import type { EscalationTicket } from '../../api/tickets.ts';
import { addTicketNote, cancelTicket, ticketKeys, ticketQueryOptions } from '../../api/tickets.ts';
import { formatTelephoneNumber } from '../../domain/identifiers/telephone.ts';
import { ErrorMessage } from '../../ui/fields.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { formatDateTime } from '../../ui/dateTime.ts';
import { STATUS_LABEL } from './format.ts';
import { QueryError } from './QueryError.tsx';
import { AskFirst } from '../../ui/Confirmation.tsx';

/** Lists this long are folded behind a disclosure (a port can carry 10,000 numbers). */
const SHOWN = 20;

function Values({ values }: { values: readonly string[] }) {
  const head = values.slice(0, SHOWN).join(', ');
  if (values.length <= SHOWN) return <>{head}</>;
  return (
    <details>
      <summary>
        {values.length} in all: {head}…
      </summary>
      <p className="body">{values.join(', ')}</p>
    </details>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{children}</dd>
    </div>
  );
}

/** A call-back number as a 10-digit telephone number when it is one. */
function phone(value: string): string {
  const digits = value.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return digits.length === 10 ? formatTelephoneNumber(digits) : value;
}

function Fields({ ticket }: { ticket: EscalationTicket }) {
  const lists = [
    { label: 'Telephone numbers', values: ticket.telephoneNumbers.map(formatTelephoneNumber) },
    { label: 'AT&T service orders', values: ticket.serviceOrders },
    { label: 'Circuit ID', values: ticket.circuitIds },
  ];
  const { reporter } = ticket;
  return (
    <dl className="summary-list">
      <Row label="Status">
        {STATUS_LABEL[ticket.status]}
        {ticket.statusReason ? ` — ${ticket.statusReason}` : ''}
      </Row>
      <Row label="Type">{ticket.ticketType}</Row>
      <Row label="Severity">{ticket.severity}</Row>
      <Row label="Filed">{formatDateTime(ticket.filedAt)}</Row>
      {ticket.updatedAt ? <Row label="Last update">{formatDateTime(ticket.updatedAt)}</Row> : null}
      {ticket.pon ? <Row label="PON">{ticket.pon}</Row> : null}
      {ticket.facts.map((fact) => (
        <Row key={fact.name} label={fact.name}>
          {fact.value}
        </Row>
      ))}
      {lists
        .filter(({ values }) => values.length > 0)
        .map(({ label, values }) => (
          <Row key={label} label={label}>
            <Values values={values} />
          </Row>
        ))}
      {reporter?.name ? <Row label="Reported by">{reporter.name}</Row> : null}
      {reporter?.company ? <Row label="Company">{reporter.company}</Row> : null}
      {reporter?.callbackNumber ? (
        <Row label="Call-back number">{phone(reporter.callbackNumber)}</Row>
      ) : null}
      {reporter?.email ? <Row label="E-mail">{reporter.email}</Row> : null}
    </dl>
  );
}

function useTicketMutation<V>(mutationFn: (vars: V) => Promise<EscalationTicket>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (updated) => {
      queryClient.setQueryData(ticketKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.list() });
    },
  });
}

function MutationError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <ErrorMessage
      alert
      message={error instanceof ApiError ? describeApiError(error) : error.message}
    />
  );
}

function AddNote({ ticket }: { ticket: EscalationTicket }) {
  const fieldId = useId();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const patch = useTicketMutation((note: string) => addTicketNote(ticket.id, note));
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    patch.mutate(text, {
      onSuccess: () => {
        setText('');
      },
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      <div className={empty ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={fieldId}>
          Add a note
        </label>
        {empty ? (
          <ErrorMessage id={`${fieldId}-error`} message="Enter the text of the note" />
        ) : null}
        <textarea
          id={fieldId}
          className="textarea"
          rows={3}
          value={text}
          aria-describedby={empty ? `${fieldId}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
      </div>
      <MutationError error={patch.error} />
      <button type="submit" className="button button--secondary" disabled={patch.isPending}>
        {patch.isPending ? 'Adding the note…' : 'Add note'}
      </button>
    </form>
  );
}

function Cancel({ ticket }: { ticket: EscalationTicket }) {
  const patch = useTicketMutation(() => cancelTicket(ticket.id));
  if (ticket.final) return null;
  return (
    <AskFirst
      label="Cancel this escalation"
      confirmLabel="Yes, cancel it"
      keepLabel="No, keep it"
      onConfirm={() => {
        patch.mutate(undefined);
      }}
      busy={patch.isPending}
      error={<MutationError error={patch.error} />}
    >
      <strong>Cancel escalation {ticket.id}?</strong> AT&amp;T will stop working on it. This cannot
      be undone.
    </AskFirst>
  );
}

/** One ticket: every field, its history and notes; add a note, or cancel it. */
export function TicketDetail({ id }: { id: string }) {
  const query = useQuery(ticketQueryOptions(id));
  const heading = <PageHeading>Escalation {id}</PageHeading>;
  if (query.isPending) {
    return (
      <div className="wide-column">
        {heading}
        <p role="status" className="body">
          Loading the ticket…
        </p>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="wide-column">
        {heading}
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  const ticket = query.data;
  return (
    <div className="wide-column">
      {heading}
      <Fields ticket={ticket} />
      <h2 className="heading-m">Report</h2>
      <pre className="report">{ticket.report}</pre>
      <h2 className="heading-m">History</h2>
      <ol className="list">
        {ticket.history.map((change) => (
          <li key={`${change.status}-${change.at}`}>
            {formatDateTime(change.at)}: {STATUS_LABEL[change.status]}
            {change.reason ? ` — ${change.reason}` : ''}
          </li>
        ))}
      </ol>
      <h2 className="heading-m">Notes</h2>
      {ticket.notes.length > 0 ? (
        <ul className="list">
          {ticket.notes.map((note) => (
            <li key={note.key}>
              {note.at ? formatDateTime(note.at) : ''}
              {note.author ? `, ${note.author}` : ''}: {note.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="body">No notes yet.</p>
      )}
      <AddNote ticket={ticket} />
      <Cancel ticket={ticket} />
    </div>
  );
}
