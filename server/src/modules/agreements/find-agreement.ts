import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { agreementTemplates, agreementVersions } from './tables.ts';

/** Templates and versions are workspace-wide: everyone in the workspace may read their wording. */
export async function findTemplate(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(agreementTemplates)
    .where(and(eq(agreementTemplates.workspaceId, workspaceId), eq(agreementTemplates.id, id)));
  return oneOrNotFound(query, 'agreement_template', { forUpdate });
}

export async function findVersion(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(agreementVersions)
    .where(and(eq(agreementVersions.workspaceId, workspaceId), eq(agreementVersions.id, id)));
  return oneOrNotFound(query, 'agreement_version', { forUpdate });
}
