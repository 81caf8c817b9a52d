import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { detectFormat, readRows } from '../partner-imports/index.ts';
import {
  accountKey,
  type ImportedAccount,
  type ImportedOpportunity,
  type ImportProblem,
  mapHeader,
  parseAccountRow,
} from './account-import-rows.ts';
import type { importAccountsInput } from './schemas.ts';
import { customerAccounts, customerOpportunities } from './tables.ts';

export const MAX_ACCOUNT_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ACCOUNT_BODY_BYTES = Math.ceil(MAX_ACCOUNT_FILE_BYTES / 3) * 4 + 64 * 1024;
export const MAX_ACCOUNT_ROWS = 50_000;
/** Enough of a bad file's problems to fix it; the message says how many there are in all. */
const MAX_REPORTED_PROBLEMS = 500;
const BATCH = 1000;

type Group = { account: ImportedAccount; opportunities: ImportedOpportunity[] };
type Counts = {
  rowCount: number;
  accountsCreated: number;
  accountsUpdated: number;
  opportunitiesCreated: number;
  opportunitiesUpdated: number;
};

/**
 * Loads a CRM export of accounts (and optionally one opportunity per row) all or nothing: any
 * bad row and nothing is written, the answer listing every problem by row and column. Otherwise
 * accounts are matched by their CRM id (else normalised name and first domain) and updated or
 * created in batches, with one audit event for the whole file.
 */
export async function importCustomerAccounts({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof importAccountsInput>;
}) {
  assertActorCan(ctx, 'accounts:manage');
  return importAccountsFile(ctx, { fileName: input.fileName, content: decodeContent(input.content) });
}

/** The import itself, shared with the command line. */
export async function importAccountsFile(
  ctx: Ctx,
  { fileName, content }: { fileName: string; content: Buffer },
): Promise<Counts> {
  const { groups, rowCount } = await readAccountFile(fileName, content);
  const workspaceId = ctx.actor.workspaceId;
  return withTransaction(ctx, async (tx) => {
    const counts: Counts = {
      rowCount,
      accountsCreated: 0,
      accountsUpdated: 0,
      opportunitiesCreated: 0,
      opportunitiesUpdated: 0,
    };
    const accountIds = await upsertAccounts(tx, workspaceId, [...groups.values()], counts);
    const opportunities = [...groups.entries()].flatMap(([key, group]) =>
      group.opportunities.map((opportunity) => ({ accountId: accountIds.get(key)!, opportunity })),
    );
    await upsertOpportunities(tx, workspaceId, opportunities, counts);
    await recordChange(tx, ctx, {
      action: 'customer_accounts.imported',
      entityType: 'customer_account',
      entityId: workspaceId,
      organisationId: null,
      after: { fileName, ...counts },
    });
    return counts;
  });
}

function decodeContent(content: string): Buffer {
  if (content.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    throw new DomainError('validation', 'invalid_file', 'The file did not arrive intact.', [
      { field: 'body.content', message: 'must be the file base64-encoded' },
    ]);
  }
  return Buffer.from(content, 'base64');
}

