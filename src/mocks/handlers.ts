import { contactHandlers } from './handlers/contacts.ts';
import { faultHandlers } from './handlers/faults.ts';
import { preflightHandlers } from './handlers/http.ts';
import { troubleTicketHandlers } from './handlers/troubleTicket.ts';

/** The mock backend, the same in the browser, in component tests and in end-to-end runs. */
export const handlers = [
  // Preflights first: they are not API calls, so faults do not count them.
  ...preflightHandlers,
  ...faultHandlers,
  ...contactHandlers,
  ...troubleTicketHandlers,
];
