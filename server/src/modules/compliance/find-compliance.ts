import { and, eq, getTableColumns } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { complianceDocuments, complianceRequirements } from './tables.ts';

/** Every column but the file's bytes, which only the download reads. */
export const { content: _content, ...documentColumns } = getTableColumns(complianceDocuments);

export async function findRequirement(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(complianceRequirements)
    .where(and(eq(complianceRequirements.workspaceId, workspaceId), eq(complianceRequirements.id, id)));
  return oneOrNotFound(query, 'compliance_requirement', { forUpdate });
}

/** Row-level security hides another partner's submissions: they answer 404 like absent ones. */
export async function findDocument(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select(documentColumns)
    .from(complianceDocuments)
    .where(and(eq(complianceDocuments.workspaceId, workspaceId), eq(complianceDocuments.id, id)));
  return oneOrNotFound(query, 'compliance_document', { forUpdate });
}
