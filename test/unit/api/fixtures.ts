import type { EscalationTicketInput } from '../../../src/api/troubleTicket.ts';

/** An escalation as the result page hands it over; numbers in the fictional 555-01XX range. */
export function escalationInput(
  overrides: Partial<EscalationTicketInput> = {},
): EscalationTicketInput {
  return {
    escalationId: crypto.randomUUID(),
    digest: 'digest-of-the-first-report',
    summary: [
      'Premature disconnect of pending LNP conversion',
      'PON: ACME-PON-0042',
      'Telephone numbers: 312-555-0142, 312-555-0143',
      'Callers get a disconnect recording.',
    ].join('\n'),
    centerName: 'LNP',
    ticketType: 'LNP premature disconnect',
    severity: 'critical',
    telephoneNumbers: ['3125550142', '3125550143'],
    serviceOrders: ['N12345678'],
    circuitId: '73/HCGS/123456/000/NE',
    pon: 'ACME-PON-0042',
    facts: [
      { name: 'VER', value: '02' },
      { name: 'Due date (DD)', value: '2026-11-24' },
      { name: 'State', value: 'IL' },
    ],
    contact: {
      name: 'Dana Reyes',
      company: 'Acme Telecom',
      companyCode: 'ACME',
      callbackNumber: '3125550199',
      email: 'dana.reyes@acme.example',
    },
    ...overrides,
  };
}

/**
 * The same escalation after the user changed an answer: another report, so another digest. The
 * summary keeps the "Label: value" lines describeChanges() compares.
 */
export function changedInput(
  input: EscalationTicketInput,
  overrides: Partial<EscalationTicketInput> = {},
): EscalationTicketInput {
  return {
    ...input,
    digest: 'digest-of-the-changed-report',
    summary: input.summary.replace('PON: ACME-PON-0042', 'PON: ACME-PON-0043'),
    pon: 'ACME-PON-0043',
    ...overrides,
  };
}
