import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findOrganisation } from '../organisations/index.ts';
import { unsetPrimaryContact } from './find-partner-contact.ts';
import { type createPartnerContactInput, presentPartnerContact } from './schemas.ts';
import { partnerContacts } from './tables.ts';

export async function createPartnerContact({
  ctx,
  organisationId,
  input,
}: {
  ctx: Ctx;
  organisationId: string;
  input: z.infer<typeof createPartnerContactInput>;
}) {
  const actor = assertActorCan(ctx, 'organisations:manage');
  return withTransaction(ctx, async (tx) => {
    const organisation = await findOrganisation(tx, actor.workspaceId, organisationId, { forUpdate: true });
    if (organisation.kind !== 'partner') {
      throw new DomainError('validation', 'vendor_has_no_profile', 'Contacts belong to partners.', [
        { field: 'path.id', message: 'must be a partner organisation' },
      ]);
    }
    const place = { workspaceId: actor.workspaceId, organisationId };
    if (input.isPrimary) await unsetPrimaryContact(tx, place);
    const [row] = await tx
      .insert(partnerContacts)
      .values({
        id: newId('partnerContact'),
        ...place,
        name: input.name,
        email: input.email ?? null,
        phone: input.phone ?? null,
        jobTitle: input.jobTitle ?? null,
        isPrimary: input.isPrimary ?? false,
      })
      .returning();
    const created = presentPartnerContact(row!);
    await recordChange(tx, ctx, {
      action: 'partner_contact.created',
      entityType: 'partner_contact',
      entityId: created.id,
      organisationId,
      after: created,
    });
    return created;
  });
}
