import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import { findPartnerImport, presentWithPending } from './find-partner-import.ts';
import { type confirmImportMappingInput, presentPartnerImport } from './schemas.ts';
import { partnerImportRows, partnerImports } from './tables.ts';

type Input = z.infer<typeof confirmImportMappingInput>;

export const IMPORT_MAPPED = 'partner_import.mapped';

export async function confirmImportMapping({
  ctx,
  id,
  input,
  expectedVersion,
}: {
  ctx: Ctx;
  id: string;
  input: Input;
  expectedVersion?: number | undefined;
}) {
  assertActorCan(ctx, 'partners:import');
  return setImportMapping(ctx, { id, mapping: input.mapping, expectedVersion });
}

/**
 * Saves the column mapping and starts validation (the `partner_import.mapped` event queues the
 * job). A mapping can change until the first row is imported: the old validation is discarded.
 */
export async function setImportMapping(
  ctx: Ctx,
  {
    id,
    mapping,
    expectedVersion,
  }: { id: string; mapping: Input['mapping']; expectedVersion?: number | undefined },
) {
  return withTransaction(ctx, async (tx) => {
    const current = await findPartnerImport(tx, ctx.actor.workspaceId, id, { forUpdate: true });
    assertVersion('partner_import', current.version, expectedVersion);
    const hasImported = current.createdCount + current.mergedCount + current.skippedCount > 0;
    if (!(current.status === 'uploaded' || (current.status === 'ready_for_review' && !hasImported))) {
      throw new DomainError(
        'conflict',
        'import_mapping_locked',
        'The mapping can change only before any row of this import has been imported.',
      );
    }
    assertMappingFits(current.columns, mapping);
    await tx.delete(partnerImportRows).where(eq(partnerImportRows.importId, id));
    const [updated] = await tx
      .update(partnerImports)
      .set({
        mapping,
        status: 'mapped',
        checkpointRow: 0,
        progressDone: 0,
        progressTotal: current.rowCount ?? 0,
        validRows: 0,
        invalidRows: 0,
        duplicateRows: 0,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(partnerImports.workspaceId, ctx.actor.workspaceId), eq(partnerImports.id, id)))
      .returning();
    await recordChange(tx, ctx, {
      action: IMPORT_MAPPED,
      entityType: 'partner_import',
      entityId: id,
      organisationId: null,
      before: presentPartnerImport(current),
      after: presentPartnerImport(updated!),
    });
    return presentWithPending(tx, updated!);
  });
}

function assertMappingFits(columns: readonly string[], mapping: Input['mapping']) {
  const unknown = Object.keys(mapping).find((column) => !columns.includes(column));
  if (unknown !== undefined) {
    throw new DomainError('validation', 'unknown_column', `The file has no column "${unknown}".`, [
      { field: `body.mapping.${unknown}`, message: 'must be a column of the file' },
    ]);
  }
  const fields = Object.values(mapping);
  const repeated = fields.find((field, index) => fields.indexOf(field) !== index);
  if (repeated) {
    throw new DomainError('validation', 'field_mapped_twice', `Two columns are mapped to ${repeated}.`, [
      { field: 'body.mapping', message: `maps more than one column to ${repeated}` },
    ]);
  }
  if (!fields.includes('name')) {
    throw new DomainError('validation', 'name_not_mapped', 'Choose the column that holds the company name.', [
      { field: 'body.mapping', message: 'must map a column to name' },
    ]);
  }
}
