import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { journey, toResult } from '../../../test/unit/wizard/journey.tsx';

/*
 * The order a desk works in is copy, then submit: the copy made first lacks the ticket's
 * reference. Once filed, the result page says the report now carries it, and one click copies
 * that version.
 */

const resultPanel = () =>
  screen.getByRole('heading', { level: 1 }).closest('.panel') as HTMLElement;

describe('the result page after submitting', () => {
  it('says the report now carries the reference, and copies that version with one click', async () => {
    const { user } = await journey('lnpPrematureDisconnect');
    await toResult(user);
    await user.click(screen.getByRole('button', { name: 'Copy the report' }));
    await screen.findByText(/^Copied/);
    expect(await navigator.clipboard.readText()).not.toMatch(/^Ticket reference:/m);

    await user.click(screen.getByRole('button', { name: 'Submit as a ticket' }));
    const said = await within(resultPanel()).findByText(
      /^The report now carries your ticket reference, (\S+)\. Copy it again/,
    );
    const reference = /reference, (\S+)\./.exec(said.textContent)?.[1] ?? '';
    // The message about the copy made before is gone: that copy lacks the reference.
    expect(screen.queryByText(/^Copied/)).toBeNull();

    await user.click(
      within(resultPanel()).getByRole('button', { name: 'Copy the report with the reference' }),
    );
    await screen.findByText(/^Copied/);
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(new RegExp(`^Ticket reference: ${reference}$`, 'm'));
    expect(copied).not.toMatch(/^Source: /m);
  });
});
