import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { applyImportDecisions } from './apply-import-decisions.ts';
import { confirmImportMapping } from './confirm-import-mapping.ts';
import { lookupDuplicateCandidates } from './duplicate-candidates.ts';
import { exportInvalidRows } from './export-invalid-rows.ts';
import { getPartnerImport } from './find-partner-import.ts';
import { listImportRows } from './list-import-rows.ts';
import { listPartnerImports } from './list-partner-imports.ts';
import {
  applyImportDecisionsInput,
  confirmImportMappingInput,
  duplicateCandidateSchema,
  duplicateCandidatesQuery,
  importRowSchema,
  importRowsQuery,
  MAX_IMPORT_BODY_BYTES,
  partnerImportSchema,
  uploadPartnerImportInput,
} from './schemas.ts';
import { uploadPartnerImport } from './upload-partner-import.ts';

const tags = ['Partner imports'];
const params = idParam('import');

export function partnerImportRoutes({ db }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/organisations/duplicate-candidates',
      {
        schema: {
          tags: ['Organisations'],
          operationId: 'findDuplicateCandidates',
          summary: 'Existing partners a new company may duplicate: same domain, same or similar name',
          querystring: duplicateCandidatesQuery,
          response: { 200: z.object({ data: z.array(duplicateCandidateSchema) }) },
        },
      },
      (request) => lookupDuplicateCandidates({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.get(
      '/partner-imports',
      {
        schema: {
          tags,
          operationId: 'listPartnerImports',
          summary: 'Past and running partner imports, newest first',
          querystring: pageQuerySchema,
          response: { 200: pageOf(partnerImportSchema) },
        },
      },
      (request) => listPartnerImports({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.post(
      '/partner-imports',
      {
        // The file travels base64-encoded in JSON; up to 50 MB of file, so this route alone
        // accepts a larger body than the API's 1 MB.
        bodyLimit: MAX_IMPORT_BODY_BYTES,
        schema: {
          tags,
          operationId: 'uploadPartnerImport',
          summary: 'Upload a CSV or XLSX file of partners; answers with the columns and a proposed mapping',
          body: uploadPartnerImportInput,
          response: { 201: partnerImportSchema },
        },
      },
      async (request, reply) => {
        const created = await uploadPartnerImport({ ctx: ctxOf(request, db), input: request.body });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/partner-imports/:id',
      {
        schema: {
          tags,
          operationId: 'getPartnerImport',
          summary: 'One import with its status, progress and counts (poll it while it runs)',
          params,
          response: { 200: partnerImportSchema },
        },
      },
      async (request, reply) => {
        const found = await getPartnerImport({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, found.version);
        return found;
      },
    );

    app.put(
      '/partner-imports/:id/mapping',
      {
        schema: {
          tags,
          operationId: 'confirmPartnerImportMapping',
          summary: 'Set which column fills which profile field, and check every row',
          params,
          body: confirmImportMappingInput,
          response: { 200: partnerImportSchema },
        },
      },
      async (request, reply) => {
        const updated = await confirmImportMapping({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
        });
        setEtag(reply, updated.version);
        return updated;
      },
    );

    app.get(
      '/partner-imports/:id/rows',
      {
        schema: {
          tags,
          operationId: 'listPartnerImportRows',
          summary:
            'The checked rows in file order: problems per field, proposed duplicates, decisions, outcomes',
          params,
          querystring: pageQuerySchema.extend(importRowsQuery.shape),
          response: { 200: pageOf(importRowSchema) },
        },
      },
      (request) => listImportRows({ ctx: ctxOf(request, db), id: request.params.id, input: request.query }),
    );

    app.get(
      '/partner-imports/:id/invalid-rows',
      {
        schema: {
          tags,
          operationId: 'downloadPartnerImportInvalidRows',
          summary: 'Download the rows that could not be imported as CSV, with a column saying why',
          params,
          response: {
            200: {
              description: "The file's header plus Problems, then one line per invalid row",
              content: { 'text/csv': { schema: z.string() } },
            },
          },
        },
      },
      async (request, reply) => {
        const { fileName, lines } = await exportInvalidRows({
          ctx: ctxOf(request, db),
          id: request.params.id,
        });
        const body = Readable.from(lines) as unknown as string;
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="${fileName.replace(/[^\w.-]+/g, '_')}-problems.csv"`,
          )
          .send(body);
      },
    );

    app.post(
      '/partner-imports/:id/decisions',
      {
        schema: {
          tags,
          operationId: 'applyPartnerImportDecisions',
          summary: 'Decide on proposed duplicates (merge, create, skip) and import the checked rows',
          params,
          body: applyImportDecisionsInput,
          response: { 200: partnerImportSchema },
        },
      },
      async (request, reply) => {
        const updated = await applyImportDecisions({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
        });
        setEtag(reply, updated.version);
        return updated;
      },
    );
  };
}
