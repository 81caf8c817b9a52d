import { and, count, desc, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { type listNotificationsQuery, presentNotification } from './schemas.ts';
import { notifications } from './tables.ts';

// Read state is personal bookkeeping, not a business change: it is neither audited nor an event.

const mine = (ctx: Ctx) => {
  const actor = requireUser(ctx);
  return and(eq(notifications.workspaceId, actor.workspaceId), eq(notifications.userId, actor.userId));
};

export async function listNotifications({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listNotificationsQuery>;
}) {
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(notifications)
      .where(
        and(
          mine(ctx),
          input.isUnread === 'true' ? isNull(notifications.readAt) : undefined,
          input.isUnread === 'false' ? isNotNull(notifications.readAt) : undefined,
          after ? lt(notifications.id, after) : undefined,
        ),
      )
      .orderBy(desc(notifications.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentNotification);
  });
}

export async function countUnreadNotifications({ ctx }: { ctx: Ctx }) {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select({ count: count() })
      .from(notifications)
      .where(and(mine(ctx), isNull(notifications.readAt)));
    return { count: row?.count ?? 0 };
  });
}

export async function markNotificationRead({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }) {
  await withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select({ readAt: notifications.readAt })
      .from(notifications)
      .where(and(mine(ctx), eq(notifications.id, id)));
    if (!row) throw notFound('notification');
    if (!row.readAt)
      await tx
        .update(notifications)
        .set({ readAt: now })
        .where(and(mine(ctx), eq(notifications.id, id)));
  });
}

export async function markAllNotificationsRead({ ctx, now }: { ctx: Ctx; now: Date }) {
  await withTransaction(ctx, (tx) =>
    tx
      .update(notifications)
      .set({ readAt: now })
      .where(and(mine(ctx), isNull(notifications.readAt))),
  );
}
