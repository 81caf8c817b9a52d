import type { App } from '../src/app.ts';
import { csrfTokenFor, SESSION_COOKIE } from '../src/modules/auth/request-authentication.ts';
import { createSession } from '../src/modules/auth/sessions.ts';
import { insertPartnerOrganisation } from '../src/modules/organisations/create-partner-organisation.ts';
import { createUser } from '../src/modules/users/create-user.ts';
import { createWorkspace } from '../src/modules/workspaces/create-workspace.ts';
import { type Ctx, withTransaction } from '../src/platform/context.ts';
import type { Database } from '../src/platform/db/connection.ts';
import {
  PARTNER_ROLES,
  type PartnerRole,
  type Role,
  VENDOR_ROLES,
  type VendorRole,
} from '../src/platform/permissions.ts';
import { TEST_SECRET } from './harness.ts';

export const TEST_PASSWORD = 'correct-horse-battery';

export type Principal = {
  userId: string;
  email: string;
  role: Role;
  organisationId: string;
  workspaceId: string;
  sessionToken: string;
};

export type TestPartner = { id: string; name: string; region: string; users: Record<PartnerRole, Principal> };

export type TestWorkspace = {
  workspaceId: string;
  vendorOrganisationId: string;
  vendor: Record<VendorRole, Principal>;
  /** Two partners in different regions; the regional manager covers `partnerA`'s region only. */
  partnerA: TestPartner;
  partnerB: TestPartner;
};

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

async function addUser(ctx: Ctx, organisationId: string, role: Role, label: string, regions?: string[]) {
  const email = `${role}.${label}.${unique()}@example.test`.toLowerCase();
  const user = await createUser({
    ctx,
    input: {
      organisationId,
      email,
      name: `${role} ${label}`,
      role,
      password: TEST_PASSWORD,
      regions: regions ?? null,
    },
  });
  const sessionToken = await withTransaction(ctx, (tx) =>
    createSession(tx, {
      workspaceId: ctx.actor.workspaceId,
      organisationId,
      userId: user.id,
      isMfaPending: false,
      ip: null,
      userAgent: 'vitest',
      now: new Date(),
    }),
  );
  return { userId: user.id, email, role, organisationId, workspaceId: ctx.actor.workspaceId, sessionToken };
}

async function addPartner(ctx: Ctx, name: string, region: string): Promise<TestPartner> {
  const organisation = await withTransaction(ctx, (tx) =>
    insertPartnerOrganisation(tx, ctx, { name, region }),
  );
  const users = {} as Record<PartnerRole, Principal>;
  for (const role of PARTNER_ROLES)
    users[role] = await addUser(ctx, organisation.id, role, name.split(' ')[0]!);
  return { id: organisation.id, name, region, users };
}

/** A workspace with a user for every vendor role and two partners with a user for every partner role. */
export async function createTestWorkspace(db: Database, label = 'Acme'): Promise<TestWorkspace> {
  const { workspace, vendor } = await createWorkspace({
    db,
    name: `${label} ${unique()}`,
    slug: `${label.toLowerCase()}-${unique()}`,
    vendorName: label,
  });
  const ctx: Ctx = { db, actor: { type: 'system', workspaceId: workspace.id, reason: 'test factory' } };
  const vendorUsers = {} as Record<VendorRole, Principal>;
  for (const role of VENDOR_ROLES) {
    vendorUsers[role] = await addUser(
      ctx,
      vendor.id,
      role,
      label,
      role === 'regional_manager' ? ['emea'] : undefined,
    );
  }
  return {
    workspaceId: workspace.id,
    vendorOrganisationId: vendor.id,
    vendor: vendorUsers,
    partnerA: await addPartner(ctx, `Northwind ${unique()}`, 'emea'),
    partnerB: await addPartner(ctx, `Contoso ${unique()}`, 'north-america'),
  };
}

type RequestOptions = { body?: unknown; headers?: Record<string, string> };

/** Calls the API as a signed-in browser would: session cookie plus the CSRF header. */
export function as(app: App, principal: Principal) {
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    options: RequestOptions = {},
  ) =>
    app.inject({
      method,
      url,
      cookies: { [SESSION_COOKIE]: principal.sessionToken },
      headers: { 'x-csrf-token': csrfTokenFor(TEST_SECRET, principal.sessionToken), ...options.headers },
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
    });
  return {
    get: (url: string, options?: RequestOptions) => call('GET', url, options),
    post: (url: string, body?: unknown, options?: RequestOptions) => call('POST', url, { ...options, body }),
    put: (url: string, body?: unknown, options?: RequestOptions) => call('PUT', url, { ...options, body }),
    patch: (url: string, body?: unknown, options?: RequestOptions) =>
      call('PATCH', url, { ...options, body }),
    delete: (url: string, options?: RequestOptions) => call('DELETE', url, options),
  };
}
