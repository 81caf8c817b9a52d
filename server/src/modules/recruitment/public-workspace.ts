import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import type { Database, Transaction } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/errors.ts';
import { API_PATH_OF_LOGO } from '../workspaces/branding-rules.ts';
import { workspaces } from '../workspaces/tables.ts';

/**
 * The public form knows only the workspace's slug. A narrow definer function answers that one
 * lookup; everything after runs as the workspace's system actor, so row-level security still
 * confines it to that workspace.
 */
export async function publicContextOf({
  db,
  slug,
  ip,
}: {
  db: Database;
  slug: string;
  ip?: string;
}): Promise<Ctx> {
  const result = await db.execute<{ workspace_id: string }>(
    sql`SELECT workspace_id FROM trellis_public_workspace_by_slug(${slug})`,
  );
  const workspaceId = result.rows[0]?.workspace_id;
  if (!workspaceId) throw notFound('workspace');
  return { db, ip, actor: { type: 'system', workspaceId, reason: 'public partner application form' } };
}

/** The name and look the public page and the applicant's e-mails show. */
export async function publicBranding(tx: Transaction, workspaceId: string) {
  const [row] = await tx
    .select({
      id: workspaces.id,
      name: workspaces.name,
      productName: workspaces.productName,
      primaryColor: workspaces.primaryColor,
      logoContentType: workspaces.logoContentType,
      version: workspaces.version,
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!row) throw notFound('workspace');
  return {
    name: row.name,
    productName: row.productName,
    primaryColor: row.primaryColor,
    logoUrl: row.logoContentType ? `${API_PATH_OF_LOGO(row.id)}?v=${row.version}` : null,
  };
}
