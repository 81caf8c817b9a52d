import { and, asc, eq, gt, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { decodeCursor, type PageQuery, toPage } from '../../platform/http/pagination.ts';
import { iso } from '../../platform/http/schemas.ts';
import { organisations } from '../organisations/tables.ts';
import { amountInProgrammeCurrency } from './approval-routing.ts';
import type { approvalQueueQuery, SlaState } from './approval-schemas.ts';
import { type DealSettings, loadDealSettings } from './deal-settings.ts';
import { referenceOf } from './schemas.ts';
import { dealRegistrationApprovals, dealRegistrations } from './tables.ts';

const HOUR = 60 * 60 * 1000;

export function slaStateOf(dueAt: Date, now: Date, reminderHoursBeforeDue: number): SlaState {
  if (dueAt.getTime() <= now.getTime()) return 'overdue';
  return dueAt.getTime() - now.getTime() <= reminderHoursBeforeDue * HOUR ? 'due_soon' : 'on_track';
}

/** What the approval levels weighed the registration's amount as, in the programme currency. */
function weighedAmountOf(settings: DealSettings, registration: { amount: number; currency: string }) {
  const amount = amountInProgrammeCurrency(settings, registration);
  return amount === null ? null : { amount: Math.round(amount * 100) / 100, currency: settings.currency };
}

/**
 * What waits on the caller, most urgent first: a regional manager the regional levels of their
 * regions' partners (row-level security narrows to the regions), channel managers and admins
 * every level.
 */
export async function listDealApprovalQueue({
  ctx,
  query,
  now,
}: {
  ctx: Ctx;
  query: PageQuery & z.infer<typeof approvalQueueQuery>;
  now: Date;
}) {
  const actor = assertActorCan(ctx, 'deals:approve');
  if (actor.organisationKind !== 'vendor') throw forbidden('The approval queue is the vendor’s.');
  const after = decodeCursor(query.cursor);
  return withTransaction(ctx, async (tx) => {
    const settings = await loadDealSettings(tx, actor.workspaceId);
    const soon = new Date(now.getTime() + settings.reminderHoursBeforeDue * HOUR);
    const due = dealRegistrationApprovals.dueAt;
    const bySla: Record<SlaState, SQL | undefined> = {
      overdue: lte(due, now),
      due_soon: and(gt(due, now), lte(due, soon)),
      on_track: gt(due, soon),
    };
    const cursorRow = after
      ? sql`(${due}, ${dealRegistrations.id}) > (SELECT a.due_at, a.registration_id FROM deal_registration_approvals a WHERE a.registration_id = ${after} AND a.decided_at IS NULL ORDER BY a.created_at DESC LIMIT 1)`
      : undefined;
    const rows = await tx
      .select({
        registration: dealRegistrations,
        approval: dealRegistrationApprovals,
        partnerName: organisations.name,
      })
      .from(dealRegistrationApprovals)
      .innerJoin(dealRegistrations, eq(dealRegistrations.id, dealRegistrationApprovals.registrationId))
      .leftJoin(organisations, eq(organisations.id, dealRegistrations.organisationId))
      .where(
        and(
          eq(dealRegistrations.workspaceId, actor.workspaceId),
          eq(dealRegistrations.status, 'pending_approval'),
          eq(dealRegistrationApprovals.level, dealRegistrations.approvalLevel),
          isNull(dealRegistrationApprovals.decidedAt),
          actor.role === 'regional_manager'
            ? eq(dealRegistrationApprovals.role, 'regional_manager')
            : undefined,
          query.region ? eq(dealRegistrations.region, query.region) : undefined,
          query.slaState ? bySla[query.slaState] : undefined,
          cursorRow,
        ),
      )
      .orderBy(asc(due), asc(dealRegistrations.id))
      .limit(query.limit + 1);
    return toPage(
      rows.map((row) => ({ ...row, id: row.registration.id })),
      query.limit,
      ({ registration, approval, partnerName }) => ({
        id: registration.id,
        reference: referenceOf(registration.number),
        organisationId: registration.organisationId,
        partnerName,
        region: registration.region,
        customerName: registration.customerName,
        amount: registration.amount,
        currency: registration.currency,
        weighedAmount: weighedAmountOf(settings, registration),
        conflictOutcome: registration.conflictOutcome,
        level: approval.level,
        role: approval.role,
        dueAt: iso(approval.dueAt),
        slaState: slaStateOf(approval.dueAt, now, settings.reminderHoursBeforeDue),
        registeredAt: iso(registration.registeredAt),
        version: registration.version,
      }),
    );
  });
}
