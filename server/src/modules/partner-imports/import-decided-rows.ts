import { and, asc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { organisations } from '../organisations/tables.ts';
import { partnerContacts } from '../partners/tables.ts';
import { matchExistingPartners } from './duplicate-candidates.ts';
import { mergeImportedRow } from './merge-imported-row.ts';
import type { ImportedPartner } from './schemas.ts';
import { partnerImportRows, partnerImports } from './tables.ts';
import type { BatchHooks } from './validate-import-rows.ts';

type ImportRow = typeof partnerImportRows.$inferSelect;
type Outcome = { rowNumber: number; outcome: 'created' | 'merged' | 'skipped'; resultId: string | null };

/**
 * Carries out the decided rows after the checkpoint, batch by batch: new partners in one
 * multi-row insert, merges one by one (each audited with before/after), skips as marked. A batch
 * commits with its checkpoint and row outcomes, so a restarted worker never creates a row twice.
 *
 * Audit: one `partner_import.partners_created` event per batch lists the partners it created
 * (row number → organisation id) instead of an `organisation.created` per partner. The audit
 * chain locks one head per workspace, so 100,000 audited inserts would serialise every other
 * write of the workspace for minutes; a batch event keeps the trail complete (which import, which
 * row, which partner) at one chain link per thousand rows. Merges change partners people already
 * work with, so each gets its own `organisation.merged` event with the fields before and after.
 */
export async function importDecidedRows(ctx: Ctx, importId: string, hooks: BatchHooks): Promise<void> {
  while (true) {
    const checkpoint = await withTransaction(ctx, (tx) => importBatch(tx, ctx, importId, hooks.batchSize));
    if (checkpoint === null) return;
    await hooks.afterBatch?.(checkpoint);
  }
}

/** One batch; null when there is nothing left to do. */
async function importBatch(tx: Transaction, ctx: Ctx, importId: string, batchSize: number) {
  const [current] = await tx
    .select()
    .from(partnerImports)
    .where(eq(partnerImports.id, importId))
    .for('update');
  if (current?.status !== 'importing') return null;
  const rows = await tx
    .select()
    .from(partnerImportRows)
    .where(
      and(
        eq(partnerImportRows.importId, importId),
        gt(partnerImportRows.rowNumber, current.checkpointRow),
        isNotNull(partnerImportRows.decision),
        isNull(partnerImportRows.outcome),
      ),
    )
    .orderBy(asc(partnerImportRows.rowNumber))
    .limit(batchSize);
  if (rows.length === 0) return null;

  const toCreate = await withoutNewDuplicates(tx, current.workspaceId, rows);
  const outcomes: Outcome[] = [];
  const created = await createPartners(tx, current.workspaceId, toCreate);
  outcomes.push(
    ...created.map(({ rowNumber, id }) => ({ rowNumber, outcome: 'created' as const, resultId: id })),
  );
  for (const row of rows.filter((candidate) => candidate.decision === 'merge')) {
    const mergedId = await mergeImportedRow(tx, ctx, row);
    outcomes.push({ rowNumber: row.rowNumber, outcome: mergedId ? 'merged' : 'skipped', resultId: mergedId });
  }
  for (const row of rows.filter((candidate) => candidate.decision === 'skip')) {
    outcomes.push({ rowNumber: row.rowNumber, outcome: 'skipped', resultId: null });
  }
  const last = rows.at(-1)!.rowNumber;
  // The row-number range keeps this to one index range scan, however stale the table's statistics.
  await tx.execute(sql`
    UPDATE partner_import_rows r SET outcome = x.outcome, result_id = x."resultId"
    FROM jsonb_to_recordset(${JSON.stringify(outcomes)}::jsonb) AS x("rowNumber" int, outcome text, "resultId" text)
    WHERE r.import_id = ${importId} AND r.row_number BETWEEN ${rows[0]!.rowNumber} AND ${last}
      AND r.row_number = x."rowNumber"`);

  const tally = (outcome: Outcome['outcome']) => outcomes.filter((entry) => entry.outcome === outcome).length;
  await tx
    .update(partnerImports)
    .set({
      checkpointRow: last,
      progressDone: sql`${partnerImports.progressDone} + ${rows.length}`,
      createdCount: sql`${partnerImports.createdCount} + ${tally('created')}`,
      mergedCount: sql`${partnerImports.mergedCount} + ${tally('merged')}`,
      skippedCount: sql`${partnerImports.skippedCount} + ${tally('skipped')}`,
      updatedAt: new Date(),
    })
    .where(eq(partnerImports.id, importId));
  if (created.length > 0) {
    await recordChange(tx, ctx, {
      action: 'partner_import.partners_created',
      entityType: 'partner_import',
      entityId: importId,
      organisationId: null,
      after: {
        partnerImportId: importId,
        fileName: current.fileName,
        created: created.map(({ rowNumber, id, name }) => ({ rowNumber, organisationId: id, name })),
      },
    });
  }
  return last;
}

/**
 * Rows that matched nothing when validated may match now (the same file imported twice, side by
 * side): those become proposed duplicates again instead of being created.
 */
async function withoutNewDuplicates(tx: Transaction, workspaceId: string, rows: ImportRow[]) {
  const creates = rows.filter((row) => row.decision === 'create');
  const unchecked = creates.filter((row) => row.status === 'valid');
  const matches = await matchExistingPartners(
    tx,
    workspaceId,
    unchecked.map((row) => ({ name: (row.values as ImportedPartner).name, domain: row.normalisedDomain })),
    { isExactOnly: true },
  );
  const nowDuplicate = new Set<number>();
  for (const [index, { match }] of matches.entries()) {
    if (!match) continue;
    const row = unchecked[index]!;
    nowDuplicate.add(row.rowNumber);
    await tx
      .update(partnerImportRows)
      .set({
        status: 'duplicate',
        decision: null,
        candidateId: match.candidateId,
        matchReason: match.reason,
        matchScore: match.score,
      })
      .where(
        and(eq(partnerImportRows.importId, row.importId), eq(partnerImportRows.rowNumber, row.rowNumber)),
      );
  }
  if (nowDuplicate.size > 0) {
    await tx
      .update(partnerImports)
      .set({
        validRows: sql`${partnerImports.validRows} - ${nowDuplicate.size}`,
        duplicateRows: sql`${partnerImports.duplicateRows} + ${nowDuplicate.size}`,
      })
      .where(eq(partnerImports.id, rows[0]!.importId));
  }
  return creates.filter((row) => !nowDuplicate.has(row.rowNumber));
}

/** New partners (and their primary contacts) for a batch, in one insert each. */
async function createPartners(tx: Transaction, workspaceId: string, rows: ImportRow[]) {
  if (rows.length === 0) return [];
  const partners = rows.map((row) => ({
    row,
    values: row.values as ImportedPartner,
    id: newId('organisation'),
  }));
  await tx.insert(organisations).values(
    partners.map(({ id, values }) => ({
      id,
      workspaceId,
      kind: 'partner' as const,
      name: values.name,
      legalName: values.legalName ?? null,
      websiteDomain: values.websiteDomain ?? null,
      region: values.region ?? null,
      country: values.country ?? null,
      partnerTypes: values.partnerTypes ?? [],
      tier: values.tier ?? null,
      industries: values.industries ?? [],
      certifications: values.certifications ?? [],
      capacity: values.capacity ?? null,
      street: values.street ?? null,
      city: values.city ?? null,
      postalCode: values.postalCode ?? null,
      stateProvince: values.stateProvince ?? null,
    })),
  );
  const contacts = partners.flatMap(({ id, values }) => {
    const name = values.contactName ?? values.contactEmail;
    return name
      ? [
          {
            id: newId('partnerContact'),
            workspaceId,
            organisationId: id,
            name,
            email: values.contactEmail ?? null,
            isPrimary: true,
          },
        ]
      : [];
  });
  if (contacts.length > 0) await tx.insert(partnerContacts).values(contacts);
  return partners.map(({ row, id, values }) => ({ rowNumber: row.rowNumber, id, name: values.name }));
}
