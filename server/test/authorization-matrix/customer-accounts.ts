import { customerAccounts, customerOpportunities } from '../../src/modules/customer-accounts/tables.ts';
import { type Ctx, withTransaction } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db/connection.ts';
import { newId } from '../../src/platform/ids.ts';
import type { Role } from '../../src/platform/permissions.ts';
import { ALL, always, type MatrixEntry, nextSequence, only, type Scope } from './rules.ts';

const ACCOUNT_READERS: Role[] = [
  'owner',
  'admin',
  'channel_manager',
  'regional_manager',
  'sales_rep',
  'analyst',
];
const ACCOUNT_MANAGERS: Role[] = ['owner', 'admin', 'channel_manager'];
const DEAL_MANAGERS: Role[] = ['owner', 'admin', 'channel_manager'];

/** Accounts are the vendor's, workspace-wide; another workspace's look absent. */
const inWorkspace = (success: number) => (_role: Role, scope: Scope) =>
  scope === 'other_workspace' ? 404 : success;

const systemCtx = (db: Database, workspaceId: string): Ctx => ({
  db,
  actor: { type: 'system', workspaceId, reason: 'matrix fixture' },
});

async function insertAccount(db: Database, workspaceId: string): Promise<string> {
  const id = newId('customerAccount');
  const sequence = nextSequence();
  await withTransaction(systemCtx(db, workspaceId), (tx) =>
    tx.insert(customerAccounts).values({
      id,
      workspaceId,
      name: `Matrix account ${sequence}`,
      normalisedName: `matrix account ${sequence}`,
      domains: [`matrix-account-${sequence}.example.com`],
    }),
  );
  return id;
}

async function insertOpportunity(db: Database, workspaceId: string): Promise<string> {
  const accountId = await insertAccount(db, workspaceId);
  const id = newId('customerOpportunity');
  await withTransaction(systemCtx(db, workspaceId), (tx) =>
    tx
      .insert(customerOpportunities)
      .values({ id, workspaceId, accountId, name: 'Matrix deal', stage: 'Open' }),
  );
  return id;
}

const csv = () => {
  const sequence = nextSequence();
  return Buffer.from(
    `name,domain,country\nMatrix import ${sequence},matrix-import-${sequence}.com,DE\n`,
  ).toString('base64');
};

export const CUSTOMER_ACCOUNTS_ROUTES: Record<string, MatrixEntry> = {
  'GET /api/v1/customer-accounts': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/customer-accounts?limit=200' }),
    expected: only(ACCOUNT_READERS, always(200)),
  },
  'POST /api/v1/customer-accounts': {
    request: () => {
      const sequence = nextSequence();
      return {
        method: 'POST',
        url: '/api/v1/customer-accounts',
        body: {
          name: `Matrix customer ${sequence}`,
          domains: [`matrix-${sequence}.example.com`],
          country: 'DE',
        },
      };
    },
    expected: only(ACCOUNT_MANAGERS, always(201)),
  },
  'POST /api/v1/customer-accounts/import': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/customer-accounts/import',
      body: { fileName: 'accounts.csv', content: csv() },
    }),
    expected: only(ACCOUNT_MANAGERS, always(200)),
  },
  'GET /api/v1/customer-accounts/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/customer-accounts/${await insertAccount(db, place.workspaceId)}`,
    }),
    expected: only(ACCOUNT_READERS, inWorkspace(200)),
  },
  'PATCH /api/v1/customer-accounts/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/customer-accounts/${await insertAccount(db, place.workspaceId)}`,
      body: { isDirectOnly: true, directOnlyReason: 'Matrix' },
    }),
    expected: only(ACCOUNT_MANAGERS, inWorkspace(200)),
  },
  'DELETE /api/v1/customer-accounts/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'DELETE',
      url: `/api/v1/customer-accounts/${await insertAccount(db, place.workspaceId)}`,
    }),
    expected: only(ACCOUNT_MANAGERS, inWorkspace(204)),
  },
  'GET /api/v1/customer-accounts/{id}/opportunities': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/customer-accounts/${await insertAccount(db, place.workspaceId)}/opportunities`,
    }),
    expected: only(ACCOUNT_READERS, inWorkspace(200)),
  },
  'POST /api/v1/customer-accounts/{id}/opportunities': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/customer-accounts/${await insertAccount(db, place.workspaceId)}/opportunities`,
      body: { name: 'Matrix renewal', stage: 'Proposal', amount: 1000, currency: 'EUR' },
    }),
    expected: only(ACCOUNT_MANAGERS, inWorkspace(201)),
  },
  'PATCH /api/v1/customer-opportunities/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/customer-opportunities/${await insertOpportunity(db, place.workspaceId)}`,
      body: { isOpen: false },
    }),
    expected: only(ACCOUNT_MANAGERS, inWorkspace(200)),
  },
  'DELETE /api/v1/customer-opportunities/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'DELETE',
      url: `/api/v1/customer-opportunities/${await insertOpportunity(db, place.workspaceId)}`,
    }),
    expected: only(ACCOUNT_MANAGERS, inWorkspace(204)),
  },
  'GET /api/v1/rules-of-engagement': {
    request: () => ({ method: 'GET', url: '/api/v1/rules-of-engagement' }),
    expected: only(ALL, always(200)),
  },
  'PUT /api/v1/rules-of-engagement': {
    request: () => ({
      method: 'PUT',
      url: '/api/v1/rules-of-engagement',
      body: { markdown: '# Rules\n\nRegister before you sell.' },
    }),
    expected: only(DEAL_MANAGERS, always(200)),
  },
};
