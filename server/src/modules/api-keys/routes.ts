import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { createApiKey } from './create-api-key.ts';
import { listApiKeys } from './list-api-keys.ts';
import { revokeApiKey } from './revoke-api-key.ts';
import { apiKeySchema, createApiKeyInput, createdApiKeySchema } from './schemas.ts';

const tags = ['API keys'];

export function apiKeyRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api-keys',
      {
        schema: {
          tags,
          operationId: 'listApiKeys',
          summary: "Your organisation's API keys (never their secrets)",
          querystring: pageQuerySchema,
          response: { 200: pageOf(apiKeySchema) },
        },
      },
      (request) => listApiKeys({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.post(
      '/api-keys',
      {
        schema: {
          tags,
          operationId: 'createApiKey',
          summary: 'Create an API key; the secret is in this response only',
          description:
            'Use it as `Authorization: Bearer trl_…`. It acts with your role, narrowed to its scopes.',
          body: createApiKeyInput,
          response: { 201: createdApiKeySchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createApiKey({ ctx: ctxOf(request, db), input: request.body, now: clock() })),
    );

    app.delete(
      '/api-keys/:id',
      {
        schema: {
          tags,
          operationId: 'revokeApiKey',
          summary: 'Revoke an API key; it stops working at once',
          params: idParam('key'),
          response: { 200: apiKeySchema },
        },
      },
      (request) => revokeApiKey({ ctx: ctxOf(request, db), id: request.params.id, now: clock() }),
    );
  };
}
