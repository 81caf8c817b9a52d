import { type Ctx, withTransaction } from '../../platform/context.ts';
import { PARTNER_TYPES } from '../organisations/partner-types.ts';
import { COMPANY_SIZES } from './company-sizes.ts';
import { findIdealPartnerProfile } from './find-ideal-partner-profile.ts';
import { publicBranding } from './public-workspace.ts';
import { presentProfile } from './schemas.ts';

/** What the public application page shows: whose program it is and the choices it offers. */
export async function getApplicationForm({ ctx }: { ctx: Ctx }) {
  return withTransaction(ctx, async (tx) => {
    const profile = presentProfile(await findIdealPartnerProfile(tx, ctx.actor.workspaceId));
    return {
      workspace: await publicBranding(tx, ctx.actor.workspaceId),
      partnerTypes: [...PARTNER_TYPES],
      regions: profile.formRegions,
      industries: profile.formIndustries,
      companySizes: [...COMPANY_SIZES],
    };
  });
}
