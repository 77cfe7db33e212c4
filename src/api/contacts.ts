import type { ContactListSource } from '../domain/contactList.ts';
import { CenterContactsFileSchema, problemText } from '../domain/contacts.ts';
import { importContactsJson } from '../domain/contactsJson.ts';
import { apiFetch } from './client.ts';
import { apiConfig } from './config.ts';

/*
 * Where the Center Contacts list comes from (docs/contacts.md):
 * - the organisation's file, center-contacts.json beside index.html, which an administrator edits
 *   with no rebuild. It is fetched network-first with a short timeout, so an edit reaches users on
 *   their next visit, and kept in Cache Storage for offline use; the single-file build, which
 *   cannot fetch from file://, carries the file's content embedded at build time;
 * - a real backend's `GET contacts`, when VITE_API_BASE_URL names one (the mock is not asked:
 *   the journey to the result page needs no backend at all).
 * An invalid list is reported with where it is wrong, and never used.
 */

export const CONTACTS_FILE = 'center-contacts.json';
export const CONTACTS_PATH = 'contacts';
/** The id of the element in which the single-file build embeds the file. */
export const EMBEDDED_CONTACTS_ID = 'center-contacts';

/** Long enough for a slow desk connection, short enough that offline falls back at once. */
const NETWORK_TIMEOUT_MS = 3000;
const CACHE = 'att-escalation-wizard-contacts';

type OrganisationSource = ContactListSource<'network' | 'cache' | 'embedded'>;

/** Reads the file's text: problems by entry, field and line. */
function read(text: string, origin: 'network' | 'cache' | 'embedded'): OrganisationSource {
  const { file, problems } = importContactsJson(text);
  if (!file) return { status: 'invalid', problems: problems.map(problemText) };
  return { status: 'loaded', origin, list: file };
}

function embedded(): OrganisationSource {
  const text = document.getElementById(EMBEDDED_CONTACTS_ID)?.textContent;
  return text ? read(text, 'embedded') : { status: 'absent' };
}

async function fromCache(): Promise<OrganisationSource> {
  try {
    const cached = await (await caches.open(CACHE)).match(CONTACTS_FILE);
    return cached ? read(await cached.text(), 'cache') : { status: 'absent' };
  } catch {
    return { status: 'absent' };
  }
}

async function keep(text: string): Promise<void> {
  try {
    const cache = await caches.open(CACHE);
    await cache.put(
      CONTACTS_FILE,
      new Response(text, { headers: { 'Content-Type': 'application/json' } }),
    );
  } catch {
    // No Cache Storage (file://, blocked): the list still works online.
  }
}

/** The organisation's list: the network's copy, else the one kept for offline use. */
export async function loadOrganisationList(): Promise<OrganisationSource> {
  if (import.meta.env.MODE === 'singlefile' || location.protocol === 'file:') return embedded();
  let response: Response;
  try {
    response = await fetch(CONTACTS_FILE, {
      cache: 'no-store',
      signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS),
    });
  } catch {
    return fromCache();
  }
  if (response.status === 404) return { status: 'absent' };
  if (!response.ok) return fromCache();
  const text = await response.text();
  // A static host that answers every path with index.html has no file to offer.
  if (text.trimStart().startsWith('<')) return { status: 'absent' };
  const source = read(text, 'network');
  if (source.status === 'loaded') await keep(text);
  return source;
}

/** A real backend's list; the mock is never asked (the file stands in for it). */
export async function loadBackendList(): Promise<ContactListSource<'backend'>> {
  if (apiConfig.shouldMock) return { status: 'absent' };
  try {
    const list = await apiFetch({ path: CONTACTS_PATH, schema: CenterContactsFileSchema });
    return { status: 'loaded', origin: 'backend', list };
  } catch (error) {
    return {
      status: 'invalid',
      problems: [error instanceof Error ? error.message : 'The contacts service did not answer'],
    };
  }
}
