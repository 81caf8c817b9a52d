import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';
import type { PartnerSearch } from './partner-search.ts';

export type Partner = components['schemas']['Organisation'];
export type PartnerType = Partner['partnerTypes'][number];
export type LifecycleStage = NonNullable<Partner['lifecycleStage']>;
export type PartnerContact = components['schemas']['PartnerContact'];
export type SavedView = components['schemas']['SavedView'];
/** What a profile edit may send: the API's own request body, every field optional. */
export type ProfileChanges = NonNullable<
  paths['/api/v1/organisations/{id}']['patch']['requestBody']
>['content']['application/json'];
export type ContactInput = {
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  isPrimary: boolean;
};

export const PARTNERS_KEY = ['organisations'] as const;
export const SAVED_VIEWS_KEY = ['saved-views', 'partners'] as const;
export const contactsKey = (organisationId: string) => ['partner-contacts', organisationId] as const;

export async function fetchPartnersPage(search: PartnerSearch, cursor: string | undefined) {
  return unwrap(
    await api.GET('/api/v1/organisations', { params: { query: { ...search, kind: 'partner', cursor } } }),
  );
}

/** The export's address, so the browser downloads it as the session's own request. */
export function exportUrlOf(search: PartnerSearch): string {
  const query = new URLSearchParams(
    Object.entries(search).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const suffix = query.size > 0 ? `?${query}` : '';
  return `/api/v1/organisations/export${suffix}`;
}

/** The regions of the partners the reader can see, for region pickers. */
export function partnerRegionsQuery() {
  return queryOptions({
    queryKey: [...PARTNERS_KEY, 'regions'],
    queryFn: async () => unwrap(await api.GET('/api/v1/partner-regions')).data,
    staleTime: 5 * 60 * 1000,
  });
}

export function partnerQuery(id: string) {
  return queryOptions({
    queryKey: [...PARTNERS_KEY, id],
    queryFn: async () => unwrap(await api.GET('/api/v1/organisations/{id}', { params: { path: { id } } })),
  });
}

export async function updatePartner({
  id,
  version,
  changes,
}: {
  id: string;
  version: number;
  changes: ProfileChanges;
}) {
  return unwrap(
    await api.PATCH('/api/v1/organisations/{id}', {
      params: { path: { id } },
      body: changes,
      headers: ifMatch(version),
    }),
  );
}

export async function fetchContactsPage(organisationId: string, cursor: string | undefined) {
  return unwrap(
    await api.GET('/api/v1/organisations/{id}/contacts', {
      params: { path: { id: organisationId }, query: { cursor, limit: 200 } },
    }),
  );
}

export async function createContact(organisationId: string, contact: ContactInput) {
  return unwrap(
    await api.POST('/api/v1/organisations/{id}/contacts', {
      params: { path: { id: organisationId } },
      body: contact,
    }),
  );
}

export async function updateContact(contact: PartnerContact, changes: Partial<ContactInput>) {
  return unwrap(
    await api.PATCH('/api/v1/organisations/{id}/contacts/{contactId}', {
      params: { path: { id: contact.organisationId, contactId: contact.id } },
      body: changes,
      headers: ifMatch(contact.version),
    }),
  );
}

export async function deleteContact(contact: PartnerContact) {
  return unwrap(
    await api.DELETE('/api/v1/organisations/{id}/contacts/{contactId}', {
      params: { path: { id: contact.organisationId, contactId: contact.id } },
    }),
  );
}

export const savedViewsQuery = queryOptions({
  queryKey: SAVED_VIEWS_KEY,
  queryFn: async () =>
    unwrap(await api.GET('/api/v1/saved-views', { params: { query: { list: 'partners' } } })).data,
});

export async function createSavedView(name: string, filters: PartnerSearch) {
  return unwrap(await api.POST('/api/v1/saved-views', { body: { list: 'partners', name, filters } }));
}

export async function deleteSavedView(id: string) {
  return unwrap(await api.DELETE('/api/v1/saved-views/{id}', { params: { path: { id } } }));
}

/** The vendor's people who may look after partners, for the manager filter and picker. */
export function partnerManagersQuery(vendorOrganisationId: string) {
  return queryOptions({
    queryKey: ['users', 'partner-managers', vendorOrganisationId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/users', {
          params: { query: { organisationId: vendorOrganisationId, status: 'active', limit: 200 } },
        }),
      ).data.filter((user) => MANAGER_ROLES.includes(user.role)),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
  });
}

const MANAGER_ROLES: string[] = ['owner', 'admin', 'channel_manager', 'regional_manager'];
