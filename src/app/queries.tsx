import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/*
 * The app's query cache, for the pages that read the backend or the contacts list: the result
 * page, My escalations, a ticket, Center contacts. Its own chunk, loaded with the first of them:
 * the questions before a result need none of it.
 */

export const queryClient = new QueryClient();
// Mounted for the life of the page, not only while a page that reads it is shown: TanStack's
// online manager hears 'online' and 'offline' only while a client is mounted, so a connection back
// while none was would leave every query paused (My escalations "Loading…" for good).
queryClient.mount();

export function QueryScope({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
