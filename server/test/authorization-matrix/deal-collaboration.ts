import { eq } from 'drizzle-orm';
import { dealDisputes, dealRegistrations } from '../../src/modules/deals/tables.ts';
import { type Ctx, withTransaction } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db/connection.ts';
import { newId } from '../../src/platform/ids.ts';
import type { Role } from '../../src/platform/permissions.ts';
import { insertDealRegistration } from '../fixtures.ts';
import { DEAL_REGISTRANTS } from './deals.ts';
import { ALL, always, type MatrixEntry, type MatrixEnv, only, visible } from './rules.ts';

const DISPUTERS: Role[] = [
  'owner',
  'admin',
  'channel_manager',
  'regional_manager',
  'sales_rep',
  'partner_admin',
  'partner_sales',
];
const DISPUTE_DECIDERS: Role[] = ['owner', 'admin', 'channel_manager'];
const STAGE_MOVERS: Role[] = ['owner', 'admin', 'channel_manager', 'regional_manager', ...DEAL_REGISTRANTS];
const PARTNER_ROLES_ALL: Role[] = ['partner_admin', 'partner_sales', 'partner_marketing', 'partner_finance'];

const systemCtx = (db: Database, workspaceId: string): Ctx => ({
  db,
  actor: { type: 'system', workspaceId, reason: 'authorization matrix fixture' },
});

/** A registration of the place's partner (partner A for vendor staff) in the given status. */
async function registrationIn(env: MatrixEnv, status: 'rejected' | 'approved') {
  const { db, world, place } = env;
  const organisationId = place.kind === 'vendor' ? world.partnerA.id : place.organisationId;
  const id = await insertDealRegistration(db, { workspaceId: place.workspaceId, organisationId });
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx
      .update(dealRegistrations)
      .set({ status, approvalLevel: null, approvalDueAt: null, decidedAt: new Date() })
      .where(eq(dealRegistrations.id, id)),
  );
  return { id, organisationId };
}

async function openDispute(env: MatrixEnv): Promise<string> {
  const { id: registrationId, organisationId } = await registrationIn(env, 'rejected');
  const id = newId('dealDispute');
  await withTransaction(systemCtx(env.db, env.place.workspaceId), (tx) =>
    tx.insert(dealDisputes).values({
      id,
      workspaceId: env.place.workspaceId,
      organisationId,
      registrationId,
      subject: 'decision',
      reason: 'Matrix fixture dispute reason',
    }),
  );
  return `/api/v1/deal-disputes/${id}`;
}

export const DEAL_COLLABORATION_ROUTES: Record<string, MatrixEntry> = {
  'POST /api/v1/deal-registrations/{id}/disputes': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: `/api/v1/deal-registrations/${(await registrationIn(env, 'rejected')).id}/disputes`,
      body: { subject: 'decision', reason: 'The rejection overlooked our evidence.' },
    }),
    // Vendor staff may contest too (a sales rep claiming the customer).
    expected: only(DISPUTERS, visible(201)),
  },
  'GET /api/v1/deal-disputes': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/deal-disputes' }),
    expected: only(ALL, always(200)),
  },
  'GET /api/v1/deal-disputes/{id}': {
    isScoped: true,
    request: async (env) => ({ method: 'GET', url: await openDispute(env) }),
    expected: only(ALL, visible(200)),
  },
  'POST /api/v1/deal-disputes/{id}/comments': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: `${await openDispute(env)}/comments`,
      body: { body: 'More evidence attached.', evidenceUrls: ['https://crm.example.com/record/1'] },
    }),
    expected: only(DISPUTERS, visible(201)),
  },
  'POST /api/v1/deal-disputes/{id}/decision': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: `${await openDispute(env)}/decision`,
      body: { outcome: 'dismissed', rationale: 'The decision stands.' },
    }),
    expected: only(DISPUTE_DECIDERS, visible(200)),
  },
  'POST /api/v1/deal-registrations/{id}/stage': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: `/api/v1/deal-registrations/${(await registrationIn(env, 'approved')).id}/stage`,
      body: { stage: 'qualified' },
    }),
    expected: only(STAGE_MOVERS, visible(200)),
  },
  'PUT /api/v1/deal-registrations/{id}/partners': {
    isScoped: true,
    request: async (env) => {
      const { id, organisationId } = await registrationIn(env, 'approved');
      return {
        method: 'PUT',
        url: `/api/v1/deal-registrations/${id}/partners`,
        body: { partners: [{ organisationId, role: 'sourcing', creditPercent: 100 }] },
      };
    },
    expected: only(DISPUTE_DECIDERS, visible(200)),
  },
  'GET /api/v1/deal-credits': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/deal-credits' }),
    expected: only(PARTNER_ROLES_ALL, always(200)),
  },
  'GET /api/v1/deal-pipeline': {
    request: () => ({ method: 'GET', url: '/api/v1/deal-pipeline' }),
    expected: only(ALL, always(200)),
  },
};
