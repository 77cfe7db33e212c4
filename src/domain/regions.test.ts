import { describe, expect, it } from 'vitest';
import type { StateCode } from './regions.ts';
import {
  REGIONS,
  STATE_CODES,
  proposeState,
  regionOf,
  regionOfCircuit,
  stateInfo,
  stateOfAreaCode,
} from './regions.ts';
import { proposedState } from './questions.ts';

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

describe('the state the numbers are in', () => {
  it.each([
    [214, 'TX'],
    [312, 'IL'],
    [404, 'GA'],
    [415, 'CA'],
    [702, 'NV'],
    [203, 'CT'],
    [918, 'OK'],
  ] as const)('area code %i is in %s', (npa, state) => {
    expect(stateOfAreaCode(npa)).toBe(state);
  });

  it('knows no state outside AT&T’s footprint', () => {
    // New York, Washington DC, Colorado: other ILECs' states.
    for (const npa of [212, 202, 303]) expect(stateOfAreaCode(npa), String(npa)).toBeUndefined();
  });

  it('proposes Texas for ten numbers in 214, and says why', () => {
    const numbers = Array.from({ length: 10 }, (_, i) => `214555014${String(i)}`);
    expect(proposeState(numbers)).toEqual({
      state: 'TX',
      because: 'The telephone numbers’ area code, 214, is in Texas',
    });
  });

  it('proposes one state for several of its area codes', () => {
    expect(proposeState(['2145550140', '4695550101'])?.because).toBe(
      'The telephone numbers’ area codes, 214 and 469, are in Texas',
    );
  });

  it('proposes nothing for numbers in two states, outside the footprint, or none', () => {
    expect(proposeState(['2145550140', '3125550101'])).toBeUndefined();
    expect(proposeState(['2125550140'])).toBeUndefined();
    expect(proposeState([])).toBeUndefined();
  });

  it('reads the region from a circuit ID’s operating company: it confirms or stops a proposal', () => {
    expect(regionOfCircuit('101/T1ZF/556677/SW')).toBe('southwest');
    expect(regionOfCircuit('.HCGS.123456..PB')).toBe('west');
    expect(regionOfCircuit('73/HCGS/123456/000/NE')).toBeUndefined();
    expect(proposeState(['2145550140'], ['101/T1ZF/556677/SW'])?.because).toBe(
      'The telephone numbers’ area code, 214, is in Texas, in the region the circuit ID names',
    );
    expect(proposeState(['2145550140'], ['101/T1ZF/556677/PB'])).toBeUndefined();
  });

  it('is proposed from the answers the FOC filled in, before the state is asked', () => {
    expect(
      proposedState({ telephoneNumbers: '214-555-0140 thru 0149', circuitId: '101/T1ZF/556677/SW' })
        ?.state,
    ).toBe('TX');
    expect(proposedState({})).toBeUndefined();
  });
});
