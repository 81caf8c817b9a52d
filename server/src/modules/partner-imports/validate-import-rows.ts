import { and, asc, eq, isNotNull, lte, ne, sql } from 'drizzle-orm';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { matchExistingPartners } from './duplicate-candidates.ts';
import { type ImportField, rowInput } from './import-fields.ts';
import { type FileRow, readRows } from './read-partner-file.ts';
import { importedPartnerSchema } from './schemas.ts';
import { partnerImportFiles, partnerImportRows, partnerImports } from './tables.ts';

type ImportRecord = typeof partnerImports.$inferSelect;
type NewRow = typeof partnerImportRows.$inferInsert;
export type BatchHooks = {
  batchSize: number;
  /** Called after each committed batch; tests throw here to stand for a worker that dies. */
  afterBatch?: (checkpointRow: number) => void | Promise<void>;
};

/** The first row seen for each normalised name and domain: later ones are in-file duplicates. */
type FirstSeen = { names: Map<string, number>; domains: Map<string, number> };

/**
 * Reads the file from the row after the checkpoint, checks each row with the organisation rules,
 * proposes duplicates (existing partners first, then earlier rows of the same file) and stores
 * the outcome per row. Each batch commits with the new checkpoint, so a restart continues there.
 */
export async function validateImportRows(ctx: Ctx, imported: ImportRecord, hooks: BatchHooks): Promise<void> {
  const [file] = await withTransaction(ctx, (tx) =>
    tx.select().from(partnerImportFiles).where(eq(partnerImportFiles.importId, imported.id)),
  );
  if (!file) throw new Error(`The file of import ${imported.id} is missing`);
  const columnIndexes = imported.columns.flatMap((column, index) => {
    const field = imported.mapping[column] as ImportField | undefined;
    return field ? [[index, field] as const] : [];
  });
  const firstSeen = await loadFirstSeen(ctx, imported);
  let isHeader = true;
  let batch: FileRow[] = [];
  for await (const row of readRows(file.content, imported.format)) {
    if (isHeader) {
      isHeader = false;
      continue;
    }
    if (row.rowNumber <= imported.checkpointRow) continue;
    batch.push(row);
    if (batch.length >= hooks.batchSize) {
      if (!(await commitBatch(ctx, imported.id, batch, columnIndexes, firstSeen))) return;
      await hooks.afterBatch?.(batch.at(-1)!.rowNumber);
      batch = [];
    }
  }
  if (batch.length > 0) {
    if (!(await commitBatch(ctx, imported.id, batch, columnIndexes, firstSeen))) return;
    await hooks.afterBatch?.(batch.at(-1)!.rowNumber);
  }
}

/** After a restart, the rows validated before it still count as "seen first". */
async function loadFirstSeen(ctx: Ctx, imported: ImportRecord): Promise<FirstSeen> {
  const firstSeen: FirstSeen = { names: new Map(), domains: new Map() };
  if (imported.checkpointRow === 0) return firstSeen;
  const rows = await withTransaction(ctx, (tx) =>
    tx
      .select({
        rowNumber: partnerImportRows.rowNumber,
        name: partnerImportRows.normalisedName,
        domain: partnerImportRows.normalisedDomain,
      })
      .from(partnerImportRows)
      .where(
        and(
          eq(partnerImportRows.importId, imported.id),
          ne(partnerImportRows.status, 'invalid'),
          lte(partnerImportRows.rowNumber, imported.checkpointRow),
          isNotNull(partnerImportRows.normalisedName),
        ),
      )
      .orderBy(asc(partnerImportRows.rowNumber)),
  );
  for (const row of rows) remember(firstSeen, row.rowNumber, row.name, row.domain);
  return firstSeen;
}

function remember(firstSeen: FirstSeen, rowNumber: number, name: string | null, domain: string | null) {
  if (name && !firstSeen.names.has(name)) firstSeen.names.set(name, rowNumber);
  if (domain && !firstSeen.domains.has(domain)) firstSeen.domains.set(domain, rowNumber);
}

