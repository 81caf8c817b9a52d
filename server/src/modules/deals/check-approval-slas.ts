import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { iso } from '../../platform/http/schemas.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import { organisations } from '../organisations/tables.ts';
import { loadDealSettings } from './deal-settings.ts';
import { registrationSummary } from './open-approval.ts';
import { dealRegistrationApprovals, dealRegistrations } from './tables.ts';

const HOUR = 60 * 60 * 1000;

/** Workspaces with registrations waiting on someone or protected: the only ones the deal timers touch. */
export async function workspacesWithLiveDeals(db: Database): Promise<string[]> {
  const result = await db.execute<{ workspace_id: string }>(
    sql`SELECT workspace_id FROM trellis_workspaces_with_live_deal_registrations()`,
  );
  return result.rows.map((row) => row.workspace_id);
}

/**
 * The pass over open approval steps: an approver is reminded once the SLA is close, and the step
 * is escalated once it has run out, so channel managers hear of it (and automation rules can
 * react). Both are recorded on the step, so a second run announces nothing new.
 */
export async function checkApprovalSlas({ db, now }: { db: Database; now: Date }) {
  let announced = 0;
  for (const workspaceId of await workspacesWithLiveDeals(db)) {
    const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'deal approval SLA check' } };
    announced += await withTransaction(ctx, async (tx) => {
      const settings = await loadDealSettings(tx, workspaceId);
      const remindFrom = new Date(now.getTime() + settings.reminderHoursBeforeDue * HOUR);
      const rows = await tx
        .select({
          approval: dealRegistrationApprovals,
          registration: dealRegistrations,
          partnerName: organisations.name,
        })
        .from(dealRegistrationApprovals)
        .innerJoin(dealRegistrations, eq(dealRegistrations.id, dealRegistrationApprovals.registrationId))
        .leftJoin(organisations, eq(organisations.id, dealRegistrations.organisationId))
        .where(
          and(
            eq(dealRegistrationApprovals.workspaceId, workspaceId),
            isNull(dealRegistrationApprovals.decidedAt),
            isNull(dealRegistrationApprovals.escalatedAt),
            eq(dealRegistrations.status, 'pending_approval'),
            sql`${dealRegistrationApprovals.dueAt} <= ${remindFrom}`,
          ),
        )
        .for('update', { of: dealRegistrationApprovals, skipLocked: true });
      let count = 0;
      for (const { approval, registration, partnerName } of rows) {
        const isOverdue = approval.dueAt.getTime() <= now.getTime();
        if (!isOverdue && approval.remindedAt) continue;
        await tx
          .update(dealRegistrationApprovals)
          .set(isOverdue ? { escalatedAt: now, remindedAt: approval.remindedAt ?? now } : { remindedAt: now })
          .where(eq(dealRegistrationApprovals.id, approval.id));
        await recordChange(tx, ctx, {
          action: isOverdue ? 'deal_registration.approval_escalated' : 'deal_registration.approval_reminder',
          entityType: 'deal_registration',
          entityId: registration.id,
          organisationId: registration.organisationId,
          after: {
            ...registrationSummary(registration),
            partnerName,
            level: approval.level,
            role: approval.role,
            dueAt: iso(approval.dueAt),
          },
        });
        count++;
      }
      return count;
    });
  }
  return announced;
}

export const checkApprovalSlasJob = defineJob({
  name: 'deals.check-approval-slas',
  payload: z.object({}),
  retryLimit: 3,
  retryDelaySeconds: 60,
  // SLAs run in hours; five minutes late on a reminder is nothing, an hour would be.
  cron: '*/5 * * * *',
  handler: async (_payload, { db, clock }) => {
    await checkApprovalSlas({ db, now: clock() });
  },
});
