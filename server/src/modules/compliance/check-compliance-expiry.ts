import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import { organisations } from '../organisations/tables.ts';
import { addDays, dayOf } from './compliance-dates.ts';
import { documentColumns } from './find-compliance.ts';
import { presentDocument } from './schemas.ts';
import { complianceDocuments, complianceRequirements } from './tables.ts';

/**
 * The daily pass over approved submissions: past their expiry day they become expired; within
 * their requirement's reminder window the partner's admins are reminded. Both are state changes
 * (status, reminder time), so running twice changes and announces nothing the second time.
 */
export async function checkComplianceExpiry({ db, now }: { db: Database; now: Date }) {
  const workspaces = await db.execute<{ workspace_id: string }>(
    sql`SELECT workspace_id FROM trellis_workspaces_with_expiring_compliance()`,
  );
  const today = dayOf(now);
  let changed = 0;
  for (const { workspace_id: workspaceId } of workspaces.rows) {
    const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'compliance expiry check' } };
    changed += await withTransaction(ctx, async (tx) => {
      const rows = await tx
        .select({
          document: documentColumns,
          requirementName: complianceRequirements.name,
          reminderDays: complianceRequirements.reminderDaysBeforeExpiry,
          organisationName: organisations.name,
        })
        .from(complianceDocuments)
        .innerJoin(complianceRequirements, eq(complianceRequirements.id, complianceDocuments.requirementId))
        .innerJoin(organisations, eq(organisations.id, complianceDocuments.organisationId))
        .where(
          and(
            eq(complianceDocuments.workspaceId, workspaceId),
            eq(complianceDocuments.status, 'approved'),
            isNotNull(complianceDocuments.expiresOn),
          ),
        )
        .for('update', { of: complianceDocuments, skipLocked: true });
      let count = 0;
      for (const { document, requirementName, reminderDays, organisationName } of rows) {
        const expiresOn = document.expiresOn!;
        const isExpired = today >= expiresOn;
        const isDue = !document.expiryReminderSentAt && today >= addDays(expiresOn, -reminderDays);
        if (!isExpired && !isDue) continue;
        const [row] = await tx
          .update(complianceDocuments)
          .set(
            isExpired
              ? { status: 'expired', version: document.version + 1 }
              : { expiryReminderSentAt: now, version: document.version + 1 },
          )
          .where(eq(complianceDocuments.id, document.id))
          .returning(documentColumns);
        await recordChange(tx, ctx, {
          action: isExpired ? 'compliance_document.expired' : 'compliance_document.expiring',
          entityType: 'compliance_document',
          entityId: document.id,
          organisationId: document.organisationId,
          before: presentDocument(document),
          after: { ...presentDocument(row!), requirementName, organisationName },
        });
        count++;
      }
      return count;
    });
  }
  return changed;
}

export const checkComplianceExpiryJob = defineJob({
  name: 'compliance.check-expiry',
  payload: z.object({}),
  retryLimit: 3,
  retryDelaySeconds: 600,
  // Daily, early in the UTC morning.
  cron: '15 2 * * *',
  handler: async (_payload, { db, clock }) => {
    await checkComplianceExpiry({ db, now: clock() });
  },
});
