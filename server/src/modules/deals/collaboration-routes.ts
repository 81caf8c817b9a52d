import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import {
  commentOnDealDisputeInput,
  dealCreditSchema,
  dealDisputeDetailSchema,
  dealDisputeSchema,
  dealPipelineQuery,
  dealPipelineSchema,
  decideDealDisputeInput,
  listDealDisputesQuery,
  moveDealStageInput,
  openDealDisputeInput,
  setDealPartnersInput,
} from './collaboration-schemas.ts';
import { commentOnDealDispute } from './comment-on-deal-dispute.ts';
import { decideDealDispute } from './decide-deal-dispute.ts';
import { getDealDispute } from './get-deal-dispute.ts';
import { getDealPipeline } from './get-deal-pipeline.ts';
import { listDealCredits } from './list-deal-credits.ts';
import { listDealDisputes } from './list-deal-disputes.ts';
import { moveDealStage } from './move-deal-stage.ts';
import { openDealDispute } from './open-deal-dispute.ts';
import { dealRegistrationDetailSchema } from './schemas.ts';
import { setDealPartners } from './set-deal-partners.ts';

const dealParams = idParam('deal');
const disputeParams = idParam('disp');

/** Working a registered deal: disputes, the pipeline and the partners who share the credit. */
export function dealCollaborationRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/deal-registrations/:id/disputes',
      {
        schema: {
          tags: ['Deal disputes'],
          operationId: 'openDealDispute',
          summary: 'Dispute a registration’s rejection or its conflict (not first-in), with evidence',
          params: dealParams,
          body: openDealDisputeInput,
          response: { 201: dealDisputeDetailSchema },
        },
      },
      async (request, reply) => {
        const dispute = await openDealDispute({
          ctx: ctxOf(request, db),
          registrationId: request.params.id,
          input: request.body,
          now: clock(),
        });
        return reply.code(201).send(dispute);
      },
    );

    app.get(
      '/deal-disputes',
      {
        schema: {
          tags: ['Deal disputes'],
          operationId: 'listDealDisputes',
          summary: 'Disputes you can see, newest first: a partner its own, vendor staff all (by region)',
          querystring: pageQuerySchema.extend(listDealDisputesQuery.shape),
          response: { 200: pageOf(dealDisputeSchema) },
        },
      },
      (request) => listDealDisputes({ ctx: ctxOf(request, db), query: request.query }),
    );

    app.get(
      '/deal-disputes/:id',
      {
        schema: {
          tags: ['Deal disputes'],
          operationId: 'getDealDispute',
          summary: 'One dispute with its evidence and comments (partners never see internal comments)',
          params: disputeParams,
          response: { 200: dealDisputeDetailSchema },
        },
      },
      (request) => getDealDispute({ ctx: ctxOf(request, db), id: request.params.id }),
    );

    app.post(
      '/deal-disputes/:id/comments',
      {
        schema: {
          tags: ['Deal disputes'],
          operationId: 'commentOnDealDispute',
          summary: 'Add evidence or a comment to an open dispute',
          params: disputeParams,
          body: commentOnDealDisputeInput,
          response: { 201: dealDisputeDetailSchema },
        },
      },
      async (request, reply) => {
        const dispute = await commentOnDealDispute({
          ctx: ctxOf(request, db),
          disputeId: request.params.id,
          input: request.body,
          now: clock(),
        });
        return reply.code(201).send(dispute);
      },
    );

    app.post(
      '/deal-disputes/:id/decision',
      {
        schema: {
          tags: ['Deal disputes'],
          operationId: 'decideDealDispute',
          summary:
            'Uphold or dismiss a dispute with a rationale (channel lead); upholding updates the registrations',
          params: disputeParams,
          body: decideDealDisputeInput,
          response: { 200: dealDisputeDetailSchema },
        },
      },
      (request) =>
        decideDealDispute({
          ctx: ctxOf(request, db),
          disputeId: request.params.id,
          input: request.body,
          now: clock(),
        }),
    );

    app.post(
      '/deal-registrations/:id/stage',
      {
        schema: {
          tags: ['Deal registrations'],
          operationId: 'moveDealStage',
          summary: 'Move an approved registration along the pipeline; won and lost are final',
          params: dealParams,
          body: moveDealStageInput,
          response: { 200: dealRegistrationDetailSchema },
        },
      },
      async (request, reply) => {
        const registration = await moveDealStage({
          ctx: ctxOf(request, db),
          registrationId: request.params.id,
          input: request.body,
          now: clock(),
          expectedVersion: expectedVersion(request),
        });
        setEtag(reply, registration.version);
        return registration;
      },
    );

    app.put(
      '/deal-registrations/:id/partners',
      {
        schema: {
          tags: ['Deal registrations'],
          operationId: 'setDealPartners',
          summary: 'Replace the partners sharing a deal and their credit (vendor staff; shares sum to 100)',
          params: dealParams,
          body: setDealPartnersInput,
          response: { 200: dealRegistrationDetailSchema },
        },
      },
      async (request, reply) => {
        const registration = await setDealPartners({
          ctx: ctxOf(request, db),
          registrationId: request.params.id,
          input: request.body,
          now: clock(),
          expectedVersion: expectedVersion(request),
        });
        setEtag(reply, registration.version);
        return registration;
      },
    );

    app.get(
      '/deal-credits',
      {
        schema: {
          tags: ['Deal registrations'],
          operationId: 'listDealCredits',
          summary: 'Your credit lines on deals, including those other partners registered (partners)',
          response: { 200: z.object({ data: z.array(dealCreditSchema) }) },
        },
      },
      (request) => listDealCredits({ ctx: ctxOf(request, db) }),
    );

    app.get(
      '/deal-pipeline',
      {
        schema: {
          tags: ['Deal registrations'],
          operationId: 'getDealPipeline',
          summary: 'Pipeline by stage (amounts per currency), conversion, win rate and velocity',
          querystring: dealPipelineQuery,
          response: { 200: dealPipelineSchema },
        },
      },
      (request) => getDealPipeline({ ctx: ctxOf(request, db), query: request.query, now: clock() }),
    );
  };
}
