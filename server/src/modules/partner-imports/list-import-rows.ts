import { and, asc, eq, gt, inArray, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import type { PageQuery } from '../../platform/http/pagination.ts';
import { presentOrganisation } from '../organisations/schemas.ts';
import { organisations } from '../organisations/tables.ts';
import { findPartnerImport } from './find-partner-import.ts';
import type { MergeableField } from './import-fields.ts';
import type { ImportRowDto, importRowsQuery } from './schemas.ts';
import { partnerImportRows } from './tables.ts';

type Input = PageQuery & z.infer<typeof importRowsQuery>;
type Row = typeof partnerImportRows.$inferSelect;

/**
 * Rows are listed in file order, so the cursor is a row number rather than an id; it keeps the
 * API's one shape (`limit`, `cursor` → `{ data, nextCursor }`) and stays opaque to clients.
 */
const encodeRowCursor = (rowNumber: number) => Buffer.from(`row:${rowNumber}`, 'utf8').toString('base64url');

function decodeRowCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^row:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw invalid('query.cursor', 'is not a cursor this API issued');
  return Number(match[1]);
}

export async function listImportRows({ ctx, id, input }: { ctx: Ctx; id: string; input: Input }) {
  const actor = assertActorCan(ctx, 'partners:import');
  const after = decodeRowCursor(input.cursor);
  return withTransaction(ctx, async (tx) => {
    await findPartnerImport(tx, actor.workspaceId, id);
    const conditions: (SQL | undefined)[] = [
      eq(partnerImportRows.importId, id),
      gt(partnerImportRows.rowNumber, after),
      input.status ? eq(partnerImportRows.status, input.status) : undefined,
      input.isPending === 'true' ? isNull(partnerImportRows.decision) : undefined,
      input.isPending === 'true' ? isNull(partnerImportRows.outcome) : undefined,
    ];
    const rows = await tx
      .select()
      .from(partnerImportRows)
      .where(and(...conditions))
      .orderBy(asc(partnerImportRows.rowNumber))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const candidateIds = [...new Set(page.flatMap((row) => (row.candidateId ? [row.candidateId] : [])))];
    const candidates = candidateIds.length
      ? await tx
          .select()
          .from(organisations)
          .where(
            and(eq(organisations.workspaceId, actor.workspaceId), inArray(organisations.id, candidateIds)),
          )
      : [];
    const byId = new Map(candidates.map((candidate) => [candidate.id, presentOrganisation(candidate)]));
    return {
      data: page.map((row) => presentImportRow(row, byId)),
      nextCursor: rows.length > input.limit ? encodeRowCursor(page.at(-1)!.rowNumber) : null,
    };
  });
}

function presentImportRow(
  row: Row,
  candidates: Map<string, ReturnType<typeof presentOrganisation>>,
): ImportRowDto {
  return {
    rowNumber: row.rowNumber,
    status: row.status,
    values: row.values ?? null,
    cells: row.cells ?? null,
    errors: row.errors ?? [],
    match: row.matchReason
      ? {
          reason: row.matchReason,
          score: row.matchScore,
          candidate: row.candidateId ? (candidates.get(row.candidateId) ?? null) : null,
          duplicateOfRow: row.duplicateOfRow,
        }
      : null,
    decision: row.decision,
    overwriteFields: (row.overwriteFields as MergeableField[] | null) ?? null,
    outcome: row.outcome,
    resultId: row.resultId,
  };
}
