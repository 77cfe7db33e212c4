import { describe, expect, it } from 'vitest';
import { contactView } from './contactView.ts';
import type { ContactListChoice } from '../domain/contactList.ts';
import type { CenterContact } from '../domain/contacts.ts';

/*
 * What the result page is given about whom to call. Its `sample` decides whether the center's
 * number may go into the report, so these tests hold the guard on fictional numbers.
 */

const KEY = { function: 'lnp', region: 'southwest', productType: 'loopWithLnp' } as const;

function entry(overrides: Partial<CenterContact> = {}): CenterContact {
  return {
    ...KEY,
    name: 'Southwest LNP',
    phone: '214-555-0217',
    levels: [
      { level: 1, name: 'Duty manager', phone: '214-555-0250' },
      { level: 2, name: 'Center manager', phone: '214-555-0251' },
    ],
    ...overrides,
  };
}

function organisation(contacts: CenterContact[], sample = false): ContactListChoice {
  return {
    used: 'organisation',
    contacts,
    origin: 'network',
    sample,
    updated: '2026-12-01',
    source: 'Our copy of the list',
    fromCache: false,
    problems: [],
  };
}

describe('contactView', () => {
  it('gives a real entry of a real list to the report', () => {
    const view = contactView(organisation([entry()]), KEY, 'first');
    expect(view.sample).toBe(false);
    expect(view.call).toEqual({ name: 'Southwest LNP', phone: '214-555-0217' });
    expect(view.nextLevels.map((level) => level.level)).toEqual([1, 2]);
  });

  it('marks a fictional center number as sample data, though the list is not marked sample', () => {
    const view = contactView(organisation([entry({ phone: '214-555-0117' })]), KEY, 'first');
    // Still shown on the page, under the warning; the result page keeps it out of the report.
    expect(view.call?.phone).toBe('214-555-0117');
    expect(view.sample).toBe(true);
  });

  it("marks a fictional level's number as sample data too", () => {
    const levels = [{ level: 1, name: 'Duty manager', phone: '214-555-0150' }];
    expect(contactView(organisation([entry({ levels })]), KEY, 'second').sample).toBe(true);
  });

  it('climbs the ladder: the third escalation calls level 2, with nothing after it', () => {
    const view = contactView(organisation([entry()]), KEY, 'third');
    expect(view.call).toEqual({
      name: 'Southwest LNP, level 2 (Center manager)',
      phone: '214-555-0251',
    });
    expect(view.nextLevels).toEqual([]);
    expect(view.ladderEnd).toBeUndefined();
  });

  it('past the last level, says so and names it, never sending the user back to level 1', () => {
    const view = contactView(organisation([entry()]), KEY, 'fourthOrLater');
    expect(view.nextLevels).toEqual([]);
    expect(view.call?.phone).toBe('214-555-0251');
    expect(view.ladderEnd).toBe(
      'Level 2 (Center manager) is the last level in the contact list: it names no one above it.',
    );
  });

  it('past the center when the list names no level for it', () => {
    const view = contactView(organisation([entry({ levels: undefined })]), KEY, 'second');
    expect(view.call?.phone).toBe('214-555-0217');
    expect(view.nextLevels).toEqual([]);
    expect(view.ladderEnd).toBe('The contact list names no escalation level above the center.');
  });
});
