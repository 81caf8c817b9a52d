import { and, desc, eq, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { findOrganisation } from '../organisations/index.ts';
import { presentPartnerContact } from './schemas.ts';
import { partnerContacts } from './tables.ts';

/** Primary first, then newest first; partners see their own organisation's contacts only. */
export async function listPartnerContacts({
  ctx,
  organisationId,
  input,
}: {
  ctx: Ctx;
  organisationId: string;
  input: PageQuery;
}) {
  const actor = assertActorCan(ctx, 'organisations:read');
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    await findOrganisation(tx, actor.workspaceId, organisationId);
    const rows = await tx
      .select()
      .from(partnerContacts)
      .where(
        and(
          eq(partnerContacts.workspaceId, actor.workspaceId),
          eq(partnerContacts.organisationId, organisationId),
          after ? lt(partnerContacts.id, after) : undefined,
        ),
      )
      .orderBy(desc(partnerContacts.id))
      .limit(input.limit + 1);
    return toPage(rows, input.limit, presentPartnerContact);
  });
}
