import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import type { Role } from '../auth/me-query.ts';
import type { OrganisationKind } from './roles.ts';

export type User = components['schemas']['User'];
export type UserStatus = User['status'];
export type Invitation = components['schemas']['Invitation'];
export type Organisation = components['schemas']['Organisation'];
export type UserChanges = { name?: string; role?: Role; regions?: string[] | null; status?: UserStatus };
export type NewInvitation = {
  email: string;
  name?: string;
  role: Role;
  organisationId: string;
  regions?: string[];
};

/** What the people list can be narrowed by: the API filters these server-side. */
export type PeopleFilters = { role: Role | null; status: UserStatus | null; organisationId: string | null };

export const USERS_KEY = ['users'] as const;
export const INVITATIONS_KEY = ['invitations'] as const;

export async function fetchUsersPage(filters: PeopleFilters, cursor: string | undefined) {
  const query = {
    cursor,
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
  };
  return unwrap(await api.GET('/api/v1/users', { params: { query } }));
}

export async function fetchUser(id: string) {
  return unwrap(await api.GET('/api/v1/users/{id}', { params: { path: { id } } }));
}

/**
 * Saves changes against the version the editor started from: if someone changed the person in
 * the meantime, the API answers 412 instead of silently overwriting their change.
 */
export async function updateUser({
  id,
  version,
  changes,
}: {
  id: string;
  version: number;
  changes: UserChanges;
}) {
  return unwrap(
    await api.PATCH('/api/v1/users/{id}', {
      params: { path: { id } },
      body: changes,
      headers: ifMatch(version),
    }),
  );
}

export async function fetchInvitationsPage(cursor: string | undefined) {
  return unwrap(await api.GET('/api/v1/invitations', { params: { query: { cursor } } }));
}

export async function createInvitation(invitation: NewInvitation) {
  return unwrap(await api.POST('/api/v1/invitations', { body: invitation }));
}

export async function revokeInvitation(id: string) {
  return unwrap(await api.DELETE('/api/v1/invitations/{id}', { params: { path: { id } } }));
}

/** One organisation's name for a table cell; each is fetched once and shared by every row. */
export function useOrganisation(id: string) {
  return useQuery({
    queryKey: ['organisations', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/organisations/{id}', { params: { path: { id } } })),
    staleTime: 5 * 60 * 1000,
  });
}

/** Active organisations matching what was typed (the API's name search forgives typos). */
export function organisationChoicesQuery({
  kind,
  search,
}: {
  kind: OrganisationKind | null;
  search: string;
}) {
  return queryOptions({
    queryKey: ['organisations', 'choices', { kind, search }],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/organisations', {
          params: {
            query: {
              status: 'active',
              limit: 50,
              ...(kind ? { kind } : {}),
              ...(search ? { q: search } : {}),
            },
          },
        }),
      ).data,
    placeholderData: keepPreviousData,
  });
}
