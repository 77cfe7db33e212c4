import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/app.css';
import { apiConfig } from '../api/config.ts';
import { App } from './App.tsx';
import { registerServiceWorker } from './pwa.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Without a real API the in-page mock must answer the first request; it is a separate chunk,
// so a build with a real API never loads MSW.
if (apiConfig.shouldMock) await import('../mocks/browser.ts').then((m) => m.startMockBackend());

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
