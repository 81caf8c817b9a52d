import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { organisations } from '../organisations/tables.ts';
import { enrolOrganisation } from './enrol-organisation.ts';
import { onboardingJourneys } from './tables.ts';

/** The demo's journey for every partner, and one partner part-way through it. */
export async function seedDemoOnboarding(
  tx: Transaction,
  ctx: Ctx,
  { enrolledOrganisationId, now }: { enrolledOrganisationId: string; now: Date },
) {
  const [journey] = await tx
    .insert(onboardingJourneys)
    .values({
      id: newId('onboardingJourney'),
      workspaceId: ctx.actor.workspaceId,
      name: 'Partner onboarding',
      description: 'The first 90 days of every new Acme Cloud partner.',
      steps: [
        {
          title: 'Accept the partner program agreement',
          kind: 'accept_agreement',
          description: null,
          dueAfterDays: 7,
          agreementTemplateId: null,
        },
        {
          title: 'Complete your company profile',
          kind: 'complete_profile',
          description: null,
          dueAfterDays: 14,
          agreementTemplateId: null,
        },
        {
          title: 'Book the kick-off call with your partner manager',
          kind: 'custom',
          description: 'Thirty minutes to agree on your first joint customers.',
          dueAfterDays: 14,
          agreementTemplateId: null,
        },
        {
          title: 'Complete the Acme Cloud sales essentials course',
          kind: 'complete_course',
          description: null,
          dueAfterDays: 30,
          agreementTemplateId: null,
        },
        {
          title: 'Register your first deal',
          kind: 'register_first_deal',
          description: null,
          dueAfterDays: 90,
          agreementTemplateId: null,
        },
      ],
    })
    .returning();
  const [organisation] = await tx
    .select()
    .from(organisations)
    .where(
      and(eq(organisations.workspaceId, ctx.actor.workspaceId), eq(organisations.id, enrolledOrganisationId)),
    );
  await enrolOrganisation(tx, ctx, {
    organisation: organisation!,
    journey: journey!,
    startedById: null,
    now,
  });
}
