import type { CenterContact } from './contacts.ts';

/** A valid entry of the Center Contacts list for tests, with the fields a test changes. */
export function contact(overrides: Partial<CenterContact> = {}): CenterContact {
  return {
    function: 'maintenance',
    region: 'midwest',
    productType: 'loop',
    name: 'Midwest Maintenance (LOC): Loop',
    phone: '312-555-0101',
    ...overrides,
  };
}
