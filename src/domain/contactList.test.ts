import { describe, expect, it } from 'vitest';
import { contact } from './contacts.fixtures.ts';
import type { CenterContact } from './contacts.ts';
import {
  chooseContactList,
  escalationContact,
  findContact,
  holdsFictionalNumber,
  isFictionalNumber,
  ladderStep,
  levelsAfter,
  type ContactListData,
  type ContactListInUse,
  type ContactListSources,
} from './contactList.ts';

describe('findContact', () => {
  const general = contact({ productType: 'all', name: 'General' });
  const loop = contact({ productType: 'loop', name: 'Loop desk' });
  const elsewhere = contact({ region: 'west', productType: 'resale', name: 'West resale' });
  const list = [general, loop, elsewhere];

  it('finds the exact product type', () => {
    expect(
      findContact(list, { function: 'maintenance', region: 'midwest', productType: 'loop' }),
    ).toBe(loop);
  });

  it("falls back to the function's general line for the region", () => {
    expect(
      findContact(list, { function: 'maintenance', region: 'midwest', productType: 'resale' }),
    ).toBe(general);
  });

  it('finds nothing for another region or function', () => {
    expect(
      findContact(list, { function: 'maintenance', region: 'west', productType: 'loop' }),
    ).toBeUndefined();
    expect(
      findContact(list, { function: 'billing', region: 'midwest', productType: 'all' }),
    ).toBeUndefined();
  });
});

describe('levelsAfter', () => {
  const ladder = contact({
    levels: [
      { level: 3, name: 'Director' },
      { level: 1, name: 'Duty manager' },
      { level: 2, name: 'Center manager' },
    ],
  });

  it('offers every level, lowest first, to a user who has only dealt with the center', () => {
    expect(levelsAfter(ladder).map((level) => level.level)).toEqual([1, 2, 3]);
    expect(levelsAfter(ladder)[0]?.name).toBe('Duty manager');
  });

  it('offers the levels above the one already reached', () => {
    expect(levelsAfter(ladder, 1).map((level) => level.level)).toEqual([2, 3]);
    expect(levelsAfter(ladder, 2)[0]?.name).toBe('Director');
    expect(levelsAfter(ladder, 3)).toEqual([]);
    expect(levelsAfter(ladder, 3)[0]).toBeUndefined();
  });

  it('keeps gaps as listed: a ladder starting at 2 offers 2 first', () => {
    const gap = contact({ levels: [{ level: 2, name: 'Center manager' }] });
    expect(levelsAfter(gap)[0]?.level).toBe(2);
    expect(levelsAfter(gap, 1)[0]?.level).toBe(2);
  });

  it('offers nothing when the center has no ladder', () => {
    expect(levelsAfter(contact())).toEqual([]);
  });
});