/** Returns false when the import is no longer validating (another worker finished it). */
async function commitBatch(
  ctx: Ctx,
  importId: string,
  batch: FileRow[],
  columnIndexes: readonly (readonly [number, ImportField])[],
  firstSeen: FirstSeen,
): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    // The lock serialises workers on one import; the checkpoint read under it is the truth.
    const [current] = await tx
      .select()
      .from(partnerImports)
      .where(eq(partnerImports.id, importId))
      .for('update');
    if (current?.status !== 'validating') return false;
    const fresh = batch.filter((row) => row.rowNumber > current.checkpointRow);
    if (fresh.length === 0) return true;
    const rows = await checkRows(tx, current, fresh, columnIndexes, firstSeen);
    await tx.insert(partnerImportRows).values(rows).onConflictDoNothing();
    const count = (status: NewRow['status']) => rows.filter((row) => row.status === status).length;
    await tx
      .update(partnerImports)
      .set({
        checkpointRow: fresh.at(-1)!.rowNumber,
        progressDone: sql`${partnerImports.progressDone} + ${fresh.length}`,
        validRows: sql`${partnerImports.validRows} + ${count('valid')}`,
        invalidRows: sql`${partnerImports.invalidRows} + ${count('invalid')}`,
        duplicateRows: sql`${partnerImports.duplicateRows} + ${count('duplicate')}`,
        updatedAt: new Date(),
      })
      .where(eq(partnerImports.id, importId));
    return true;
  });
}

async function checkRows(
  tx: Transaction,
  imported: ImportRecord,
  batch: FileRow[],
  columnIndexes: readonly (readonly [number, ImportField])[],
  firstSeen: FirstSeen,
): Promise<NewRow[]> {
  const base = {
    importId: imported.id,
    workspaceId: imported.workspaceId,
    organisationId: imported.organisationId,
  };
  const fieldColumn = new Map(
    columnIndexes.map(([index, field]) => [field, imported.columns[index] ?? null]),
  );
  const checked = batch.map((row) => {
    const input = rowInput(row.cells, columnIndexes);
    return { row, input, result: importedPartnerSchema.safeParse(input) };
  });
  const valid = checked.flatMap((entry) =>
    entry.result.success ? [{ ...entry, values: entry.result.data }] : [],
  );
  const matches = await matchExistingPartners(
    tx,
    imported.workspaceId,
    valid.map((entry) => ({ name: entry.values.name, domain: entry.values.websiteDomain ?? null })),
  );
  const byRow = new Map<number, NewRow>();
  valid.forEach((entry, index) => {
    const { normalisedName, match } = matches[index]!;
    const domain = entry.values.websiteDomain ?? null;
    const sameDomainRow = domain ? firstSeen.domains.get(domain) : undefined;
    const sameNameRow = firstSeen.names.get(normalisedName);
    const inFile = sameDomainRow ?? sameNameRow;
    remember(firstSeen, entry.row.rowNumber, normalisedName, domain);
    const common = {
      ...base,
      rowNumber: entry.row.rowNumber,
      values: entry.values,
      normalisedName,
      normalisedDomain: domain,
    };
    if (match) {
      byRow.set(entry.row.rowNumber, {
        ...common,
        status: 'duplicate',
        candidateId: match.candidateId,
        matchReason: match.reason,
        matchScore: match.score,
      });
    } else if (inFile !== undefined) {
      byRow.set(entry.row.rowNumber, {
        ...common,
        status: 'duplicate',
        duplicateOfRow: inFile,
        matchReason: sameDomainRow !== undefined ? 'same_domain_in_file' : 'same_name_in_file',
        matchScore: 1,
      });
    } else {
      // Rows that resemble nothing are imported as new partners unless someone says otherwise.
      byRow.set(entry.row.rowNumber, { ...common, status: 'valid', decision: 'create' });
    }
  });
  return checked.map(({ row, input, result }) => {
    if (result.success) return byRow.get(row.rowNumber)!;
    return {
      ...base,
      rowNumber: row.rowNumber,
      status: 'invalid' as const,
      cells: row.cells,
      errors: result.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? 'row');
        const isMissing = input[field] === undefined;
        return {
          field,
          column: fieldColumn.get(field as ImportField) ?? null,
          message: isMissing ? 'is required' : issue.message,
        };
      }),
    };
  });
}
