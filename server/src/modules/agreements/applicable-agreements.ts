import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { organisations } from '../organisations/tables.ts';
import { appliesTo } from './applicability.ts';
import { agreementAcceptances, agreementTemplates, agreementVersions } from './tables.ts';

type Template = typeof agreementTemplates.$inferSelect;
type Version = typeof agreementVersions.$inferSelect;

export type ApplicableAgreement = {
  template: Template;
  /** The newest published version: the one the organisation must have accepted. */
  version: Version;
  isAccepted: boolean;
  hasAcceptedEarlierVersion: boolean;
};

/**
 * The active agreements that apply to a partner organisation and have a published version, each
 * with whether the organisation accepted that latest version. A newer version is a new acceptance.
 */
export async function applicableAgreements(
  tx: Transaction,
  { workspaceId, organisationId }: { workspaceId: string; organisationId: string },
): Promise<ApplicableAgreement[]> {
  const [organisation] = await tx
    .select()
    .from(organisations)
    .where(and(eq(organisations.workspaceId, workspaceId), eq(organisations.id, organisationId)));
  if (organisation?.kind !== 'partner') return [];
  const templates = (
    await tx
      .select()
      .from(agreementTemplates)
      .where(and(eq(agreementTemplates.workspaceId, workspaceId), eq(agreementTemplates.status, 'active')))
      .orderBy(agreementTemplates.id)
  ).filter((template) => appliesTo(template, organisation));
  if (templates.length === 0) return [];
  const templateIds = templates.map((template) => template.id);
  const published = await tx
    .select()
    .from(agreementVersions)
    .where(
      and(
        eq(agreementVersions.workspaceId, workspaceId),
        inArray(agreementVersions.templateId, templateIds),
        isNotNull(agreementVersions.publishedAt),
      ),
    )
    .orderBy(desc(agreementVersions.number));
  const accepted = await tx
    .select({ templateId: agreementAcceptances.templateId, versionId: agreementAcceptances.versionId })
    .from(agreementAcceptances)
    .where(
      and(
        eq(agreementAcceptances.workspaceId, workspaceId),
        eq(agreementAcceptances.organisationId, organisationId),
        inArray(agreementAcceptances.templateId, templateIds),
      ),
    );
  return templates.flatMap((template) => {
    const version = published.find((candidate) => candidate.templateId === template.id);
    if (!version) return [];
    return [
      {
        template,
        version,
        isAccepted: accepted.some((row) => row.versionId === version.id),
        hasAcceptedEarlierVersion: accepted.some(
          (row) => row.templateId === template.id && row.versionId !== version.id,
        ),
      },
    ];
  });
}

/**
 * Whether a partner accepted the latest published version of every mandatory agreement that
 * applies to it. For modules that gate partner work on it (compliance, deal registration).
 */
export async function hasAcceptedMandatoryAgreements(
  tx: Transaction,
  scope: { workspaceId: string; organisationId: string },
): Promise<boolean> {
  const agreements = await applicableAgreements(tx, scope);
  return agreements.every((agreement) => !agreement.template.isMandatory || agreement.isAccepted);
}
