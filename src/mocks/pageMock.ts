import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { injectFaultFromUrl } from './faults.ts';
import { handlers } from './handlers.ts';

/**
 * Starts the mock backend inside the page by patching fetch (msw's interceptor mode), with no
 * service worker: the app ships its own PWA worker, and MSW's worker unregisters itself when the
 * last tab closes, which breaks reopening offline (docs/decisions/0002). This also works from
 * file://, where no service worker can register. Load it with a dynamic import only when
 * apiConfig.shouldMock, so MSW stays out of the first-load bundle.
 */
export function startMockBackend(): Promise<void> {
  const problem = injectFaultFromUrl(location.href);
  if (problem) console.warn(problem);
  const network = defineNetwork({
    sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
    handlers,
    onUnhandledFrame: 'bypass',
  });
  network.enable();
  return Promise.resolve();
}
