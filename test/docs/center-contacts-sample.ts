import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import {
  CONTACT_FUNCTIONS,
  type CenterContact,
  type CenterContactsFile,
  type ContactFunction,
  type ContactLevel,
  type ProductType,
} from '../../src/domain/contacts.ts';
import { contactsToJson } from '../../src/domain/contactsJson.ts';
import { REGIONS, type Region } from '../../src/domain/regions.ts';

/*
 * Writes public/center-contacts.json, the list the app ships with until the administrator replaces
 * it. SAMPLE DATA: AT&T's real numbers must never ship, so every number is in the fictional range
 * NPA-555-0100..0199 and every address is at example.com. Centers, names and line numbers follow
 * src/api/contactsSnapshot.ts (the mock backend's list), so the two agree; the escalation levels are
 * added here, with sample intervals before each level and a sample policy (holidays and an
 * out-of-service interval): AT&T publishes no interval, so these are examples of an organisation's
 * own policy, never facts. Run: npx node test/docs/center-contacts-sample.ts
 */

export const REGENERATE_SAMPLE = 'npx node test/docs/center-contacts-sample.ts';
export const SAMPLE_FILE = new URL('../../public/center-contacts.json', import.meta.url);

const REGION_AREA: Record<Region, { npa: string; zone: string; label: string }> = {
  southeast: { npa: '404', zone: 'ET', label: 'Southeast' },
  midwest: { npa: '312', zone: 'CT', label: 'Midwest' },
  southwest: { npa: '214', zone: 'CT', label: 'Southwest' },
  west: { npa: '415', zone: 'PT', label: 'West' },
  east: { npa: '203', zone: 'ET', label: 'East' },
};

const FUNCTION_LABEL: Record<ContactFunction, string> = {
  billing: 'Billing',
  ordering: 'Ordering (LSC)',
  provisioning: 'Provisioning (LSC)',
  maintenance: 'Maintenance (LOC)',
  mcpsc: 'MCPSC',
  lnp: 'LNP',
};

const PRODUCT_LABEL: Record<ProductType, string> = {
  loop: 'Loop',
  loopWithLnp: 'Loop with LNP',
  lnp: 'LNP only',
  resale: 'Resale',
  lwc: 'Local Wholesale Complete',
  other: 'Other products',
  all: 'All products',
};

/** Product-specific desks; every function also has an 'all' line that any key falls back to. */
const DESKS: Record<ContactFunction, readonly ProductType[]> = {
  billing: ['all', 'resale', 'lwc'],
  ordering: ['all', 'loop', 'loopWithLnp', 'lnp'],
  provisioning: ['all', 'loop', 'loopWithLnp', 'lnp'],
  maintenance: ['all', 'loop', 'resale', 'lwc'],
  mcpsc: ['all'],
  lnp: ['all', 'loopWithLnp', 'lnp'],
};

/**
 * Lines 0150 and up: the centers use 0100..0118 in every region. Each level has a sample interval
 * before it; these centers answer around the clock, so the intervals are wall-clock time.
 */
const LADDER_LINES: Partial<
  Record<ContactFunction, { duty: number; manager: number; after: readonly [string, string] }>
> = {
  maintenance: { duty: 150, manager: 151, after: ['4 hours', '24 hours'] },
  lnp: { duty: 160, manager: 161, after: ['2 hours', '1 day'] },
};

function phone(npa: string, line: number): string {
  return `${npa}-555-${String(line).padStart(4, '0')}`;
}

function hours(fn: ContactFunction, zone: string): string {
  return fn === 'maintenance' || fn === 'lnp'
    ? '24 hours, 7 days'
    : `Monday to Friday, 8:00 am to 5:00 pm ${zone}`;
}

/** Maintenance and LNP escalate around the clock, so they are the ones with a ladder. */
function levels(fn: ContactFunction, region: Region, npa: string): ContactLevel[] | undefined {
  const lines = LADDER_LINES[fn];
  if (!lines) return undefined;
  return [
    {
      level: 1,
      name: 'Duty manager',
      phone: phone(npa, lines.duty),
      email: `duty-manager.${fn}.${region}@example.com`,
      after: lines.after[0],
    },
    {
      level: 2,
      name: 'Center manager',
      phone: phone(npa, lines.manager),
      email: `center-manager.${fn}.${region}@example.com`,
      after: lines.after[1],
    },
  ];
}

function contacts(): CenterContact[] {
  return REGIONS.flatMap((region) => {
    const { npa, zone, label } = REGION_AREA[region];
    let line = 100;
    return CONTACT_FUNCTIONS.flatMap((fn) =>
      DESKS[fn].map((productType): CenterContact => {
        const ladder = levels(fn, region, npa);
        return {
          function: fn,
          region,
          productType,
          name: `${label} ${FUNCTION_LABEL[fn]}: ${PRODUCT_LABEL[productType]}`,
          phone: phone(npa, line++),
          hours: hours(fn, zone),
          email: `${fn}.${region}${productType === 'all' ? '' : `.${productType.toLowerCase()}`}@example.com`,
          ...(ladder ? { levels: ladder } : {}),
        };
      }),
    );
  });
}

export const SAMPLE: CenterContactsFile = {
  $schema: './center-contacts.schema.json',
  updated: '2026-11-26',
  source:
    'SAMPLE DATA, not AT&T’s numbers: every number is fictional (NPA-555-0100 to 0199) and every ' +
    'address is at example.com. The administrator replaces this file with the organisation’s copy ' +
    'of AT&T’s Center Contacts list (CLEC Online). The intervals and the policy are examples too: ' +
    'AT&T publishes no interval between levels, so each is your organisation’s choice.',
  sample: true,
  policy: {
    holidays: [
      { date: '2026-11-26', name: 'Thanksgiving Day' },
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2027-01-01', name: 'New Year’s Day' },
    ],
    outOfServiceAfter: '4 hours',
  },
  contacts: contacts(),
};

/** The sample file's text, formatted as `npm run format` would. */
export async function sampleJson(): Promise<string> {
  const config = await resolveConfig(SAMPLE_FILE);
  return format(contactsToJson(SAMPLE), { ...config, filepath: SAMPLE_FILE.pathname });
}

if (import.meta.main) {
  writeFileSync(SAMPLE_FILE, await sampleJson());
}
