import '../styles/app.css';
import { afterPaint } from './idle.ts';

/*
 * The page's entry: the stylesheet (written into index.html at build time) and, once the page
 * has painted from its HTML, the app itself (main.tsx: React, the frame, the start page's
 * hydration). The page needs no script to paint, so the app's download starts after the first
 * paint instead of competing with it (Lighthouse's model of a slow load counts any script that
 * arrived before the largest paint as holding it).
 */

/** The next task: each module's first run in a task of its own, none long. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

afterPaint(() => {
  // React DOM is most of the app's code: its first run, then the app's, each in its own task.
  void import('react-dom/client').then(nextTask).then(() => import('./main.tsx'));
});
