import type { DraftSync } from '../features/drafts/draftSync.ts';
import { whenIdle } from './idle.ts';
import { updates } from './pwa.ts';
import { followRouteActions } from './routeActions.ts';
import { currentPage, navigate, onRouteChange } from './router.ts';

/*
 * What the wizard's shell keeps running while it is shown, outside React: the URL's draft actions
 * (routeActions.ts), the last typing saved before a new version reloads the page, and the ticket
 * outbox with the lists that hear of it.
 */

/**
 * Whatever page is open, the outbox sends what waits and every list hears of it. Loaded once the
 * page is idle after the first question is on screen: that question does not wait for the ticket
 * client.
 */
function startOutbox(): () => void {
  let stop: (() => void) | undefined;
  let left = false;
  const load = () =>
    Promise.all([import('./ticketOutbox.ts'), import('./queries.tsx')]).then(
      ([{ outbox }, { queryClient }]) => {
        if (left) return;
        const stopWatching = outbox.watch();
        const stopHearing = outbox.onFiled(() => {
          void queryClient.invalidateQueries({ queryKey: ['troubleTicket'] });
        });
        stop = () => {
          stopWatching();
          stopHearing();
        };
        // The contacts list too, read while the user answers: the result page then shows the
        // center's number, and its report has it, from the first moment.
        void import('../features/contacts/useContactList.ts').then(({ prefetchContactList }) =>
          prefetchContactList(queryClient),
        );
      },
    );
  const idle = whenIdle(() => void load());
  return () => {
    left = true;
    idle.cancel();
    stop?.();
  };
}

/**
 * Starts the shell's services for the draft `sync` keeps (`openedFresh`: started on a new
 * escalation for the URL the shell opened on); returns the function that stops them.
 */
export function startShellServices(sync: DraftSync, openedFresh: boolean): () => void {
  const stopRouteActions = followRouteActions({
    sync,
    current: currentPage,
    onRouteChange,
    navigate,
    openedFresh,
  });
  // A new version reloads only once the last typing is saved.
  updates.setBeforeReload(() => sync.getSnapshot().flush());
  const stopOutbox = startOutbox();
  return () => {
    stopRouteActions();
    updates.setBeforeReload(undefined);
    stopOutbox();
  };
}
