// Made the first time a date is shown, not when this module first runs: building a date format
// loads the browser's locale data, a task of about 50 ms on a slow phone that the start page's
// first run paid for nothing (issue #22: a tap on Start now waited behind it).
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** "Dec 7, 2026, 10:42 AM": when something was saved, filed or changed, on the user's clock. */
export function formatDateTime(iso: string): string {
  dateTimeFormat ??= new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
  return dateTimeFormat.format(new Date(iso));
}
