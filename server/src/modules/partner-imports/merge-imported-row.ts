import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { presentOrganisation } from '../organisations/schemas.ts';
import { organisations } from '../organisations/tables.ts';
import { MERGEABLE_FIELDS, type MergeableField } from './import-fields.ts';
import type { ImportedPartner } from './schemas.ts';
import type { partnerImportRows } from './tables.ts';

type Organisation = typeof organisations.$inferSelect;

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * The fields a merge changes: those the person chose to overwrite, and every other one the
 * partner has no value for yet. What the partner already has is never lost without being chosen.
 */
export function mergedFields(
  existing: Organisation,
  values: ImportedPartner,
  overwriteFields: readonly MergeableField[],
): Partial<Pick<Organisation, MergeableField>> {
  const patch: Partial<Record<MergeableField, unknown>> = {};
  for (const field of MERGEABLE_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    if (overwriteFields.includes(field) || isEmpty(existing[field])) patch[field] = value;
  }
  // The values passed the organisation rules on the way in, so they have the columns' types.
  return patch as Partial<Pick<Organisation, MergeableField>>;
}

/** Merges one row into the partner it duplicates; returns the partner's id, or null if it is gone. */
export async function mergeImportedRow(
  tx: Transaction,
  ctx: Ctx,
  row: typeof partnerImportRows.$inferSelect,
): Promise<string | null> {
  if (!row.candidateId) return null;
  const [existing] = await tx
    .select()
    .from(organisations)
    .where(
      and(
        eq(organisations.workspaceId, row.workspaceId),
        eq(organisations.id, row.candidateId),
        eq(organisations.kind, 'partner'),
      ),
    )
    .for('update');
  if (!existing) return null;
  const patch = mergedFields(
    existing,
    row.values as ImportedPartner,
    (row.overwriteFields ?? []) as MergeableField[],
  );
  if (Object.keys(patch).length === 0) return existing.id;
  const [updated] = await tx
    .update(organisations)
    .set({ ...patch, version: existing.version + 1, updatedAt: new Date() })
    .where(and(eq(organisations.workspaceId, row.workspaceId), eq(organisations.id, existing.id)))
    .returning();
  await recordChange(tx, ctx, {
    action: 'organisation.merged',
    entityType: 'organisation',
    entityId: existing.id,
    organisationId: existing.id,
    before: presentOrganisation(existing),
    after: {
      ...presentOrganisation(updated!),
      mergedFrom: { partnerImportId: row.importId, rowNumber: row.rowNumber },
    },
  });
  return existing.id;
}
