import { GENESIS_HASH, recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { auditChainHeads } from '../audit/tables.ts';
import { organisations } from '../organisations/tables.ts';
import { workspaces } from './tables.ts';

/**
 * A workspace starts with its vendor organisation and the genesis of its audit chain. Creating
 * workspaces is an operator's act (CLI, seeding), not an API route.
 */
export async function createWorkspace({
  db,
  name,
  slug,
  vendorName,
}: {
  db: Database;
  name: string;
  slug: string;
  vendorName: string;
}) {
  const workspaceId = newId('workspace');
  const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'create workspace' } };
  return withTransaction(ctx, async (tx) => {
    const [workspace] = await tx.insert(workspaces).values({ id: workspaceId, name, slug }).returning();
    await tx.insert(auditChainHeads).values({ workspaceId, lastSequence: 0, lastHash: GENESIS_HASH });
    const [vendor] = await tx
      .insert(organisations)
      .values({ id: newId('organisation'), workspaceId, kind: 'vendor', name: vendorName })
      .returning();
    await recordChange(tx, ctx, {
      action: 'workspace.created',
      entityType: 'workspace',
      entityId: workspaceId,
      organisationId: null,
      after: { name, slug, vendorOrganisationId: vendor!.id },
    });
    return { workspace: workspace!, vendor: vendor! };
  });
}
