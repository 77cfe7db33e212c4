import { http } from 'msw';
import { apiUrl } from '../../api/config.ts';
import { CONTACTS_PATH } from '../../api/contacts.ts';
import sample from '../../../public/center-contacts.json';
import { json } from './http.ts';

/** `GET contacts` answers with the sample list the app ships: fictional numbers only. */
export const contactHandlers = [http.get(apiUrl(CONTACTS_PATH), () => json(sample))];
