import { recordChange } from '../../platform/audit.ts';
import { type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import { DomainError, forbidden, invalid } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { can } from '../../platform/permissions.ts';
import type { CommentOnDealDisputeInput } from './collaboration-schemas.ts';
import { findDispute, loadDisputeDetail } from './deal-dispute-views.ts';
import { dealDisputeComments } from './tables.ts';

/**
 * Adds evidence or discussion to an open dispute. Whoever may dispute may comment, and so may
 * the people who decide disputes. A vendor-internal comment is never shown to the partner, and
 * its event is the vendor's alone, so the partner does not even learn that one was written.
 */
export async function commentOnDealDispute({
  ctx,
  disputeId,
  input,
  now,
}: {
  ctx: Ctx;
  disputeId: string;
  input: CommentOnDealDisputeInput;
  now: Date;
}) {
  const actor = requireUser(ctx);
  if (!can(actor, 'deals:dispute') && !can(actor, 'deals:manage')) {
    throw forbidden('Your role does not allow deals:dispute.');
  }
  if (input.isVendorInternal && actor.organisationKind !== 'vendor') {
    throw invalid('body.isVendorInternal', 'only vendor staff can write internal comments');
  }
  return withTransaction(ctx, async (tx) => {
    const dispute = await findDispute(tx, disputeId, { forUpdate: true });
    if (dispute.status !== 'open') {
      throw new DomainError(
        'conflict',
        'dispute_decided',
        'This dispute has been decided; it takes no more comments.',
      );
    }
    const id = newId('dealDisputeComment');
    await tx.insert(dealDisputeComments).values({
      id,
      workspaceId: actor.workspaceId,
      organisationId: dispute.organisationId,
      disputeId,
      authorId: actor.userId,
      isVendorInternal: input.isVendorInternal,
      body: input.body,
      evidenceUrls: input.evidenceUrls,
      createdAt: now,
    });
    await recordChange(tx, ctx, {
      action: 'deal_dispute.commented',
      entityType: 'deal_dispute',
      entityId: disputeId,
      organisationId: input.isVendorInternal ? null : dispute.organisationId,
      after: {
        commentId: id,
        authorSide: actor.organisationKind,
        isVendorInternal: input.isVendorInternal,
        evidenceCount: input.evidenceUrls.length,
      },
    });
    return loadDisputeDetail(tx, ctx, disputeId);
  });
}
