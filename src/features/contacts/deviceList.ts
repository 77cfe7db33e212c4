import { openStore, tabChannel } from '../../api/localStore.ts';
import type { ContactListSource } from '../../domain/contactList.ts';
import type { CenterContactsFile } from '../../domain/contacts.ts';
import { parseContactsFile, problemText } from '../../domain/contacts.ts';

/*
 * A Center Contacts list imported or edited on this device. It overrides the organisation's
 * file everywhere it is used (and says so) until the user resets it.
 */

const store = openStore<unknown>('contacts');
const KEY = 'device-list';
const changes = tabChannel<'changed'>('contacts');

export async function loadDeviceList(): Promise<ContactListSource<'device'>> {
  const stored = await store.get(KEY).catch(() => undefined);
  if (stored === undefined) return { status: 'absent' };
  const parsed = parseContactsFile(stored);
  return parsed.ok
    ? { status: 'loaded', origin: 'device', list: parsed.file }
    : { status: 'invalid', problems: parsed.problems.map(problemText) };
}

export async function saveDeviceList(file: CenterContactsFile): Promise<void> {
  await store.update(KEY, () => file);
  changes.post('changed');
}

export async function resetDeviceList(): Promise<void> {
  await store.delete(KEY);
  changes.post('changed');
}

/** Calls `listener` when another tab imports, edits or resets the device's list. */
export const onDeviceListChanged = (listener: () => void): (() => void) =>
  changes.subscribe(listener);

/** False when the device cannot keep the list (storage blocked): it lasts until the tab closes. */
export const deviceListPersists = (): boolean => store.persistent;
