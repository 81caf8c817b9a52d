import { eq, sql } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import type { DealSettingsInput } from './approval-schemas.ts';
import { loadDealSettings } from './deal-settings.ts';
import { presentDealSettings } from './get-deal-settings.ts';
import { dealRegistrationSettings } from './tables.ts';

/**
 * A channel manager sets how registrations are approved and protected. Applies to decisions from
 * now on; registrations already waiting keep the due dates they were given. The rules of
 * engagement share the row but are published separately, so they are left as they are.
 */
export async function updateDealSettings({
  ctx,
  input,
  expectedVersion,
  now,
}: {
  ctx: Ctx;
  input: DealSettingsInput;
  expectedVersion?: number | undefined;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:manage');
  return withTransaction(ctx, async (tx) => {
    // Serialise concurrent saves of a programme that still runs on the defaults (no row to lock).
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtextextended(${`deal-settings:${actor.workspaceId}`}, 0))`,
    );
    const before = await loadDealSettings(tx, actor.workspaceId);
    assertVersion('deal registration settings', before.version, expectedVersion);
    const currency = input.currency ?? before.currency;
    const exchangeRates = input.exchangeRates ?? before.exchangeRates;
    if (currency in exchangeRates) {
      throw invalid(`body.exchangeRates.${currency}`, 'must not name the programme currency itself');
    }
    const values = { ...input, currency, exchangeRates, version: before.version + 1, updatedAt: now };
    const [existing] = await tx
      .select({ workspaceId: dealRegistrationSettings.workspaceId })
      .from(dealRegistrationSettings)
      .where(eq(dealRegistrationSettings.workspaceId, actor.workspaceId))
      .for('update');
    const [row] = existing
      ? await tx
          .update(dealRegistrationSettings)
          .set(values)
          .where(eq(dealRegistrationSettings.workspaceId, actor.workspaceId))
          .returning()
      : await tx
          .insert(dealRegistrationSettings)
          .values({ workspaceId: actor.workspaceId, ...values })
          .returning();
    const after = presentDealSettings(row!);
    await recordChange(tx, ctx, {
      action: 'deal_registration_settings.updated',
      entityType: 'deal_registration_settings',
      entityId: actor.workspaceId,
      organisationId: null,
      before: presentDealSettings(before),
      after,
    });
    return after;
  });
}
