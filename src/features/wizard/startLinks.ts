/*
 * The links of the start page and the frame, as plain strings: they are on the first-load path
 * and must not pull in zod or the domain to build them. pages.ts parses the same URLs.
 */
/**
 * The first question as data, computed from the question registry at build time
 * (src/domain/firstQuestion.ts): one copy in the bundle, read here and by its light page.
 */
export const FIRST_QUESTION = __FIRST_QUESTION__;

export const START_LINKS = {
  start: '#/',
  /** A new escalation: a fresh draft, then the first question. */
  newEscalation: '#/new',
  /** The first question's page (pages.ts, pageHref). */
  firstQuestion: `#/step/${FIRST_QUESTION.step}`,
  /** A new escalation from its FOC: read the FOC first, then answer what it did not say. */
  pasteFoc: '#/new?then=foc',
  escalations: '#/escalations',
  contacts: '#/contacts',
} as const;

/** Resumes a saved draft where its answers stop (flow.ts, resumePage). */
export const resumeHref = (draftId: string): string =>
  `#/resume?draft=${encodeURIComponent(draftId)}`;

/** True for the URLs of the start page: none, "#" and "#/". */
export const isStartHash = (hash: string): boolean => hash === '' || hash === '#' || hash === '#/';

/**
 * The URLs that open on the first question: "Start now" and the question's own. Before the
 * wizard's code has loaded, they show the light copy of it (FirstQuestion.tsx), and index.html
 * shows it for them before any script runs.
 */
export const FIRST_QUESTION_HASHES: readonly string[] = [
  START_LINKS.newEscalation,
  START_LINKS.firstQuestion,
];
