import type { ReactNode } from 'react';
import { useCallback, useState } from 'react';
import { localDay } from '../../domain/format.ts';
import { downloadFile } from '../../ui/download.ts';

/*
 * The ways to take the report away: copy, download, print, e-mail. Copy falls back to a visible,
 * pre-selected text box when the clipboard API is missing or refused (http://, older browsers,
 * denied permission). A report too long for a mailto: link still opens a draft, with the subject
 * and a short body, having put the whole report on the clipboard, and says so.
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
  return `att-escalation-${id ? `${id}-` : ''}${localDay(today)}.txt`;
}

const SHORT_BODY =
  'The full escalation report is on your clipboard: paste it here, below this line.\n\n';

async function writeClipboard(text: string): Promise<void> {
  // Absent where the page is not a secure context: treated like a refusal.
  if (!('clipboard' in navigator)) throw new Error('No clipboard');
  await navigator.clipboard.writeText(text);
}

interface SummaryActionsProps {
  summary: string;
  /** The copy button's words; "Copy the report" unless the report changed in a way to say. */
  copyLabel?: string;
  subject: string;
  pon: string | undefined;
  /** Called when the report leaves the app: leaving the page no longer loses work. */
  onTakenAway: () => void;
  /** Rendered right after the copy button: the ticket feature's submit button. */
  submit?: ReactNode;
  /**
   * What the report still waits for (the center's number being looked up), if anything: until
   * then it cannot be taken away, so no copy leaves without its last lines.
   */
  waitingFor?: string;
}

export function SummaryActions({
  summary,
  copyLabel = 'Copy the report',
  subject,
  pon,
  onTakenAway,
  submit,
  waitingFor,
}: SummaryActionsProps) {
  const waiting = waitingFor !== undefined;
  // Which text the message is about: "Copied" of a report since changed (the ticket's reference
  // added) would say the copy is current when it is not.
  const [said, setSaid] = useState({ status: '', of: summary });
  const status = said.of === summary ? said.status : '';
  const setStatus = (text: string) => {
    setSaid({ status: text, of: summary });
  };
  const [manualCopy, setManualCopy] = useState(false);
  // The box appears in place of the copy the browser refused: the focus goes to it, its text
  // selected, once, when it appears.
  const takeFocus = useCallback((box: HTMLTextAreaElement | null) => {
    box?.focus();
    box?.select();
  }, []);
  const mailto = mailtoHref(subject, summary);
  const mailtoFits = mailto.length <= MAILTO_LIMIT;

  const copy = async () => {
    try {
      await writeClipboard(summary);
      setManualCopy(false);
      setStatus('Copied. Paste the report into your e-mail or ticket.');
      onTakenAway();
    } catch {
      setStatus('');
      setManualCopy(true);
    }
  };

  const emailLongReport = async () => {
    let copied = true;
    try {
      await writeClipboard(summary);
    } catch {
      copied = false;
      setManualCopy(true);
    }
    setStatus(
      copied
        ? 'The report is too long for an e-mail link, so it was copied: paste it into the e-mail draft that opened.'
        : 'The report is too long for an e-mail link: copy it from the box below and paste it into the e-mail draft that opened.',
    );
    onTakenAway();
    window.location.href = mailtoHref(subject, SHORT_BODY);
  };

  const download = () => {
    const name = downloadFilename(pon, new Date());
    downloadFile(name, summary, 'text/plain;charset=utf-8');
    setStatus(`Saved as ${name}.`);
    onTakenAway();
  };

  return (
    <div className="summary-actions">
      {/* A disabled fieldset disables every button in it, the submit slot's too. */}
      <fieldset className="button-group bare-fieldset" disabled={waiting}>
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
        {submit}
        <button type="button" className="button button--secondary" onClick={download}>
          Download as .txt
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onTakenAway();
            window.print();
          }}
        >
          Print
        </button>
        {mailtoFits && !waiting ? (
          <a className="button button--secondary" href={mailto} onClick={onTakenAway}>
            Open an e-mail draft
          </a>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void emailLongReport()}
          >
            Open an e-mail draft
          </button>
        )}
      </fieldset>
      <p role="status" className="status-message">
        {waiting ? waitingFor : status}
      </p>
      {manualCopy ? (
        <div className="form-group manual-copy">
          <label htmlFor="manual-copy" className="label">
            Your browser did not let this page copy the report. Press Ctrl+C (or ⌘C on a Mac) to
            copy the selected text.
          </label>
          <textarea
            id="manual-copy"
            ref={takeFocus}
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
