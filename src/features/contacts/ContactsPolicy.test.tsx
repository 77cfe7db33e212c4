import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadDeviceList } from './deviceList.ts';
import {
  HEADER,
  SAMPLE,
  SAMPLE_TEXT,
  importFile,
  renderPage,
  serveOrganisationFile,
  tableRows,
  servesTheSampleEachTest,
} from './testing.tsx';

/*
 * The organisation's escalation policy on the Center contacts page: the holidays and the
 * out-of-service interval shown, the hours the clock cannot read reported, each level's interval
 * edited, and a CSV import that keeps the policy it cannot carry.
 */

const LOOP = 'Midwest Maintenance (LOC): Loop';

servesTheSampleEachTest();

describe('the escalation policy on <ContactsPage>', () => {
  it('shows the sample policy: its holidays and its out-of-service interval', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Your escalation policy' })).toBeVisible();
    expect(screen.getByText('12/25/2026: Christmas Day')).toBeInTheDocument();
    expect(screen.getByText('Go up a level after 4 hours out of service')).toBeInTheDocument();
    expect(screen.getByText(/The sample list carries a sample policy/)).toBeInTheDocument();
    // Every hours text of the sample is one the clock reads.
    expect(screen.queryByText(/the escalation clock cannot read/)).not.toBeInTheDocument();
  });

  it('warns, per center, of hours the clock cannot read, and still uses the list', async () => {
    const list = structuredClone(SAMPLE);
    const [first, second] = list.contacts;
    if (!first || !second) throw new Error('The sample has fewer than two centers');
    first.hours = '8 to 5';
    second.hours = 'Office hours';
    serveOrganisationFile(JSON.stringify(list));
    renderPage();

    const warning = (
      await screen.findByRole('heading', {
        name: '2 centers have hours the escalation clock cannot read',
      })
    ).closest('section');
    if (!warning) throw new Error('The warning has no section');
    const items = within(warning).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(
        /^Southeast Billing: All products \(billing, southeast, all\): the hours "8 to 5" cannot be read: .+ The clock reads "Monday to Friday, 8:00 am to 5:00 pm CT"/,
      ),
      expect.stringMatching(/^Southeast Billing: Resale .*"Office hours" cannot be read/),
    ]);
    expect(within(warning).getByText(/The list is still used/)).toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('edits a level’s interval, refusing one it cannot read with how to write it', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: `Edit ${LOOP}` }));
    const levelOne = within(screen.getByRole('group', { name: 'Level 1' }));
    const after = levelOne.getByLabelText('Call this level after (optional)');
    expect(after).toHaveValue('4 hours');

    await user.clear(after);
    await user.type(after, '4');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Level 1: Add the unit to "4": write "4 hours" or "4 business hours"',
      }),
    ).toBeInTheDocument();
    expect(after).toHaveAttribute('aria-invalid', 'true');
    // What the user typed is kept.
    expect(after).toHaveValue('4');

    await user.clear(after);
    await user.type(after, '3 business hours');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Change saved')).toBeInTheDocument();
    const row = tableRows().find((cells) => cells[3] === LOOP);
    expect(row?.[7]).toMatch(/^1: Duty manager, .*, call after 3 business hours2: /);
    const stored = await loadDeviceList();
    expect(stored.status === 'loaded' && stored.list.policy).toEqual(SAMPLE.policy);
  });

  it('says a CSV import keeps the current policy, and keeps it', async () => {
    renderPage();
    await screen.findByRole('table');
    const user = await importFile(
      'ours.csv',
      `${HEADER},level1_after\nmaintenance,midwest,loop,${LOOP},312-555-0112,,,,,Duty manager,,2 business hours\n`,
    );
    expect(
      await screen.findByText(
        'A CSV carries no holidays and no out-of-service interval. The current policy is kept: 3 holidays, going up a level after 4 hours out of service.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use this list on this device' }));
    expect(await screen.findByText('This device uses its own list')).toBeInTheDocument();
    const stored = await loadDeviceList();
    expect(stored.status === 'loaded' && stored.list.policy).toEqual(SAMPLE.policy);
    expect(screen.getByText('12/25/2026: Christmas Day')).toBeInTheDocument();
  });

  it('says when a CSV import has no policy to keep', async () => {
    const list = { ...(JSON.parse(SAMPLE_TEXT) as typeof SAMPLE), policy: undefined };
    serveOrganisationFile(JSON.stringify(list));
    renderPage();
    await screen.findByRole('table');
    await importFile('ours.csv', `${HEADER}\nmaintenance,midwest,loop,${LOOP},312-555-0112\n`);
    expect(
      await screen.findByText(/The list in use has none either: import a JSON file/),
    ).toBeInTheDocument();
  });
});
