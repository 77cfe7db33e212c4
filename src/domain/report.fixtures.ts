import type { Answers } from './answers.ts';

/** A premature disconnect of a pending port, every step answered: the report tests' base case. */
export const PREMATURE_DISCONNECT: Answers = {
  problemKind: 'lnp',
  accessTariff: 'no',
  workedWithServiceRep: 'yes',
  serviceRepReference: 'Jane Doe, ticket 4711',
  reqtyp: 'BB',
  lnpTrouble: 'prematureDisconnect',
  isolation: 'attNetwork',
  premisesReviewed: 'yes',
  state: 'IL',
  pon: 'ABC-123',
  focReceived: 'yes',
  focDate: '2026-11-20',
  dueDate: '2026-11-24',
  telephoneNumbers: '(312) 555-0123\n312.555.0124, 312 555 0123',
  serviceOrders: 'N12345678 C87654321-CAN',
  symptoms: ['fastBusy', 'disconnectRecording'],
  symptomDetails: 'Callers hear a disconnect recording since 9:00.',
  ds1Disconnected: 'yes',
  circuitId: '',
  circuitIdUnknown: true,
  contactName: 'Pat Lee',
  company: 'Example CLEC',
  callbackNumber: '(312) 555-0100',
  email: 'pat@example.com',
};
