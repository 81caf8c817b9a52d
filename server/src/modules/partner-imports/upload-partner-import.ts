import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findVendorOrganisationId } from '../organisations/get-organisation.ts';
import { suggestMapping } from './import-fields.ts';
import { detectFormat, type FileFormat, readRows } from './read-partner-file.ts';
import { MAX_IMPORT_FILE_BYTES, presentPartnerImport, type uploadPartnerImportInput } from './schemas.ts';
import { partnerImportFiles, partnerImports } from './tables.ts';

type Input = z.infer<typeof uploadPartnerImportInput>;

/** A file the person uploaded, checked, stored and with a mapping proposed from its header row. */
export async function uploadPartnerImport({ ctx, input }: { ctx: Ctx; input: Input }) {
  const actor = assertActorCan(ctx, 'partners:import');
  const content = decodeContent(input.content);
  return storePartnerImport(ctx, { fileName: input.fileName, content, createdById: actor.userId });
}

function decodeContent(content: string): Buffer {
  if (content.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    throw new DomainError('validation', 'invalid_file', 'The file did not arrive intact.', [
      { field: 'body.content', message: 'must be the file base64-encoded' },
    ]);
  }
  return Buffer.from(content, 'base64');
}

/**
 * The upload itself, shared with the command line. The whole file is read once here, so a file
 * that cannot be read is refused at once (and the progress bar knows how many rows to expect).
 *
 * The bytes are kept in PostgreSQL (bytea, at most 50 MB): the import job may run in any worker
 * process on any host, the file commits or rolls back with its import record, and backups hold
 * both. Above 50 MB a spreadsheet is better split than streamed through one request.
 */
export async function storePartnerImport(
  ctx: Ctx,
  { fileName, content, createdById }: { fileName: string; content: Buffer; createdById: string | null },
) {
  if (content.length > MAX_IMPORT_FILE_BYTES) {
    throw new DomainError(
      'payload_too_large',
      'file_too_large',
      'The file is larger than 50 MB; split it into smaller files.',
      [{ field: 'body.content', message: 'must be at most 50 MB' }],
    );
  }
  const format = detectFormat(fileName, content);
  if (!format) {
    throw new DomainError(
      'validation',
      'unsupported_file',
      'Upload a CSV file or an Excel workbook (.xlsx).',
      [{ field: 'body.fileName', message: 'must be a .csv or .xlsx file of that type' }],
    );
  }
  const { columns, rowCount } = await inspectFile(content, format);
  return withTransaction(ctx, async (tx) => {
    const vendorOrganisationId = (await findVendorOrganisationId(tx, ctx.actor.workspaceId)) ?? '';
    const id = newId('partnerImport');
    const [row] = await tx
      .insert(partnerImports)
      .values({
        id,
        workspaceId: ctx.actor.workspaceId,
        organisationId: vendorOrganisationId,
        createdById,
        fileName,
        format,
        fileSize: content.length,
        columns,
        mapping: suggestMapping(columns),
        rowCount,
        progressTotal: rowCount,
      })
      .returning();
    await tx.insert(partnerImportFiles).values({
      importId: id,
      workspaceId: ctx.actor.workspaceId,
      organisationId: vendorOrganisationId,
      content,
    });
    const created = presentPartnerImport(row!);
    await recordChange(tx, ctx, {
      action: 'partner_import.uploaded',
      entityType: 'partner_import',
      entityId: id,
      organisationId: null,
      after: created,
    });
    return created;
  });
}

/** The header row (blank or repeated headers get a name of their own) and how many rows follow. */
async function inspectFile(content: Buffer, format: FileFormat) {
  let header: string[] | null = null;
  let rowCount = 0;
  try {
    for await (const row of readRows(content, format)) {
      if (header) rowCount += 1;
      else header = row.cells;
    }
  } catch (error) {
    throw new DomainError('validation', 'unreadable_file', `The file could not be read: ${describe(error)}`, [
      {
        field: 'body.content',
        message: `is not a readable ${format === 'csv' ? 'CSV file' : 'Excel workbook'}`,
      },
    ]);
  }
  if (!header || rowCount === 0) {
    throw new DomainError('validation', 'empty_file', 'The file has no partner rows below its header row.', [
      { field: 'body.content', message: 'must have a header row and at least one row of partners' },
    ]);
  }
  const seen = new Set<string>();
  const columns = header.map((cell, index) => {
    const trimmed = cell.trim().slice(0, 200);
    const name = !trimmed || seen.has(trimmed) ? `${trimmed || 'Column'} (${index + 1})` : trimmed;
    seen.add(name);
    return name;
  });
  return { columns, rowCount };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);
