import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { createPartnerOrganisation } from './create-partner-organisation.ts';
import { exportOrganisations } from './export-organisations.ts';
import { getOrganisation } from './get-organisation.ts';
import { listOrganisations } from './list-organisations.ts';
import { listPartnerRegions } from './list-partner-regions.ts';
import { offboardPartner } from './offboard-partner.ts';
import { reactivatePartner } from './reactivate-partner.ts';
import {
  createPartnerOrganisationInput,
  listOrganisationsQuery,
  offboardInput,
  organisationSchema,
  partnerRegionsSchema,
  reactivateInput,
  updateOrganisationInput,
} from './schemas.ts';
import { updateOrganisation } from './update-organisation.ts';

const tags = ['Organisations'];
const params = idParam('org');

export function organisationRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/organisations',
      {
        schema: {
          tags,
          operationId: 'listOrganisations',
          summary: 'List the vendor and the partner organisations you can see',
          querystring: pageQuerySchema.extend(listOrganisationsQuery.shape),
          response: { 200: pageOf(organisationSchema) },
        },
      },
      (request) => listOrganisations({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.get(
      '/partner-regions',
      {
        schema: {
          tags,
          operationId: 'listPartnerRegions',
          summary: 'The regions of the partners you can see, with how many partners each',
          response: { 200: partnerRegionsSchema },
        },
      },
      (request) => listPartnerRegions({ ctx: ctxOf(request, db) }),
    );

    app.get(
      '/organisations/export',
      {
        schema: {
          tags,
          operationId: 'exportOrganisations',
          summary: 'Download the partner directory as CSV (vendor staff), with the same filters as the list',
          querystring: listOrganisationsQuery.omit({ kind: true }),
          response: {
            200: {
              description: 'One header row, then one row per partner; list cells are joined with ";"',
              content: { 'text/csv': { schema: z.string() } },
            },
          },
        },
      },
      async (request, reply) => {
        const lines = exportOrganisations({ ctx: ctxOf(request, db), input: request.query });
        // Documented as the CSV text it becomes; sent as a stream so large directories do not buffer.
        const body = Readable.from(lines) as unknown as string;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="partners.csv"')
          .send(body);
      },
    );

    app.post(
      '/organisations',
      {
        schema: {
          tags,
          operationId: 'createPartnerOrganisation',
          summary: 'Add a partner organisation',
          body: createPartnerOrganisationInput,
          response: { 201: organisationSchema },
        },
      },
      async (request, reply) => {
        const created = await createPartnerOrganisation({ ctx: ctxOf(request, db), input: request.body });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/organisations/:id',
      {
        schema: {
          tags,
          operationId: 'getOrganisation',
          summary: 'Get one organisation',
          params,
          response: { 200: organisationSchema },
        },
      },
      async (request, reply) => {
        const organisation = await getOrganisation({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, organisation.version);
        return organisation;
      },
    );

    app.patch(
      '/organisations/:id',
      {
        schema: {
          tags,
          operationId: 'updateOrganisation',
          summary: 'Change an organisation; send If-Match with its ETag to avoid overwriting others',
          params,
          body: updateOrganisationInput,
          response: { 200: organisationSchema },
        },
      },
      async (request, reply) => {
        const updated = await updateOrganisation({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
        });
        setEtag(reply, updated.version);
        return updated;
      },
    );

    app.post(
      '/organisations/:id/offboarding',
      {
        schema: {
          tags,
          operationId: 'offboardPartner',
          summary:
            'Offboard a partner: its people and API keys lose access at once, its webhooks stop; its data is kept',
          params,
          body: offboardInput,
          response: { 200: organisationSchema },
        },
      },
      async (request, reply) => {
        const updated = await offboardPartner({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          now: clock(),
        });
        setEtag(reply, updated.version);
        return updated;
      },
    );

    app.post(
      '/organisations/:id/reactivation',
      {
        schema: {
          tags,
          operationId: 'reactivatePartner',
          summary: 'Reactivate an offboarded partner: its active people may sign in again',
          params,
          body: reactivateInput,
          response: { 200: organisationSchema },
        },
      },
      async (request, reply) => {
        const updated = await reactivatePartner({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          now: clock(),
        });
        setEtag(reply, updated.version);
        return updated;
      },
    );
  };
}
