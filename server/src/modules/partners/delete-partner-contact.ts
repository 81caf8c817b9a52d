import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { findOrganisation } from '../organisations/index.ts';
import { findPartnerContact } from './find-partner-contact.ts';
import { presentPartnerContact } from './schemas.ts';
import { partnerContacts } from './tables.ts';

export async function deletePartnerContact({
  ctx,
  organisationId,
  id,
}: {
  ctx: Ctx;
  organisationId: string;
  id: string;
}) {
  const actor = assertActorCan(ctx, 'organisations:manage');
  await withTransaction(ctx, async (tx) => {
    await findOrganisation(tx, actor.workspaceId, organisationId);
    const current = await findPartnerContact(tx, { workspaceId: actor.workspaceId, organisationId, id });
    await tx
      .delete(partnerContacts)
      .where(and(eq(partnerContacts.workspaceId, actor.workspaceId), eq(partnerContacts.id, id)));
    await recordChange(tx, ctx, {
      action: 'partner_contact.deleted',
      entityType: 'partner_contact',
      entityId: id,
      organisationId,
      before: presentPartnerContact(current),
    });
  });
}
