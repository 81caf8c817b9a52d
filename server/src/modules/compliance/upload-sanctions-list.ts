import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { parseSanctionsList } from './sanctions-csv.ts';
import { normaliseName } from './sanctions-names.ts';
import { presentSanctionsList, type uploadSanctionsListInput } from './schemas.ts';
import { sanctionsEntries, sanctionsEntryNames, sanctionsListUploads } from './tables.ts';

const INSERT_CHUNK = 1000;

/**
 * Replaces the whole sanctions list with an uploaded CSV. Its event starts a screening of every
 * partner (see screen-on-events.ts); hits already recorded keep their copy of the entry.
 */
export async function uploadSanctionsList({
  ctx,
  input,
  now,
}: {
  ctx: Ctx;
  input: z.infer<typeof uploadSanctionsListInput>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'compliance:manage');
  const entries = parseSanctionsList(input.csv);
  return withTransaction(ctx, async (tx) => {
    await tx.delete(sanctionsEntryNames).where(eq(sanctionsEntryNames.workspaceId, actor.workspaceId));
    await tx.delete(sanctionsEntries).where(eq(sanctionsEntries.workspaceId, actor.workspaceId));
    const [upload] = await tx
      .insert(sanctionsListUploads)
      .values({
        id: newId('sanctionsListUpload'),
        workspaceId: actor.workspaceId,
        fileName: input.fileName,
        entryCount: entries.length,
        ...(input.matchThreshold !== undefined ? { matchThreshold: input.matchThreshold } : {}),
        uploadedById: actor.userId,
        uploadedAt: now,
      })
      .returning();
    const rows = entries.map((entry) => ({
      id: newId('sanctionsEntry'),
      workspaceId: actor.workspaceId,
      uploadId: upload!.id,
      ...entry,
    }));
    const names = rows.flatMap((row) =>
      [...new Set([row.name, ...row.aliases].map(normaliseName).filter(Boolean))].map((normalisedName) => ({
        id: newId('sanctionsEntryName'),
        workspaceId: actor.workspaceId,
        entryId: row.id,
        normalisedName,
      })),
    );
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await tx.insert(sanctionsEntries).values(rows.slice(start, start + INSERT_CHUNK));
    }
    for (let start = 0; start < names.length; start += INSERT_CHUNK) {
      await tx.insert(sanctionsEntryNames).values(names.slice(start, start + INSERT_CHUNK));
    }
    const list = presentSanctionsList(upload);
    await recordChange(tx, ctx, {
      action: 'sanctions_list.uploaded',
      entityType: 'sanctions_list_upload',
      entityId: upload!.id,
      organisationId: null,
      after: list.upload,
    });
    return list;
  });
}

export async function getSanctionsList({ ctx }: { ctx: Ctx }) {
  const actor = assertActorCan(ctx, 'compliance:manage');
  return withTransaction(ctx, async (tx) => presentSanctionsList(await latestUpload(tx, actor.workspaceId)));
}

/** The list in force: the newest upload. */
export async function latestUpload(tx: Transaction, workspaceId: string) {
  const [row] = await tx
    .select()
    .from(sanctionsListUploads)
    .where(eq(sanctionsListUploads.workspaceId, workspaceId))
    .orderBy(desc(sanctionsListUploads.id))
    .limit(1);
  return row;
}
