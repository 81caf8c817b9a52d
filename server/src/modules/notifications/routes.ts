import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { listEmailOutbox } from './list-email-outbox.ts';
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './notification-centre.ts';
import { getNotificationPreferences, setNotificationPreferences } from './notification-preferences.ts';
import {
  listNotificationsQuery,
  listOutboxQuery,
  notificationPreferencesSchema,
  notificationSchema,
  outboxEmailSchema,
  setNotificationPreferencesInput,
  unreadCountSchema,
} from './schemas.ts';

const tags = ['Notifications'];
const noContent = { 204: z.null().describe('Done') };

export function notificationRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/notifications',
      {
        schema: {
          tags,
          operationId: 'listNotifications',
          summary: 'Your notifications, newest first',
          querystring: pageQuerySchema.extend(listNotificationsQuery.shape),
          response: { 200: pageOf(notificationSchema) },
        },
      },
      (request) => listNotifications({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.get(
      '/notifications/unread-count',
      {
        schema: {
          tags,
          operationId: 'countUnreadNotifications',
          summary: 'How many of your notifications are unread (the bell)',
          response: { 200: unreadCountSchema },
        },
      },
      (request) => countUnreadNotifications({ ctx: ctxOf(request, db) }),
    );

    app.post(
      '/notifications/:id/read',
      {
        schema: {
          tags,
          operationId: 'markNotificationRead',
          summary: 'Mark one of your notifications read',
          params: idParam('ntf'),
          response: noContent,
        },
      },
      async (request, reply) => {
        await markNotificationRead({ ctx: ctxOf(request, db), id: request.params.id, now: clock() });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/notifications/read-all',
      {
        schema: {
          tags,
          operationId: 'markAllNotificationsRead',
          summary: 'Mark all your notifications read',
          response: noContent,
        },
      },
      async (request, reply) => {
        await markAllNotificationsRead({ ctx: ctxOf(request, db), now: clock() });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/notification-preferences',
      {
        schema: {
          tags,
          operationId: 'getNotificationPreferences',
          summary: 'Which events reach you on which channel',
          response: { 200: notificationPreferencesSchema },
        },
      },
      (request) => getNotificationPreferences({ ctx: ctxOf(request, db) }),
    );

    app.put(
      '/notification-preferences',
      {
        schema: {
          tags,
          operationId: 'setNotificationPreferences',
          summary: 'Turn event types on or off per channel',
          body: setNotificationPreferencesInput,
          response: { 200: notificationPreferencesSchema },
        },
      },
      (request) => setNotificationPreferences({ ctx: ctxOf(request, db), input: request.body, now: clock() }),
    );

    app.get(
      '/email-outbox',
      {
        schema: {
          tags,
          operationId: 'listEmailOutbox',
          summary: "The workspace's outgoing e-mail and its delivery status",
          description: 'Without an SMTP server configured, messages are held here so a demo works offline.',
          querystring: pageQuerySchema.extend(listOutboxQuery.shape),
          response: { 200: pageOf(outboxEmailSchema) },
        },
      },
      (request) => listEmailOutbox({ ctx: ctxOf(request, db), input: request.query }),
    );
  };
}
