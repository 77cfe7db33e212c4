import { z } from 'zod';
import { StepIdSchema } from '../../domain/answers.ts';
import type { StepId } from '../../domain/answers.ts';
import { START_LINKS, resumeHref } from './startLinks.ts';

/*
 * The app's pages and their hash URLs (#/, #/step/<id>, #/check, #/result, ...). Hash-based so
 * the single-file build works from file:// (docs/decisions/0003). The URL is checked with zod: a
 * mistyped or stale link lands on the start page instead of an impossible state.
 */

export type WizardPage =
  | { readonly kind: 'start' }
  /**
   * A fresh escalation; `like` copies the current one's order identifiers and contact; `then`
   * opens the FOC paste instead of the first question.
   */
  | { readonly kind: 'new'; readonly like?: true; readonly then?: 'foc' }
  | { readonly kind: 'foc' }
  | { readonly kind: 'step'; readonly step: StepId; readonly returnTo?: 'check' }
  | { readonly kind: 'check' }
  | { readonly kind: 'result' }
  /** Where a saved draft's answers stop; the app opens that draft first. */
  | { readonly kind: 'resume'; readonly draft?: string }
  /** My escalations; `ticket` opens a filed ticket, `track` an escalation's timeline and clock. */
  | { readonly kind: 'escalations'; readonly ticket?: string; readonly track?: string }
  | { readonly kind: 'contacts' };

const SIMPLE_PAGES = {
  '/check': { kind: 'check' },
  '/result': { kind: 'result' },
  '/foc': { kind: 'foc' },
  '/contacts': { kind: 'contacts' },
  // Bookmarks of the old "start again" page start a new escalation: nothing is deleted now.
  '/start-again': { kind: 'new' },
} as const satisfies Record<string, WizardPage>;

const ReturnTo = z.literal('check');
/** A ticket reference as the tickets feature links to it (#/escalations?ticket=...). */
const TicketId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);
const DraftId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export function parseHash(hash: string): WizardPage {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  if (path in SIMPLE_PAGES) return SIMPLE_PAGES[path as keyof typeof SIMPLE_PAGES];
  const params = new URLSearchParams(query);
  if (path === '/new') {
    return {
      kind: 'new',
      ...(params.get('like') === '1' ? { like: true } : {}),
      ...(params.get('then') === 'foc' ? { then: 'foc' } : {}),
    };
  }
  if (path === '/resume') {
    const draft = DraftId.safeParse(params.get('draft'));
    return draft.success ? { kind: 'resume', draft: draft.data } : { kind: 'resume' };
  }
  if (path === '/escalations') {
    const ticket = TicketId.safeParse(params.get('ticket'));
    const track = TicketId.safeParse(params.get('track'));
    if (track.success) return { kind: 'escalations', track: track.data };
    return ticket.success ? { kind: 'escalations', ticket: ticket.data } : { kind: 'escalations' };
  }
  const step = /^\/step\/([A-Za-z0-9]+)$/.exec(path)?.[1];
  const parsed = StepIdSchema.safeParse(step);
  if (!parsed.success) return { kind: 'start' };
  const returnTo = ReturnTo.safeParse(params.get('returnTo'));
  return returnTo.success
    ? { kind: 'step', step: parsed.data, returnTo: returnTo.data }
    : { kind: 'step', step: parsed.data };
}

export function pageHref(page: WizardPage): string {
  switch (page.kind) {
    case 'start':
      return START_LINKS.start;
    case 'new': {
      const query = [page.like ? 'like=1' : '', page.then ? `then=${page.then}` : '']
        .filter(Boolean)
        .join('&');
      return query ? `${START_LINKS.newEscalation}?${query}` : START_LINKS.newEscalation;
    }
    case 'foc':
      return '#/foc';
    case 'resume':
      return page.draft ? resumeHref(page.draft) : '#/resume';
    case 'step':
      return `#/step/${page.step}${page.returnTo ? `?returnTo=${page.returnTo}` : ''}`;
    case 'check':
      return '#/check';
    case 'result':
      return '#/result';
    case 'escalations':
      if (page.track) return `${START_LINKS.escalations}?track=${page.track}`;
      return page.ticket
        ? `${START_LINKS.escalations}?ticket=${page.ticket}`
        : START_LINKS.escalations;
    case 'contacts':
      return START_LINKS.contacts;
  }
}

export const samePage = (a: WizardPage, b: WizardPage): boolean => pageHref(a) === pageHref(b);

export type Navigate = (page: WizardPage, options?: { replace?: boolean }) => void;
