/*
 * The links of the start page, as plain strings: the start page is on the first-load path and
 * must not pull in zod or the domain to build them (issue #6). pages.ts parses the same URLs.
 */
export const START_LINKS = {
  start: '#/',
  firstQuestion: '#/step/problem',
  /** Resolved by the wizard to where the saved answers stop (flow.ts, resumePage). */
  resume: '#/resume',
  startAgain: '#/start-again',
} as const;

/** True for the URLs of the start page: none, "#" and "#/". */
export const isStartHash = (hash: string): boolean => hash === '' || hash === '#' || hash === '#/';
