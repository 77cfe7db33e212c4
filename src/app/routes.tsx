import type { ReactNode } from 'react';
import { Suspense, lazy } from 'react';
import type { Answers } from '../domain/answers.ts';
import { useContactList } from '../features/contacts/useContactList.ts';
import { FirstQuestion } from '../features/wizard/FirstQuestion.tsx';
import { allowedPage } from '../features/wizard/flow.ts';
import type { WizardPage } from '../features/wizard/pages.ts';
import { pageHref } from '../features/wizard/pages.ts';
import { FIRST_QUESTION_HASHES } from '../features/wizard/startLinks.ts';
import { usePageTitle } from '../ui/usePageTitle.ts';

/*
 * The app's routes in one table: for each kind of page an address names (pages.ts parses the
 * #fragment), whether it waits for the draft, which page it may show with the answers so far (the
 * guard that clamps a deep link to a page not reachable yet), and what the shell shows for it
 * (App.tsx). The start page itself is the frame's (Root.tsx): the shell shows nothing for it.
 */

// Pages a journey to the result page never needs: their code (papaparse, the tickets list) loads
// when they are opened.
const ContactsPage = lazy(() =>
  import('../features/contacts/ContactsPage.tsx').then((m) => ({ default: m.ContactsPage })),
);
const MyEscalations = lazy(() =>
  import('../features/tickets/MyEscalations.tsx').then((m) => ({ default: m.MyEscalations })),
);
const TicketDetail = lazy(() =>
  import('../features/tickets/TicketDetail.tsx').then((m) => ({ default: m.TicketDetail })),
);
const QueryScope = lazy(() => import('./queries.tsx').then((m) => ({ default: m.QueryScope })));

export const LOADING = <p className="body">Loading…</p>;

const TrackPage = lazy(() =>
  import('../features/escalations/TrackPage.tsx').then((m) => ({ default: m.TrackPage })),
);
const TimelineLink = lazy(() =>
  import('../features/escalations/TimelineLink.tsx').then((m) => ({ default: m.TimelineLink })),
);
const OpenEscalations = lazy(() =>
  import('../features/escalations/OpenEscalations.tsx').then((m) => ({
    default: m.OpenEscalations,
  })),
);

function Escalations({ ticket, track }: { ticket: string | undefined; track: string | undefined }) {
  usePageTitle(ticket ? `Escalation ${ticket}` : track ? 'Escalation timeline' : 'My escalations');
  // The escalations' clock reads the levels and hours of the Center Contacts list in use.
  const { choice } = useContactList();
  const contacts = choice && 'contacts' in choice ? choice : undefined;
  if (track) return <TrackPage escalationId={track} contacts={contacts} />;
  if (ticket) {
    return (
      <>
        <TicketDetail id={ticket} />
        <TimelineLink ticketReference={ticket} />
      </>
    );
  }
  return (
    <>
      <MyEscalations />
      <OpenEscalations contacts={contacts} />
    </>
  );
}

/** A page that talks to the ticket API: with its query cache, once its code has loaded. */
const withQueries = (page: ReactNode): ReactNode => (
  <Suspense fallback={LOADING}>
    <QueryScope>{page}</QueryScope>
  </Suspense>
);

type Kind = WizardPage['kind'];
type PageOf<K extends Kind> = Extract<WizardPage, { kind: K }>;

interface Route<K extends Kind> {
  /** The page needs the draft read from the device before it can be shown. */
  readonly needsDraft: (page: PageOf<K>) => boolean;
  /**
   * The page it may show with the answers so far: a deep link to a question not reachable yet
   * gives way to the furthest reachable one (the shell then says so in the address).
   */
  readonly allowed: (page: PageOf<K>, answers: Answers) => WizardPage;
  /** What the shell shows; `wizard` renders the wizard's page for the allowed page. */
  readonly render: (page: PageOf<K>, wizard: () => ReactNode) => ReactNode;
}

const always = () => true;
const never = () => false;
const asIs = (page: WizardPage) => page;
const theWizard = (_page: unknown, wizard: () => ReactNode) => wizard();
/** A wizard page the answers so far may not reach yet (flow.ts decides). */
const wizardPage = { needsDraft: always, allowed: allowedPage, render: theWizard };

const ROUTES: { readonly [K in Kind]: Route<K> } = {
  start: { needsDraft: never, allowed: asIs, render: () => null },
  // A fresh escalation needs nothing saved: "Start now" shows the first question at once.
  new: { needsDraft: (page) => page.like === true, allowed: asIs, render: theWizard },
  foc: { needsDraft: always, allowed: asIs, render: theWizard },
  step: wizardPage,
  check: wizardPage,
  result: wizardPage,
  resume: wizardPage,
  escalations: {
    needsDraft: never,
    allowed: asIs,
    render: (page) => withQueries(<Escalations ticket={page.ticket} track={page.track} />),
  },
  contacts: { needsDraft: never, allowed: asIs, render: () => withQueries(<ContactsPage />) },
};

const routeOf = <K extends Kind>(page: PageOf<K>): Route<K> => ROUTES[page.kind];

/** The page needs the draft read from the device before it can be shown. */
export const needsDraft = (page: WizardPage): boolean => routeOf(page).needsDraft(page);

/**
 * The page the address may show with these answers: a deep link to a page not reachable yet
 * gives way to the furthest reachable one (the shell then says so in the address).
 */
export const routeGuard = (page: WizardPage, answers: Answers): WizardPage =>
  routeOf(page).allowed(page, answers);

/**
 * What the shell shows for the requested page. While the draft is read, the first question's
 * light copy stays (the wizard's page takes over from it), any other wizard page says it loads.
 */
export function routeContent(
  requested: WizardPage,
  waiting: boolean,
  wizard: () => ReactNode,
): ReactNode {
  if (waiting && routeOf(requested).render === theWizard)
    return FIRST_QUESTION_HASHES.includes(pageHref(requested)) ? (
      <FirstQuestion />
    ) : (
      <p className="body">Loading your escalation…</p>
    );
  return routeOf(requested).render(requested, wizard);
}
