import { account } from '../api/account.ts';
import type { CurrentReport, Filed, OutboxOperation } from '../api/outbox.ts';
import { outbox } from '../api/outbox.ts';
import { toTroubleTicketCreate } from '../api/troubleTicket.ts';
import type { ContactListChoice } from '../domain/contactList.ts';
import { chooseContactList } from '../domain/contactList.ts';
import { planSteps } from '../domain/plan.ts';
import { buildReport, reportDigest } from '../domain/report.ts';
import { formatSummary } from '../domain/summary.ts';
import {
  backendListQuery,
  deviceListQuery,
  organisationListQuery,
  prefetchContactList,
} from '../features/contacts/useContactList.ts';
import { deviceDrafts } from '../features/drafts/draftStore.ts';
import { reportedAt } from '../domain/format.ts';
import { contactView } from './contactView.ts';
import { queryClient } from './queries.tsx';
import { changeNoteFor, toEscalationTicketInput } from './ticketInput.ts';
import { GENERATOR } from './version.ts';

/*
 * The app's ticket outbox, with what it needs to send a queued ticket as the report is when it
 * leaves (issue #20): the escalation's saved answers, read again just before sending. Every page
 * that sends (the start page, the wizard, My escalations) loads the outbox through this module, so
 * the outbox never sends without it.
 */

/** The Center Contacts list in use, as the result page chooses it (useContactList). */
async function contactChoice(): Promise<ContactListChoice> {
  await prefetchContactList(queryClient);
  const absent = { status: 'absent' } as const;
  return chooseContactList({
    device: queryClient.getQueryData(deviceListQuery().queryKey) ?? absent,
    organisation: queryClient.getQueryData(organisationListQuery().queryKey) ?? absent,
    backend: queryClient.getQueryData(backendListQuery().queryKey) ?? absent,
  });
}

export const HOLD_INCOMPLETE =
  'Some answers are missing since it was queued: finish the escalation, then send it.';
export const HOLD_NOT_ESCALATION =
  'Your answers no longer lead to an escalation to an AT&T center: check them before anything is sent.';
export const HOLD_OTHER_KIND =
  'Your answers now make another kind of escalation, or one for another center: check the report before it goes.';

/**
 * The report an escalation's saved answers make now, compared with the one queued. The text is
 * built as the result page builds it, with the center's number from the list in use (never a
 * sample's) and the time it is made. A correction leaves by itself; answers that now make another
 * kind of escalation, or one for another center, are held for the user to look at first.
 */
export async function currentReport(
  operation: Pick<OutboxOperation, 'escalationId' | 'digest' | 'ticket'>,
  filed: Filed | undefined,
): Promise<CurrentReport | undefined> {
  const loaded = await deviceDrafts.load(operation.escalationId);
  if (loaded.status !== 'ok') return undefined;
  const { answers } = loaded.draft;
  const plan = planSteps(answers);
  if (!plan.decision?.escalation) {
    return { status: 'hold', message: plan.next ? HOLD_INCOMPLETE : HOLD_NOT_ESCALATION };
  }
  if (plan.next) return { status: 'hold', message: HOLD_INCOMPLETE };
  const { decision } = plan;
  const report = buildReport(answers, decision);
  const digest = reportDigest(report);
  if (digest === operation.digest) return { status: 'unchanged' };
  const view = decision.contactKey
    ? contactView(await contactChoice(), decision.contactKey, answers.escalationLevel)
    : undefined;
  const real = view && !view.sample ? view : undefined;
  const summary = formatSummary(report, {
    ...(real?.contact ? { centerContact: real.contact } : {}),
    nextLevels: real?.nextLevels ?? [],
    reportedAt: reportedAt(new Date()),
    generator: GENERATOR,
  });
  const input = toEscalationTicketInput(operation.escalationId, report, summary, digest);
  if (!input) return { status: 'hold', message: HOLD_INCOMPLETE };
  // The ticket's name is "<center>: <kind of escalation>".
  if (toTroubleTicketCreate(input).name !== operation.ticket.name) {
    return { status: 'hold', message: HOLD_OTHER_KIND };
  }
  return { status: 'changed', input, changeNote: changeNoteFor(filed, summary) };
}

outbox.setResolver(currentReport);

// What waited for the user to sign in again (a 401) leaves as soon as they have, once.
let signedIn = account.getSnapshot()?.status === 'signedIn';
account.subscribe(() => {
  const now = account.getSnapshot()?.status === 'signedIn';
  if (now && !signedIn) void outbox.flush();
  signedIn = now;
});

export { outbox };
