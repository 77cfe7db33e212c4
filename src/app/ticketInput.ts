import type { EscalationTicketInput } from '../api/troubleTicket.ts';
import type { Report } from '../domain/report.ts';

/**
 * The ticket the tickets feature files for an escalation, from the report the user checked.
 * Undefined without a CLEC contact, which every escalation asks for before its result.
 */
export function toEscalationTicketInput(
  escalationId: string,
  report: Report,
  summary: string,
): EscalationTicketInput | undefined {
  const contact = report.clecContact;
  if (!contact) return undefined;
  const circuit = report.ds1?.circuit;
  return {
    escalationId,
    summary,
    centerName: report.center,
    ticketType: report.statement ?? report.headline ?? report.title,
    // A premature disconnect leaves the end user without service until it is fixed.
    severity: report.statement ? 'critical' : 'major',
    telephoneNumbers: report.telephoneNumbers?.values ?? [],
    serviceOrders: report.serviceOrderNumbers?.values ?? [],
    ...(circuit?.known ? { circuitId: circuit.id } : {}),
    ...(report.pon ? { pon: report.pon } : {}),
    contact: {
      name: contact.name,
      company: contact.company,
      callbackNumber: contact.callbackNumber,
      ...(contact.email ? { email: contact.email } : {}),
    },
  };
}
