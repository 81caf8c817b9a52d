import { ownerQuery } from '../harness.ts';

/**
 * Row counts of every table, and the workspace's audit trail length, read as the database owner so
 * that row-level security hides nothing.
 */
export async function databaseSnapshot(
  ownerUrl: string,
  workspaceId: string,
): Promise<Record<string, number>> {
  const tables = await ownerQuery<{ name: string }>(
    ownerUrl,
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await ownerQuery<{ count: string }>(ownerUrl, `SELECT count(*) AS count FROM ${name}`);
    counts[name] = Number(row?.count);
  }
  const [audit] = await ownerQuery<{ count: string }>(
    ownerUrl,
    'SELECT count(*) AS count FROM audit_events WHERE workspace_id = $1',
    [workspaceId],
  );
  counts['audit_events of the workspace'] = Number(audit?.count);
  return counts;
}
