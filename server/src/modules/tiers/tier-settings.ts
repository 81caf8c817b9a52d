import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import type { updateTierSettingsInput } from './schemas.ts';
import { partnerTierSettings } from './tables.ts';
import { loadTierSettings } from './tier-store.ts';

const present = (row: { downgradeGraceDays: number; version: number }) => ({
  downgradeGraceDays: row.downgradeGraceDays,
  version: row.version,
});

export async function getTierSettings({ ctx }: { ctx: Ctx }) {
  const actor = assertActorCan(ctx, 'organisations:read');
  return withTransaction(ctx, async (tx) => present(await loadTierSettings(tx, actor.workspaceId)));
}

export async function updateTierSettings({
  ctx,
  input,
  expectedVersion,
}: {
  ctx: Ctx;
  input: z.infer<typeof updateTierSettingsInput>;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'tiers:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await loadTierSettings(tx, actor.workspaceId);
    assertVersion('tier settings', current.version, expectedVersion);
    const [row] = await tx
      .insert(partnerTierSettings)
      .values({
        workspaceId: actor.workspaceId,
        ...input,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .onConflictDoUpdate({
        target: partnerTierSettings.workspaceId,
        set: { ...input, version: current.version + 1, updatedAt: new Date() },
      })
      .returning();
    const updated = present(row!);
    await recordChange(tx, ctx, {
      action: 'partner_tier_settings.updated',
      entityType: 'workspace',
      entityId: actor.workspaceId,
      organisationId: null,
      before: present(current),
      after: updated,
    });
    return updated;
  });
}
