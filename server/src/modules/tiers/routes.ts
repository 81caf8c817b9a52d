import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { createPartnerTier } from './create-partner-tier.ts';
import { deletePartnerTier } from './delete-partner-tier.ts';
import { evaluatePartnerTier } from './evaluate-partner-tier.ts';
import { evaluateAllPartnerTiers } from './evaluate-partner-tiers.ts';
import { getPartnerTierStatus } from './get-partner-tier-status.ts';
import { getPartnerTier, listPartnerTiers } from './list-partner-tiers.ts';
import { listTierChanges } from './list-tier-changes.ts';
import {
  createTierInput,
  evaluationSummarySchema,
  metricCatalogue,
  metricCatalogueSchema,
  partnerTierSchema,
  partnerTierStatusSchema,
  setTierInput,
  tierChangeSchema,
  tierSettingsSchema,
  updateTierInput,
  updateTierSettingsInput,
} from './schemas.ts';
import { setPartnerTier } from './set-partner-tier.ts';
import { getTierSettings, updateTierSettings } from './tier-settings.ts';
import { updatePartnerTier } from './update-partner-tier.ts';

const tags = ['Partner tiers'];
const tierParams = idParam('tier');
const organisationParams = idParam('org');

export function tierRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/partner-tiers',
      {
        schema: {
          tags,
          operationId: 'listPartnerTiers',
          summary: 'The partner programme’s tiers, best first, with their benefits and rules',
          response: { 200: pageOf(partnerTierSchema) },
        },
      },
      (request) => listPartnerTiers({ ctx: ctxOf(request, db) }),
    );

    app.post(
      '/partner-tiers',
      {
        schema: {
          tags,
          operationId: 'createPartnerTier',
          summary: 'Add a tier (needs tiers:manage)',
          body: createTierInput,
          response: { 201: partnerTierSchema },
        },
      },
      async (request, reply) => {
        const created = await createPartnerTier({ ctx: ctxOf(request, db), input: request.body });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/partner-tiers/:id',
      {
        schema: {
          tags,
          operationId: 'getPartnerTier',
          summary: 'Get one tier',
          params: tierParams,
          response: { 200: partnerTierSchema },
        },
      },
      async (request, reply) => {
        const tier = await getPartnerTier({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, tier.version);
        return tier;
      },
    );

    app.patch(
      '/partner-tiers/:id',
      {
        schema: {
          tags,
          operationId: 'updatePartnerTier',
          summary: 'Change a tier’s name, rank, benefits or rules; send If-Match',
          params: tierParams,
          body: updateTierInput,
          response: { 200: partnerTierSchema },
        },
      },
      async (request, reply) => {
        const updated = await updatePartnerTier({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
        });
        setEtag(reply, updated.version);
        return updated;
      },
    );

    app.delete(
      '/partner-tiers/:id',
      {
        schema: {
          tags,
          operationId: 'deletePartnerTier',
          summary: 'Delete a tier no partner holds or is heading for; send If-Match',
          params: tierParams,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deletePartnerTier({
          ctx: ctxOf(request, db),
          id: request.params.id,
          expectedVersion: expectedVersion(request),
        });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/partner-tier-metrics',
      {
        schema: {
          tags,
          operationId: 'listPartnerTierMetrics',
          summary: 'The partner metrics tier rules can use',
          response: { 200: metricCatalogueSchema },
        },
      },
      // Signing in is all it takes (the request hook checks it): the catalogue is the same for all.
      () => metricCatalogue,
    );

    app.get(
      '/partner-tier-settings',
      {
        schema: {
          tags,
          operationId: 'getPartnerTierSettings',
          summary: 'How tiering behaves in this workspace (the downgrade grace period)',
          response: { 200: tierSettingsSchema },
        },
      },
      async (request, reply) => {
        const settings = await getTierSettings({ ctx: ctxOf(request, db) });
        setEtag(reply, settings.version);
        return settings;
      },
    );

    app.patch(
      '/partner-tier-settings',
      {
        schema: {
          tags,
          operationId: 'updatePartnerTierSettings',
          summary: 'Change the downgrade grace period (needs tiers:manage); send If-Match',
          body: updateTierSettingsInput,
          response: { 200: tierSettingsSchema },
        },
      },
      async (request, reply) => {
        const settings = await updateTierSettings({
          ctx: ctxOf(request, db),
          input: request.body,
          expectedVersion: expectedVersion(request),
        });
        setEtag(reply, settings.version);
        return settings;
      },
    );

    app.post(
      '/partner-tier-evaluations',
      {
        schema: {
          tags,
          operationId: 'evaluatePartnerTiers',
          summary: 'Evaluate every active partner now, as the nightly run does; answers what changed',
          response: { 200: evaluationSummarySchema },
        },
      },
      (request) => evaluateAllPartnerTiers({ ctx: ctxOf(request, db), now: clock() }),
    );

    app.get(
      '/organisations/:id/tier',
      {
        schema: {
          tags,
          operationId: 'getPartnerTierStatus',
          summary: 'A partner’s tier, benefits, pending downgrade and progress towards the next tier',
          params: organisationParams,
          response: { 200: partnerTierStatusSchema },
        },
      },
      (request) => getPartnerTierStatus({ ctx: ctxOf(request, db), id: request.params.id, now: clock() }),
    );

    app.put(
      '/organisations/:id/tier',
      {
        schema: {
          tags,
          operationId: 'setPartnerTier',
          summary: 'Set a partner’s tier by hand with a reason, optionally locked against evaluation',
          params: organisationParams,
          body: setTierInput,
          response: { 200: partnerTierStatusSchema },
        },
      },
      (request) =>
        setPartnerTier({ ctx: ctxOf(request, db), id: request.params.id, input: request.body, now: clock() }),
    );

    app.post(
      '/organisations/:id/tier-evaluations',
      {
        schema: {
          tags,
          operationId: 'evaluatePartnerTier',
          summary: 'Evaluate one partner’s tier now',
          params: organisationParams,
          response: { 200: partnerTierStatusSchema },
        },
      },
      (request) => evaluatePartnerTier({ ctx: ctxOf(request, db), id: request.params.id, now: clock() }),
    );

    app.get(
      '/organisations/:id/tier-changes',
      {
        schema: {
          tags,
          operationId: 'listPartnerTierChanges',
          summary: 'A partner’s tier history, newest first',
          params: organisationParams,
          querystring: pageQuerySchema,
          response: { 200: pageOf(tierChangeSchema) },
        },
      },
      (request) =>
        listTierChanges({ ctx: ctxOf(request, db), organisationId: request.params.id, input: request.query }),
    );
  };
}
