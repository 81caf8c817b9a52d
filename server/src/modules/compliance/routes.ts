import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { createComplianceRequirement } from './create-compliance-requirement.ts';
import { deleteComplianceRequirement } from './delete-compliance-requirement.ts';
import { contentDisposition } from './document-file.ts';
import { getPartnerCompliance } from './get-partner-compliance.ts';
import { getComplianceDocumentFile, listComplianceDocuments } from './list-compliance-documents.ts';
import { getComplianceRequirement, listComplianceRequirements } from './list-compliance-requirements.ts';
import { listPartnerCompliance } from './list-partner-compliance.ts';
import { reviewComplianceDocument } from './review-compliance-document.ts';
import { listSanctionsHits, resolveSanctionsHit } from './sanctions-hits.ts';
import {
  complianceDocumentSchema,
  complianceRequirementSchema,
  createRequirementInput,
  DOCUMENT_BODY_LIMIT,
  listDocumentsQuery,
  listHitsQuery,
  listPartnerComplianceQuery,
  partnerComplianceSchema,
  rejectDocumentInput,
  resolveHitInput,
  SANCTIONS_BODY_LIMIT,
  sanctionsHitSchema,
  sanctionsListSchema,
  screeningResultSchema,
  submitDocumentInput,
  updateRequirementInput,
  uploadSanctionsListInput,
} from './schemas.ts';
import { screenPartner } from './screen-partner.ts';
import { submitComplianceDocument } from './submit-compliance-document.ts';
import { updateComplianceRequirement } from './update-compliance-requirement.ts';
import { getSanctionsList, uploadSanctionsList } from './upload-sanctions-list.ts';

const tags = ['Compliance'];
const requirementParams = idParam('creq');
const documentParams = idParam('cdoc');
const partnerParams = idParam('org');
const hitParams = idParam('sanh');

