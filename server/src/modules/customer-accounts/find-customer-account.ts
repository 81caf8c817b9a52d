import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import type { AccountRow, OpenTotals } from './schemas.ts';
import { customerAccounts, customerOpportunities } from './tables.ts';

export async function findCustomerAccount(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
): Promise<AccountRow> {
  const query = tx
    .select()
    .from(customerAccounts)
    .where(and(eq(customerAccounts.workspaceId, workspaceId), eq(customerAccounts.id, id)));
  return oneOrNotFound(query, 'customer_account', { forUpdate });
}

export async function findCustomerOpportunity(
  tx: Transaction,
  workspaceId: string,
  id: string,
  { forUpdate = false } = {},
) {
  const query = tx
    .select()
    .from(customerOpportunities)
    .where(and(eq(customerOpportunities.workspaceId, workspaceId), eq(customerOpportunities.id, id)));
  return oneOrNotFound(query, 'customer_opportunity', { forUpdate });
}

/** Open opportunities per account: how many, and how much per currency. */
export async function openTotalsOf(
  tx: Transaction,
  workspaceId: string,
  accountIds: string[],
): Promise<Map<string, OpenTotals>> {
  const totals = new Map<string, OpenTotals>();
  if (accountIds.length === 0) return totals;
  const rows = await tx
    .select({
      accountId: customerOpportunities.accountId,
      currency: customerOpportunities.currency,
      count: sql<number>`count(*)::int`,
      amount: sql<string | null>`sum(${customerOpportunities.amount})`,
    })
    .from(customerOpportunities)
    .where(
      and(
        eq(customerOpportunities.workspaceId, workspaceId),
        inArray(customerOpportunities.accountId, accountIds),
        eq(customerOpportunities.isOpen, true),
      ),
    )
    .groupBy(customerOpportunities.accountId, customerOpportunities.currency);
  for (const row of rows) {
    const entry = totals.get(row.accountId) ?? { count: 0, amounts: [] };
    entry.count += row.count;
    if (row.currency && row.amount !== null) {
      entry.amounts.push({ currency: row.currency, amount: Number(row.amount) });
    }
    totals.set(row.accountId, entry);
  }
  for (const entry of totals.values()) entry.amounts.sort((a, b) => a.currency.localeCompare(b.currency));
  return totals;
}
