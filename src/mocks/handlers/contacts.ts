import { http } from 'msw';
import { apiUrl } from '../../api/config.ts';
import { CONTACTS_PATH, type CenterContact } from '../../api/contacts.ts';
import { CONTACTS_SNAPSHOT } from '../../api/contactsSnapshot.ts';
import { json } from './http.ts';

export const contactHandlers = [
  http.get(apiUrl(CONTACTS_PATH), () => json<readonly CenterContact[]>(CONTACTS_SNAPSHOT)),
];