export function complianceRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/compliance-requirements',
      {
        schema: {
          tags,
          operationId: 'listComplianceRequirements',
          summary: 'The compliance requirements catalogue, newest first (needs compliance:read)',
          querystring: pageQuerySchema,
          response: { 200: pageOf(complianceRequirementSchema) },
        },
      },
      (request) => listComplianceRequirements({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.post(
      '/compliance-requirements',
      {
        schema: {
          tags,
          operationId: 'createComplianceRequirement',
          summary: 'Add a requirement for some regions and partner types (empty: all)',
          body: createRequirementInput,
          response: { 201: complianceRequirementSchema },
        },
      },
      async (request, reply) => {
        const created = await createComplianceRequirement({ ctx: ctxOf(request, db), input: request.body });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/compliance-requirements/:id',
      {
        schema: {
          tags,
          operationId: 'getComplianceRequirement',
          summary: 'Get one compliance requirement',
          params: requirementParams,
          response: { 200: complianceRequirementSchema },
        },
      },
      async (request, reply) => {
        const requirement = await getComplianceRequirement({
          ctx: ctxOf(request, db),
          id: request.params.id,
        });
        setEtag(reply, requirement.version);
        return requirement;
      },
    );

    app.patch(
      '/compliance-requirements/:id',
      {
        schema: {
          tags,
          operationId: 'updateComplianceRequirement',
          summary: 'Change a compliance requirement; send If-Match with its ETag',
          params: requirementParams,
          body: updateRequirementInput,
          response: { 200: complianceRequirementSchema },
        },
      },
      async (request, reply) => {
        const updated = await updateComplianceRequirement({
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
      '/compliance-requirements/:id',
      {
        schema: {
          tags,
          operationId: 'deleteComplianceRequirement',
          summary: 'Delete a requirement nobody has submitted against (409 otherwise); send If-Match',
          params: requirementParams,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteComplianceRequirement({
          ctx: ctxOf(request, db),
          id: request.params.id,
          expectedVersion: expectedVersion(request),
        });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/compliance/partners',
      {
        schema: {
          tags,
          operationId: 'listPartnerCompliance',
          summary: 'Every partner you see with its compliance, newest partner first (needs compliance:read)',
          querystring: pageQuerySchema.extend(listPartnerComplianceQuery.shape),
          response: { 200: pageOf(partnerComplianceSchema) },
        },
      },
      (request) => listPartnerCompliance({ ctx: ctxOf(request, db), input: request.query, now: clock() }),
    );

    app.get(
      '/compliance/partners/:id',
      {
        schema: {
          tags,
          operationId: 'getPartnerCompliance',
          summary:
            "One partner's compliance: each requirement that applies and where it stands (a partner: its own)",
          params: partnerParams,
          response: { 200: partnerComplianceSchema },
        },
      },
      (request) =>
        getPartnerCompliance({ ctx: ctxOf(request, db), organisationId: request.params.id, now: clock() }),
    );

    app.post(
      '/compliance/partners/:id/screen',
      {
        schema: {
          tags,
          operationId: 'screenPartner',
          summary: "Screen a partner's names against the current sanctions list now",
          params: partnerParams,
          response: { 200: screeningResultSchema },
        },
      },
      (request) =>
        screenPartner({ ctx: ctxOf(request, db), organisationId: request.params.id, now: clock() }),
    );

    app.get(
      '/compliance-documents',
      {
        schema: {
          tags,
          operationId: 'listComplianceDocuments',
          summary:
            "Compliance submissions, newest first, history included: a partner's own; every partner's with compliance:read",
          querystring: pageQuerySchema.extend(listDocumentsQuery.shape),
          response: { 200: pageOf(complianceDocumentSchema) },
        },
      },
      (request) => listComplianceDocuments({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.post(
      '/compliance-documents',
      {
        bodyLimit: DOCUMENT_BODY_LIMIT,
        schema: {
          tags,
          operationId: 'submitComplianceDocument',
          summary:
            'Submit a document (PDF, PNG or JPEG, at most 10 MB, checked by its content) for a requirement that applies to your organisation; replaces a submission still waiting for review',
          body: submitDocumentInput,
          response: { 201: complianceDocumentSchema },
        },
      },
      async (request, reply) => {
        const submitted = await submitComplianceDocument({
          ctx: ctxOf(request, db),
          input: request.body,
          now: clock(),
        });
        return reply.code(201).send(submitted);
      },
    );

    app.get(
      '/compliance-documents/:id/file',
      {
        schema: {
          tags,
          operationId: 'downloadComplianceDocument',
          summary:
            'The submitted file, byte for byte (its own partner and compliance reviewers); its SHA-256 is `sha256`',
          params: documentParams,
          response: { 200: z.any().describe('The file (application/pdf, image/png or image/jpeg)') },
        },
      },
      async (request, reply) => {
        const file = await getComplianceDocumentFile({ ctx: ctxOf(request, db), id: request.params.id });
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', contentDisposition(file.fileName))
          .header('x-content-sha256', file.sha256)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'")
          .header('cache-control', 'private, no-store')
          .send(file.bytes);
      },
    );

    app.post(
      '/compliance-documents/:id/approve',
      {
        schema: {
          tags,
          operationId: 'approveComplianceDocument',
          summary: 'Approve a submission waiting for review (needs compliance:manage)',
          params: documentParams,
          response: { 200: complianceDocumentSchema },
        },
      },
      (request) =>
        reviewComplianceDocument({
          ctx: ctxOf(request, db),
          id: request.params.id,
          decision: { kind: 'approve' },
          now: clock(),
        }),
    );

    app.post(
      '/compliance-documents/:id/reject',
      {
        schema: {
          tags,
          operationId: 'rejectComplianceDocument',
          summary: 'Reject a submission waiting for review, saying why (needs compliance:manage)',
          params: documentParams,
          body: rejectDocumentInput,
          response: { 200: complianceDocumentSchema },
        },
      },
      (request) =>
        reviewComplianceDocument({
          ctx: ctxOf(request, db),
          id: request.params.id,
          decision: { kind: 'reject', reason: request.body.reason },
          now: clock(),
        }),
    );

    app.get(
      '/sanctions-list',
      {
        schema: {
          tags,
          operationId: 'getSanctionsList',
          summary: 'The sanctions list partners are screened against: when and what was uploaded',
          response: { 200: sanctionsListSchema },
        },
      },
      (request) => getSanctionsList({ ctx: ctxOf(request, db) }),
    );

    app.put(
      '/sanctions-list',
      {
        bodyLimit: SANCTIONS_BODY_LIMIT,
        schema: {
          tags,
          operationId: 'uploadSanctionsList',
          summary:
            'Replace the sanctions list with a CSV (name, aliases, country, source, reference); every partner is then screened',
          body: uploadSanctionsListInput,
          response: { 200: sanctionsListSchema },
        },
      },
      (request) => uploadSanctionsList({ ctx: ctxOf(request, db), input: request.body, now: clock() }),
    );

    app.get(
      '/sanctions-hits',
      {
        schema: {
          tags,
          operationId: 'listSanctionsHits',
          summary: 'Partner names that resembled a sanctions list entry, newest first',
          querystring: pageQuerySchema.extend(listHitsQuery.shape),
          response: { 200: pageOf(sanctionsHitSchema) },
        },
      },
      (request) => listSanctionsHits({ ctx: ctxOf(request, db), input: request.query }),
    );

    for (const resolution of ['cleared', 'confirmed'] as const) {
      const verb = resolution === 'cleared' ? 'clear' : 'confirm';
      app.post(
        `/sanctions-hits/:id/${verb}`,
        {
          schema: {
            tags,
            operationId: resolution === 'cleared' ? 'clearSanctionsHit' : 'confirmSanctionsHit',
            summary:
              resolution === 'cleared'
                ? 'Clear a match as a false positive, with a note'
                : 'Confirm a match, with a note: the partner is put on compliance hold (non-compliant)',
            params: hitParams,
            body: resolveHitInput,
            response: { 200: sanctionsHitSchema },
          },
        },
        (request) =>
          resolveSanctionsHit({
            ctx: ctxOf(request, db),
            id: request.params.id,
            resolution,
            note: request.body.note,
            now: clock(),
          }),
      );
    }
  };
}
