import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { createWebhookEndpoint } from './create-webhook-endpoint.ts';
import { deleteWebhookEndpoint } from './delete-webhook-endpoint.ts';
import { getWebhookDelivery } from './get-webhook-delivery.ts';
import { getWebhookEndpoint } from './get-webhook-endpoint.ts';
import { listWebhookDeliveries } from './list-webhook-deliveries.ts';
import { listWebhookEndpoints } from './list-webhook-endpoints.ts';
import { listWebhookEventTypes } from './list-webhook-event-types.ts';
import { replayWebhookDelivery } from './replay-webhook-delivery.ts';
import { rotateWebhookSecret } from './rotate-webhook-secret.ts';
import {
  createdWebhookEndpointSchema,
  createWebhookEndpointInput,
  listWebhookDeliveriesQuery,
  rotatedWebhookEndpointSchema,
  updateWebhookEndpointInput,
  webhookDeliveryDetailSchema,
  webhookDeliverySchema,
  webhookEndpointSchema,
  webhookEventTypeSchema,
} from './schemas.ts';
import { updateWebhookEndpoint } from './update-webhook-endpoint.ts';

const tags = ['Webhooks'];
const endpointParams = idParam('whep');
const deliveryParams = idParam('whdl');

export function webhookRoutes({ db, config, secret, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/webhook-endpoints',
      {
        schema: {
          tags,
          operationId: 'listWebhookEndpoints',
          summary: "Your organisation's webhook endpoints (never their secrets)",
          querystring: pageQuerySchema,
          response: { 200: pageOf(webhookEndpointSchema) },
        },
      },
      (request) => listWebhookEndpoints({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.get(
      '/webhook-event-types',
      {
        schema: {
          tags,
          operationId: 'listWebhookEventTypes',
          summary: 'The event types an endpoint can subscribe to',
          response: { 200: z.object({ data: z.array(webhookEventTypeSchema) }) },
        },
      },
      (request) => listWebhookEventTypes({ ctx: ctxOf(request, db) }),
    );

    app.post(
      '/webhook-endpoints',
      {
        schema: {
          tags,
          operationId: 'createWebhookEndpoint',
          summary: 'Register a webhook endpoint; the signing secret is in this response only',
          description:
            'Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`) and retried with backoff for about a day.',
          body: createWebhookEndpointInput,
          response: { 201: createdWebhookEndpointSchema },
        },
      },
      async (request, reply) => {
        const created = await createWebhookEndpoint({
          ctx: ctxOf(request, db),
          input: request.body,
          config,
          appSecret: secret,
          now: clock(),
        });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/webhook-endpoints/:id',
      {
        schema: {
          tags,
          operationId: 'getWebhookEndpoint',
          summary: 'Get one webhook endpoint',
          params: endpointParams,
          response: { 200: webhookEndpointSchema },
        },
      },
      async (request, reply) => {
        const endpoint = await getWebhookEndpoint({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, endpoint.version);
        return endpoint;
      },
    );

    app.patch(
      '/webhook-endpoints/:id',
      {
        schema: {
          tags,
          operationId: 'updateWebhookEndpoint',
          summary: 'Change, disable or re-enable a webhook endpoint; send If-Match with its ETag',
          params: endpointParams,
          body: updateWebhookEndpointInput,
          response: { 200: webhookEndpointSchema },
        },
      },
      async (request, reply) => {
        const updated = await updateWebhookEndpoint({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
          config,
          now: clock(),
        });
        setEtag(reply, updated.version);
        return updated;
      },
    );

    app.delete(
      '/webhook-endpoints/:id',
      {
        schema: {
          tags,
          operationId: 'deleteWebhookEndpoint',
          summary: 'Delete a webhook endpoint with its delivery log',
          params: endpointParams,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteWebhookEndpoint({ ctx: ctxOf(request, db), id: request.params.id });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/webhook-endpoints/:id/rotate-secret',
      {
        schema: {
          tags,
          operationId: 'rotateWebhookSecret',
          summary: 'Replace the signing secret; the old one keeps signing for 24 hours',
          params: endpointParams,
          response: { 200: rotatedWebhookEndpointSchema },
        },
      },
      async (request, reply) => {
        const rotated = await rotateWebhookSecret({
          ctx: ctxOf(request, db),
          id: request.params.id,
          appSecret: secret,
          now: clock(),
        });
        setEtag(reply, rotated.version);
        return rotated;
      },
    );

    app.get(
      '/webhook-endpoints/:id/deliveries',
      {
        schema: {
          tags,
          operationId: 'listWebhookDeliveries',
          summary: "An endpoint's deliveries, newest first",
          params: endpointParams,
          querystring: pageQuerySchema.extend(listWebhookDeliveriesQuery.shape),
          response: { 200: pageOf(webhookDeliverySchema) },
        },
      },
      (request) =>
        listWebhookDeliveries({
          ctx: ctxOf(request, db),
          endpointId: request.params.id,
          input: request.query,
        }),
    );

    app.get(
      '/webhook-deliveries/:id',
      {
        schema: {
          tags,
          operationId: 'getWebhookDelivery',
          summary: 'One delivery with its payload and every attempt',
          params: deliveryParams,
          response: { 200: webhookDeliveryDetailSchema },
        },
      },
      (request) => getWebhookDelivery({ ctx: ctxOf(request, db), id: request.params.id }),
    );

    app.post(
      '/webhook-deliveries/:id/replay',
      {
        schema: {
          tags,
          operationId: 'replayWebhookDelivery',
          summary: 'Send a delivered or failed delivery again, in the background',
          params: deliveryParams,
          response: { 202: webhookDeliverySchema },
        },
      },
      async (request, reply) =>
        reply
          .code(202)
          .send(
            await replayWebhookDelivery({ ctx: ctxOf(request, db), id: request.params.id, now: clock() }),
          ),
    );
  };
}
