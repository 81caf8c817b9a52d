import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { type listAuditEventsQuery, presentAuditEvent } from './schemas.ts';
import { auditEvents } from './tables.ts';

export async function listAuditEvents({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listAuditEventsQuery>;
}) {
  const actor = assertActorCan(ctx, 'audit:read');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.workspaceId, actor.workspaceId),
          input.entityType ? eq(auditEvents.entityType, input.entityType) : undefined,
          input.entityId ? eq(auditEvents.entityId, input.entityId) : undefined,
          input.actorId ? eq(auditEvents.actorId, input.actorId) : undefined,
          input.action ? eq(auditEvents.action, input.action) : undefined,
          input.occurredFrom ? gte(auditEvents.occurredAt, new Date(input.occurredFrom)) : undefined,
          input.occurredTo ? lt(auditEvents.occurredAt, new Date(input.occurredTo)) : undefined,
          after ? lt(auditEvents.id, after) : undefined,
        ),
      )
      .orderBy(desc(auditEvents.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentAuditEvent);
  });
}