describe('chooseContactList', () => {
  const list = (name: string, extra: Partial<ContactListData> = {}): ContactListData => ({
    contacts: [contact({ name })],
    updated: '2026-11-26',
    source: `${name} source`,
    ...extra,
  });
  const absent = { status: 'absent' } as const;
  const invalid = (problem: string) => ({ status: 'invalid', problems: [problem] }) as const;
  const device = { status: 'loaded', origin: 'device', list: list('device') } as const;
  const organisation = { status: 'loaded', origin: 'network', list: list('organisation') } as const;
  const sampleFile = {
    status: 'loaded',
    origin: 'network',
    list: list('sample', { sample: true }),
  } as const;
  const backend = {
    status: 'loaded',
    origin: 'backend',
    list: { contacts: [contact({ name: 'backend' })] },
  } as const;
  const sources = (overrides: Partial<ContactListSources>): ContactListSources => ({
    device: absent,
    organisation: absent,
    backend: absent,
    ...overrides,
  });
  const names = (choice: ReturnType<typeof chooseContactList>) =>
    choice.used === 'none' ? [] : choice.contacts.map((c) => c.name);

  it('uses the device list over every other', () => {
    const choice = chooseContactList(sources({ device, organisation, backend }));
    expect(choice).toEqual({
      used: 'device',
      contacts: device.list.contacts,
      origin: 'device',
      sample: false,
      updated: '2026-11-26',
      source: 'device source',
      fromCache: false,
      problems: [],
    });
  });

  it('uses the device list even when it is sample data', () => {
    const sampleDevice = { ...device, list: list('device', { sample: true }) };
    const choice = chooseContactList(sources({ device: sampleDevice, backend }));
    expect(choice).toMatchObject({ used: 'device', sample: true });
  });

  it("uses the organisation's real list over the backend", () => {
    const choice = chooseContactList(sources({ organisation, backend }));
    expect(choice).toMatchObject({ used: 'organisation', origin: 'network', sample: false });
    expect(names(choice)).toEqual(['organisation']);
  });

  it('lets a sample organisation file yield to a loaded backend', () => {
    const choice = chooseContactList(sources({ organisation: sampleFile, backend }));
    expect(choice).toMatchObject({ used: 'backend', origin: 'backend', updated: undefined });
  });

  it('uses the sample file, flagged as sample, when the backend is absent or invalid', () => {
    expect(chooseContactList(sources({ organisation: sampleFile }))).toMatchObject({
      used: 'organisation',
      sample: true,
    });
    const choice = chooseContactList(
      sources({ organisation: sampleFile, backend: invalid('Entry 1: phone') }),
    );
    expect(choice).toMatchObject({
      used: 'organisation',
      sample: true,
      problems: [{ list: 'backend', problems: ['Entry 1: phone'] }],
    });
  });

  it('never uses an invalid organisation file: the backend stands in and the problems are named', () => {
    const choice = chooseContactList(
      sources({ organisation: invalid('Entry 4, field "phone": ...'), backend }),
    );
    expect(choice).toMatchObject({
      used: 'backend',
      problems: [{ list: 'organisation', problems: ['Entry 4, field "phone": ...'] }],
    });
  });

  it('chooses none when the organisation file is invalid and there is no backend', () => {
    expect(chooseContactList(sources({ organisation: invalid('Line 3: comma') }))).toEqual({
      used: 'none',
      problems: [{ list: 'organisation', problems: ['Line 3: comma'] }],
    });
  });

  it('chooses none, with no problems, when there is no list at all', () => {
    expect(chooseContactList(sources({}))).toEqual({ used: 'none', problems: [] });
  });

  it('falls past an unreadable device list, naming it', () => {
    const choice = chooseContactList(sources({ device: invalid('Entry 2: region'), organisation }));
    expect(choice).toMatchObject({
      used: 'organisation',
      problems: [{ list: 'device', problems: ['Entry 2: region'] }],
    });
  });

  it('lists the problems of every invalid source in precedence order', () => {
    const choice = chooseContactList(
      sources({ device: invalid('d'), organisation: invalid('o'), backend: invalid('b') }),
    );
    expect(choice.problems.map((p) => p.list)).toEqual(['device', 'organisation', 'backend']);
  });

  it('says when the list is the offline copy', () => {
    const cached = { ...organisation, origin: 'cache' } as const;
    expect(chooseContactList(sources({ organisation: cached }))).toMatchObject({
      origin: 'cache',
      fromCache: true,
    });
    const embedded = { ...organisation, origin: 'embedded' } as const;
    expect(chooseContactList(sources({ organisation: embedded }))).toMatchObject({
      origin: 'embedded',
      fromCache: false,
    });
  });
});

