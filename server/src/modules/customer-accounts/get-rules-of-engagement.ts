import { eq, sql } from 'drizzle-orm';
import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { iso } from '../../platform/http/schemas.ts';
import { dealRegistrationSettings } from '../deals/tables.ts';

/**
 * The rules as published, for everyone in the workspace, partners included, with the customers
 * reserved for direct sales named. Partners cannot read customer accounts, so the names come
 * through a database function that returns names and countries only.
 */
export async function getRulesOfEngagement({ ctx }: { ctx: Ctx }) {
  const actor = requireUser(ctx);
  return withTransaction(ctx, async (tx) => {
    const [settings] = await tx
      .select({
        markdown: dealRegistrationSettings.rulesOfEngagement,
        publishedAt: dealRegistrationSettings.rulesPublishedAt,
      })
      .from(dealRegistrationSettings)
      .where(eq(dealRegistrationSettings.workspaceId, actor.workspaceId));
    return {
      markdown: settings?.markdown ?? null,
      publishedAt: iso(settings?.publishedAt ?? null),
      directOnlyAccounts: await directOnlyAccountNames(tx),
    };
  });
}

export async function directOnlyAccountNames(tx: Transaction) {
  const result = await tx.execute<{ name: string; country: string | null }>(
    sql`SELECT name, country FROM trellis_direct_only_account_names()`,
  );
  return result.rows.map((row) => ({ name: row.name, country: row.country }));
}
