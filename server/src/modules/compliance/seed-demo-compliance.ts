import { createHash } from 'node:crypto';
import { recordChange } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { addMonths, dayOf } from './compliance-dates.ts';
import { presentRequirement } from './schemas.ts';
import { complianceDocuments, complianceRequirements } from './tables.ts';

/** A one-page stand-in for the signed agreement a real partner would upload. */
const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);

/**
 * The demo's compliance: a mandatory data-processing agreement for the demo's two regions, which
 * `approvedFor` (one partner) already has on file, so the demo shows a compliant partner and a
 * flagged one. The approval is scenery, written without an event: nobody is notified of it.
 */
export async function seedDemoCompliance(
  tx: Transaction,
  ctx: Ctx,
  {
    regions,
    approvedFor,
    submittedById,
    now,
  }: { regions: string[]; approvedFor: string; submittedById: string; now: Date },
) {
  const [requirement] = await tx
    .insert(complianceRequirements)
    .values({
      id: newId('complianceRequirement'),
      workspaceId: ctx.actor.workspaceId,
      name: 'Data-processing agreement (DPA)',
      description: 'The signed DPA covering customer data you handle on our behalf (GDPR art. 28).',
      regions,
      isMandatory: true,
      isDocumentRequired: true,
      validityMonths: 36,
    })
    .returning();
  await recordChange(tx, ctx, {
    action: 'compliance_requirement.created',
    entityType: 'compliance_requirement',
    entityId: requirement!.id,
    organisationId: null,
    after: presentRequirement(requirement!),
  });
  const issuedOn = dayOf(now);
  await tx.insert(complianceDocuments).values({
    id: newId('complianceDocument'),
    workspaceId: ctx.actor.workspaceId,
    organisationId: approvedFor,
    requirementId: requirement!.id,
    status: 'approved',
    fileName: 'signed-dpa.pdf',
    contentType: 'application/pdf',
    sizeBytes: DEMO_PDF.length,
    content: DEMO_PDF,
    sha256: createHash('sha256').update(DEMO_PDF).digest('hex'),
    issuedOn,
    expiresOn: addMonths(issuedOn, requirement!.validityMonths!),
    submittedById,
    submittedAt: now,
    reviewedAt: now,
  });
}
