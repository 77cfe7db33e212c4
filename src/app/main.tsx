import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import '../styles/app.css';
import { setBackendStarter } from '../api/backend.ts';
import { isStartHash } from '../features/wizard/startLinks.ts';
import { registerServiceWorker } from './pwa.ts';
import { Root } from './Root.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <Root />
  </StrictMode>
);
// The start page is in the HTML (prerendered at build time): hydrate it, so nothing flashes.
// Any other page is rendered afresh in its place.
if (container.firstElementChild && isStartHash(location.hash)) hydrateRoot(container, app);
else createRoot(container).render(app);

// The mock backend starts only when a request needs it (api/backend.ts), in its own chunks.
setBackendStarter(() => import('./mockBackend.ts').then((m) => m.startMockBackendIfNeeded()));
registerServiceWorker();
