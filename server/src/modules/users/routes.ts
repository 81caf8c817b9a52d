import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { setSessionCookies } from '../auth/session-cookies.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { createInvitation } from './create-invitation.ts';
import { getUser } from './get-user.ts';
import { listInvitations } from './list-invitations.ts';
import { listUsers } from './list-users.ts';
import { revokeInvitation } from './revoke-invitation.ts';
import {
  acceptInvitationInput,
  createInvitationInput,
  invitationSchema,
  listUsersQuery,
  updateUserInput,
  userSchema,
} from './schemas.ts';
import { updateUser } from './update-user.ts';

export function userRoutes({ db, config, secret, clock }: RouteDeps): FastifyPluginAsyncZod {
  const isSecure = config.PUBLIC_URL.startsWith('https:');
  return async (app) => {
    app.get(
      '/users',
      {
        schema: {
          tags: ['Users'],
          operationId: 'listUsers',
          summary: 'List the users you can see',
          querystring: pageQuerySchema.extend(listUsersQuery.shape),
          response: { 200: pageOf(userSchema) },
        },
      },
      (request) => listUsers({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.get(
      '/users/:id',
      {
        schema: {
          tags: ['Users'],
          operationId: 'getUser',
          summary: 'Get one user',
          params: idParam('user'),
          response: { 200: userSchema },
        },
      },
      async (request, reply) => {
        const user = await getUser({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, user.version);
        return user;
      },
    );

    app.patch(
      '/users/:id',
      {
        schema: {
          tags: ['Users'],
          operationId: 'updateUser',
          summary: "Change a user's name, role, regions or status",
          params: idParam('user'),
          body: updateUserInput,
          response: { 200: userSchema },
        },
      },
      async (request, reply) => {
        const user = await updateUser({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
        });
        setEtag(reply, user.version);
        return user;
      },
    );

    app.get(
      '/invitations',
      {
        schema: {
          tags: ['Invitations'],
          operationId: 'listInvitations',
          summary: 'List invitations you can manage',
          querystring: pageQuerySchema,
          response: { 200: pageOf(invitationSchema) },
        },
      },
      (request) => listInvitations({ ctx: ctxOf(request, db), input: request.query, now: clock() }),
    );

    app.post(
      '/invitations',
      {
        schema: {
          tags: ['Invitations'],
          operationId: 'createInvitation',
          summary: 'Invite someone by e-mail; the link is valid for 7 days',
          body: createInvitationInput,
          response: { 201: invitationSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await createInvitation({ ctx: ctxOf(request, db), input: request.body, config, now: clock() }),
          ),
    );

    app.delete(
      '/invitations/:id',
      {
        schema: {
          tags: ['Invitations'],
          operationId: 'revokeInvitation',
          summary: 'Revoke a pending invitation',
          params: idParam('inv'),
          response: { 200: invitationSchema },
        },
      },
      (request) => revokeInvitation({ ctx: ctxOf(request, db), id: request.params.id, now: clock() }),
    );

    app.post(
      '/invitations/accept',
      {
        config: { isPublic: true, rateLimit: { max: config.LOGIN_RATE_LIMIT_MAX, timeWindow: '1 minute' } },
        schema: {
          tags: ['Invitations'],
          operationId: 'acceptInvitation',
          summary: 'Accept an invitation, choose a password and sign in',
          body: acceptInvitationInput,
          response: { 201: z.object({ user: userSchema, csrfToken: z.string() }) },
        },
      },
      async (request, reply) => {
        const { user, sessionToken } = await acceptInvitation({
          db,
          input: request.body,
          now: clock(),
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        const csrfToken = setSessionCookies(reply, { secret, token: sessionToken, isSecure });
        return reply.code(201).send({ user, csrfToken });
      },
    );
  };
}
