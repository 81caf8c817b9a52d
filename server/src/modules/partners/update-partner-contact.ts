import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findOrganisation } from '../organisations/index.ts';
import { findPartnerContact, unsetPrimaryContact } from './find-partner-contact.ts';
import { presentPartnerContact, type updatePartnerContactInput } from './schemas.ts';
import { partnerContacts } from './tables.ts';

export async function updatePartnerContact({
  ctx,
  organisationId,
  id,
  input,
  expectedVersion,
}: {
  ctx: Ctx;
  organisationId: string;
  id: string;
  input: z.infer<typeof updatePartnerContactInput>;
  expectedVersion: number | undefined;
}) {
  const actor = assertActorCan(ctx, 'organisations:manage');
  return withTransaction(ctx, async (tx) => {
    await findOrganisation(tx, actor.workspaceId, organisationId, { forUpdate: true });
    const place = { workspaceId: actor.workspaceId, organisationId };
    const current = await findPartnerContact(tx, { ...place, id });
    assertVersion('contact', current.version, expectedVersion);
    if (input.isPrimary && !current.isPrimary) await unsetPrimaryContact(tx, { ...place, exceptId: id });
    const [row] = await tx
      .update(partnerContacts)
      .set({ ...input, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(partnerContacts.workspaceId, actor.workspaceId), eq(partnerContacts.id, id)))
      .returning();
    const after = presentPartnerContact(row!);
    await recordChange(tx, ctx, {
      action: 'partner_contact.updated',
      entityType: 'partner_contact',
      entityId: id,
      organisationId,
      before: presentPartnerContact(current),
      after,
    });
    return after;
  });
}
