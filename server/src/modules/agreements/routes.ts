import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { acceptAgreementVersion } from './accept-agreement-version.ts';
import { createAgreementTemplate } from './create-agreement-template.ts';
import { createAgreementVersion } from './create-agreement-version.ts';
import { deleteAgreementTemplate } from './delete-agreement-template.ts';
import { getAcceptancePdf, listAgreementAcceptances } from './list-agreement-acceptances.ts';
import { getAgreementTemplate, listAgreementTemplates } from './list-agreement-templates.ts';
import { listAgreementVersions } from './list-agreement-versions.ts';
import { listPendingAgreements } from './list-pending-agreements.ts';
import { publishAgreementVersion } from './publish-agreement-version.ts';
import {
  acceptVersionInput,
  agreementAcceptanceSchema,
  agreementTemplateSchema,
  agreementVersionSchema,
  createTemplateInput,
  createVersionInput,
  listAcceptancesQuery,
  listTemplatesQuery,
  pendingAgreementSchema,
  updateTemplateInput,
  updateVersionInput,
} from './schemas.ts';
import { updateAgreementTemplate } from './update-agreement-template.ts';
import { updateAgreementVersion } from './update-agreement-version.ts';

const tags = ['Agreements'];
const templateParams = idParam('agrt');
const versionParams = idParam('agrv');
const acceptanceParams = idParam('agra');

export function agreementRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/agreement-templates',
      {
        schema: {
          tags,
          operationId: 'listAgreementTemplates',
          summary: 'Partner agreements, newest first (needs agreements:manage)',
          querystring: pageQuerySchema.extend(listTemplatesQuery.shape),
          response: { 200: pageOf(agreementTemplateSchema) },
        },
      },
      (request) => listAgreementTemplates({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.post(
      '/agreement-templates',
      {
        schema: {
          tags,
          operationId: 'createAgreementTemplate',
          summary: 'Create a partner agreement for some regions and partner types (empty: all)',
          body: createTemplateInput,
          response: { 201: agreementTemplateSchema },
        },
      },
      async (request, reply) => {
        const created = await createAgreementTemplate({ ctx: ctxOf(request, db), input: request.body });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/agreement-templates/:id',
      {
        schema: {
          tags,
          operationId: 'getAgreementTemplate',
          summary: 'Get one partner agreement',
          params: templateParams,
          response: { 200: agreementTemplateSchema },
        },
      },
      async (request, reply) => {
        const template = await getAgreementTemplate({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, template.version);
        return template;
      },
    );

    app.patch(
      '/agreement-templates/:id',
      {
        schema: {
          tags,
          operationId: 'updateAgreementTemplate',
          summary: 'Change or archive a partner agreement; send If-Match with its ETag',
          params: templateParams,
          body: updateTemplateInput,
          response: { 200: agreementTemplateSchema },
        },
      },
      async (request, reply) => {
        const updated = await updateAgreementTemplate({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
          now: clock(),
        });
        setEtag(reply, updated.version);
        return updated;
      },
    );

    app.delete(
      '/agreement-templates/:id',
      {
        schema: {
          tags,
          operationId: 'deleteAgreementTemplate',
          summary: 'Delete a partner agreement that was never published (else archive it); send If-Match',
          params: templateParams,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteAgreementTemplate({
          ctx: ctxOf(request, db),
          id: request.params.id,
          expectedVersion: expectedVersion(request),
        });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/agreement-templates/:id/versions',
      {
        schema: {
          tags,
          operationId: 'listAgreementVersions',
          summary: "An agreement's versions, newest first, drafts included",
          params: templateParams,
          querystring: pageQuerySchema,
          response: { 200: pageOf(agreementVersionSchema) },
        },
      },
      (request) =>
        listAgreementVersions({
          ctx: ctxOf(request, db),
          templateId: request.params.id,
          input: request.query,
        }),
    );

    app.post(
      '/agreement-templates/:id/versions',
      {
        schema: {
          tags,
          operationId: 'createAgreementVersion',
          summary: 'Start the next version as a draft (one draft at a time)',
          params: templateParams,
          body: createVersionInput,
          response: { 201: agreementVersionSchema },
        },
      },
      async (request, reply) => {
        const created = await createAgreementVersion({
          ctx: ctxOf(request, db),
          templateId: request.params.id,
          input: request.body,
        });
        return reply.code(201).send(created);
      },
    );

    app.patch(
      '/agreement-versions/:id',
      {
        schema: {
          tags,
          operationId: 'updateAgreementVersion',
          summary: 'Edit a draft; a published version never changes (409)',
          params: versionParams,
          body: updateVersionInput,
          response: { 200: agreementVersionSchema },
        },
      },
      (request) =>
        updateAgreementVersion({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          now: clock(),
        }),
    );

    app.post(
      '/agreement-versions/:id/publish',
      {
        schema: {
          tags,
          operationId: 'publishAgreementVersion',
          summary:
            'Publish a draft: it becomes immutable and the partners it applies to are asked to accept it. ' +
            'Text the PDF cannot print (outside Western European WinAnsi) is refused with 422',
          params: versionParams,
          response: { 200: agreementVersionSchema },
        },
      },
      (request) => publishAgreementVersion({ ctx: ctxOf(request, db), id: request.params.id, now: clock() }),
    );

    app.get(
      '/agreements/pending',
      {
        schema: {
          tags,
          operationId: 'listPendingAgreements',
          summary: "Published agreements your organisation still has to accept (a partner's view)",
          response: { 200: pageOf(pendingAgreementSchema) },
        },
      },
      (request) => listPendingAgreements({ ctx: ctxOf(request, db) }),
    );

    app.post(
      '/agreement-versions/:id/accept',
      {
        schema: {
          tags,
          operationId: 'acceptAgreementVersion',
          summary:
            "Accept the latest version of an agreement for your organisation (partner admins); stores a PDF of the exact text, signer, time, IP and the text's SHA-256",
          params: versionParams,
          body: acceptVersionInput,
          response: { 201: agreementAcceptanceSchema },
        },
      },
      async (request, reply) => {
        const accepted = await acceptAgreementVersion({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          userAgent: request.headers['user-agent'] ?? null,
          now: clock(),
        });
        return reply.code(201).send(accepted);
      },
    );

    app.get(
      '/agreement-acceptances',
      {
        schema: {
          tags,
          operationId: 'listAgreementAcceptances',
          summary: "Acceptances, newest first: a partner's own; every partner's with agreements:manage",
          querystring: pageQuerySchema.extend(listAcceptancesQuery.shape),
          response: { 200: pageOf(agreementAcceptanceSchema) },
        },
      },
      (request) => listAgreementAcceptances({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.get(
      '/agreement-acceptances/:id/pdf',
      {
        schema: {
          tags,
          operationId: 'downloadAgreementAcceptancePdf',
          summary: 'The PDF stored at acceptance (application/pdf); its SHA-256 is the pdfSha256',
          params: acceptanceParams,
          response: { 200: z.any().describe('The PDF file (application/pdf)') },
        },
      },
      async (request, reply) => {
        const { pdf, pdfSha256 } = await getAcceptancePdf({ ctx: ctxOf(request, db), id: request.params.id });
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="agreement-${request.params.id}.pdf"`)
          .header('x-content-sha256', pdfSha256)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );
  };
}
