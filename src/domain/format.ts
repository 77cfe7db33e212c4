import { formatUsDate } from './identifiers/date.ts';
import { formatTelephoneNumber } from './identifiers/telephone.ts';

/*
 * Values written the one way the app writes them, wherever they appear: the page, the report,
 * the contact list.
 */

/** The user's calendar day (not UTC's, which is tomorrow on a US evening), as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Today as a US user types a date: MM/DD/YYYY, on the user's calendar. */
export const todayUs = (now: Date): string => formatUsDate(localDay(now));

/** The ten digits of a North American number however it was written (+1, spaces, dashes). */
const tenDigits = (phone: string): string =>
  phone.replace(/\D/gu, '').replace(/^1(?=\d{10}$)/u, '');

/** "312-555-0150 ext. 22": the number however it was written, then its extension. */
export function formatPhone(phone: string, extension?: string): string {
  const shown = formatTelephoneNumber(tenDigits(phone));
  return extension ? `${shown} ext. ${extension}` : shown;
}

/** A link that dials the number from a phone. */
export const telHref = (phone: string): string => `tel:+1${tenDigits(phone)}`;

/** "11/26/2026 10:42 AM CST": when a report was made, on the user's own clock. */
export function reportedAt(now: Date): string {
  return now
    .toLocaleString('en-US', {
      month: '2-digit',
      day: '2-digit',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    })
    .replace(',', '');
}

/** Typographic punctuation some mail and ticket systems mangle; letters typed are kept. */
const ASCII_PUNCTUATION: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
};

/** The text with plain ASCII quotes, dashes and dots, as the desk-ready report writes them. */
export function asciiPunctuation(text: string): string {
  return text.replace(/[‘’“”–—…]/gu, (c) => ASCII_PUNCTUATION[c] ?? c);
}
