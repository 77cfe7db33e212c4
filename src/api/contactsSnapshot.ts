import { REGIONS, type Region } from '../domain/regions.ts';
import type { ContactKey } from '../domain/rules.ts';
import { CONTACT_FUNCTIONS, type CenterContact } from './contacts.ts';

/*
 * The Center Contacts list as bundled with the app: the mock serves exactly this, and the UI falls
 * back to it when the network fails. SAMPLE DATA: AT&T's real numbers must never ship, so every
 * number is in the fictional range NPA-555-0100..0199 and every address is at example.com.
 */

const REGION_AREA: Record<Region, { npa: string; zone: string; label: string }> = {
  southeast: { npa: '404', zone: 'ET', label: 'Southeast' },
  midwest: { npa: '312', zone: 'CT', label: 'Midwest' },
  southwest: { npa: '214', zone: 'CT', label: 'Southwest' },
  west: { npa: '415', zone: 'PT', label: 'West' },
  east: { npa: '203', zone: 'ET', label: 'East' },
};

type Fn = ContactKey['function'];
type Product = ContactKey['productType'];

const FUNCTION_LABEL: Record<Fn, string> = {
  billing: 'Billing',
  ordering: 'Ordering (LSC)',
  provisioning: 'Provisioning (LSC)',
  maintenance: 'Maintenance (LOC)',
  mcpsc: 'MCPSC',
  lnp: 'LNP',
};

const PRODUCT_LABEL: Record<Product, string> = {
  loop: 'Loop',
  loopWithLnp: 'Loop with LNP',
  lnp: 'LNP only',
  resale: 'Resale',
  lwc: 'Local Wholesale Complete',
  other: 'Other products',
  all: 'All products',
};

/** Product-specific desks; every function also has an 'all' row that any key falls back to. */
const DESKS: Record<Fn, readonly Product[]> = {
  billing: ['all', 'resale', 'lwc'],
  ordering: ['all', 'loop', 'loopWithLnp', 'lnp'],
  provisioning: ['all', 'loop', 'loopWithLnp', 'lnp'],
  maintenance: ['all', 'loop', 'resale', 'lwc'],
  mcpsc: ['all'],
  lnp: ['all', 'loopWithLnp', 'lnp'],
};

function hours(fn: Fn, zone: string): string {
  return fn === 'maintenance' || fn === 'lnp'
    ? '24 hours, 7 days'
    : `Monday to Friday, 8:00 am to 5:00 pm ${zone}`;
}

function build(): CenterContact[] {
  return REGIONS.flatMap((region) => {
    const { npa, zone, label } = REGION_AREA[region];
    let line = 100;
    return CONTACT_FUNCTIONS.flatMap((fn) =>
      DESKS[fn].map((productType) => ({
        function: fn,
        region,
        productType,
        name: `${label} ${FUNCTION_LABEL[fn]}: ${PRODUCT_LABEL[productType]}`,
        phone: `${npa}555${String(line++).padStart(4, '0')}`,
        hours: hours(fn, zone),
        email: `${fn}.${region}${productType === 'all' ? '' : `.${productType.toLowerCase()}`}@example.com`,
      })),
    );
  });
}

export const CONTACTS_SNAPSHOT: readonly CenterContact[] = build();
