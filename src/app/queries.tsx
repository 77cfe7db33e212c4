import type { QueryClientConfig } from '@tanstack/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';

/*
 * The app's query cache, for the pages that read the backend or the contacts list: the result
 * page, My escalations, a ticket, Center contacts. Its own chunk, loaded with the first of them:
 * the questions before a result need none of it.
 */

/** How many times a read that failed is tried again, when trying again can help. */
const RETRIES = 3;

export const QUERY_DEFAULTS: QueryClientConfig['defaultOptions'] = {
  queries: {
    // A refusal (a sign-in that ended, an account without access, any other 4xx) or an answer the
    // app cannot read is the same on every try: its message shows at once, not after three more
    // requests and 7 s of "Loading…". No answer, a busy or a failing service may do better later.
    retry: (failures, error) =>
      failures < RETRIES && (!(error instanceof ApiError) || error.retryable),
  },
};

export const queryClient = new QueryClient({ defaultOptions: QUERY_DEFAULTS });
// Mounted for the life of the page, not only while a page that reads it is shown: TanStack's
// online manager hears 'online' and 'offline' only while a client is mounted, so a connection back
// while none was would leave every query paused (My escalations "Loading…" for good).
queryClient.mount();

export function QueryScope({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
