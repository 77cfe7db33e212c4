import type { ReactNode } from 'react';
import { useCallback, useId, useState } from 'react';

/*
 * "Are you sure?" in the page, in place of the button that asked it: the question, then a warning
 * button that does it and a secondary one that keeps things as they are. Focus moves to it when
 * it appears, as the button that had focus is gone.
 */

interface ConfirmationProps {
  /** The question, first words in bold, then what follows from it. */
  children: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
  onKeep: () => void;
  /** While the action runs: its button is disabled. */
  busy?: boolean;
  /** What went wrong, shown above the buttons. */
  error?: ReactNode;
  className?: string;
}

export function Confirmation({
  children,
  confirmLabel,
  keepLabel,
  onConfirm,
  onKeep,
  busy = false,
  error,
  className = 'panel',
}: ConfirmationProps) {
  const id = useId();
  // The button that asked is gone: the focus comes here, once, when the question appears.
  const takeFocus = useCallback((element: HTMLDivElement | null) => {
    element?.focus();
  }, []);
  return (
    <div className={className} role="group" aria-labelledby={id} tabIndex={-1} ref={takeFocus}>
      <p id={id} className="body">
        {children}
      </p>
      {error}
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onKeep}>
          {keepLabel}
        </button>
      </div>
    </div>
  );
}

/**
 * A warning button for an action that cannot be undone: pressed, it gives way to the question
 * (Confirmation) in its place; "keep" brings the button back.
 */
export function AskFirst({
  label,
  ...question
}: Omit<ConfirmationProps, 'onKeep'> & { label: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          setAsking(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <Confirmation
      {...question}
      onKeep={() => {
        setAsking(false);
      }}
    />
  );
}
