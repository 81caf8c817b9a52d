import { and, eq } from 'drizzle-orm';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Role } from '../../platform/permissions.ts';
import { loadDealSettings } from '../deals/deal-settings.ts';
import { registerDeal } from '../deals/register-deal.ts';
import { dealRegistrationApprovals, dealRegistrations } from '../deals/tables.ts';

type DemoPartnerUser = { userId: string; organisationId: string; role: Role };

const DAY_MS = 24 * 60 * 60 * 1000;

function partnerCtx(system: Ctx, user: DemoPartnerUser): Ctx {
  return {
    db: system.db,
    actor: {
      type: 'user',
      workspaceId: system.actor.workspaceId,
      organisationId: user.organisationId,
      organisationKind: 'partner',
      userId: user.userId,
      role: user.role,
      regions: null,
      sessionId: null,
      apiKeyId: null,
      scopes: null,
    },
  };
}

/**
 * Deals the console and portal show at first start: a clear claim waiting for approval, a customer
 * both demo partners claimed (Contoso first, so Northwind's claim is the conflict), and an approved
 * one under protection. Registered through the real verb so conflicts and SLAs are computed as for
 * a person; they must run before the compliance requirements exist, or Contoso (which has its DPA
 * outstanding in the demo) could not register.
 */
export async function seedDemoDeals(
  system: Ctx,
  {
    northwind,
    contoso,
    approverId,
    now,
  }: { northwind: DemoPartnerUser; contoso: DemoPartnerUser; approverId: string; now: Date },
) {
  const closeDate = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  await registerDeal({
    ctx: partnerCtx(system, northwind),
    now,
    input: {
      customerName: 'Initrode Logistics GmbH',
      customerWebsite: 'https://www.initrode-logistics.de',
      contactName: 'Petra Lange',
      contactEmail: 'petra.lange@initrode-logistics.de',
      country: 'DE',
      amount: 42_000,
      currency: 'EUR',
      expectedCloseDate: closeDate(75),
      products: ['Acme Cloud Platform'],
      notes: 'Replacing their on-premises scheduling system before the winter peak.',
    },
  });
  await registerDeal({
    ctx: partnerCtx(system, contoso),
    now,
    input: {
      customerName: 'Globex Corporation',
      customerWebsite: 'globex-corp.com',
      contactName: 'Hank Scorpio',
      country: 'US',
      amount: 120_000,
      currency: 'USD',
      expectedCloseDate: closeDate(60),
      products: ['Acme Cloud Platform', 'Analytics'],
    },
  });
  await registerDeal({
    ctx: partnerCtx(system, northwind),
    now,
    input: {
      customerName: 'Globex Corp.',
      contactEmail: 'procurement@globex-corp.com',
      country: 'US',
      amount: 95_000,
      currency: 'USD',
      expectedCloseDate: closeDate(90),
      products: ['Acme Cloud Platform'],
      notes: 'Their European subsidiary asked us for a proposal.',
    },
  });
  const approved = await registerDeal({
    ctx: partnerCtx(system, northwind),
    now,
    input: {
      customerName: 'Vandelay Industries AG',
      customerWebsite: 'vandelay-industries.ch',
      contactName: 'Art Vandelay',
      country: 'CH',
      amount: 68_500,
      currency: 'CHF',
      expectedCloseDate: closeDate(45),
      products: ['Analytics'],
    },
  });
  // Demo scenery, not a manager's decision: approved directly, as the seed writes other scenery.
  await withTransaction(system, async (tx) => {
    const settings = await loadDealSettings(tx, system.actor.workspaceId);
    const reason = 'Clear registration; the partner has worked with this customer before.';
    await tx
      .update(dealRegistrations)
      .set({
        status: 'approved',
        approvalDueAt: null,
        decidedAt: now,
        decidedById: approverId,
        decisionReason: reason,
        protectionEndsAt: new Date(now.getTime() + settings.protectionDays * DAY_MS),
        version: approved.version + 1,
      })
      .where(eq(dealRegistrations.id, approved.id));
    await tx
      .update(dealRegistrationApprovals)
      .set({ decision: 'approved', decidedById: approverId, decidedAt: now, reason })
      .where(
        and(
          eq(dealRegistrationApprovals.registrationId, approved.id),
          eq(dealRegistrationApprovals.level, 1),
        ),
      );
  });
}
