import { cleanup, render, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { userEvent } from '@testing-library/user-event';
import { afterEach, expect } from 'vitest';
import { Root } from '../../../src/app/Root.tsx';
import { setupMockBackend } from '../../msw.ts';

/*
 * Walks the wizard the way a user does: read the question, answer it, press Continue. Tests
 * built from these read like the journey they check.
 */

// The result page looks up the center's contact and files tickets: against the mock backend.
setupMockBackend();

// Without vitest globals, Testing Library cannot register its own cleanup; a saved draft from
// one test must not leak into the next either.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

export type Action = (user: UserEvent) => Promise<void>;

/**
 * Opens the app at a URL, with whatever is already in localStorage (a saved draft, say), and
 * waits for its first page: the wizard is a lazily loaded chunk (issue #6).
 */
export async function openApp(hash = '#/'): Promise<{ user: UserEvent; unmount: () => void }> {
  window.history.replaceState(null, '', hash);
  const user = userEvent.setup();
  const { unmount } = render(<Root />);
  await screen.findByRole('heading', { level: 1 });
  return { user, unmount };
}

/** A question's h1 may end with " (optional)". */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export const heading = () => screen.getByRole('heading', { level: 1 });

export const choose =
  (label: string): Action =>
  async (user) => {
    await user.click(screen.getByLabelText(label));
  };

export const typeInto =
  (label: string | RegExp, text: string): Action =>
  async (user) => {
    const field = screen.getByLabelText(label);
    await user.clear(field);
    await user.type(field, text);
  };

/** A paste, as a coordinator pastes a column of numbers from a spreadsheet. */
export const pasteInto =
  (label: string | RegExp, text: string): Action =>
  async (user) => {
    const field = screen.getByLabelText(label);
    await user.clear(field);
    await user.click(field);
    await user.paste(text);
  };

export const selectOption =
  (label: string | RegExp, option: string): Action =>
  async (user) => {
    await user.selectOptions(screen.getByLabelText(label), option);
  };

export async function pressContinue(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

/** Checks the question on screen, answers it and continues. */
export async function answer(
  user: UserEvent,
  question: string | RegExp,
  ...actions: Action[]
): Promise<void> {
  const name = typeof question === 'string' ? startsWith(question) : question;
  expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
  for (const action of actions) await action(user);
  await pressContinue(user);
}

export async function startNow(user: UserEvent): Promise<void> {
  await user.click(await screen.findByRole('link', { name: 'Start now' }));
}

/** The contact step, as a first-time user fills it in. */
export async function answerContact(user: UserEvent): Promise<void> {
  await answer(
    user,
    'Who should AT&T contact about this escalation?',
    typeInto('Your name', 'Dana Reyes'),
    typeInto('Company (the CLEC)', 'Prairie Telecom'),
    typeInto('Call-back telephone number', '312 555 0142'),
  );
}

export const reportText = (): string => document.querySelector('pre.report')?.textContent ?? '';

/** The value shown on the check page for a row. */
export function checkRow(key: string): HTMLElement {
  const term = screen.getByText(key, { selector: 'dt' });
  const row = term.parentElement;
  if (!row) throw new Error(`No row for ${key}`);
  return row;
}
