import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { importAccountsFile } from './import-customer-accounts.ts';

const SHOWN_PROBLEMS = 20;

/**
 * `trellis import accounts FILE`: the same all-or-nothing import as the console's, printing the
 * counts, or the first problems by row and column when the file is refused.
 */
export async function importAccountsFromFile({
  db,
  workspaceId,
  filePath,
  print,
}: {
  db: Database;
  workspaceId: string;
  filePath: string;
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
  try {
    const counts = await importAccountsFile(ctx, { fileName: path.basename(filePath), content });
    print(
      `Imported ${counts.rowCount} rows: ${counts.accountsCreated} accounts created, ${counts.accountsUpdated} updated; ` +
        `${counts.opportunitiesCreated} opportunities created, ${counts.opportunitiesUpdated} updated.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    print(error.message);
    for (const problem of error.fields.slice(0, SHOWN_PROBLEMS)) {
      const row = /^rows\.(\d+)\.(.+)$/.exec(problem.field);
      print(
        row ? `  row ${row[1]}, ${row[2]}: ${problem.message}` : `  ${problem.field}: ${problem.message}`,
      );
    }
    if (error.fields.length > SHOWN_PROBLEMS) print(`  … and ${error.fields.length - SHOWN_PROBLEMS} more`);
    return 1;
  }
}
