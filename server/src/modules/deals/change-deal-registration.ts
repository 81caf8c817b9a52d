import { eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { registrationSummary } from './open-approval.ts';
import type { DealRegistrationRow } from './schemas.ts';
import { dealRegistrations } from './tables.ts';

/**
 * Writes one change to a registration the caller has locked, with what every change shares: a new
 * version, fresh activity (stale-deal alerts count from it) and the audit record of before and
 * after. `details` adds what the event says beyond the registration (a reason, a question).
 */
export async function changeDealRegistration(
  tx: Transaction,
  ctx: Ctx,
  {
    registration,
    set,
    action,
    now,
    details = {},
  }: {
    registration: DealRegistrationRow;
    set: Partial<typeof dealRegistrations.$inferInsert>;
    action: string;
    now: Date;
    details?: Record<string, unknown>;
  },
): Promise<DealRegistrationRow> {
  const [row] = await tx
    .update(dealRegistrations)
    .set({ ...set, lastActivityAt: now, version: registration.version + 1, updatedAt: now })
    .where(eq(dealRegistrations.id, registration.id))
    .returning();
  if (!row) throw new Error(`Registration ${registration.id} vanished under its lock`);
  await recordChange(tx, ctx, {
    action,
    entityType: 'deal_registration',
    entityId: registration.id,
    organisationId: registration.organisationId,
    before: registrationSummary(registration),
    after: { ...registrationSummary(row), ...details },
  });
  return row;
}
