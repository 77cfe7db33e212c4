import type { QueryClient } from '@tanstack/react-query';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { loadBackendList, loadOrganisationList } from '../../api/contacts.ts';
import type { ContactListChoice } from '../../domain/contactList.ts';
import { chooseContactList } from '../../domain/contactList.ts';
import type { CenterContactsFile } from '../../domain/contacts.ts';
import {
  loadDeviceList,
  onDeviceListChanged,
  resetDeviceList,
  saveDeviceList,
} from './deviceList.ts';

/*
 * The Center Contacts list in use: the device's > the organisation's file > the backend's > none
 * (chooseContactList). Each source is read once per visit; the organisation's file is read from
 * the network first, so an administrator's edit shows on the user's next visit.
 */

export const contactListKeys = {
  all: ['centerContacts'] as const,
  device: () => [...contactListKeys.all, 'device'] as const,
  organisation: () => [...contactListKeys.all, 'organisation'] as const,
  backend: () => [...contactListKeys.all, 'backend'] as const,
};

const once = {
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  networkMode: 'always',
} as const;

export const deviceListQuery = () =>
  queryOptions({ queryKey: contactListKeys.device(), queryFn: loadDeviceList, ...once });
export const organisationListQuery = () =>
  queryOptions({
    queryKey: contactListKeys.organisation(),
    queryFn: loadOrganisationList,
    ...once,
  });
export const backendListQuery = () =>
  queryOptions({ queryKey: contactListKeys.backend(), queryFn: loadBackendList, ...once });

/** Reads every source now, so the result page has the center's number when it opens. */
export async function prefetchContactList(client: QueryClient): Promise<void> {
  // A source that fails counts as absent (settled below): nothing to report here.
  const ignore = () => undefined;
  await Promise.all([
    client.query(deviceListQuery()).catch(ignore),
    client.query(organisationListQuery()).catch(ignore),
    client.query(backendListQuery()).catch(ignore),
  ]);
}

export interface ContactListState {
  /** Undefined until every source has answered. */
  readonly choice: ContactListChoice | undefined;
  /** Keeps `file` as this device's list; resolves once `choice` uses it. */
  readonly saveDeviceList: (file: CenterContactsFile) => Promise<void>;
  /** Deletes this device's list; resolves once `choice` no longer uses it. */
  readonly resetDeviceList: () => Promise<void>;
}

/**
 * A source's answer; one that failed in a way its loader did not foresee counts as absent, so the
 * page falls back to the next list, or to CLEC Online, instead of waiting for ever.
 */
function settled<S>(query: {
  data: S | undefined;
  isError: boolean;
}): S | { status: 'absent' } | undefined {
  return query.isError ? { status: 'absent' } : query.data;
}

export function useContactList(): ContactListState {
  const device = settled(useQuery(deviceListQuery()));
  const organisation = settled(useQuery(organisationListQuery()));
  const backend = settled(useQuery(backendListQuery()));
  const queryClient = useQueryClient();
  const reread = () => queryClient.invalidateQueries({ queryKey: contactListKeys.device() });
  // Another tab imported, edited or reset the list: this tab reads it again.
  useEffect(
    () =>
      onDeviceListChanged(() => {
        void queryClient.invalidateQueries({ queryKey: contactListKeys.device() });
      }),
    [queryClient],
  );
  const actions = {
    saveDeviceList: async (file: CenterContactsFile) => {
      await saveDeviceList(file);
      await reread();
    },
    resetDeviceList: async () => {
      await resetDeviceList();
      await reread();
    },
  };
  if (!device || !organisation || !backend) return { choice: undefined, ...actions };
  return { choice: chooseContactList({ device, organisation, backend }), ...actions };
}
