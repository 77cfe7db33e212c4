import { z } from 'zod';
import type { Answers } from '../../domain/answers.ts';
import { stepSchemas } from '../../domain/answers.ts';
import { readItem, writeItem } from './storage.ts';

/*
 * The CLEC contact is the same person escalation after escalation: remember it across drafts so
 * it is never typed twice (WCAG 2.2 3.3.7 redundant entry). Kept apart from the draft so
 * "Start again" does not forget who the user is.
 */

export const CONTACT_KEY = 'att-escalation-wizard:contact:v1';

export type RememberedContact = z.infer<typeof stepSchemas.contact>;

export function loadContact(storage: Storage | undefined): RememberedContact | undefined {
  const raw = readItem(storage, CONTACT_KEY);
  if (raw === null) return undefined;
  try {
    const parsed = stepSchemas.contact.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the contact once the contact step has been answered. */
export function rememberContact(storage: Storage | undefined, answers: Answers): void {
  const parsed = stepSchemas.contact.safeParse(answers);
  if (parsed.success) writeItem(storage, CONTACT_KEY, JSON.stringify(parsed.data));
}
