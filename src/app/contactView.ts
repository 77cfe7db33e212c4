import type { EscalationLevel } from '../domain/answers.ts';
import type { ContactKey } from '../domain/contacts.ts';
import type { ContactListChoice, ContactListInUse, LadderStep } from '../domain/contactList.ts';
import {
  CLEC_ONLINE_FALLBACK,
  CONTACT_LIST_NAMES,
  escalationContact,
} from '../domain/contactList.ts';
import { formatUsDate } from '../domain/identifiers/date.ts';
import { formatCount } from '../domain/identifiers/list.ts';
import { ESCALATION_LEVEL_NUMBER } from '../domain/labels.ts';
import type { CenterContactView } from '../features/wizard/ResultPage.tsx';

/*
 * The result page's "who to call", from the Center Contacts list in use: the center's entry for
 * the decision's function, region and product type; for a later escalation, the level above the
 * center; where the list comes from and how fresh; never a number from a list that could not be
 * read, and never a fictional one in the report.
 */

function listNotes(choice: ContactListInUse): string[] {
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
      `${CONTACT_LIST_NAMES[list]} could not be read: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${formatCount(problems.length - 3)} more)` : ''}.`,
  );
}

/** What the page says when the escalation has gone past the top of the center's ladder. */
function ladderEnd(step: LadderStep): string | undefined {
  if (!step.pastLast) return undefined;
  return step.level
    ? `Level ${String(step.level.level)} (${step.level.name}) is the last level in the contact list: it names no one above it.`
    : 'The contact list names no escalation level above the center.';
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
  const notes = listNotes(choice);
  const found = escalationContact(choice, key, level ? ESCALATION_LEVEL_NUMBER[level] : 1);
  if (!found) {
    return { status: 'missing', problems, nextLevels: [], notes, sample: choice.sample };
  }
  const end = ladderEnd(found.step);
  return {
    status: 'found',
    contact: found.contact,
    call: found.call,
    nextLevels: found.step.next,
    ...(end ? { ladderEnd: end } : {}),
    notes,
    sample: found.sample,
    problems,
  };
}
