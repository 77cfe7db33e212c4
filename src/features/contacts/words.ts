import type { ContactListInUse } from '../../domain/contactList.ts';
import { CONTACT_LIST_NAMES } from '../../domain/contactList.ts';
import { formatCount } from '../../domain/identifiers/list.ts';

/*
 * The words the Center contacts page puts together from a count or from the list in use, and the
 * small helpers its parts share.
 */

/** "1 center", "1,200 centers". */
export function countText(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** The user's calendar day (not UTC's, which is tomorrow on a US evening), as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const EDITED_PREFIX = 'Edited on this device';

/** Which list is in use, in words, with where it was read from. */
export function listInUse(choice: ContactListInUse): string {
  if (choice.used === 'device') return 'The list on this device (imported or edited on this page)';
  if (choice.used === 'backend') {
    return choice.fromCache
      ? 'The contacts service, saved for offline use'
      : 'The contacts service';
  }
  if (choice.origin === 'embedded')
    return "The organisation's file, built into this copy of the app";
  return choice.fromCache
    ? "The organisation's file (center-contacts.json), saved for offline use: the server could not be reached, so a newer list may be there"
    : "The organisation's file (center-contacts.json)";
}

/** The source of an edited list: what it was edited from, not nested again on a second edit. */
export function editedSource(choice: ContactListInUse): string {
  if (choice.used === 'device' && choice.source?.startsWith(EDITED_PREFIX)) return choice.source;
  const from = lowerFirst(CONTACT_LIST_NAMES[choice.used]);
  return `${EDITED_PREFIX}, from ${from}${choice.source ? `: ${choice.source}` : ''}`;
}

/**
 * A ref for an element that takes the focus when it appears: a notice or a result whose button
 * is gone. One function for every render, so React calls it on mounting only; a `key` that
 * changes makes the element appear, and take the focus, again.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
