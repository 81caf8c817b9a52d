import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import { presentApiKey } from './schemas.ts';
import { apiKeys } from './tables.ts';

export async function revokeApiKey({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }) {
  const actor = assertActorCan(ctx, 'api_keys:manage');
  return withTransaction(ctx, async (tx) => {
    const where = and(
      eq(apiKeys.workspaceId, actor.workspaceId),
      eq(apiKeys.organisationId, actor.organisationId),
      eq(apiKeys.id, id),
    );
    const [current] = await tx.select().from(apiKeys).where(where);
    if (!current) throw notFound('api_key');
    if (current.revokedAt)
      throw new DomainError('conflict', 'api_key_already_revoked', 'This key is already revoked.');
    const [row] = await tx.update(apiKeys).set({ revokedAt: now }).where(where).returning();
    const after = presentApiKey(row!);
    await recordChange(tx, ctx, {
      action: 'api_key.revoked',
      entityType: 'api_key',
      entityId: id,
      organisationId: current.organisationId,
      before: presentApiKey(current),
      after,
    });
    return after;
  });
}
