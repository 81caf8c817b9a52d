import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { presentTask, type TaskDto } from './schemas.ts';
import { tasks } from './tables.ts';

/** A task as its events show it (`after`), or null when it is gone; for rules that recheck later. */
export async function loadTaskSnapshot(
  tx: Transaction,
  { workspaceId, id }: { workspaceId: string; id: string },
): Promise<TaskDto | null> {
  const [row] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.workspaceId, workspaceId), eq(tasks.id, id)));
  return row ? presentTask(row) : null;
}
