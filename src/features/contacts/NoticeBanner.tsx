import type { ContactListChoice, ContactListName } from '../../domain/contactList.ts';
import { formatCount } from '../../domain/identifiers/list.ts';
import { focusOnMount } from './words.ts';

/* What the last action on the Center contacts page did, once its button is gone. */

export type Notice =
  | { readonly kind: 'saved'; readonly name: string; readonly phone: string }
  | { readonly kind: 'imported'; readonly count: number; readonly fileName: string }
  | { readonly kind: 'reset' };

const NOTICE_ID = 'contacts-notice';

function listName(choice: ContactListChoice | undefined): string {
  if (!choice || choice.used === 'none') return 'no list: the result page shows no number';
  const names: Record<ContactListName, string> = {
    device: 'the list on this device',
    organisation: "the organisation's file",
    backend: 'the contacts service',
  };
  return names[choice.used];
}

/** Shown with a new key for each action, so it takes the focus each time it appears. */
export function NoticeBanner({
  notice,
  choice,
}: {
  notice: Notice;
  choice: ContactListChoice | undefined;
}) {
  const [title, body] =
    notice.kind === 'saved'
      ? [
          'Change saved',
          `${notice.name}: ${notice.phone}. This device now uses its own copy of the list, with this change.`,
        ]
      : notice.kind === 'imported'
        ? [
            'List imported',
            `This device now uses the ${formatCount(notice.count, ['center', 'centers'])} from ${notice.fileName}.`,
          ]
        : ['List reset', `The list on this device was deleted. In use now: ${listName(choice)}.`];
  return (
    <div
      id={NOTICE_ID}
      className="notification contacts-notice--success"
      role="status"
      tabIndex={-1}
      ref={focusOnMount}
    >
      <h2 className="notification__title">{title}</h2>
      <p className="body">{body}</p>
    </div>
  );
}
