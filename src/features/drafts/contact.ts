import type { z } from 'zod';
import type { Answers } from '../../domain/answers.ts';
import { stepSchemas } from '../../domain/answers.ts';

/*
 * The CLEC contact (and company code) is the same person escalation after escalation: remember
 * it across drafts so it is never typed twice (WCAG 2.2 3.3.7 redundant entry). Kept apart from
 * the drafts, so deleting one does not forget who the user is.
 */

export const CONTACT_KEY = 'att-escalation-wizard:contact:v1';

const ContactSchema = stepSchemas.contact.partial();
export type RememberedContact = z.infer<typeof ContactSchema>;

export function loadContact(storage: Storage | undefined): RememberedContact | undefined {
  try {
    const raw = storage?.getItem(CONTACT_KEY);
    if (!raw) return undefined;
    const parsed = ContactSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The contact of answers whose contact step is complete, or undefined. */
export function contactOf(answers: Answers): RememberedContact | undefined {
  const { contactName, company, callbackNumber, email, companyCode } = answers;
  return contactName?.trim() && company?.trim() && callbackNumber?.trim()
    ? { contactName, company, callbackNumber, email, companyCode }
    : undefined;
}

/** Remembers the contact once the contact step has been answered. */
export function rememberContact(storage: Storage | undefined, answers: Answers): void {
  const contact = contactOf(answers);
  if (!contact) return;
  try {
    storage?.setItem(CONTACT_KEY, JSON.stringify(contact));
  } catch {
    // Storage full or blocked: the contact is still held in memory for this tab.
  }
}
