import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { findJourney } from './find-onboarding.ts';
import { type listJourneysQuery, presentJourney } from './schemas.ts';
import { onboardingJourneys } from './tables.ts';

export async function listOnboardingJourneys({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PageQuery & z.infer<typeof listJourneysQuery>;
}) {
  const actor = assertActorCan(ctx, 'onboarding:manage');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(onboardingJourneys)
      .where(
        and(
          eq(onboardingJourneys.workspaceId, actor.workspaceId),
          input.status ? eq(onboardingJourneys.status, input.status) : undefined,
          after ? lt(onboardingJourneys.id, after) : undefined,
        ),
      )
      .orderBy(desc(onboardingJourneys.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentJourney);
  });
}

export async function getOnboardingJourney({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'onboarding:manage');
  return withTransaction(ctx, async (tx) => presentJourney(await findJourney(tx, actor.workspaceId, id)));
}
