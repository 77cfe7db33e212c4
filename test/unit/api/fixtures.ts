import type { EscalationTicketInput } from '../../../src/api/troubleTicket.ts';

/** An escalation as the result page hands it over; numbers in the fictional 555-01XX range. */
export function escalationInput(
  overrides: Partial<EscalationTicketInput> = {},
): EscalationTicketInput {
  return {
    escalationId: crypto.randomUUID(),
    summary:
      'Premature disconnect of pending LNP conversion\nCallers get a disconnect recording on 312-555-0142.',
    centerName: 'LNP',
    ticketType: 'LNP premature disconnect',
    severity: 'critical',
    telephoneNumbers: ['3125550142', '3125550143'],
    serviceOrders: ['N12345678'],
    circuitId: '73/HCGS/123456/000/NE',
    pon: 'ACME-PON-0042',
    contact: {
      name: 'Dana Reyes',
      company: 'Acme Telecom',
      callbackNumber: '3125550199',
      email: 'dana.reyes@acme.example',
    },
    ...overrides,
  };
}
