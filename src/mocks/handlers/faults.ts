import { delay, http, HttpResponse } from 'msw';
import { apiUrl } from '../../api/config.ts';
import { takeFault } from '../faults.ts';
import { CORS_HEADERS, tmfError } from './http.ts';

/** First in line for every API request: answers with the injected fault, or falls through. */
export const faultHandlers = [
  http.all(apiUrl('*'), async () => {
    const setting = takeFault();
    switch (setting?.fault) {
      case undefined:
        return undefined;
      case 'latency':
        await delay(setting.latencyMs);
        return undefined;
      case '500':
        return tmfError(500, 'Injected fault: the ticket service failed.');
      case '503':
        return tmfError(503, 'Injected fault: the ticket service is overloaded.', {
          'Retry-After': String(setting.retryAfterSeconds),
        });
      case 'network':
        return HttpResponse.error();
      case 'malformed':
        return new HttpResponse('{"id": "TT-', {
          status: 200,
          headers: { ...CORS_HEADERS, 'Content-Type': 'application/json' },
        });
    }
  }),
];
