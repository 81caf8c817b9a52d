import { and, asc, eq, gt } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { csvLine } from '../organisations/csv.ts';
import { findPartnerImport } from './find-partner-import.ts';
import { partnerImportRows } from './tables.ts';

const BATCH = 1000;

/**
 * The rows that could not be imported, as the file had them plus a "Problems" column, so people
 * fix them in their spreadsheet and upload this file again. Streamed in batches of rows.
 */
export async function exportInvalidRows({ ctx, id }: { ctx: Ctx; id: string }) {
  const actor = assertActorCan(ctx, 'partners:import');
  const imported = await withTransaction(ctx, (tx) => findPartnerImport(tx, actor.workspaceId, id));
  const lines = (async function* () {
    yield csvLine([...imported.columns, 'Problems']);
    let after = 0;
    while (true) {
      const rows = await withTransaction(ctx, (tx) =>
        tx
          .select({
            rowNumber: partnerImportRows.rowNumber,
            cells: partnerImportRows.cells,
            errors: partnerImportRows.errors,
          })
          .from(partnerImportRows)
          .where(
            and(
              eq(partnerImportRows.importId, id),
              eq(partnerImportRows.status, 'invalid'),
              gt(partnerImportRows.rowNumber, after),
            ),
          )
          .orderBy(asc(partnerImportRows.rowNumber))
          .limit(BATCH),
      );
      for (const row of rows) {
        const cells = imported.columns.map((_, index) => row.cells?.[index] ?? '');
        const problems = (row.errors ?? [])
          .map((problem) => `Row ${row.rowNumber}, ${problem.column ?? problem.field}: ${problem.message}`)
          .join('; ');
        yield csvLine([...cells, problems]);
      }
      if (rows.length < BATCH) return;
      after = rows.at(-1)!.rowNumber;
    }
  })();
  return { fileName: imported.fileName.replace(/\.(csv|xlsx)$/i, ''), lines };
}
