import { z } from 'zod';
import { StepIdSchema } from '../../domain/answers.ts';
import type { StepId } from '../../domain/answers.ts';
import { START_LINKS } from './startLinks.ts';

/*
 * The wizard's pages and their hash URLs (#/, #/step/<id>, #/check, #/result, ...). Hash-based so
 * the single-file build works from file://. The URL is checked with zod: a mistyped or stale
 * link lands on the start page instead of an impossible state.
 */

export type WizardPage =
  | { readonly kind: 'start' }
  | { readonly kind: 'step'; readonly step: StepId; readonly returnTo?: 'check' }
  | { readonly kind: 'check' }
  | { readonly kind: 'result' }
  | { readonly kind: 'startAgain' }
  /** Where the saved answers stop; the wizard resolves it (flow.ts, allowedPage). */
  | { readonly kind: 'resume' }
  | { readonly kind: 'escalations'; readonly ticket?: string };

const SIMPLE_PAGES = {
  '/check': { kind: 'check' },
  '/result': { kind: 'result' },
  '/start-again': { kind: 'startAgain' },
  '/resume': { kind: 'resume' },
} as const satisfies Record<string, WizardPage>;

const ReturnTo = z.literal('check');
/** A ticket reference as the tickets feature links to it (#/escalations?ticket=...). */
const TicketId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);

export function parseHash(hash: string): WizardPage {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  if (path in SIMPLE_PAGES) return SIMPLE_PAGES[path as keyof typeof SIMPLE_PAGES];
  const params = new URLSearchParams(query);
  if (path === '/escalations') {
    const ticket = TicketId.safeParse(params.get('ticket'));
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
    case 'resume':
      return START_LINKS.resume;
    case 'step':
      return `#/step/${page.step}${page.returnTo ? `?returnTo=${page.returnTo}` : ''}`;
    case 'check':
      return '#/check';
    case 'result':
      return '#/result';
    case 'startAgain':
      return START_LINKS.startAgain;
    case 'escalations':
      return page.ticket ? `#/escalations?ticket=${page.ticket}` : '#/escalations';
  }
}

export const samePage = (a: WizardPage, b: WizardPage): boolean => pageHref(a) === pageHref(b);

export type Navigate = (page: WizardPage, options?: { replace?: boolean }) => void;
