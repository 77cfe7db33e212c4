import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode, type SubmitEvent } from 'react';
import { ApiError, describeApiError } from '../../api/client.ts';
import { patchTroubleTicket, ticketKeys, ticketQueryOptions } from '../../api/tickets.ts';
import {
  FINAL_STATUSES,
  type TroubleTicket,
  type TroubleTicketPatch,
} from '../../api/troubleTicket.ts';
import { formatPhone } from '../../api/contacts.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { formatDateTime, STATUS_LABEL } from './format.ts';
import { QueryError } from './QueryError.tsx';

const ROLE_LABEL: Record<string, string> = {
  affectedTelephoneNumber: 'Telephone numbers',
  serviceOrder: 'AT&T service orders',
  affectedCircuit: 'Circuit ID',
};

/** Lists this long are folded behind a disclosure (a port can carry 10,000 numbers). */
const SHOWN = 20;

function Values({ values }: { values: string[] }) {
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

function Fields({ ticket }: { ticket: TroubleTicket }) {
  const related = Object.entries(ROLE_LABEL).map(([role, label]) => ({
    label,
    values: (ticket.relatedEntity ?? [])
      .filter((e) => e.role === role)
      .map((e) => (e.role === 'affectedTelephoneNumber' ? formatPhone(e.entity.id) : e.entity.id)),
  }));
  const pon = ticket.externalIdentifier?.find((x) => x.externalIdentifierType === 'PON')?.id;
  const reporter = ticket.relatedParty?.find((p) => p.role === 'reporter')?.partyOrPartyRole;
  return (
    <dl className="summary-list">
      <Row label="Status">
        {STATUS_LABEL[ticket.status]}
        {ticket.statusChangeReason ? ` — ${ticket.statusChangeReason}` : ''}
      </Row>
      <Row label="Type">{ticket.ticketType}</Row>
      <Row label="Severity">{ticket.severity}</Row>
      <Row label="Filed">{formatDateTime(ticket.creationDate)}</Row>
      {ticket.lastUpdate ? (
        <Row label="Last update">{formatDateTime(ticket.lastUpdate)}</Row>
      ) : null}
      {pon ? <Row label="PON">{pon}</Row> : null}
      {related
        .filter(({ values }) => values.length > 0)
        .map(({ label, values }) => (
          <Row key={label} label={label}>
            <Values values={values} />
          </Row>
        ))}
      {reporter ? (
        <Row label="Reported by">
          {[reporter.name, reporter.partyName].filter(Boolean).join(', ')}
          {reporter.contactMedium?.map((medium) => (
            <span key={medium['@type']} className="summary-list__line">
              {medium['@type'] === 'PhoneContactMedium'
                ? formatPhone(medium.phoneNumber)
                : medium.emailAddress}
            </span>
          ))}
        </Row>
      ) : null}
    </dl>
  );
}

function usePatch(ticket: TroubleTicket) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: TroubleTicketPatch) => patchTroubleTicket(ticket.id, patch),
    onSuccess: (updated) => {
      queryClient.setQueryData(ticketKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.list() });
    },
  });
}

function MutationError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="error-message">
      <span className="visually-hidden">Error: </span>
      {error instanceof ApiError ? describeApiError(error) : error.message}
    </p>
  );
}

function AddNote({ ticket }: { ticket: TroubleTicket }) {
  const fieldId = useId();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const patch = usePatch(ticket);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    // Merge-patch replaces the array: send the notes already there plus the new one.
    patch.mutate(
      { '@type': 'TroubleTicket', note: [...(ticket.note ?? []), { '@type': 'Note', text }] },
      {
        onSuccess: () => {
          setText('');
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={submit}>
      <div className={empty ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={fieldId}>
          Add a note
        </label>
        {empty ? (
          <p id={`${fieldId}-error`} className="error-message">
            <span className="visually-hidden">Error: </span>Enter the text of the note
          </p>
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

function Cancel({ ticket }: { ticket: TroubleTicket }) {
  const [confirming, setConfirming] = useState(false);
  const patch = usePatch(ticket);
  if (FINAL_STATUSES.has(ticket.status)) return null;
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          setConfirming(true);
        }}
      >
        Cancel this escalation
      </button>
    );
  }
  return (
    <div className="panel" role="group" aria-labelledby="cancel-confirm">
      <p id="cancel-confirm" className="body">
        <strong>Cancel escalation {ticket.id}?</strong> AT&amp;T will stop working on it. This
        cannot be undone.
      </p>
      <MutationError error={patch.error} />
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          disabled={patch.isPending}
          onClick={() => {
            patch.mutate({
              '@type': 'TroubleTicket',
              status: 'cancelled',
              statusChangeReason: 'Cancelled by the CLEC',
            });
          }}
        >
          Yes, cancel it
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(false);
          }}
        >
          No, keep it
        </button>
      </div>
    </div>
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
      <pre className="report">{ticket.description}</pre>
      <h2 className="heading-m">History</h2>
      <ol className="list">
        {(ticket.statusChangeHistory ?? []).map((change) => (
          <li key={`${change.status}-${change.statusChangeDate}`}>
            {formatDateTime(change.statusChangeDate)}: {STATUS_LABEL[change.status]}
            {change.statusChangeReason ? ` — ${change.statusChangeReason}` : ''}
          </li>
        ))}
      </ol>
      <h2 className="heading-m">Notes</h2>
      {ticket.note?.length ? (
        <ul className="list">
          {ticket.note.map((note, index) => (
            <li key={note.id ?? index}>
              {note.date ? formatDateTime(note.date) : ''}
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
