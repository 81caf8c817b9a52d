import { sql } from 'drizzle-orm';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { iso } from '../../platform/http/schemas.ts';
import { referenceOf } from './schemas.ts';
import type { PartnerDealRole, PipelineStage, RegistrationStatus } from './tables.ts';

type CreditRow = {
  registration_id: string;
  number: string;
  customer_name: string;
  stage: PipelineStage;
  status: RegistrationStatus;
  role: PartnerDealRole;
  credit_percent: string;
  is_registering_partner: boolean;
  registered_at: Date | string;
};

/**
 * A partner's credit lines, on its own deals and on deals other partners registered and it helped
 * sell. Of another partner's deal it reads the reference, customer, stage and status, which is what
 * co-selling needs; never the registering partner, the amount or the other lines.
 */
export async function listDealCredits({ ctx }: { ctx: Ctx }) {
  const actor = assertActorCan(ctx, 'deals:read');
  if (actor.organisationKind !== 'partner') throw forbidden('Credit lines are listed for partners.');
  return withTransaction(ctx, async (tx) => {
    const result = await tx.execute<CreditRow>(sql`SELECT * FROM trellis_deal_credits()`);
    return {
      data: result.rows.map((row) => ({
        registrationId: row.registration_id,
        reference: referenceOf(Number(row.number)),
        customerName: row.customer_name,
        stage: row.stage,
        status: row.status,
        role: row.role,
        creditPercent: Number(row.credit_percent),
        isRegisteringPartner: row.is_registering_partner,
        registeredAt: iso(new Date(row.registered_at)),
      })),
    };
  });
}
