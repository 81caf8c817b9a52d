import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { assertNever } from '../../platform/errors.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import { countPendingDuplicates } from './find-partner-import.ts';
import { importDecidedRows } from './import-decided-rows.ts';
import { presentPartnerImport } from './schemas.ts';
import { type ImportStatus, partnerImports } from './tables.ts';
import { type BatchHooks, validateImportRows } from './validate-import-rows.ts';

/** Rows per transaction: large enough for multi-row inserts to pay off, small enough to resume cheaply. */
export const IMPORT_BATCH_SIZE = 1000;

type ProcessArgs = {
  db: Database;
  workspaceId: string;
  importId: string;
  batchSize?: number;
  afterBatch?: BatchHooks['afterBatch'];
};

/**
 * Runs whatever phase the import is in to its end: validation after a mapping, importing after
 * decisions. Safe to call again at any time (a retried job, a second worker, the command line):
 * each phase continues from its checkpoint, and a finished phase does nothing.
 */
export async function processPartnerImport({
  db,
  workspaceId,
  importId,
  batchSize = IMPORT_BATCH_SIZE,
  afterBatch,
}: ProcessArgs): Promise<void> {
  const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: `partner import ${importId}` } };
  const hooks: BatchHooks = { batchSize, ...(afterBatch ? { afterBatch } : {}) };
  const current = await startPhase(ctx, importId);
  if (!current) return;
  if (current.status === 'validating') {
    await validateImportRows(ctx, current, hooks);
    await finishPhase(ctx, importId, 'validating');
  } else {
    await importDecidedRows(ctx, importId, hooks);
    await finishPhase(ctx, importId, 'importing');
  }
}

/** Moves a mapped import to validating; returns the import when a phase has work to do. */
async function startPhase(ctx: Ctx, importId: string) {
  return withTransaction(ctx, async (tx) => {
    const [current] = await tx
      .select()
      .from(partnerImports)
      .where(eq(partnerImports.id, importId))
      .for('update');
    if (!current) return null;
    const status: ImportStatus = current.status;
    switch (status) {
      case 'mapped': {
        const [started] = await tx
          .update(partnerImports)
          .set({ status: 'validating', updatedAt: new Date() })
          .where(eq(partnerImports.id, importId))
          .returning();
        return started!;
      }
      case 'validating':
      case 'importing':
        return current;
      case 'uploaded':
      case 'ready_for_review':
      case 'completed':
      case 'failed':
        return null;
      default:
        return assertNever(status);
    }
  });
}

/**
 * Validation ends in review. Importing ends complete, or back in review while proposed
 * duplicates still wait for a decision (the command line imports the rest and leaves those).
 */
async function finishPhase(ctx: Ctx, importId: string, phase: 'validating' | 'importing') {
  await withTransaction(ctx, async (tx) => {
    const [current] = await tx
      .select()
      .from(partnerImports)
      .where(eq(partnerImports.id, importId))
      .for('update');
    if (!current || current.status !== phase) return;
    const pending = await countPendingDuplicates(tx, importId);
    const isComplete = phase === 'importing' && pending === 0;
    const [finished] = await tx
      .update(partnerImports)
      .set({
        status: isComplete ? 'completed' : 'ready_for_review',
        checkpointRow: 0,
        completedAt: isComplete ? new Date() : null,
        updatedAt: new Date(),
      })
      .where(eq(partnerImports.id, importId))
      .returning();
    const action =
      phase === 'validating'
        ? 'partner_import.validated'
        : isComplete
          ? 'partner_import.completed'
          : 'partner_import.awaiting_decisions';
    await recordChange(tx, ctx, {
      action,
      entityType: 'partner_import',
      entityId: importId,
      organisationId: null,
      before: presentPartnerImport(current),
      after: presentPartnerImport(finished!, pending),
    });
  });
}

/** A file that turned out unreadable, or a job out of retries: the import stops, saying why. */
export async function failPartnerImport({
  db,
  workspaceId,
  importId,
  reason,
}: {
  db: Database;
  workspaceId: string;
  importId: string;
  reason: string;
}) {
  const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: `partner import ${importId}` } };
  await withTransaction(ctx, async (tx) => {
    const [current] = await tx
      .select()
      .from(partnerImports)
      .where(eq(partnerImports.id, importId))
      .for('update');
    if (!current || current.status === 'completed' || current.status === 'failed') return;
    const [failed] = await tx
      .update(partnerImports)
      .set({ status: 'failed', failureReason: reason.slice(0, 500), updatedAt: new Date() })
      .where(eq(partnerImports.id, importId))
      .returning();
    await recordChange(tx, ctx, {
      action: 'partner_import.failed',
      entityType: 'partner_import',
      entityId: importId,
      organisationId: null,
      before: presentPartnerImport(current),
      after: presentPartnerImport(failed!),
    });
  });
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The background half of an import; queued by the events that start a phase (see enqueue-import.ts). */
export const partnerImportJob = defineJob({
  name: 'partner-import.process',
  payload: z.object({ workspaceId: z.string(), importId: z.string() }),
  retryLimit: 5,
  retryDelaySeconds: 5,
  handler: async ({ workspaceId, importId }, { db, log }) => {
    try {
      await processPartnerImport({ db, workspaceId, importId });
    } catch (error) {
      log('partner import batch failed; it resumes from its checkpoint', {
        importId,
        error: describe(error),
      });
      throw error;
    }
  },
  onExhausted: async ({ workspaceId, importId }, { db }) =>
    failPartnerImport({ db, workspaceId, importId, reason: 'The import stopped after repeated errors.' }),
});
