import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../src/domain/regions.ts';
import {
  CONTACT_FUNCTIONS,
  CenterContactListSchema,
  findContact,
  PRODUCT_TYPES,
} from '../../../src/api/contacts.ts';
import { CONTACTS_SNAPSHOT } from '../../../src/api/contactsSnapshot.ts';
import { parseApiConfig, MOCK_API_BASE_URL } from '../../../src/api/config.ts';

describe('the bundled center contacts', () => {
  it('meet the contract: fictional 555-01XX numbers only', () => {
    expect(CenterContactListSchema.safeParse(CONTACTS_SNAPSHOT).success).toBe(true);
    for (const contact of CONTACTS_SNAPSHOT) expect(contact.phone).toMatch(/^\d{3}55501\d{2}$/);
  });

  it('resolve every function, region and product type', () => {
    for (const fn of CONTACT_FUNCTIONS)
      for (const region of REGIONS)
        for (const productType of PRODUCT_TYPES) {
          const contact = findContact(CONTACTS_SNAPSHOT, { function: fn, region, productType });
          expect(contact, `${fn}/${region}/${productType}`).toMatchObject({ function: fn, region });
        }
  });

  it('prefer the product’s own desk, and fall back to the general one', () => {
    const key = { function: 'lnp', region: 'midwest' } as const;
    expect(findContact(CONTACTS_SNAPSHOT, { ...key, productType: 'lnp' })?.productType).toBe('lnp');
    expect(findContact(CONTACTS_SNAPSHOT, { ...key, productType: 'resale' })?.productType).toBe(
      'all',
    );
  });
});

describe('parseApiConfig', () => {
  it('uses the mock when VITE_API_BASE_URL is unset or empty', () => {
    expect(parseApiConfig({})).toEqual({ baseUrl: MOCK_API_BASE_URL, shouldMock: true });
    expect(parseApiConfig({ VITE_API_BASE_URL: '' }).shouldMock).toBe(true);
  });

  it('points at a real backend, with a trailing slash so paths resolve below it', () => {
    expect(parseApiConfig({ VITE_API_BASE_URL: 'https://tickets.example.com/clec' })).toEqual({
      baseUrl: 'https://tickets.example.com/clec/',
      shouldMock: false,
    });
  });

  it('says how to fix a base URL that is not http(s)', () => {
    expect(() => parseApiConfig({ VITE_API_BASE_URL: 'tickets.example.com' })).toThrow(
      /must be an http\(s\) URL such as https:\/\/tickets.example.com\//,
    );
  });
});
