import type { CenterContact, ContactKey, ContactLevel } from './contacts.ts';
import type { ContactPolicy } from './contactsPolicy.ts';
import { parseTelephoneNumber } from './identifiers/telephone.ts';

/*
 * Which Center Contacts list is in use, and what it says for one escalation: the center for a
 * decision, the level to call for a later escalation, and whether a number may go into a report.
 * The shape of a list and its checks are in contacts.ts.
 */

/**
 * The entry for the exact product type, else the function's general line ('all') for the region,
 * else undefined: the UI then points to the Center Contacts list on CLEC Online.
 */
export function findContact(
  contacts: readonly CenterContact[],
  key: ContactKey,
): CenterContact | undefined {
  let general: CenterContact | undefined;
  for (const contact of contacts) {
    if (contact.function !== key.function || contact.region !== key.region) continue;
    if (contact.productType === key.productType) return contact;
    if (contact.productType === 'all') general ??= contact;
  }
  return general;
}

/**
 * The escalation levels still ahead, lowest first. Level N is the Nth escalation above the
 * center's own line, so `reached` is the highest level already contacted: 0 (the default) when
 * the user has only dealt with the center, which makes level 1 (or the lowest listed) next. Gaps
 * are kept as listed: a list that starts at level 2 offers level 2 first.
 */
export function levelsAfter(contact: CenterContact, reached = 0): ContactLevel[] {
  return (contact.levels ?? [])
    .filter((level) => level.level > reached)
    .sort((a, b) => a.level - b.level);
}

/** Where an escalation stands on a center's ladder, for the number to call and what comes next. */
export interface LadderStep {
  /** The level to call now; undefined when the center itself is the one to call. */
  readonly level: ContactLevel | undefined;
  /** The levels above it, lowest first: whom to call if this one does not resolve it. */
  readonly next: readonly ContactLevel[];
  /**
   * The escalation has gone past the highest level the list names. `level` is then that highest
   * level (undefined when the center has no levels at all), and `next` is empty: the user is never
   * sent back down to a level already tried.
   */
  readonly pastLast: boolean;
}

/**
 * The step of the ladder for the Nth escalation: the first calls the center, and the Nth after it
 * calls level N - 1, or the next level listed above that number when the list skips it.
 */
export function ladderStep(contact: CenterContact, escalation: number): LadderStep {
  if (escalation <= 1) return { level: undefined, next: levelsAfter(contact), pastLast: false };
  const level = levelsAfter(contact, escalation - 2)[0];
  if (level) return { level, next: levelsAfter(contact, level.level), pastLast: false };
  return { level: levelsAfter(contact).at(-1), next: [], pastLast: true };
}

/**
 * True for a number in 555-0100 to 555-0199, which the North American Numbering Plan keeps for
 * fiction in every area code: no real line answers it. The shipped sample list uses only these.
 */
export function isFictionalNumber(phone: string): boolean {
  const parsed = parseTelephoneNumber(phone);
  return parsed.ok && /^\d{3}55501\d{2}$/.test(parsed.value);
}

/** The center's own number, or one of its levels', is fictional: the entry is sample data. */
export function holdsFictionalNumber(contact: CenterContact): boolean {
  const numbers = [contact.phone, ...(contact.levels ?? []).map((level) => level.phone)];
  return numbers.some((phone) => phone !== undefined && isFictionalNumber(phone));
}

/* Choosing the list in use */

/** Where a loaded list came from: 'cache' is the copy kept for offline use. */
export type ContactListOrigin = 'network' | 'cache' | 'embedded' | 'device' | 'backend';

/** The lists the app can hold, in order of precedence. */
export const CONTACT_LISTS = ['device', 'organisation', 'backend'] as const;
export type ContactListName = (typeof CONTACT_LISTS)[number];

/** For messages like "The organisation's list could not be read: ...". */
export const CONTACT_LIST_NAMES: Record<ContactListName, string> = {
  device: 'The list imported on this device',
  organisation: "The organisation's list",
  backend: 'The contacts service',
};

/** What the user can always fall back on when no list gives a number. */
export const CLEC_ONLINE_FALLBACK = 'Use the Center Contacts list on CLEC Online';

