import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { getPartnerHealth, listPartnerHealth } from './get-partner-health.ts';
import { listHealthQuery, partnerHealthSchema } from './schemas.ts';

const tags = ['Partner health'];

export function partnerHealthRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/organisations/:id/health',
      {
        schema: {
          tags,
          operationId: 'getPartnerHealth',
          summary: "A partner's health score (0–100) with its components (vendor staff)",
          params: idParam('org'),
          response: { 200: partnerHealthSchema },
        },
      },
      (request) => getPartnerHealth({ ctx: ctxOf(request, db), id: request.params.id, now: clock() }),
    );

    app.get(
      '/partner-health',
      {
        schema: {
          tags,
          operationId: 'listPartnerHealth',
          summary: 'Health scores of several partners at once, e.g. a page of the directory (vendor staff)',
          querystring: listHealthQuery,
          response: { 200: z.object({ data: z.array(partnerHealthSchema) }) },
        },
      },
      async (request) => ({
        data: await listPartnerHealth({
          ctx: ctxOf(request, db),
          organisationIds: request.query.organisationId,
          now: clock(),
        }),
      }),
    );
  };
}
