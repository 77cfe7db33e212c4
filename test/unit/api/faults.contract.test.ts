import { describe, expect, it } from 'vitest';
import { ApiError, apiFetch, describeApiError } from '../../../src/api/client.ts';
import { CONTACTS_PATH } from '../../../src/api/contacts.ts';
import { createTroubleTicket } from '../../../src/api/tickets.ts';
import { toTroubleTicketCreate } from '../../../src/api/troubleTicket.ts';
import { CenterContactsFileSchema } from '../../../src/domain/contacts.ts';
import { injectFault, injectFaultFromUrl } from '../../../src/mocks/faults.ts';
import sample from '../../../public/center-contacts.json';
import { setupMockBackend } from '../../msw.ts';
import { escalationInput } from './fixtures.ts';

setupMockBackend();

function fileTicket() {
  return createTroubleTicket(toTroubleTicketCreate(escalationInput()), crypto.randomUUID());
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`Expected an ApiError, got ${String(error)}`);
  return error;
}

describe('injected faults, as the client sees them', () => {
  it('500: a retryable server error', async () => {
    injectFault('500');
    const error = await failure(fileTicket());
    expect(error).toMatchObject({ kind: 'server', status: 500, retryable: true });
    expect(describeApiError(error, 2000)).toBe(
      'AT&T’s ticket service had an internal error (HTTP 500); retrying in 2 s.',
    );
  });

  it('503: busy, with the wait from Retry-After', async () => {
    injectFault('503', { retryAfterSeconds: 5 });
    const error = await failure(fileTicket());
    expect(error).toMatchObject({ kind: 'unavailable', retryAfterMs: 5000, retryable: true });
    expect(describeApiError(error, 5000)).toBe('AT&T’s ticket service is busy; retrying in 5 s.');
  });

  it('network: no answer at all', async () => {
    injectFault('network');
    const error = await failure(fileTicket());
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(describeApiError(error)).toBe(
      'Could not reach AT&T’s ticket service. Check your connection, then try again.',
    );
  });

  it('malformed: an unreadable 200 is not retried automatically', async () => {
    injectFault('malformed');
    const error = await failure(fileTicket());
    expect(error).toMatchObject({ kind: 'malformed', retryable: false });
    expect(describeApiError(error)).toContain('will not create a second ticket');
  });

  it('latency: the answer comes, late', async () => {
    // Two tickets filed together, only the first delayed: the second's answer comes first. An
    // order of events, not a measured time, so a busy machine cannot make it fail.
    injectFault('latency', { count: 1, latencyMs: 500 });
    const answered: string[] = [];
    const answer = (which: string) => (ticket: Awaited<ReturnType<typeof fileTicket>>) => {
      answered.push(which);
      return ticket;
    };
    const late = fileTicket().then(answer('late'));
    const prompt = fileTicket().then(answer('prompt'));
    const [slow] = await Promise.all([late, prompt]);
    expect(slow.status).toBe('acknowledged');
    expect(answered).toEqual(['prompt', 'late']);
  });

  it('faultCount: only the first N requests fail', async () => {
    injectFault('500', { count: 1 });
    await failure(fileTicket());
    await expect(fileTicket()).resolves.toMatchObject({ status: 'acknowledged' });
  });

  it('faults also hit the contacts endpoint, which then answers with the sample contacts file', async () => {
    injectFault('503', { count: 1 });
    const fetchContacts = () => apiFetch({ path: CONTACTS_PATH, schema: CenterContactsFileSchema });
    expect((await failure(fetchContacts())).kind).toBe('unavailable');
    await expect(fetchContacts()).resolves.toEqual(sample);
  });
});

describe('choosing a fault from the page URL', () => {
  it('reads ?fault and ?faultCount, in the query or the hash route', async () => {
    expect(
      injectFaultFromUrl('https://app.example/#/result?fault=503&faultCount=1'),
    ).toBeUndefined();
    expect((await failure(fileTicket())).kind).toBe('unavailable');
    await expect(fileTicket()).resolves.toBeDefined();
  });

  it('explains a fault it does not know, and injects nothing', async () => {
    expect(injectFaultFromUrl('https://app.example/?fault=404')).toBe(
      'Mock backend: ignoring ?fault=404. Use fault=latency|500|503|network|malformed and optionally faultCount=N (a whole number above 0).',
    );
    await expect(fileTicket()).resolves.toBeDefined();
  });
});
