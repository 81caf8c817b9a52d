import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { listAuditEvents } from './list-audit-events.ts';
import { auditEventSchema, listAuditEventsQuery } from './schemas.ts';

export function auditRoutes({ db }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit-events',
      {
        schema: {
          tags: ['Audit trail'],
          operationId: 'listAuditEvents',
          summary: 'The audit trail, newest first, with filters',
          querystring: pageQuerySchema.extend(listAuditEventsQuery.shape),
          response: { 200: pageOf(auditEventSchema) },
        },
      },
      (request) => listAuditEvents({ ctx: ctxOf(request, db), input: request.query }),
    );
  };
}
