import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import { evaluatePartnerTiers } from './evaluate-partner-tiers.ts';

/**
 * Every night, every workspace with tiers: upgrades, scheduled downgrades, and downgrades whose
 * grace period has ended. One transaction per workspace, so one workspace's failure (retried by
 * pg-boss) does not undo another's evaluation.
 */
export const evaluateTiersJob = defineJob({
  name: 'tiers.evaluate',
  payload: z.object({}),
  retryLimit: 3,
  retryDelaySeconds: 300,
  cron: '15 2 * * *',
  handler: async (_payload, { db, clock, log }) => {
    const workspaces = await db.execute<{ workspace_id: string }>(
      sql`SELECT workspace_id FROM trellis_workspaces_with_partner_tiers()`,
    );
    const now = clock();
    for (const { workspace_id: workspaceId } of workspaces.rows) {
      const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'nightly tier evaluation' } };
      const summary = await withTransaction(ctx, (tx) =>
        evaluatePartnerTiers(tx, ctx, { organisationIds: null, now }),
      );
      log('tiers evaluated', { workspaceId, evaluated: summary.evaluated, changes: summary.changes.length });
    }
  },
});
