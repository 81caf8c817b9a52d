import { and, asc, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import type { EventSubscriber } from '../events/event-subscriber.ts';
import { organisations } from '../organisations/tables.ts';
import { screenOrganisation } from './screen-partner.ts';

const BATCH = 100;

/**
 * Screens every partner of a workspace against the list just uploaded, a batch per transaction
 * so a long list of partners never holds one long transaction. Safe to retry: a hit is recorded once.
 */
export const screenAllPartnersJob = defineJob({
  name: 'compliance.screen-all-partners',
  payload: z.object({ workspaceId: z.string() }),
  retryLimit: 5,
  retryDelaySeconds: 30,
  handler: async ({ workspaceId }, { db, clock }) => {
    const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'sanctions screening' } };
    let after = '';
    for (;;) {
      const screened = await withTransaction(ctx, async (tx) => {
        const partners = await tx
          .select()
          .from(organisations)
          .where(
            and(
              eq(organisations.workspaceId, workspaceId),
              eq(organisations.kind, 'partner'),
              gt(organisations.id, after),
            ),
          )
          .orderBy(asc(organisations.id))
          .limit(BATCH);
        for (const partner of partners) await screenOrganisation(tx, ctx, partner, clock());
        return partners;
      });
      if (screened.length < BATCH) return;
      after = screened.at(-1)!.id;
    }
  },
});

const NAME_FIELDS = ['name', 'legalName'] as const;

/**
 * A new partner is screened as it is added, and again when its name or legal name changes (also by
 * an import's merge); a new list screens every partner (as a job: it can be many), and so does an
 * import run, whose partners arrive in batches without an `organisation.created` each.
 */
const SCREENS_EVERY_PARTNER = new Set([
  'sanctions_list.uploaded',
  'partner_import.awaiting_decisions',
  'partner_import.completed',
]);
const SCREENS_ONE_PARTNER = new Set(['organisation.created', 'organisation.updated', 'organisation.merged']);

export const screenOnEvents: EventSubscriber = {
  name: 'sanctions-screening',
  async handle({ tx, ctx, event, jobs, now }) {
    if (SCREENS_EVERY_PARTNER.has(event.type)) {
      await jobs.send(tx, screenAllPartnersJob, { workspaceId: event.workspaceId });
      return;
    }
    if (!SCREENS_ONE_PARTNER.has(event.type)) return;
    const data = event.data as {
      before?: Record<string, unknown> | null;
      after?: Record<string, unknown> | null;
    };
    const isRenamed =
      event.type === 'organisation.created' ||
      NAME_FIELDS.some((field) => data.before?.[field] !== data.after?.[field]);
    if (!isRenamed) return;
    const [partner] = await tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.workspaceId, event.workspaceId), eq(organisations.id, event.entityId)));
    if (partner) await screenOrganisation(tx, ctx, partner, now);
  },
};
