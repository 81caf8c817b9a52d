import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { textArray } from '../../platform/db/arrays.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { appliesTo } from '../agreements/applicability.ts';
import { organisations } from '../organisations/tables.ts';
import { dayOf } from './compliance-dates.ts';
import { isStateMet, requirementState } from './compliance-rules.ts';
import { documentColumns } from './find-compliance.ts';
import { type PartnerComplianceDto, presentDocument, presentRequirement } from './schemas.ts';
import { complianceDocuments, complianceRequirements } from './tables.ts';

type Organisation = typeof organisations.$inferSelect;

/**
 * Where each partner stands: every requirement that applies to it (by region and type) with its
 * state. Compliant when each mandatory one is met and no confirmed sanctions match holds it.
 * Runs in the caller's transaction, under its row-level security: a partner sees only itself.
 */
export async function complianceOfPartners(
  tx: Transaction,
  partners: readonly Organisation[],
  now: Date,
): Promise<PartnerComplianceDto[]> {
  if (partners.length === 0) return [];
  const workspaceId = partners[0]!.workspaceId;
  const today = dayOf(now);
  const ids = partners.map((partner) => partner.id);
  const requirements = await tx
    .select()
    .from(complianceRequirements)
    .where(eq(complianceRequirements.workspaceId, workspaceId))
    .orderBy(complianceRequirements.name, complianceRequirements.id);
  const documents = await tx
    .select(documentColumns)
    .from(complianceDocuments)
    .where(
      and(
        eq(complianceDocuments.workspaceId, workspaceId),
        inArray(complianceDocuments.organisationId, ids),
        ne(complianceDocuments.status, 'superseded'),
      ),
    )
    .orderBy(desc(complianceDocuments.id));
  // The sanctions tables are the vendor's alone; this narrow function tells even a partner's own
  // transaction that a hold exists, never why.
  const held = await tx.execute<{ organisation_id: string }>(
    sql`SELECT organisation_id FROM trellis_organisations_on_compliance_hold(${textArray(ids)}::text[])`,
  );
  const heldIds = new Set(held.rows.map((row) => row.organisation_id));

  return partners.map((partner) => {
    const items = requirements
      .filter((requirement) => appliesTo(requirement, partner))
      .map((requirement) => {
        const own = documents.filter(
          (document) => document.organisationId === partner.id && document.requirementId === requirement.id,
        );
        const state = requirementState(own, {
          today,
          reminderDaysBeforeExpiry: requirement.reminderDaysBeforeExpiry,
        });
        const approved = own.find((document) => document.status === 'approved') ?? null;
        const latest = own[0] ?? null;
        return {
          requirement: presentRequirement(requirement),
          state,
          isMet: isStateMet(state),
          expiresOn: approved?.expiresOn ?? null,
          approvedDocumentId: approved?.id ?? null,
          latestDocument: latest ? presentDocument(latest) : null,
        };
      });
    const unmetMandatoryCount = items.filter((item) => item.requirement.isMandatory && !item.isMet).length;
    const isOnHold = heldIds.has(partner.id);
    return {
      organisationId: partner.id,
      organisationName: partner.name,
      region: partner.region,
      isCompliant: unmetMandatoryCount === 0 && !isOnHold,
      isOnHold,
      unmetMandatoryCount,
      requirements: items,
    };
  });
}

async function findPartner(tx: Transaction, organisationId: string): Promise<Organisation | null> {
  const [row] = await tx
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), eq(organisations.kind, 'partner')));
  return row ?? null;
}

/** One partner's compliance, or null when it is not a partner the transaction can see. */
export async function complianceStatus(
  tx: Transaction,
  organisationId: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<PartnerComplianceDto | null> {
  const partner = await findPartner(tx, organisationId);
  if (!partner) return null;
  const [status] = await complianceOfPartners(tx, [partner], now);
  return status ?? null;
}