describe('ladderStep', () => {
  const ladder = contact({
    levels: [
      { level: 2, name: 'Center manager', phone: '312-555-0251' },
      { level: 1, name: 'Duty manager', phone: '312-555-0250' },
    ],
  });
  const levels = (step: ReturnType<typeof ladderStep>) => step.next.map((level) => level.level);

  it('calls the center on the first escalation, with every level after it', () => {
    const step = ladderStep(ladder, 1);
    expect(step.level).toBeUndefined();
    expect(levels(step)).toEqual([1, 2]);
    expect(step.pastLast).toBe(false);
  });

  it('climbs one level per escalation', () => {
    expect(ladderStep(ladder, 2).level?.level).toBe(1);
    expect(levels(ladderStep(ladder, 2))).toEqual([2]);
    expect(ladderStep(ladder, 3).level?.level).toBe(2);
    expect(levels(ladderStep(ladder, 3))).toEqual([]);
    expect(ladderStep(ladder, 3).pastLast).toBe(false);
  });

  it('past the last level, names the last level and never goes back to the front line', () => {
    for (const escalation of [4, 5, 9]) {
      const step = ladderStep(ladder, escalation);
      expect(step.pastLast).toBe(true);
      expect(step.level?.name).toBe('Center manager');
      expect(step.next).toEqual([]);
    }
  });

  it('past the center when it has no levels at all', () => {
    expect(ladderStep(contact(), 2)).toEqual({ level: undefined, next: [], pastLast: true });
  });
});

describe('fictional numbers', () => {
  it('knows the 555-0100 to 555-0199 block however the number is written', () => {
    for (const phone of ['312-555-0100', '(404) 555-0199', '+1 214 555 0142', '2145550150']) {
      expect(isFictionalNumber(phone), phone).toBe(true);
    }
    for (const phone of ['312-555-0200', '312-555-0099', '312-555-1212', '312-556-0100']) {
      expect(isFictionalNumber(phone), phone).toBe(false);
    }
  });

  it("finds one in the center's number or in any level's", () => {
    expect(holdsFictionalNumber(contact({ phone: '312-555-0210' }))).toBe(false);
    expect(holdsFictionalNumber(contact())).toBe(true);
    expect(
      holdsFictionalNumber(
        contact({
          phone: '312-555-0210',
          levels: [
            { level: 1, name: 'Duty manager', email: 'duty@example.com' },
            { level: 2, name: 'Director', phone: '312-555-0160' },
          ],
        }),
      ),
    ).toBe(true);
  });
});

describe('escalationContact', () => {
  const key = { function: 'maintenance', region: 'midwest', productType: 'loop' } as const;
  const inUse = (contacts: CenterContact[], sample = false): ContactListInUse => ({
    used: 'organisation',
    contacts,
    origin: 'network',
    sample,
    updated: '2026-12-01',
    source: 'Our list',
    fromCache: false,
    problems: [],
  });
  const real = contact({
    phone: '312-555-0210',
    levels: [{ level: 1, name: 'Duty manager', phone: '312-555-0250', extension: '7' }],
  });

  it('a real entry of a real list may go into a report', () => {
    const found = escalationContact(inUse([real]), key, 1);
    expect(found?.sample).toBe(false);
    expect(found?.call).toEqual({ name: real.name, phone: '312-555-0210' });
  });

  it('a fictional number is sample data whatever the list says', () => {
    expect(escalationContact(inUse([contact()]), key, 1)?.sample).toBe(true);
    expect(escalationContact(inUse([real], true), key, 1)?.sample).toBe(true);
  });

  it('calls the level of a later escalation, by its number', () => {
    expect(escalationContact(inUse([real]), key, 2)?.call).toEqual({
      name: `${real.name}, level 1 (Duty manager)`,
      phone: '312-555-0250',
      extension: '7',
    });
  });

  it('past the last level, keeps calling the last level', () => {
    const found = escalationContact(inUse([real]), key, 4);
    expect(found?.step.pastLast).toBe(true);
    expect(found?.call.phone).toBe('312-555-0250');
  });

  it('finds nothing for a key the list does not have', () => {
    expect(escalationContact(inUse([real]), { ...key, region: 'west' }, 1)).toBeUndefined();
  });
});
