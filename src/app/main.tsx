import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/app.css';
import { setBackendStart } from '../api/backend.ts';
import { registerServiceWorker } from './pwa.ts';
import { Root } from './Root.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);

// After the first paint: the mock backend (its own chunks; requests wait for it) and the offline
// service worker.
setBackendStart(import('./mockBackend.ts').then((m) => m.startMockBackendIfNeeded()));
registerServiceWorker();
