import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { createChatIntegration } from './create-chat-integration.ts';
import { deleteChatIntegration } from './delete-chat-integration.ts';
import { getChatIntegration } from './get-chat-integration.ts';
import { listChatIntegrations } from './list-chat-integrations.ts';
import {
  chatIntegrationSchema,
  chatTestResultSchema,
  createChatIntegrationInput,
  updateChatIntegrationInput,
} from './schemas.ts';
import { testChatIntegration } from './test-chat-integration.ts';
import { updateChatIntegration } from './update-chat-integration.ts';

const tags = ['Chat integrations'];
const params = idParam('chat');

export function chatRoutes({ db, config, secret, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/chat-integrations',
      {
        schema: {
          tags,
          operationId: 'listChatIntegrations',
          summary: "Your organisation's Slack and Teams integrations (URLs masked)",
          querystring: pageQuerySchema,
          response: { 200: pageOf(chatIntegrationSchema) },
        },
      },
      (request) => listChatIntegrations({ ctx: ctxOf(request, db), input: request.query, secret }),
    );

    app.post(
      '/chat-integrations',
      {
        schema: {
          tags,
          operationId: 'createChatIntegration',
          summary: 'Connect a Slack or Microsoft Teams channel through its incoming-webhook URL',
          description:
            'Slack URLs are `https://hooks.slack.com/services/…`; Teams URLs are `https://<tenant>.webhook.office.com/…` or a Workflows (`https://….logic.azure.com/…`) URL. Installs that allow private networks (WEBHOOKS_ALLOW_PRIVATE_NETWORKS) accept any http(s) URL, e.g. a Slack-compatible server: the kind decides the message format, not the host.',
          body: createChatIntegrationInput,
          response: { 201: chatIntegrationSchema },
        },
      },
      async (request, reply) => {
        const created = await createChatIntegration({
          ctx: ctxOf(request, db),
          input: request.body,
          config,
          secret,
          now: clock(),
        });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/chat-integrations/:id',
      {
        schema: {
          tags,
          operationId: 'getChatIntegration',
          summary: 'Get one chat integration',
          params,
          response: { 200: chatIntegrationSchema },
        },
      },
      async (request, reply) => {
        const integration = await getChatIntegration({
          ctx: ctxOf(request, db),
          id: request.params.id,
          secret,
        });
        setEtag(reply, integration.version);
        return integration;
      },
    );

    app.patch(
      '/chat-integrations/:id',
      {
        schema: {
          tags,
          operationId: 'updateChatIntegration',
          summary: 'Rename, re-point, filter, disable or re-enable a chat integration; send If-Match',
          params,
          body: updateChatIntegrationInput,
          response: { 200: chatIntegrationSchema },
        },
      },
      async (request, reply) => {
        const updated = await updateChatIntegration({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
          config,
          secret,
          now: clock(),
        });
        setEtag(reply, updated.version);
        return updated;
      },
    );

    app.delete(
      '/chat-integrations/:id',
      {
        schema: {
          tags,
          operationId: 'deleteChatIntegration',
          summary: 'Disconnect a chat integration; send If-Match',
          params,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteChatIntegration({
          ctx: ctxOf(request, db),
          id: request.params.id,
          expectedVersion: expectedVersion(request),
        });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/chat-integrations/:id/test',
      {
        schema: {
          tags,
          operationId: 'testChatIntegration',
          summary: 'Send a test message now and return what Slack or Teams answered',
          description:
            'The only synchronous send; event messages go out in the background. Disabled integrations are tested too.',
          params,
          response: { 200: chatTestResultSchema },
        },
      },
      (request) => testChatIntegration({ ctx: ctxOf(request, db), id: request.params.id, config, secret }),
    );
  };
}
