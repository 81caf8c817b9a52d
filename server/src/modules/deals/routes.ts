import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { checkDealConflicts } from './check-deal-conflicts.ts';
import { getDealRegistration } from './get-deal-registration.ts';
import { listDealRegistrations } from './list-deal-registrations.ts';
import { registerDeal } from './register-deal.ts';
import {
  checkDealConflictsInput,
  conflictCheckSchema,
  dealRegistrationDetailSchema,
  dealRegistrationSchema,
  listDealRegistrationsQuery,
  registerDealInput,
} from './schemas.ts';

const tags = ['Deal registrations'];
export const dealParams = idParam('deal');

export function dealRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/deal-registrations',
      {
        schema: {
          tags,
          operationId: 'registerDeal',
          summary:
            'Register a customer opportunity (partners); it is checked for conflicts and routed for approval',
          body: registerDealInput,
          response: { 201: dealRegistrationDetailSchema },
        },
      },
      async (request, reply) => {
        const created = await registerDeal({ ctx: ctxOf(request, db), input: request.body, now: clock() });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.post(
      '/deal-registrations/conflict-check',
      {
        schema: {
          tags,
          operationId: 'checkDealConflicts',
          summary: 'What a registration of this customer would collide with; nothing is saved',
          body: checkDealConflictsInput,
          response: { 200: conflictCheckSchema },
        },
      },
      (request) => checkDealConflicts({ ctx: ctxOf(request, db), input: request.body }),
    );

    app.get(
      '/deal-registrations',
      {
        schema: {
          tags,
          operationId: 'listDealRegistrations',
          summary: 'Registrations you can see, newest first: a partner its own, vendor staff all (by region)',
          querystring: pageQuerySchema.extend(listDealRegistrationsQuery.shape),
          response: { 200: pageOf(dealRegistrationSchema) },
        },
      },
      (request) => listDealRegistrations({ ctx: ctxOf(request, db), query: request.query }),
    );

    app.get(
      '/deal-registrations/:id',
      {
        schema: {
          tags,
          operationId: 'getDealRegistration',
          summary: 'One registration with its conflicts (a partner reads only why, never whose)',
          params: dealParams,
          response: { 200: dealRegistrationDetailSchema },
        },
      },
      async (request, reply) => {
        const registration = await getDealRegistration({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, registration.version);
        return registration;
      },
    );
  };
}
