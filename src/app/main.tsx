import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { account } from '../api/account.ts';
import { setBackendStarter } from '../api/backend.ts';
import type { SignInConfig } from '../api/signInConfig.ts';
import { whenOutboxHasWork } from '../api/outboxWaiting.ts';
import { isStartHash } from '../features/wizard/startLinks.ts';
import { whenIdle, yieldToPage } from './idle.ts';
import { registerServiceWorker } from './pwa.ts';
import { Root, handOff } from './Root.tsx';

/*
 * Imported by the entry (boot.ts) once the page has painted from its HTML. The entry is an async
 * module script (src/build/asyncEntry.ts), so the document does not wait for it to finish
 * parsing and the browser applies the address's #fragment (the CSS that shows the first question
 * from the HTML) without waiting for the app. This may still run before the body is parsed: the
 * app starts once it is.
 */
function start(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const app = (
    <StrictMode>
      <Root />
    </StrictMode>
  );
  // The start page is in the HTML (prerendered at build time): hydrate it, so nothing flashes.
  // The first question's copy beside it stays, shown by CSS for a tap on Start now before the app
  // does anything; the hand-off engine takes it over once it is on screen.
  if (container.firstElementChild && isStartHash(location.hash)) {
    handOff.keepHtmlCopy();
    // As a transition, React hydrates in slices that give way to input every few milliseconds;
    // otherwise the frame's hydration is one task (measured 77 ms on a 4x slower CPU) that a tap
    // on Start now waits behind (issue #22). The page is already on screen, so nothing waits.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    // Any other page is rendered afresh in its place: what the user did in the HTML's first
    // question (shown for its URL before any script ran) is kept first.
    handOff.takeOverFromHtml(container.querySelector('.html-first-question'));
    createRoot(container).render(app);
  }
}
/*
 * The wizard's chunks, listed by the build in a <meta>: downloaded now, while the user reads the
 * start page, but compiled and run only when a page needs them (Root.tsx), one per task. Requested
 * from here, once the entry has arrived, so they do not share the slow link with it. A prefetch
 * into the HTTP cache (the chunks' names carry their hash and are cached for a year), not a
 * modulepreload: Chromium compiles a modulepreloaded module on the main thread as soon as it
 * arrives, a long task on a slow phone (over 200 ms for zod's chunk) at whatever moment the user
 * taps. (A preload would warn in the console that it was not used within seconds.)
 */
function preloadWizard(): void {
  const chunks = document.querySelector<HTMLMetaElement>('meta[name="wizard-chunks"]');
  for (const href of chunks?.content.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    document.head.append(link);
  }
}

/** Resolves once the document is parsed: the app may run before the body is (see above). */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        done();
      },
      { once: true },
    );
  });
}

/*
 * Sign-in (docs/sign-in.md), when configured and not opened from a file (the provider cannot send
 * the user back to a file: page): the library and the session are their own chunk, loaded once the
 * page is idle to show who is signed in, or at once when the address comes back from the provider
 * with ?state=…, and before any request to the ticket system (api/client.ts) in any case.
 */
function startSignIn(config: SignInConfig): void {
  if (location.protocol === 'file:') return;
  account.setLoader(() => import('./openSession.ts').then((m) => m.openSession(config)));
  if (new URLSearchParams(location.search).has('state')) void account.ready();
  else whenIdle(() => void account.ready());
}

/**
 * The app's start, called by the entry once this module has run. Each step is a task of its own,
 * the page given back between them (`yieldToPage`): a tap on "Start now" at any moment then
 * waits for one short step at most, not for all of them in one task (issue #22).
 */
export async function startApp(): Promise<void> {
  // The mock backend starts only when a request needs it (api/backend.ts), in its own chunks.
  setBackendStarter(() => import('./mockBackend.ts').then((m) => m.startMockBackendIfNeeded()));
  // Written as constants the build can read, so that without sign-in (and in the single file,
  // which cannot sign in) the bundler leaves the sign-in library out altogether.
  if (__SIGN_IN__ !== null && import.meta.env.MODE !== 'singlefile') startSignIn(__SIGN_IN__);
  await parsed();
  start();
  await yieldToPage();
  preloadWizard();
  await yieldToPage();
  // A ticket queued offline is sent from whatever page the app opens on, the start page too
  // (issue #16), without waiting for the wizard; the outbox, its client and their schemas load
  // only once it has work (outboxWaiting.ts), so an empty outbox costs the start page nothing.
  whenOutboxHasWork(() => {
    // zod's jitless setting first: a schema built before it probes eval, which the CSP reports.
    void import('../domain/zodConfig.ts')
      .then(() => import('./ticketOutbox.ts'))
      .then(({ outbox }) => outbox.watch());
  });
  registerServiceWorker();
}
