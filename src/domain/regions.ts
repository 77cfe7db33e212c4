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

/*
 * Where a number is: each area code (NPA) of the footprint states and its state. An area code
 * belongs to one state, so the numbers of an escalation tell the state its center is chosen by,
 * which the wizard proposes for the user to confirm. Numbers outside the footprint propose nothing.
 */
const AREA_CODES: { readonly [S in StateCode]: readonly number[] } = {
  AL: [205, 251, 256, 334, 659, 938],
  FL: [
    239, 305, 321, 324, 352, 386, 407, 448, 561, 645, 656, 689, 727, 728, 754, 772, 786, 813, 850,
    863, 904, 941, 954,
  ],
  GA: [229, 404, 470, 478, 678, 706, 762, 770, 912, 943],
  KY: [270, 364, 502, 606, 859],
  LA: [225, 318, 337, 504, 985],
  MS: [228, 601, 662, 769],
  NC: [252, 336, 472, 704, 743, 828, 910, 919, 980, 984],
  SC: [803, 821, 839, 843, 854, 864],
  TN: [423, 615, 629, 731, 865, 901, 931],
  IL: [217, 224, 309, 312, 331, 447, 464, 618, 630, 708, 730, 773, 779, 815, 847, 861, 872],
  IN: [219, 260, 317, 463, 574, 765, 812, 930],
  MI: [231, 248, 269, 313, 517, 586, 616, 679, 734, 810, 906, 947, 989],
  OH: [216, 220, 234, 283, 326, 330, 380, 419, 436, 440, 513, 567, 614, 740, 937],
  WI: [262, 274, 353, 414, 534, 608, 715, 920],
  AR: [327, 479, 501, 870],
  KS: [316, 620, 785, 913],
  MO: [235, 314, 417, 557, 573, 636, 660, 816, 975],
  OK: [405, 539, 572, 580, 918],
  TX: [
    210, 214, 254, 281, 325, 346, 361, 409, 430, 432, 469, 512, 682, 713, 726, 737, 806, 817, 830,
    832, 903, 915, 936, 940, 945, 956, 972, 979,
  ],
  CA: [
    209, 213, 279, 310, 323, 341, 350, 408, 415, 424, 442, 510, 530, 559, 562, 619, 626, 628, 650,
    657, 661, 669, 707, 714, 747, 760, 805, 818, 820, 831, 840, 858, 909, 916, 925, 949, 951,
  ],
  NV: [702, 725, 775],
  CT: [203, 475, 860, 959],
};

const STATE_OF_AREA_CODE: ReadonlyMap<number, StateCode> = new Map(
  STATE_CODES.flatMap((state) => AREA_CODES[state].map((npa) => [npa, state] as const)),
);

/** The footprint state an area code is in; undefined outside AT&T's 22 states. */
export const stateOfAreaCode = (npa: number): StateCode | undefined => STATE_OF_AREA_CODE.get(npa);

/*
 * The operating company at the end of a circuit ID (its last part, as in 101/T1ZF/556677/SW):
 * the former Bell company, which names the region. Only the codes of AT&T's own ILECs are listed;
 * any other code says nothing.
 */
const COMPANY_REGIONS: Readonly<Record<string, Region>> = {
  SW: 'southwest',
  SB: 'southeast',
  SC: 'southeast',
  IB: 'midwest',
  MB: 'midwest',
  OB: 'midwest',
  WB: 'midwest',
  PB: 'west',
  NB: 'west',
  SN: 'east',
};

/** The region a circuit ID's company code names, if it is one of AT&T's ILECs. */
export function regionOfCircuit(circuitId: string): Region | undefined {
  const company = circuitId.trim().toUpperCase().split(/[/.]/u).at(-1) ?? '';
  return COMPANY_REGIONS[company];
}

export interface StateProposal {
  readonly state: StateCode;
  /** Why, in the user's words: "The telephone numbers' area code, 214, is in Texas". */
  readonly because: string;
}

/**
 * The state the service is probably in, for the user to confirm: the one state every given
 * number's area code is in. Nothing is proposed when the numbers span states or leave the
 * footprint, or when a circuit ID names an operating company of another region.
 */
export function proposeState(
  tenDigitNumbers: readonly string[],
  circuitIds: readonly string[] = [],
): StateProposal | undefined {
  const areaCodes = [...new Set(tenDigitNumbers.map((tn) => Number(tn.slice(0, 3))))];
  const states = new Set(areaCodes.map(stateOfAreaCode));
  const [state] = states;
  if (states.size !== 1 || state === undefined) return undefined;
  const regions = circuitIds.map(regionOfCircuit).filter((region) => region !== undefined);
  if (regions.some((region) => region !== regionOf(state))) return undefined;
  const codes = areaCodes.map(String);
  const listed =
    codes.length === 1
      ? `area code, ${codes.join('')}, is`
      : `area codes, ${codes.slice(0, -1).join(', ')} and ${codes.at(-1) ?? ''}, are`;
  const circuit = regions.length > 0 ? `, in the region the circuit ID names` : '';
  return {
    state,
    because: `The telephone numbers’ ${listed} in ${STATES[state].name}${circuit}`,
  };
}
