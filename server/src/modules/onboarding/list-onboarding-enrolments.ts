import { and, desc, eq, exists, isNotNull, isNull, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { presentEnrolments } from './present-enrolments.ts';
import type { listEnrolmentsQuery } from './schemas.ts';
import { onboardingEnrolmentSteps, onboardingEnrolments } from './tables.ts';

/**
 * Enrolments newest first. Row-level security decides whose: a partner sees its own, a regional
 * manager the partners in its regions, other vendor staff every partner's.
 */
export async function listOnboardingEnrolments({
  ctx,
  input,
  now,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listEnrolmentsQuery>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'organisations:read');
  const after = decodeCursor(input.cursor);
  const hasOverdueStep = exists(
    ctx.db
      .select({ id: onboardingEnrolmentSteps.id })
      .from(onboardingEnrolmentSteps)
      .where(
        and(
          eq(onboardingEnrolmentSteps.enrolmentId, onboardingEnrolments.id),
          isNull(onboardingEnrolmentSteps.completedAt),
          lt(onboardingEnrolmentSteps.dueAt, now),
        ),
      ),
  );
  const statusFilter = {
    in_progress: isNull(onboardingEnrolments.completedAt),
    completed: isNotNull(onboardingEnrolments.completedAt),
    overdue: and(isNull(onboardingEnrolments.completedAt), hasOverdueStep),
  };
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(onboardingEnrolments)
      .where(
        and(
          eq(onboardingEnrolments.workspaceId, actor.workspaceId),
          input.organisationId ? eq(onboardingEnrolments.organisationId, input.organisationId) : undefined,
          input.status ? statusFilter[input.status] : undefined,
          after ? lt(onboardingEnrolments.id, after) : undefined,
        ),
      )
      .orderBy(desc(onboardingEnrolments.id))
      .limit(input.limit + 1);
    const page = toPage(rows, input.limit, (row) => row);
    return {
      data: await presentEnrolments(tx, actor.workspaceId, page.data, now),
      nextCursor: page.nextCursor,
    };
  });
}

export async function getOnboardingEnrolment({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }) {
  const actor = assertActorCan(ctx, 'organisations:read');
  return withTransaction(ctx, async (tx) => {
    const row = await oneOrNotFound(
      tx
        .select()
        .from(onboardingEnrolments)
        .where(and(eq(onboardingEnrolments.workspaceId, actor.workspaceId), eq(onboardingEnrolments.id, id))),
      'onboarding_enrolment',
    );
    const [presented] = await presentEnrolments(tx, actor.workspaceId, [row], now);
    return presented!;
  });
}
