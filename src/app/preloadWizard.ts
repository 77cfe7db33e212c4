/*
 * The wizard's chunks, listed in index.html at build time (vite.config.ts, preloadWizard), are
 * fetched as soon as the entry runs: after the entry's own download, so they never share the slow
 * link with it, and long before "Start now". Modulepreload fetches and compiles without running;
 * the start page runs them on idle (Root.tsx), so no long task comes of it. Absent from the
 * single-file build and the dev server, which need none of it.
 */

export const WIZARD_CHUNKS_ID = 'wizard-chunks';

export function preloadWizard(): void {
  const listed = document.getElementById(WIZARD_CHUNKS_ID)?.textContent;
  if (!listed) return;
  let files: unknown;
  try {
    files = JSON.parse(listed);
  } catch {
    return;
  }
  if (!Array.isArray(files)) return;
  for (const file of files) {
    if (typeof file !== 'string') continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, document.baseURI).href;
    document.head.append(link);
  }
}
