import { useEffect } from 'react';

export const SERVICE_NAME = 'Escalate to AT&T Wholesale';

/** A unique title per page (WCAG 2.4.2), with "Error: " after a failed Continue. */
export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} — ${SERVICE_NAME}`;
  }, [title, hasError]);
}
