/*
 * AT&T's ILEC footprint: 22 states in five regions (docs/domain.md). Center contacts are organised by
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
  /** Where most of the state's lines are: prefills the time zone of a trouble's start. */
  readonly timeZone: 'ET' | 'CT' | 'PT';
  /** Set where AT&T no longer is the ILEC; the state stays selectable, flagged. */
  readonly historical?: string;
}

export const STATES = {
  AL: { name: 'Alabama', region: 'southeast', timeZone: 'CT' },
  FL: { name: 'Florida', region: 'southeast', timeZone: 'ET' },
  GA: { name: 'Georgia', region: 'southeast', timeZone: 'ET' },
  KY: { name: 'Kentucky', region: 'southeast', timeZone: 'ET' },
  LA: { name: 'Louisiana', region: 'southeast', timeZone: 'CT' },
  MS: { name: 'Mississippi', region: 'southeast', timeZone: 'CT' },
  NC: { name: 'North Carolina', region: 'southeast', timeZone: 'ET' },
  SC: { name: 'South Carolina', region: 'southeast', timeZone: 'ET' },
  TN: { name: 'Tennessee', region: 'southeast', timeZone: 'CT' },
  IL: { name: 'Illinois', region: 'midwest', timeZone: 'CT' },
  IN: { name: 'Indiana', region: 'midwest', timeZone: 'ET' },
  MI: { name: 'Michigan', region: 'midwest', timeZone: 'ET' },
  OH: { name: 'Ohio', region: 'midwest', timeZone: 'ET' },
  WI: { name: 'Wisconsin', region: 'midwest', timeZone: 'CT' },
  AR: { name: 'Arkansas', region: 'southwest', timeZone: 'CT' },
  KS: { name: 'Kansas', region: 'southwest', timeZone: 'CT' },
  MO: { name: 'Missouri', region: 'southwest', timeZone: 'CT' },
  OK: { name: 'Oklahoma', region: 'southwest', timeZone: 'CT' },
  TX: { name: 'Texas', region: 'southwest', timeZone: 'CT' },
  CA: { name: 'California', region: 'west', timeZone: 'PT' },
  NV: { name: 'Nevada', region: 'west', timeZone: 'PT' },
  CT: {
    name: 'Connecticut',
    region: 'east',
    timeZone: 'ET',
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
