import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { findPartnerImport, presentWithPending } from './find-partner-import.ts';
import { type applyImportDecisionsInput, presentPartnerImport } from './schemas.ts';
import { partnerImportRows, partnerImports } from './tables.ts';

type Input = z.infer<typeof applyImportDecisionsInput>;

export const IMPORT_DECISIONS_APPLIED = 'partner_import.decisions_applied';

export async function applyImportDecisions({ ctx, id, input }: { ctx: Ctx; id: string; input: Input }) {
  assertActorCan(ctx, 'partners:import');
  return startImporting(ctx, { id, decisions: input.decisions });
}

/**
 * Records the person's decision per row and starts importing (the event queues the job): rows
 * that resembled nothing are created, duplicates are merged, created anew or skipped as decided,
 * and undecided duplicates wait. Nothing is merged that nobody chose to merge.
 */
export async function startImporting(
  ctx: Ctx,
  { id, decisions }: { id: string; decisions: Input['decisions'] },
) {
  return withTransaction(ctx, async (tx) => {
    const current = await findPartnerImport(tx, ctx.actor.workspaceId, id, { forUpdate: true });
    if (current.status !== 'ready_for_review') {
      throw new DomainError(
        'conflict',
        'import_not_ready',
        'Decisions can be applied once the file has been checked and while nothing else is being imported.',
      );
    }
    const rowNumbers = decisions.map((decision) => decision.rowNumber);
    const rows = rowNumbers.length
      ? await tx
          .select({
            rowNumber: partnerImportRows.rowNumber,
            status: partnerImportRows.status,
            candidateId: partnerImportRows.candidateId,
            outcome: partnerImportRows.outcome,
          })
          .from(partnerImportRows)
          .where(and(eq(partnerImportRows.importId, id), inArray(partnerImportRows.rowNumber, rowNumbers)))
      : [];
    const byNumber = new Map(rows.map((row) => [row.rowNumber, row]));
    decisions.forEach((decision, index) => {
      const row = byNumber.get(decision.rowNumber);
      const field = `body.decisions.${index}`;
      if (!row || row.status === 'invalid' || row.outcome) {
        throw new DomainError(
          'validation',
          'row_not_decidable',
          `Row ${decision.rowNumber} has nothing to decide.`,
          [
            {
              field: `${field}.rowNumber`,
              message: 'must be a valid row of this file that is not imported yet',
            },
          ],
        );
      }
      if (decision.decision === 'merge' && !row.candidateId) {
        throw new DomainError(
          'validation',
          'nothing_to_merge_into',
          `Row ${decision.rowNumber} repeats another row of the file; create it or skip it.`,
          [
            {
              field: `${field}.decision`,
              message: 'can be merge only for rows matching an existing partner',
            },
          ],
        );
      }
    });
    if (decisions.length > 0) {
      await tx.execute(sql`
        UPDATE partner_import_rows r SET decision = x.decision, overwrite_fields = x.overwrite
        FROM (
          SELECT "rowNumber" AS row_number, decision,
            ARRAY(SELECT jsonb_array_elements_text(coalesce("overwriteFields", '[]'::jsonb))) AS overwrite
          FROM jsonb_to_recordset(${JSON.stringify(decisions)}::jsonb)
            AS d("rowNumber" int, decision text, "overwriteFields" jsonb)
        ) x
        WHERE r.import_id = ${id} AND r.row_number = x.row_number`);
    }
    const [toDo] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(partnerImportRows)
      .where(
        and(
          eq(partnerImportRows.importId, id),
          isNotNull(partnerImportRows.decision),
          isNull(partnerImportRows.outcome),
        ),
      );
    const [updated] = await tx
      .update(partnerImports)
      .set({
        status: 'importing',
        checkpointRow: 0,
        progressDone: 0,
        progressTotal: toDo?.count ?? 0,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(partnerImports.workspaceId, ctx.actor.workspaceId), eq(partnerImports.id, id)))
      .returning();
    const tally = (kind: string) => decisions.filter((decision) => decision.decision === kind).length;
    await recordChange(tx, ctx, {
      action: IMPORT_DECISIONS_APPLIED,
      entityType: 'partner_import',
      entityId: id,
      organisationId: null,
      before: presentPartnerImport(current),
      after: {
        ...presentPartnerImport(updated!),
        decided: { create: tally('create'), merge: tally('merge'), skip: tally('skip') },
      },
    });
    return presentWithPending(tx, updated!);
  });
}
