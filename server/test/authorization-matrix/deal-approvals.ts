import { eq } from 'drizzle-orm';
import {
  dealRegistrationApprovals,
  dealRegistrationExtensions,
  dealRegistrations,
} from '../../src/modules/deals/tables.ts';
import { organisations } from '../../src/modules/organisations/tables.ts';
import { withTransaction } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db/connection.ts';
import { newId } from '../../src/platform/ids.ts';
import type { Role } from '../../src/platform/permissions.ts';
import { DEAL_REGISTRANTS } from './deals.ts';
import {
  ALL,
  always,
  type MatrixEntry,
  type MatrixEnv,
  nextSequence,
  only,
  type Scope,
  visible,
} from './rules.ts';

const APPROVERS: Role[] = ['owner', 'admin', 'channel_manager', 'regional_manager'];
const PROGRAMME_MANAGERS: Role[] = ['owner', 'admin', 'channel_manager'];
const DAY = 24 * 60 * 60 * 1000;

/** `approved` carries a pending extension request; `protected` has none yet. */
type Stage = 'pending' | 'question' | 'approved' | 'protected';

/**
 * A registration of the place's partner (partner A in EMEA for vendor staff) waiting at the stage
 * the route acts on, with its approval step; approved ones carry a pending extension request.
 */
async function insertRegistrationAt(
  { db, world, place }: MatrixEnv,
  stage: Stage,
): Promise<{ id: string; extensionId: string }> {
  const organisationId = place.kind === 'vendor' ? world.partnerA.id : place.organisationId;
  const isApproved = stage === 'approved' || stage === 'protected';
  const id = newId('dealRegistration');
  const extensionId = newId('dealExtension');
  const now = new Date();
  const sequence = nextSequence();
  await withTransaction(systemCtx(db, place.workspaceId), async (tx) => {
    const [partner] = await tx
      .select({ region: organisations.region })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    await tx.insert(dealRegistrations).values({
      id,
      workspaceId: place.workspaceId,
      organisationId,
      region: partner?.region ?? null,
      customerName: `Matrix approval customer ${sequence}`,
      normalisedCustomerName: `matrix approval customer ${sequence}`,
      country: 'DE',
      amount: 1000,
      currency: 'EUR',
      expectedCloseDate: '2027-01-31',
      status:
        stage === 'pending' ? 'pending_approval' : stage === 'question' ? 'more_info_requested' : 'approved',
      conflictOutcome: 'clear',
      isFirstIn: true,
      registeredAt: now,
      approvalLevel: isApproved ? null : 1,
      approvalDueAt: stage === 'pending' ? new Date(now.getTime() + DAY) : null,
      protectionEndsAt: isApproved ? new Date(now.getTime() + 90 * DAY) : null,
      lastActivityAt: now,
    });
    await tx.insert(dealRegistrationApprovals).values({
      id: newId('dealApproval'),
      workspaceId: place.workspaceId,
      organisationId,
      registrationId: id,
      level: 1,
      role: 'regional_manager',
      dueAt: new Date(now.getTime() + DAY),
      ...(stage === 'pending'
        ? {}
        : {
            decision: stage === 'question' ? ('more_info_requested' as const) : ('approved' as const),
            decidedAt: now,
            reason: stage === 'question' ? 'Who is the buyer?' : null,
          }),
    });
    if (stage === 'approved') {
      await tx.insert(dealRegistrationExtensions).values({
        id: extensionId,
        workspaceId: place.workspaceId,
        organisationId,
        registrationId: id,
        reason: 'The customer needs another month',
        requestedDays: 30,
      });
    }
  });
  return { id, extensionId };
}

const systemCtx = (db: Database, workspaceId: string) => ({
  db,
  actor: { type: 'system' as const, workspaceId, reason: 'authorization matrix fixture' },
});

const registrationAt = async (env: MatrixEnv, stage: Stage, action: string) =>
  `/api/v1/deal-registrations/${(await insertRegistrationAt(env, stage)).id}/${action}`;
const extensionAt = async (env: MatrixEnv, action: string) =>
  `/api/v1/deal-registration-extensions/${(await insertRegistrationAt(env, 'approved')).extensionId}/${action}`;

/** A partner acts on its own registrations only: another partner's, or another workspace's, are not found. */
const ownRegistration = (success: number) => (_role: Role, scope: Scope) => (scope === 'own' ? success : 404);

/** The programme as it ships, so later entries register deals under the usual rules. */
const DEFAULT_SETTINGS = {
  approvalLevels: [
    { role: 'regional_manager', minimumAmount: 0, regions: [], slaHours: 24 },
    { role: 'channel_manager', minimumAmount: 250_000, regions: [], slaHours: 48 },
  ],
  autoApproveMaxAmount: null,
  reminderHoursBeforeDue: 4,
  protectionDays: 90,
  extensionDays: 30,
  maxExtensions: 2,
  staleAfterDays: 30,
};

export const DEAL_APPROVALS_ROUTES: Record<string, MatrixEntry> = {
  'GET /api/v1/deal-registration-settings': {
    request: () => ({ method: 'GET', url: '/api/v1/deal-registration-settings' }),
    expected: only(ALL, always(200)),
  },
  'PUT /api/v1/deal-registration-settings': {
    request: () => ({ method: 'PUT', url: '/api/v1/deal-registration-settings', body: DEFAULT_SETTINGS }),
    expected: only(PROGRAMME_MANAGERS, always(200)),
  },
  'GET /api/v1/deal-approval-queue': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/deal-approval-queue' }),
    expected: only(APPROVERS, always(200)),
  },
  'POST /api/v1/deal-registrations/{id}/approve': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: await registrationAt(env, 'pending', 'approve'),
      body: {},
    }),
    expected: only(APPROVERS, visible(200)),
  },
  'POST /api/v1/deal-registrations/{id}/reject': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: await registrationAt(env, 'pending', 'reject'),
      body: { reason: 'Customer buys direct' },
    }),
    expected: only(APPROVERS, visible(200)),
  },
  'POST /api/v1/deal-registrations/{id}/request-info': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: await registrationAt(env, 'pending', 'request-info'),
      body: { question: 'Who signs the order?' },
    }),
    expected: only(APPROVERS, visible(200)),
  },
  'POST /api/v1/deal-registrations/{id}/info': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: await registrationAt(env, 'question', 'info'),
      body: { answer: 'The CFO' },
    }),
    expected: only(DEAL_REGISTRANTS, ownRegistration(200)),
  },
  'POST /api/v1/deal-registrations/{id}/withdraw': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: await registrationAt(env, 'pending', 'withdraw'),
      body: {},
    }),
    expected: only(DEAL_REGISTRANTS, ownRegistration(200)),
  },
  'POST /api/v1/deal-registrations/{id}/extension-requests': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: await registrationAt(env, 'protected', 'extension-requests'),
      body: { reason: 'The board meets next month' },
    }),
    expected: only(DEAL_REGISTRANTS, ownRegistration(201)),
  },
  'POST /api/v1/deal-registration-extensions/{id}/approve': {
    isScoped: true,
    request: async (env) => ({ method: 'POST', url: await extensionAt(env, 'approve'), body: {} }),
    expected: only(APPROVERS, visible(200)),
  },
  'POST /api/v1/deal-registration-extensions/{id}/reject': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: await extensionAt(env, 'reject'),
      body: { note: 'No activity recorded' },
    }),
    expected: only(APPROVERS, visible(200)),
  },
};
