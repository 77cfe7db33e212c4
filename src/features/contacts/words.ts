import type { ContactListInUse } from '../../domain/contactList.ts';
import { CONTACT_LIST_NAMES } from '../../domain/contactList.ts';
import { localDay } from '../../domain/format.ts';

/*
 * The words the Center contacts page puts together from the list in use, and the
 * small helpers its parts share.
 */

/** The user's calendar day as YYYY-MM-DD (the day a list was imported or edited). */
export const today = (now = new Date()): string => localDay(now);

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
