import { and, countDistinct, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { agreementAcceptances } from '../agreements/tables.ts';
import { organisations } from '../organisations/tables.ts';
import { users } from '../users/tables.ts';

/**
 * The measures tier rules may use, each computed for many partners at once (one query per source,
 * never one per partner). Deal metrics (won revenue, registered deals over 12 months) are left out
 * until the deals module exists to provide them: a rule on a metric that is always 0 would only
 * mislead whoever writes it.
 */
export const PARTNER_METRICS = [
  { key: 'active_users', unit: 'count', description: 'People of the partner who can sign in' },
  { key: 'certifications', unit: 'count', description: 'Certifications on the partner profile' },
  {
    key: 'accepted_agreements',
    unit: 'count',
    description: 'Partner agreements the partner has accepted (any version)',
  },
  { key: 'months_as_partner', unit: 'months', description: 'Whole months since the partner was added' },
] as const;

export type MetricKey = (typeof PARTNER_METRICS)[number]['key'];
export const METRIC_KEYS = PARTNER_METRICS.map((metric) => metric.key) as [MetricKey, ...MetricKey[]];

/** A qualification rule: the partner's metric must be at least `minimum`. */
export type TierRule = { metric: MetricKey; minimum: number };
export type PartnerMetrics = Record<MetricKey, number>;

export function wholeMonthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  // The month is complete only once its day (and time) has come round again.
  const isBeforeAnniversary =
    to.getUTCDate() < from.getUTCDate() ||
    (to.getUTCDate() === from.getUTCDate() && to.getTime() % 86_400_000 < from.getTime() % 86_400_000);
  return Math.max(0, months - (isBeforeAnniversary ? 1 : 0));
}

/** Metrics of the given partners as of `now`, keyed by organisation id; unknown ids are absent. */
export async function computePartnerMetrics(
  tx: Transaction,
  { workspaceId, organisationIds, now }: { workspaceId: string; organisationIds: string[]; now: Date },
): Promise<Map<string, PartnerMetrics>> {
  const result = new Map<string, PartnerMetrics>();
  if (organisationIds.length === 0) return result;
  const partners = await tx
    .select({
      id: organisations.id,
      certifications: organisations.certifications,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.workspaceId, workspaceId),
        eq(organisations.kind, 'partner'),
        inArray(organisations.id, organisationIds),
      ),
    );
  const activeUsers = await tx
    .select({ organisationId: users.organisationId, count: countDistinct(users.id) })
    .from(users)
    .where(
      and(
        eq(users.workspaceId, workspaceId),
        eq(users.status, 'active'),
        inArray(users.organisationId, organisationIds),
      ),
    )
    .groupBy(users.organisationId);
  const acceptances = await tx
    .select({
      organisationId: agreementAcceptances.organisationId,
      count: countDistinct(agreementAcceptances.templateId),
    })
    .from(agreementAcceptances)
    .where(
      and(
        eq(agreementAcceptances.workspaceId, workspaceId),
        inArray(agreementAcceptances.organisationId, organisationIds),
      ),
    )
    .groupBy(agreementAcceptances.organisationId);
  const byOrganisation = (rows: { organisationId: string; count: number }[]) =>
    new Map(rows.map((row) => [row.organisationId, row.count]));
  const activeUsersOf = byOrganisation(activeUsers);
  const acceptancesOf = byOrganisation(acceptances);
  for (const partner of partners) {
    result.set(partner.id, {
      active_users: activeUsersOf.get(partner.id) ?? 0,
      certifications: partner.certifications.length,
      accepted_agreements: acceptancesOf.get(partner.id) ?? 0,
      months_as_partner: wholeMonthsBetween(partner.createdAt, now),
    });
  }
  return result;
}
