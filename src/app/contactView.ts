import type { EscalationLevel } from '../domain/answers.ts';
import type { ContactKey, ContactListChoice } from '../domain/contacts.ts';
import {
  CLEC_ONLINE_FALLBACK,
  CONTACT_LIST_NAMES,
  findContact,
  levelsAfter,
} from '../domain/contacts.ts';
import { formatUsDate } from '../domain/identifiers/date.ts';
import { ESCALATION_LEVEL_NUMBER } from '../domain/labels.ts';
import type { CenterContactView } from '../features/wizard/ResultPage.tsx';

/*
 * The result page's "who to call", from the Center Contacts list in use: the center's entry for
 * the decision's function, region and product type; for a later escalation, the level above the
 * center; where the list comes from and how fresh; never a number from a list that could not be
 * read.
 */

function listNotes(choice: Extract<ContactListChoice, { contacts: unknown }>): string[] {
  const asOf = choice.updated ? `, as of ${formatUsDate(choice.updated)}` : '';
  const notes = [
    choice.used === 'device'
      ? `From the list imported on this device${asOf}: it is used instead of your organisation’s list until you reset it on the Center contacts page.`
      : `From ${CONTACT_LIST_NAMES[choice.used].replace(/^The /, 'the ')}${asOf}${choice.fromCache ? ', saved for offline use' : ''}.`,
  ];
  if (choice.source) notes.push(`Source: ${choice.source}`);
  return notes;
}

function problemLines(choice: ContactListChoice): string[] {
  return choice.problems.map(
    ({ list, problems }) =>
      `${CONTACT_LIST_NAMES[list]} could not be read: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${String(problems.length - 3)} more)` : ''}.`,
  );
}

export function contactView(
  choice: ContactListChoice | undefined,
  key: ContactKey,
  level: EscalationLevel | undefined,
): CenterContactView {
  const none = { nextLevels: [], notes: [], sample: false } as const;
  if (!choice) return { status: 'loading', problems: [], ...none };
  const problems = problemLines(choice);
  if (choice.used === 'none') {
    return { status: 'missing', problems: [...problems, `${CLEC_ONLINE_FALLBACK}.`], ...none };
  }
  const contact = findContact(choice.contacts, key);
  const notes = listNotes(choice);
  if (!contact) {
    return { status: 'missing', problems, nextLevels: [], notes, sample: choice.sample };
  }
  // The first escalation calls the center; the second its level 1, and so on up the ladder.
  const reached = (level ? ESCALATION_LEVEL_NUMBER[level] : 1) - 1;
  const callNow = reached > 0 ? levelsAfter(contact, reached - 1)[0] : undefined;
  const call = callNow?.phone
    ? {
        name: `${contact.name}, level ${String(callNow.level)} (${callNow.name})`,
        phone: callNow.phone,
        ...(callNow.extension ? { extension: callNow.extension } : {}),
      }
    : {
        name: contact.name,
        phone: contact.phone,
        ...(contact.extension ? { extension: contact.extension } : {}),
      };
  return {
    status: 'found',
    contact,
    call,
    nextLevels: levelsAfter(contact, callNow ? callNow.level : 0),
    notes,
    sample: choice.sample,
    problems,
  };
}
