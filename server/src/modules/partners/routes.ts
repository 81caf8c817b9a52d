import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { createPartnerContact } from './create-partner-contact.ts';
import { createSavedView } from './create-saved-view.ts';
import { deletePartnerContact } from './delete-partner-contact.ts';
import { deleteSavedView } from './delete-saved-view.ts';
import { listPartnerContacts } from './list-partner-contacts.ts';
import { listSavedViews } from './list-saved-views.ts';
import {
  contactParams,
  createPartnerContactInput,
  createSavedViewInput,
  listSavedViewsQuery,
  partnerContactSchema,
  savedViewSchema,
  updatePartnerContactInput,
  updateSavedViewInput,
} from './schemas.ts';
import { updatePartnerContact } from './update-partner-contact.ts';
import { updateSavedView } from './update-saved-view.ts';

const contactTags = ['Partner contacts'];
const viewTags = ['Saved views'];

export function partnerRoutes({ db }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/organisations/:id/contacts',
      {
        schema: {
          tags: contactTags,
          operationId: 'listPartnerContacts',
          summary: "List a partner's contacts",
          params: idParam('org'),
          querystring: pageQuerySchema,
          response: { 200: pageOf(partnerContactSchema) },
        },
      },
      (request) =>
        listPartnerContacts({
          ctx: ctxOf(request, db),
          organisationId: request.params.id,
          input: request.query,
        }),
    );

    app.post(
      '/organisations/:id/contacts',
      {
        schema: {
          tags: contactTags,
          operationId: 'createPartnerContact',
          summary: 'Add a contact at a partner',
          params: idParam('org'),
          body: createPartnerContactInput,
          response: { 201: partnerContactSchema },
        },
      },
      async (request, reply) => {
        const created = await createPartnerContact({
          ctx: ctxOf(request, db),
          organisationId: request.params.id,
          input: request.body,
        });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.patch(
      '/organisations/:id/contacts/:contactId',
      {
        schema: {
          tags: contactTags,
          operationId: 'updatePartnerContact',
          summary: 'Change a contact; send If-Match with its ETag to avoid overwriting others',
          params: contactParams,
          body: updatePartnerContactInput,
          response: { 200: partnerContactSchema },
        },
      },
      async (request, reply) => {
        const updated = await updatePartnerContact({
          ctx: ctxOf(request, db),
          organisationId: request.params.id,
          id: request.params.contactId,
          input: request.body,
          expectedVersion: expectedVersion(request),
        });
        setEtag(reply, updated.version);
        return updated;
      },
    );

    app.delete(
      '/organisations/:id/contacts/:contactId',
      {
        schema: {
          tags: contactTags,
          operationId: 'deletePartnerContact',
          summary: 'Remove a contact',
          params: contactParams,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deletePartnerContact({
          ctx: ctxOf(request, db),
          organisationId: request.params.id,
          id: request.params.contactId,
        });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/saved-views',
      {
        schema: {
          tags: viewTags,
          operationId: 'listSavedViews',
          summary: 'Your saved views of a list, by name',
          querystring: listSavedViewsQuery,
          response: { 200: z.object({ data: z.array(savedViewSchema) }) },
        },
      },
      (request) => listSavedViews({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.post(
      '/saved-views',
      {
        schema: {
          tags: viewTags,
          operationId: 'createSavedView',
          summary: 'Save the current filters of a list under a name',
          body: createSavedViewInput,
          response: { 201: savedViewSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createSavedView({ ctx: ctxOf(request, db), input: request.body })),
    );

    app.patch(
      '/saved-views/:id',
      {
        schema: {
          tags: viewTags,
          operationId: 'updateSavedView',
          summary: 'Rename a saved view or change its filters',
          params: idParam('view'),
          body: updateSavedViewInput,
          response: { 200: savedViewSchema },
        },
      },
      (request) => updateSavedView({ ctx: ctxOf(request, db), id: request.params.id, input: request.body }),
    );

    app.delete(
      '/saved-views/:id',
      {
        schema: {
          tags: viewTags,
          operationId: 'deleteSavedView',
          summary: 'Delete a saved view',
          params: idParam('view'),
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteSavedView({ ctx: ctxOf(request, db), id: request.params.id });
        return reply.code(204).send(null);
      },
    );
  };
}
