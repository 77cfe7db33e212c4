import type { ReactNode } from 'react';

// Shared by every feature: the app moves focus to this id on each page change (WCAG 2.4.3). Kept
// apart from the form fields so the first-load start page needs no form library (issue #6).
export const HEADING_ID = 'page-heading';

/**
 * The page's h1: focused (tabindex -1) when the page changes. `id` only for a second h1 kept
 * hidden in the same document (the first question in index.html), as ids must stay unique.
 */
export function PageHeading({ children, id = HEADING_ID }: { children: ReactNode; id?: string }) {
  return (
    <h1 id={id} className="heading-xl" tabIndex={-1}>
      {children}
    </h1>
  );
}
