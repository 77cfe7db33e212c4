import { useEffect, useRef, useState } from 'react';

/*
 * The ways to take the report away. Copy falls back to a visible, pre-selected text box when the
 * clipboard API is missing or refused (http://, older browsers, denied permission); an e-mail
 * link longer than mail clients reliably accept is not offered, copy is.
 */

/** Longer mailto: URLs are cut off or refused by some browsers and mail clients. */
export const MAILTO_LIMIT = 1800;

export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Letters, digits and hyphens only, so every system accepts the file name. */
export function downloadFilename(pon: string | undefined, today: Date): string {
  const id = pon
    ?.trim()
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `att-escalation-${id || today.toISOString().slice(0, 10)}.txt`;
}

interface SummaryActionsProps {
  summary: string;
  subject: string;
  pon: string | undefined;
  /** Called when the report leaves the app: leaving the page no longer loses work. */
  onTakenAway: () => void;
}

export function SummaryActions({ summary, subject, pon, onTakenAway }: SummaryActionsProps) {
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState(false);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const mailto = mailtoHref(subject, summary);
  const mailtoFits = mailto.length <= MAILTO_LIMIT;

  useEffect(() => {
    if (!manualCopy) return;
    manualRef.current?.focus();
    manualRef.current?.select();
  }, [manualCopy]);

  const copy = async () => {
    try {
      // Absent where the page is not a secure context: treated like a refusal.
      if (!('clipboard' in navigator)) throw new Error('No clipboard');
      await navigator.clipboard.writeText(summary);
      setManualCopy(false);
      setStatus('Copied. Paste the report into your e-mail or ticket.');
      onTakenAway();
    } catch {
      setStatus('');
      setManualCopy(true);
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([summary], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = downloadFilename(pon, new Date());
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
    setStatus(`Saved as ${link.download}.`);
    onTakenAway();
  };

  return (
    <div className="summary-actions">
      <div className="button-group">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy the report
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          Download as .txt
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          Print
        </button>
        {mailtoFits ? (
          <a className="button button--secondary" href={mailto} onClick={onTakenAway}>
            Open an e-mail draft
          </a>
        ) : null}
      </div>
      {mailtoFits ? null : (
        <p className="body">
          The report is too long to open reliably as an e-mail draft. Copy it and paste it into a
          new e-mail instead.
        </p>
      )}
      <p role="status" className="status-message">
        {status}
      </p>
      {manualCopy ? (
        <div className="form-group manual-copy">
          <label htmlFor="manual-copy" className="label">
            Your browser did not let this page copy the report. Press Ctrl+C (or ⌘C on a Mac) to
            copy the selected text.
          </label>
          <textarea
            id="manual-copy"
            ref={manualRef}
            className="textarea textarea--code"
            readOnly
            rows={10}
            value={summary}
            onCopy={onTakenAway}
          />
        </div>
      ) : null}
    </div>
  );
}
