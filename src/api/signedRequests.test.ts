import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { account } from './account.ts';
import { ApiError, accessHelp, describeApiError } from './client.ts';
import { apiUrl } from './config.ts';
import type { Session, SessionState } from './session.ts';
import { getTroubleTicket } from './tickets.ts';
import { TROUBLE_TICKET_PATH } from './troubleTicket.ts';
import { tmfError } from '../mocks/handlers/http.ts';
import { server } from '../mocks/server.ts';
import { setupMockBackend } from '../../test/msw.ts';

setupMockBackend();

/** The app's session, as a signed-in user's, whose token the test changes. */
let token: string | undefined = 'token-1';
let state: SessionState = { status: 'signedOut' };
const session: Session = {
  subscribe: () => () => undefined,
  getSnapshot: () => state,
  start: () => Promise.resolve(),
  signIn: () => Promise.resolve(),
  signOut: () => Promise.resolve(),
  accessToken: () => token,
  refused: vi.fn(() => {
    state = { status: 'expired' };
    token = undefined;
  }),
};
account.setLoader(() => Promise.resolve(session));

/** The Authorization header of each request to the ticket system, answered with `answer`. */
function answerTickets(answer: () => Response): (string | null)[] {
  const seen: (string | null)[] = [];
  server.use(
    http.get(apiUrl(`${TROUBLE_TICKET_PATH}/:id`), ({ request }) => {
      seen.push(request.headers.get('Authorization'));
      return answer();
    }),
  );
  return seen;
}

/** How reading a ticket failed: the ApiError the pages explain. */
async function readingFails(): Promise<ApiError> {
  const caught: unknown = await getTroubleTicket('TT-1').then(
    () => 'no error',
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(ApiError);
  return caught as ApiError;
}

describe('requests to a ticket system that checks who signs in', () => {
  it('carry the signed-in user’s access token, and none once it is gone', async () => {
    token = 'token-1';
    const seen = answerTickets(() => tmfError(404, 'no such ticket'));
    await readingFails();
    token = undefined;
    await readingFails();
    expect(seen).toEqual(['Bearer token-1', null]);
  });

  it('a 401 tells the session to ask for sign-in again, and is not a refusal of the ticket', async () => {
    token = 'expired-token';
    answerTickets(() =>
      tmfError(401, 'token expired', { 'WWW-Authenticate': 'Bearer error="invalid_token"' }),
    );
    const error = await readingFails();
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, retryable: false });
    expect(session.refused).toHaveBeenCalledTimes(1);
    expect(state).toEqual({ status: 'expired' });
    expect(describeApiError(error)).toBe(
      'The ticket system needs you to sign in (again): your answers and anything queued are kept, and queued tickets are sent once you have signed in.',
    );
  });

  it('a 403 says plainly that this account may not file or read escalations, and whom to ask', async () => {
    token = 'bob-token';
    answerTickets(() => new HttpResponse(null, { status: 403 }));
    const error = await readingFails();
    expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(describeApiError(error)).toBe(
      'This account may not file or read escalations. Ask whoever manages your organisation’s ticket system for access.',
    );
    expect(accessHelp('the service desk (extension 4242)')).toBe(
      'Ask the service desk (extension 4242) for access.',
    );
  });
});
