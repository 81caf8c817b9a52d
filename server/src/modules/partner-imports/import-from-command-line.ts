import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import { withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { startImporting } from './apply-import-decisions.ts';
import { setImportMapping } from './confirm-import-mapping.ts';
import { findPartnerImport } from './find-partner-import.ts';
import { processPartnerImport } from './process-partner-import.ts';
import { partnerImportRows } from './tables.ts';
import { storePartnerImport } from './upload-partner-import.ts';

const SHOWN_PROBLEMS = 20;

/**
 * `trellis import partners FILE`: upload, the proposed mapping, checking and importing in this
 * process, printing progress. Rows that resemble nothing are created; proposed duplicates are
 * left for a person to decide in the console, whose address is printed.
 */
export async function importPartnersFromFile({
  db,
  workspaceId,
  filePath,
  publicUrl,
  print,
}: {
  db: Database;
  workspaceId: string;
  filePath: string;
  publicUrl: string;
  print: (line: string) => void;
}): Promise<number> {
  let content: Buffer;
  try {
    content = await readFile(filePath);
  } catch (error) {
    print(`Cannot read ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'command line import' } };
  const uploaded = await storePartnerImport(ctx, {
    fileName: path.basename(filePath),
    content,
    createdById: null,
  });
  print(`Read ${uploaded.rowCount} rows; columns mapped: ${describeMapping(uploaded.mapping)}`);
  await setImportMapping(ctx, { id: uploaded.id, mapping: uploaded.mapping });
  const progress = (phase: string) => (checkpointRow: number) =>
    print(`${phase}: ${Math.max(0, checkpointRow - 1)} of ${uploaded.rowCount} rows`);
  await processPartnerImport({ db, workspaceId, importId: uploaded.id, afterBatch: progress('Checked') });
  await startImporting(ctx, { id: uploaded.id, decisions: [] });
  await processPartnerImport({
    db,
    workspaceId,
    importId: uploaded.id,
    afterBatch: progress('Imported up to row'),
  });

  const { finished, problems } = await withTransaction(ctx, async (tx) => ({
    finished: await findPartnerImport(tx, workspaceId, uploaded.id),
    problems: await tx
      .select({ rowNumber: partnerImportRows.rowNumber, errors: partnerImportRows.errors })
      .from(partnerImportRows)
      .where(and(eq(partnerImportRows.importId, uploaded.id), eq(partnerImportRows.status, 'invalid')))
      .orderBy(asc(partnerImportRows.rowNumber))
      .limit(SHOWN_PROBLEMS),
  }));
  const page = `${publicUrl.replace(/\/$/, '')}/console/partners/import/${uploaded.id}`;
  print(
    `Created ${finished.createdCount} partners, merged ${finished.mergedCount}, skipped ${finished.skippedCount}.`,
  );
  print(`${finished.invalidRows} rows could not be imported.`);
  for (const row of problems) {
    const reasons = (row.errors ?? [])
      .map((error) => `${error.column ?? error.field} ${error.message}`)
      .join('; ');
    print(`  row ${row.rowNumber}: ${reasons}`);
  }
  if (finished.invalidRows > SHOWN_PROBLEMS) print(`  … all of them with reasons at ${page}`);
  const pending = finished.duplicateRows;
  if (finished.status === 'ready_for_review') {
    print(
      `${pending} rows look like existing partners and wait for your decision (merge, create or skip): ${page}`,
    );
  }
  print(`Import ${finished.id}: ${finished.status}.`);
  return 0;
}

function describeMapping(mapping: Record<string, string>): string {
  const entries = Object.entries(mapping);
  return entries.length ? entries.map(([column, field]) => `${column} → ${field}`).join(', ') : 'none';
}
