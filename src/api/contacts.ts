import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { REGIONS } from '../domain/regions.ts';
import type { ContactKey } from '../domain/rules.ts';
import { apiFetch } from './client.ts';

export const CONTACTS_PATH = 'contacts';

export const CONTACT_FUNCTIONS = [
  'billing',
  'ordering',
  'provisioning',
  'maintenance',
  'mcpsc',
  'lnp',
] as const satisfies readonly ContactKey['function'][];

export const PRODUCT_TYPES = [
  'loop',
  'loopWithLnp',
  'lnp',
  'resale',
  'lwc',
  'other',
  'all',
] as const satisfies readonly ContactKey['productType'][];

/** Fictional numbers only: NPA-555-0100..0199 (domain.md). */
const FICTIONAL_PHONE = /^[2-9]\d{2}555(01\d{2})$/;

export const CenterContactSchema = z.object({
  function: z.enum(CONTACT_FUNCTIONS),
  region: z.enum(REGIONS),
  productType: z.enum(PRODUCT_TYPES),
  name: z.string().min(1),
  /** 10 digits. */
  phone: z.string().regex(FICTIONAL_PHONE, 'Center phone numbers must be fictional: NPA-555-01XX'),
  hours: z.string().min(1),
  email: z.email(),
});
export type CenterContact = z.infer<typeof CenterContactSchema>;

export const CenterContactListSchema = z.array(CenterContactSchema);

/**
 * The contact for a key: the row for its exact product type, else the function's general row for
 * that region (productType 'all'), which every function and region has.
 */
export function findContact(
  contacts: readonly CenterContact[],
  key: ContactKey,
): CenterContact | undefined {
  const inRegion = contacts.filter((c) => c.function === key.function && c.region === key.region);
  return (
    inRegion.find((c) => c.productType === key.productType) ??
    inRegion.find((c) => c.productType === 'all')
  );
}

/** 3125550123 -> 312-555-0123 */
export function formatPhone(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
}

const DAY = 24 * 60 * 60 * 1000;

/** The whole list: it is small, changes rarely, and caching it all makes it usable offline. */
export function contactsQueryOptions() {
  return queryOptions({
    queryKey: ['contacts'],
    queryFn: ({ signal }) =>
      apiFetch({ path: CONTACTS_PATH, schema: CenterContactListSchema, signal }),
    staleTime: DAY,
    gcTime: Infinity,
    // Offline the bundled snapshot stands in, so there is nothing to wait for.
    networkMode: 'always',
    retry: 1,
  });
}
