import '../styles/app.css';
import { afterPaint, yieldToPage } from './idle.ts';

/*
 * The page's entry: the stylesheet (written into index.html at build time) and, once the page
 * has painted from its HTML, the app itself (main.tsx: React, the frame, the start page's
 * hydration). The page needs no script to paint, so the app's download starts after the first
 * paint instead of competing with it (Lighthouse's model of a slow load counts any script that
 * arrived before the largest paint as holding it).
 */

afterPaint(() => {
  // React DOM is most of the app's code: its first run, then the app's modules, then the app's
  // start (main.tsx's `startApp`, itself in steps), each in a task of its own, none long.
  void import('react-dom/client')
    .then(yieldToPage)
    .then(() => import('./main.tsx'))
    .then(async (app) => {
      await yieldToPage();
      await app.startApp();
    });
});
