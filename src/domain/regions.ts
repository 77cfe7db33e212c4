/*
 * AT&T's ILEC footprint: 22 states in five regions (domain.md). Center contacts are organised by
 * region, so the state the service is in decides which number the CLEC calls.
 */

export const REGIONS = ['southeast', 'midwest', 'southwest', 'west', 'east'] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_NAMES: Record<Region, string> = {
  southeast: 'Southeast (former BellSouth)',
  midwest: 'Midwest (former Ameritech)',
  southwest: 'Southwest (former SWBT)',
  west: 'West (Pacific Bell, Nevada Bell)',
  east: 'East (former SNET)',
};

interface StateInfo {
  readonly name: string;
  readonly region: Region;
  /** Set where AT&T no longer is the ILEC; the state stays selectable, flagged. */
  readonly historical?: string;
}

export const STATES = {
  AL: { name: 'Alabama', region: 'southeast' },
  FL: { name: 'Florida', region: 'southeast' },
  GA: { name: 'Georgia', region: 'southeast' },
  KY: { name: 'Kentucky', region: 'southeast' },
  LA: { name: 'Louisiana', region: 'southeast' },
  MS: { name: 'Mississippi', region: 'southeast' },
  NC: { name: 'North Carolina', region: 'southeast' },
  SC: { name: 'South Carolina', region: 'southeast' },
  TN: { name: 'Tennessee', region: 'southeast' },
  IL: { name: 'Illinois', region: 'midwest' },
  IN: { name: 'Indiana', region: 'midwest' },
  MI: { name: 'Michigan', region: 'midwest' },
  OH: { name: 'Ohio', region: 'midwest' },
  WI: { name: 'Wisconsin', region: 'midwest' },
  AR: { name: 'Arkansas', region: 'southwest' },
  KS: { name: 'Kansas', region: 'southwest' },
  MO: { name: 'Missouri', region: 'southwest' },
  OK: { name: 'Oklahoma', region: 'southwest' },
  TX: { name: 'Texas', region: 'southwest' },
  CA: { name: 'California', region: 'west' },
  NV: { name: 'Nevada', region: 'west' },
  CT: {
    name: 'Connecticut',
    region: 'east',
    historical:
      'AT&T sold SNET (Connecticut) to Frontier in 2014: AT&T is no longer the ILEC there, so check that this order really is with AT&T.',
  },
} as const satisfies Record<string, StateInfo>;

export type StateCode = keyof typeof STATES;
export const STATE_CODES = Object.keys(STATES) as [StateCode, ...StateCode[]];

export function regionOf(state: StateCode): Region {
  return STATES[state].region;
}

export function stateInfo(state: StateCode): StateInfo {
  return STATES[state];
}
