import { eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { organisationFiltersQuery } from './schemas.ts';
import { organisations } from './tables.ts';

export type OrganisationFilters = z.infer<typeof organisationFiltersQuery>;

/** The directory's filters as SQL conditions, one rule for the list and the export. */
export function organisationFilterConditions(input: OrganisationFilters): (SQL | undefined)[] {
  return [
    input.kind ? eq(organisations.kind, input.kind) : undefined,
    input.status ? eq(organisations.status, input.status) : undefined,
    input.partnerType ? sql`${input.partnerType} = ANY (${organisations.partnerTypes})` : undefined,
    input.tier ? eq(organisations.tier, input.tier) : undefined,
    input.region ? eq(organisations.region, input.region) : undefined,
    input.country ? eq(organisations.country, input.country) : undefined,
    input.industry
      ? sql`EXISTS (SELECT 1 FROM unnest(${organisations.industries}) AS industry WHERE lower(industry) = lower(${input.industry}))`
      : undefined,
    // The vendor's own row has no lifecycle, whatever its column default says.
    input.lifecycleStage
      ? sql`(${organisations.kind} = 'partner' AND ${organisations.lifecycleStage} = ${input.lifecycleStage})`
      : undefined,
    input.partnerManagerId ? eq(organisations.partnerManagerId, input.partnerManagerId) : undefined,
    input.q ? searchCondition(input.q) : undefined,
  ];
}

// Trigram similarity catches typos ("Nortwind"); ILIKE catches fragments ("wind", "northwind.example").
function searchCondition(q: string): SQL {
  const fragment = `%${escapeLike(q)}%`;
  return sql`(${organisations.name} % ${q} OR ${organisations.legalName} % ${q}
    OR ${organisations.name} ILIKE ${fragment} OR ${organisations.legalName} ILIKE ${fragment}
    OR ${organisations.websiteDomain} ILIKE ${fragment})`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
