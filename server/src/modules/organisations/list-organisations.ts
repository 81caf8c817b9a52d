import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { type listOrganisationsQuery, presentOrganisation } from './schemas.ts';
import { organisations } from './tables.ts';

type Input = PageQuery & z.infer<typeof listOrganisationsQuery>;

export async function listOrganisations({ ctx, input }: { ctx: Ctx; input: Input }) {
  const actor = assertActorCan(ctx, 'organisations:read');
  const after = decodeCursor(input.cursor);
  const filters: (SQL | undefined)[] = [
    eq(organisations.workspaceId, actor.workspaceId),
    input.kind ? eq(organisations.kind, input.kind) : undefined,
    input.status ? eq(organisations.status, input.status) : undefined,
    after ? lt(organisations.id, after) : undefined,
    // Trigram similarity catches typos ("Nortwind"); ILIKE catches fragments ("wind").
    input.q
      ? sql`(${organisations.name} % ${input.q} OR ${organisations.name} ILIKE ${`%${escapeLike(input.q)}%`})`
      : undefined,
  ];
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(organisations)
      .where(and(...filters))
      .orderBy(desc(organisations.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentOrganisation);
  });
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