/** A list's contents; a contacts file is one, and so is a backend answer without the metadata. */
export interface ContactListData {
  readonly contacts: readonly CenterContact[];
  readonly updated?: string | undefined;
  readonly source?: string | undefined;
  readonly sample?: boolean | undefined;
  /** The organisation's holidays and out-of-service interval. */
  readonly policy?: ContactPolicy | undefined;
}

export type ContactListSource<Origin extends ContactListOrigin = ContactListOrigin> =
  | { readonly status: 'absent' }
  /** Problems as readable lines, like problemText() makes. */
  | { readonly status: 'invalid'; readonly problems: readonly string[] }
  | { readonly status: 'loaded'; readonly origin: Origin; readonly list: ContactListData };

export interface ContactListSources {
  readonly device: ContactListSource<'device'>;
  readonly organisation: ContactListSource<'network' | 'cache' | 'embedded'>;
  readonly backend: ContactListSource<'backend' | 'cache'>;
}

export interface ContactListProblems {
  readonly list: ContactListName;
  readonly problems: readonly string[];
}

export type ContactListChoice =
  | { readonly used: 'none'; readonly problems: readonly ContactListProblems[] }
  | {
      readonly used: ContactListName;
      readonly contacts: readonly CenterContact[];
      readonly origin: ContactListOrigin;
      readonly sample: boolean;
      readonly updated: string | undefined;
      readonly source: string | undefined;
      readonly policy?: ContactPolicy | undefined;
      /** The offline copy: it may be older than the one on the server. */
      readonly fromCache: boolean;
      /** Lists that could not be read, whichever was used: the UI names them. */
      readonly problems: readonly ContactListProblems[];
    };

/**
 * The list in use: device > organisation file > backend > none. A list imported on the device
 * always wins, because the user chose it. A sample organisation file yields to a loaded backend,
 * since the backend may hold real numbers. An invalid list is never used, so it cannot give a
 * wrong number: its problems are reported and the choice falls to the next list.
 */
export function chooseContactList(sources: ContactListSources): ContactListChoice {
  const problems: ContactListProblems[] = [];
  for (const list of CONTACT_LISTS) {
    const source = sources[list];
    if (source.status === 'invalid') problems.push({ list, problems: source.problems });
  }
  const { organisation, backend } = sources;
  const sampleYields =
    organisation.status === 'loaded' &&
    organisation.list.sample === true &&
    backend.status === 'loaded';
  const order: readonly ContactListName[] = sampleYields ? ['device', 'backend'] : CONTACT_LISTS;
  for (const used of order) {
    const source = sources[used];
    if (source.status !== 'loaded') continue;
    const { list, origin } = source;
    return {
      used,
      contacts: list.contacts,
      origin,
      sample: list.sample === true,
      updated: list.updated,
      source: list.source,
      policy: list.policy,
      fromCache: origin === 'cache',
      problems,
    };
  }
  return { used: 'none', problems };
}

/** A choice that found a list: what the pages show and the result page calls from. */
export type ContactListInUse = Extract<ContactListChoice, { contacts: unknown }>;

/** Who to call for one escalation, from the list in use. */
export interface EscalationContact {
  /** The center's entry for the decision's function, region and product type. */
  readonly contact: CenterContact;
  readonly step: LadderStep;
  /** Who to call now: the level of `step` when it has a number, else the center itself. */
  readonly call: { readonly name: string; readonly phone: string; readonly extension?: string };
  /**
   * The numbers are not real: the list is marked sample, or one of the entry's numbers is
   * fictional whatever the list says. They are shown under the sample warning and never written
   * into a report that leaves the app.
   */
  readonly sample: boolean;
}

/**
 * The center for `key` in the list in use and the step of its ladder for the Nth escalation;
 * undefined when the list has no entry for the key.
 */
export function escalationContact(
  choice: ContactListInUse,
  key: ContactKey,
  escalation: number,
): EscalationContact | undefined {
  const contact = findContact(choice.contacts, key);
  if (!contact) return undefined;
  const step = ladderStep(contact, escalation);
  const { level } = step;
  const call = level?.phone
    ? {
        name: `${contact.name}, level ${String(level.level)} (${level.name})`,
        phone: level.phone,
        ...(level.extension ? { extension: level.extension } : {}),
      }
    : {
        name: contact.name,
        phone: contact.phone,
        ...(contact.extension ? { extension: contact.extension } : {}),
      };
  return { contact, step, call, sample: choice.sample || holdsFictionalNumber(contact) };
}
