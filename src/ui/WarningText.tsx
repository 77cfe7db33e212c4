import type { ReactNode } from 'react';

/** GOV.UK's warning text: a "!" icon, bold text, and "Warning:" for screen readers. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <p className="warning-text__text">
        <span className="visually-hidden">Warning: </span>
        {children}
      </p>
    </div>
  );
}
