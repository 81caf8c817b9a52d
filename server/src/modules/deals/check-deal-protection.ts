import { and, eq, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type AuditChange, recordChanges } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import { organisations } from '../organisations/tables.ts';
import { DAY_MS } from './approval-authority.ts';
import { workspacesWithLiveDeals } from './check-approval-slas.ts';
import { loadDealSettings } from './deal-settings.ts';
import { registrationSummary } from './open-approval.ts';
import { dealRegistrations } from './tables.ts';

const CLOSED_STAGES = ['won', 'lost'] as const;

/** Partners hear this long before protection ends, or a third of a shorter window. */
const PROTECTION_NOTICE_DAYS = 14;

export const protectionNoticeDays = (protectionDays: number) =>
  Math.min(PROTECTION_NOTICE_DAYS, Math.max(1, Math.floor(protectionDays / 3)));

/**
 * The hourly pass over approved registrations. A protection window that ran out without the deal
 * closing expires the registration, which returns the customer to the pool (expired is not an
 * active status, so new claims no longer collide). Before that, the partner is told once that
 * the end is near (again when an extension moved it). A registration nobody touched for the
 * programme's stale period is flagged once per quiet spell.
 */
export async function checkDealProtection({ db, now }: { db: Database; now: Date }) {
  let changed = 0;
  for (const workspaceId of await workspacesWithLiveDeals(db)) {
    const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'deal protection check' } };
    changed += await withTransaction(ctx, async (tx) => {
      const settings = await loadDealSettings(tx, workspaceId);
      const quietSince = new Date(now.getTime() - settings.staleAfterDays * DAY_MS);
      const noticeMs = protectionNoticeDays(settings.protectionDays) * DAY_MS;
      const noticeFrom = sql`${dealRegistrations.protectionEndsAt} - make_interval(secs => ${noticeMs / 1000})`;
      const isStale = and(
        lte(dealRegistrations.lastActivityAt, quietSince),
        or(
          isNull(dealRegistrations.staleAlertedAt),
          sql`${dealRegistrations.staleAlertedAt} < ${dealRegistrations.lastActivityAt}`,
        ),
      );
      const isEndingSoon = and(
        sql`${now} >= ${noticeFrom}`,
        or(
          isNull(dealRegistrations.protectionRemindedAt),
          sql`${dealRegistrations.protectionRemindedAt} < ${noticeFrom}`,
        ),
      );
      const rows = await tx
        .select({
          registration: dealRegistrations,
          partnerName: organisations.name,
          isStale: sql<boolean>`coalesce(${isStale}, false)`,
          isEndingSoon: sql<boolean>`coalesce(${isEndingSoon}, false)`,
        })
        .from(dealRegistrations)
        .leftJoin(organisations, eq(organisations.id, dealRegistrations.organisationId))
        .where(
          and(
            eq(dealRegistrations.workspaceId, workspaceId),
            eq(dealRegistrations.status, 'approved'),
            notInArray(dealRegistrations.stage, [...CLOSED_STAGES]),
            or(lte(dealRegistrations.protectionEndsAt, now), isStale, isEndingSoon),
          ),
        )
        .for('update', { of: dealRegistrations, skipLocked: true });
      const changes: AuditChange[] = [];
      for (const { registration, partnerName, isStale, isEndingSoon } of rows) {
        const isExpired =
          registration.protectionEndsAt !== null && registration.protectionEndsAt.getTime() <= now.getTime();
        const [row] = await tx
          .update(dealRegistrations)
          .set(
            isExpired
              ? { status: 'expired', version: registration.version + 1, updatedAt: now }
              : {
                  ...(isStale ? { staleAlertedAt: now } : {}),
                  ...(isEndingSoon ? { protectionRemindedAt: now } : {}),
                },
          )
          .where(eq(dealRegistrations.id, registration.id))
          .returning();
        const actions = isExpired
          ? ['deal_registration.expired']
          : [
              ...(isEndingSoon ? ['deal_registration.protection_ending'] : []),
              ...(isStale ? ['deal_registration.stale'] : []),
            ];
        for (const action of actions) {
          changes.push({
            action,
            entityType: 'deal_registration',
            entityId: registration.id,
            organisationId: registration.organisationId,
            before: registrationSummary(registration),
            after: {
              ...registrationSummary(row!),
              partnerName,
              lastActivityAt: registration.lastActivityAt.toISOString(),
              staleAfterDays: settings.staleAfterDays,
            },
          });
        }
      }
      // One lock of the audit chain head for the whole pass.
      await recordChanges(
        tx,
        changes.map((change) => ({ ctx, change })),
      );
      return rows.length;
    });
  }
  return changed;
}

export const checkDealProtectionJob = defineJob({
  name: 'deals.check-protection',
  payload: z.object({}),
  retryLimit: 3,
  retryDelaySeconds: 300,
  cron: '7 * * * *',
  handler: async (_payload, { db, clock }) => {
    await checkDealProtection({ db, now: clock() });
  },
});