async function readAccountFile(fileName: string, content: Buffer) {
  if (content.length > MAX_ACCOUNT_FILE_BYTES) {
    throw new DomainError('payload_too_large', 'file_too_large', 'The file is larger than 10 MB; split it.', [
      { field: 'body.content', message: 'must be at most 10 MB' },
    ]);
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
  const groups = new Map<string, Group>();
  const problems: ImportProblem[] = [];
  let mapping: ReturnType<typeof mapHeader> | null = null;
  let rowCount = 0;
  try {
    for await (const row of readRows(content, format)) {
      if (!mapping) {
        mapping = mapHeader(row.cells);
        if (!mapping.has('name')) {
          throw new DomainError('validation', 'missing_name_column', 'The file has no "name" column.', [
            { field: 'file.columns', message: 'must include a "name" column (also read: account, company)' },
          ]);
        }
        continue;
      }
      rowCount += 1;
      if (rowCount > MAX_ACCOUNT_ROWS) {
        throw new DomainError(
          'validation',
          'too_many_rows',
          `The file has more than ${MAX_ACCOUNT_ROWS} rows; split it.`,
          [{ field: 'body.content', message: `must have at most ${MAX_ACCOUNT_ROWS} rows` }],
        );
      }
      const parsed = parseAccountRow(row.rowNumber, row.cells, mapping);
      problems.push(...parsed.problems);
      if (!parsed.account) continue;
      const key = accountKey(parsed.account);
      const group = groups.get(key) ?? { account: parsed.account, opportunities: [] };
      // Several rows of one account (one per opportunity): the later row's account fields win.
      group.account = parsed.account;
      if (parsed.account.opportunity) group.opportunities.push(parsed.account.opportunity);
      groups.set(key, group);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('validation', 'unreadable_file', 'The file could not be read.', [
      {
        field: 'body.content',
        message: `is not a readable ${format === 'csv' ? 'CSV file' : 'Excel workbook'}`,
      },
    ]);
  }
  if (rowCount === 0) {
    throw new DomainError('validation', 'empty_file', 'The file has no account rows below its header row.', [
      { field: 'body.content', message: 'must have a header row and at least one row of accounts' },
    ]);
  }
  if (problems.length > 0) {
    const badRows = new Set(problems.map((problem) => problem.row)).size;
    throw new DomainError(
      'validation',
      'customer_account_import_invalid',
      `${badRows} of ${rowCount} rows have problems, so nothing was imported. Fix them and upload the file again.`,
      problems.slice(0, MAX_REPORTED_PROBLEMS).map((problem) => ({
        field: `rows.${problem.row}.${problem.column}`,
        message: problem.message,
      })),
    );
  }
  return { groups, rowCount };
}

/** Account key → account id, for every group, created or updated. */
async function upsertAccounts(tx: Transaction, workspaceId: string, groups: Group[], counts: Counts) {
  const ids = new Map<string, string>();
  const values = (account: ImportedAccount) => ({
    workspaceId,
    name: account.name,
    normalisedName: account.normalisedName,
    domains: account.domains,
    country: account.country,
    ownerName: account.ownerName,
    isDirectOnly: account.isDirectOnly,
    directOnlyReason: account.directOnlyReason,
    externalId: account.externalId,
    source: 'import' as const,
  });
  const updatedColumns = {
    name: sql`excluded.name`,
    normalisedName: sql`excluded.normalised_name`,
    domains: sql`excluded.domains`,
    country: sql`excluded.country`,
    ownerName: sql`excluded.owner_name`,
    isDirectOnly: sql`excluded.is_direct_only`,
    directOnlyReason: sql`excluded.direct_only_reason`,
    version: sql`${customerAccounts.version} + 1`,
    updatedAt: sql`now()`,
  };

  const withId = groups.filter((group) => group.account.externalId);
  for (const batch of chunks(withId, BATCH)) {
    const rows = await tx
      .insert(customerAccounts)
      .values(batch.map(({ account }) => ({ id: newId('customerAccount'), ...values(account) })))
      .onConflictDoUpdate({
        target: [customerAccounts.workspaceId, customerAccounts.externalId],
        set: updatedColumns,
      })
      .returning({
        id: customerAccounts.id,
        externalId: customerAccounts.externalId,
        isNew: sql<boolean>`(xmax = 0)`,
      });
    for (const row of rows) {
      ids.set(`id:${row.externalId}`, row.id);
      if (row.isNew) counts.accountsCreated += 1;
      else counts.accountsUpdated += 1;
    }
  }

  const byName = groups.filter((group) => !group.account.externalId);
  for (const batch of chunks(byName, BATCH)) {
    const existing = await tx
      .select({
        id: customerAccounts.id,
        normalisedName: customerAccounts.normalisedName,
        domains: customerAccounts.domains,
      })
      .from(customerAccounts)
      .where(
        and(
          eq(customerAccounts.workspaceId, workspaceId),
          inArray(
            customerAccounts.normalisedName,
            batch.map(({ account }) => account.normalisedName),
          ),
        ),
      );
    const existingByKey = new Map(
      existing.map((row) => [
        accountKey({ externalId: null, normalisedName: row.normalisedName, domains: row.domains }),
        row.id,
      ]),
    );
    const created: (ReturnType<typeof values> & { id: string })[] = [];
    for (const { account } of batch) {
      const key = accountKey(account);
      const id = existingByKey.get(key);
      if (id) {
        const { externalId: _none, ...changes } = values(account);
        await tx
          .update(customerAccounts)
          .set({ ...changes, version: sql`${customerAccounts.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(customerAccounts.workspaceId, workspaceId), eq(customerAccounts.id, id)));
        ids.set(key, id);
        counts.accountsUpdated += 1;
      } else {
        const row = { id: newId('customerAccount'), ...values(account) };
        created.push(row);
        ids.set(key, row.id);
      }
    }
    if (created.length > 0) await tx.insert(customerAccounts).values(created);
    counts.accountsCreated += created.length;
  }
  return ids;
}

async function upsertOpportunities(
  tx: Transaction,
  workspaceId: string,
  entries: { accountId: string; opportunity: ImportedOpportunity }[],
  counts: Counts,
) {
  const values = ({ accountId, opportunity }: (typeof entries)[number]) => ({
    workspaceId,
    accountId,
    name: opportunity.name,
    stage: opportunity.stage,
    isOpen: opportunity.isOpen,
    amount: opportunity.amount,
    currency: opportunity.currency,
    closeDate: opportunity.closeDate,
    externalId: opportunity.externalId,
  });
  // One row per CRM id: a file listing the same opportunity twice keeps its last line.
  const withId = [
    ...new Map(
      entries
        .filter((entry) => entry.opportunity.externalId)
        .map((entry) => [entry.opportunity.externalId, entry]),
    ).values(),
  ];
  for (const batch of chunks(withId, BATCH)) {
    const rows = await tx
      .insert(customerOpportunities)
      .values(batch.map((entry) => ({ id: newId('customerOpportunity'), ...values(entry) })))
      .onConflictDoUpdate({
        target: [customerOpportunities.workspaceId, customerOpportunities.externalId],
        set: {
          accountId: sql`excluded.account_id`,
          name: sql`excluded.name`,
          stage: sql`excluded.stage`,
          isOpen: sql`excluded.is_open`,
          amount: sql`excluded.amount`,
          currency: sql`excluded.currency`,
          closeDate: sql`excluded.close_date`,
          version: sql`${customerOpportunities.version} + 1`,
          updatedAt: sql`now()`,
        },
      })
      .returning({ isNew: sql<boolean>`(xmax = 0)` });
    for (const row of rows) {
      if (row.isNew) counts.opportunitiesCreated += 1;
      else counts.opportunitiesUpdated += 1;
    }
  }

  // Without a CRM id an opportunity is known by its account and name.
  const byName = entries.filter((entry) => !entry.opportunity.externalId);
  for (const batch of chunks(byName, BATCH)) {
    const existing = await tx
      .select({
        id: customerOpportunities.id,
        accountId: customerOpportunities.accountId,
        name: customerOpportunities.name,
      })
      .from(customerOpportunities)
      .where(
        and(
          eq(customerOpportunities.workspaceId, workspaceId),
          inArray(customerOpportunities.accountId, [...new Set(batch.map((entry) => entry.accountId))]),
        ),
      );
    const existingByKey = new Map(existing.map((row) => [`${row.accountId}|${row.name}`, row.id]));
    const created = new Map<string, ReturnType<typeof values> & { id: string }>();
    for (const entry of batch) {
      const key = `${entry.accountId}|${entry.opportunity.name}`;
      const id = existingByKey.get(key);
      const pending = created.get(key);
      if (pending) {
        created.set(key, { ...values(entry), id: pending.id });
      } else if (id) {
        const { externalId: _none, ...changes } = values(entry);
        await tx
          .update(customerOpportunities)
          .set({ ...changes, version: sql`${customerOpportunities.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(customerOpportunities.workspaceId, workspaceId), eq(customerOpportunities.id, id)));
        counts.opportunitiesUpdated += 1;
      } else {
        created.set(key, { id: newId('customerOpportunity'), ...values(entry) });
      }
    }
    if (created.size > 0) await tx.insert(customerOpportunities).values([...created.values()]);
    counts.opportunitiesCreated += created.size;
  }
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
