import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError } from './client.ts';
import { apiUrl } from './config.ts';
import { getTroubleTicket } from './tickets.ts';
import { TROUBLE_TICKET_PATH } from './troubleTicket.ts';
import { tmfError } from '../mocks/handlers/http.ts';
import { server } from '../mocks/server.ts';
import { setupMockBackend } from '../../test/msw.ts';

setupMockBackend();

describe('requests without sign-in configured', () => {
  it.each([401, 403])(
    'carry no token, and read a %i as a refusal like any other 4xx',
    async (status) => {
      const seen: (string | null)[] = [];
      server.use(
        http.get(apiUrl(`${TROUBLE_TICKET_PATH}/:id`), ({ request }) => {
          seen.push(request.headers.get('Authorization'));
          return tmfError(status, 'not for you');
        }),
      );
      const caught: unknown = await getTroubleTicket('TT-1').then(
        () => 'no error',
        (error: unknown) => error,
      );
      expect(caught).toBeInstanceOf(ApiError);
      expect(caught).toMatchObject({ kind: 'rejected', status });
      expect(seen).toEqual([null]);
    },
  );
});
