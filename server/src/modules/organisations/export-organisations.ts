import { and, desc, eq, getTableColumns, lt } from 'drizzle-orm';
import { assertActorCan, type Ctx, isPartnerActor, withTransaction } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { csvLine } from './csv.ts';
import { type OrganisationFilters, organisationFilterConditions } from './organisation-filters.ts';
import { partnerManagerOf } from './partner-managers.ts';
import { organisations } from './tables.ts';

const BATCH = 500;

const HEADER = [
  'id',
  'name',
  'legal_name',
  'partner_types',
  'tier',
  'lifecycle_stage',
  'status',
  'region',
  'country',
  'partner_manager',
  'partner_manager_email',
  'industries',
  'certifications',
  'capacity',
  'website_domain',
  'street',
  'city',
  'postal_code',
  'state_province',
  'created_at',
];

/**
 * The partner directory as CSV, newest first, in batches so a large directory streams instead
 * of sitting in memory. Permission is checked before the first byte, so refusals stay problems.
 */
export function exportOrganisations({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: Omit<OrganisationFilters, 'kind'>;
}): AsyncIterable<string> {
  const actor = assertActorCan(ctx, 'organisations:read');
  if (isPartnerActor(actor)) throw forbidden('Only vendor staff export the partner directory.');
  const conditions = organisationFilterConditions({ ...input, kind: 'partner' });
  return (async function* () {
    yield csvLine(HEADER);
    let after: string | null = null;
    while (true) {
      const rows = await withTransaction(ctx, (tx) =>
        tx
          .select({
            ...getTableColumns(organisations),
            manager: partnerManagerOf(organisations.partnerManagerId),
          })
          .from(organisations)
          .where(
            and(
              eq(organisations.workspaceId, actor.workspaceId),
              after ? lt(organisations.id, after) : undefined,
              ...conditions,
            ),
          )
          .orderBy(desc(organisations.id))
          .limit(BATCH),
      );
      for (const row of rows) {
        const { manager } = row;
        yield csvLine([
          row.id,
          row.name,
          row.legalName,
          row.partnerTypes.join(';'),
          row.tier,
          row.lifecycleStage,
          row.status,
          row.region,
          row.country,
          manager?.name,
          manager?.email,
          row.industries.join(';'),
          row.certifications.join(';'),
          row.capacity,
          row.websiteDomain,
          row.street,
          row.city,
          row.postalCode,
          row.stateProvince,
          row.createdAt.toISOString(),
        ]);
      }
      if (rows.length < BATCH) return;
      after = rows.at(-1)!.id;
    }
  })();
}
