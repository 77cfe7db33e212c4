import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { toTroubleTicketCreate } from '../api/troubleTicket.ts';
import { currentReport, HOLD_INCOMPLETE, HOLD_OTHER_KIND } from './ticketOutbox.ts';
import { toEscalationTicketInput } from './ticketInput.ts';
import type { Answers } from '../domain/answers.ts';
import { planSteps } from '../domain/plan.ts';
import { BILLING, LOOP_MAINTENANCE } from '../domain/report.fixtures.ts';
import { buildReport, reportDigest } from '../domain/report.ts';
import { formatSummary } from '../domain/summary.ts';
import { emptyDraft } from '../features/drafts/draft.ts';
import { deviceDrafts } from '../features/drafts/draftStore.ts';
import { server } from '../mocks/server.ts';
import { setupMockBackend } from '../../test/msw.ts';

/*
 * What a queued ticket carries when it leaves: the report its escalation's saved answers make at
 * that moment (issue 20: an answer corrected offline never reached the ticket).
 */

setupMockBackend();
// The organisation's contacts file, beside index.html, is not served here: the backend's list is.
beforeEach(() => {
  server.use(http.get('*/center-contacts.json', () => new HttpResponse(null, { status: 404 })));
});

/** The operation the result page would have queued for these answers. */
function queuedFor(escalationId: string, answers: Answers) {
  const decision = planSteps(answers).decision;
  if (!decision) throw new Error('These answers make no decision');
  const report = buildReport(answers, decision);
  const input = toEscalationTicketInput(
    escalationId,
    report,
    formatSummary(report),
    reportDigest(report),
  );
  if (!input) throw new Error('These answers make no ticket');
  return { escalationId, digest: input.digest, ticket: toTroubleTicketCreate(input) };
}

async function saveAnswers(answers: Answers): Promise<string> {
  const draft = { ...emptyDraft(), answers };
  await deviceDrafts.save(draft, 0, true);
  return draft.id;
}

describe('currentReport', () => {
  it('leaves a report whose answers did not change as it was queued', async () => {
    const id = await saveAnswers(BILLING);
    expect(await currentReport(queuedFor(id, BILLING), undefined)).toEqual({
      status: 'unchanged',
    });
  });

  it('gives the corrected report when an answer changed after it was queued', async () => {
    const id = await saveAnswers(BILLING);
    const queued = queuedFor(id, { ...BILLING, callbackNumber: '312 555 0199' });

    const now = await currentReport(queued, undefined);

    expect(now).toMatchObject({
      status: 'changed',
      input: {
        escalationId: id,
        digest: queuedFor(id, BILLING).digest,
        contact: { callbackNumber: '312-555-0100' },
      },
    });
    expect(now?.status === 'changed' && now.input.summary).toMatch(/312-555-0100/);
    expect(now?.status === 'changed' && now.input.summary).not.toMatch(/312-555-0199/);
  });

  it('writes the change note against the report filed', async () => {
    const id = await saveAnswers(BILLING);
    const earlier = { ...BILLING, callbackNumber: '312 555 0199' };
    const queued = queuedFor(id, earlier);
    const filed = {
      ticketId: 'TT-100001',
      digest: queued.digest,
      summary: queued.ticket.description,
      sentAt: '2026-12-01T10:00:00.000Z',
    };

    const now = await currentReport(queued, filed);

    expect(now?.status === 'changed' && now.changeNote).toMatch(/312-555-0100.*was.*312-555-0199/);
  });

  it('holds a ticket whose answers are no longer complete', async () => {
    const id = await saveAnswers({ problemKind: 'billing', workedWithServiceRep: 'yes' });
    expect(await currentReport(queuedFor(id, BILLING), undefined)).toEqual({
      status: 'hold',
      message: HOLD_INCOMPLETE,
    });
  });

  it('holds a ticket whose answers now make another kind of escalation', async () => {
    const id = await saveAnswers(LOOP_MAINTENANCE);
    expect(await currentReport(queuedFor(id, BILLING), undefined)).toEqual({
      status: 'hold',
      message: HOLD_OTHER_KIND,
    });
  });

  it('knows nothing of an escalation whose answers are gone: it leaves as queued', async () => {
    expect(await currentReport(queuedFor('gone', BILLING), undefined)).toBeUndefined();
  });
});
