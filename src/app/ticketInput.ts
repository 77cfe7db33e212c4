import type { Filed } from '../api/outbox.ts';
import type { EscalationTicketInput } from '../api/troubleTicket.ts';
import type { Report } from '../domain/report.ts';
import { describeChanges } from '../domain/summary.ts';

/*
 * The ticket the tickets feature files for an escalation, from the report the user checked: the
 * wizard's report model on one side, the ticket contract on the other, joined here.
 */

/** Facts the ticket's own fields do not hold, as name and value (ISO dates). */
function factsOf(report: Report): { name: string; value: string }[] {
  const facts: [string, string | undefined][] = [
    ['VER', report.ver],
    ['REQTYP', report.reqtyp?.code === 'other' ? undefined : report.reqtyp?.code],
    ['FOC date', report.focDate],
    ['Due date (DD)', report.dueDate],
    ['Completion date', report.completionDate],
    ['State', report.location?.state],
    ['Company code (ACNA or OCN)', report.clecContact?.companyCode],
    ['AT&T ticket numbers', report.attTicketNumbers],
    ['Escalation level', report.escalationLevel?.label],
  ];
  return facts.flatMap(([name, value]) => (value ? [{ name, value }] : []));
}

/**
 * The ticket for an escalation. Undefined without a CLEC contact, which every escalation asks for
 * before its result.
 */
export function toEscalationTicketInput(
  escalationId: string,
  report: Report,
  summary: string,
  /** reportDigest(report), which the caller already has. */
  digest: string,
): EscalationTicketInput | undefined {
  const contact = report.clecContact;
  if (!contact) return undefined;
  const ds1 = report.ds1?.circuit;
  const circuitId = ds1?.known ? ds1.id : report.loopCircuitId;
  return {
    escalationId,
    digest,
    summary,
    centerName: report.center,
    ticketType: report.statement ?? report.headline ?? report.title,
    // A premature disconnect leaves the end user without service until it is fixed.
    severity: report.statement ? 'critical' : 'major',
    telephoneNumbers: report.telephoneNumbers?.values ?? [],
    serviceOrders: report.serviceOrderNumbers?.values ?? [],
    ...(circuitId ? { circuitId } : {}),
    ...(report.pon ? { pon: report.pon } : {}),
    facts: factsOf(report),
    contact: {
      name: contact.name,
      company: contact.company,
      ...(contact.companyCode ? { companyCode: contact.companyCode } : {}),
      callbackNumber: contact.callbackNumber,
      ...(contact.email ? { email: contact.email } : {}),
    },
  };
}

/** The note an update carries: what changed since the ticket was filed. */
export function changeNoteFor(filed: Filed | undefined, summary: string): string | undefined {
  return filed ? describeChanges(filed.summary, summary) : undefined;
}
