import { describe, expect, it } from 'vitest';
import type { StateCode } from './regions.ts';
import { REGIONS, STATE_CODES, regionOf, stateInfo } from './regions.ts';

// docs/domain.md, "AT&T's ILEC footprint by region".
const FOOTPRINT = {
  southeast: ['AL', 'FL', 'GA', 'KY', 'LA', 'MS', 'NC', 'SC', 'TN'],
  midwest: ['IL', 'IN', 'MI', 'OH', 'WI'],
  southwest: ['AR', 'KS', 'MO', 'OK', 'TX'],
  west: ['CA', 'NV'],
  east: ['CT'],
} as const;

// Where most of each state's lines are: the zone a trouble's start time is prefilled with.
const ZONES = [
  ['ET', ['FL', 'GA', 'KY', 'NC', 'SC', 'IN', 'MI', 'OH', 'CT']],
  ['CT', ['AL', 'LA', 'MS', 'TN', 'IL', 'WI', 'AR', 'KS', 'MO', 'OK', 'TX']],
  ['PT', ['CA', 'NV']],
] as const;

describe('regions', () => {
  it('covers exactly AT&T’s 22 ILEC states', () => {
    expect([...STATE_CODES].sort()).toEqual(Object.values(FOOTPRINT).flat().sort());
    expect(STATE_CODES).toHaveLength(22);
  });

  it.each(Object.entries(FOOTPRINT).flatMap(([region, states]) => states.map((s) => [s, region])))(
    '%s is in the %s region',
    (state, region) => {
      expect(regionOf(state as StateCode)).toBe(region);
    },
  );

  it('has a state in every region', () => {
    expect(new Set(STATE_CODES.map(regionOf))).toEqual(new Set(REGIONS));
  });

  it('flags Connecticut, and only Connecticut, as historical', () => {
    expect(stateInfo('CT').historical).toMatch(/SNET.*2014/);
    expect(STATE_CODES.filter((s) => 'historical' in stateInfo(s))).toEqual(['CT']);
  });

  it.each(ZONES)('gives the %s time zone to %j', (zone, states) => {
    for (const state of states) expect(stateInfo(state).timeZone, state).toBe(zone);
  });

  it('names each state in exactly one zone', () => {
    expect(ZONES.flatMap(([, states]) => states).sort()).toEqual([...STATE_CODES].sort());
  });
});
