import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { userSchema } from '../users/schemas.ts';
import { completeMfaChallenge } from './complete-mfa-challenge.ts';
import { getMe } from './get-me.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { csrfTokenFor, ctxOf } from './request-authentication.ts';
import {
  changePasswordInput,
  loginInput,
  loginResultSchema,
  meSchema,
  mfaChallengeInput,
  passwordResetConfirmInput,
  passwordResetRequestInput,
  totpEnrolmentSchema,
  updateMeInput,
} from './schemas.ts';
import { clearSessionCookies, setSessionCookies } from './session-cookies.ts';
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from './totp-enrolment.ts';
import { changePassword, updateMe } from './update-me.ts';

const tags = ['Authentication'];
const noContent = { 204: z.null().describe('Done') };

export function authRoutes({ db, config, secret, clock }: RouteDeps): FastifyPluginAsyncZod {
  const isSecure = config.PUBLIC_URL.startsWith('https:');
  const signInLimit = { max: config.LOGIN_RATE_LIMIT_MAX, timeWindow: '1 minute' };

  const setCookies = (reply: FastifyReply, token: string) =>
    setSessionCookies(reply, { secret, token, isSecure });

  const signInContext = (request: FastifyRequest) => ({
    db,
    now: clock(),
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
  });

  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: { isPublic: true, rateLimit: signInLimit },
        schema: {
          tags,
          operationId: 'login',
          summary: 'Sign in with e-mail and password; sets the session cookie',
          description:
            'Attempts are throttled per IP address; five wrong passwords lock the account for 15 minutes. When the account has an authenticator app, the session can only complete the challenge at /auth/mfa.',
          body: loginInput,
          response: { 200: loginResultSchema },
        },
      },
      async (request, reply) => {
        const result = await login({ ...signInContext(request), input: request.body });
        const csrfToken = setCookies(reply, result.sessionToken);
        const me = result.isMfaRequired ? null : await getMe({ ctx: { db, actor: result.actor }, csrfToken });
        return { isMfaRequired: result.isMfaRequired, csrfToken, me };
      },
    );

    app.post(
      '/auth/mfa',
      {
        config: { allowMfaPending: true, rateLimit: signInLimit },
        schema: {
          tags,
          operationId: 'completeMfaChallenge',
          summary: 'Finish signing in with the code from the authenticator app',
          body: mfaChallengeInput,
          response: { 200: meSchema },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request, db);
        const { sessionToken } = await completeMfaChallenge({
          ctx,
          code: request.body.code,
          secret,
          now: clock(),
          userAgent: request.headers['user-agent'] ?? null,
        });
        const csrfToken = setCookies(reply, sessionToken);
        return getMe({ ctx, csrfToken });
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { allowMfaPending: true },
        schema: { tags, operationId: 'logout', summary: 'End the current session', response: noContent },
      },
      async (request, reply) => {
        await logout({ ctx: ctxOf(request, db) });
        clearSessionCookies(reply);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/auth/password-reset',
      {
        config: { isPublic: true, rateLimit: signInLimit },
        schema: {
          tags,
          operationId: 'requestPasswordReset',
          summary: 'E-mail a password reset link',
          description: 'Answers 202 whether or not the address has an account.',
          body: passwordResetRequestInput,
          response: { 202: z.null().describe('If the address has an account, a link is on its way') },
        },
      },
      async (request, reply) => {
        await requestPasswordReset({ db, email: request.body.email, now: clock(), config });
        return reply.code(202).send(null);
      },
    );

    app.post(
      '/auth/password-reset/confirm',
      {
        config: { isPublic: true, rateLimit: signInLimit },
        schema: {
          tags,
          operationId: 'resetPassword',
          summary: 'Choose a new password with the token from the reset e-mail',
          body: passwordResetConfirmInput,
          response: noContent,
        },
      },
      async (request, reply) => {
        await resetPassword({ db, token: request.body.token, password: request.body.password, now: clock() });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/me',
      {
        schema: {
          tags: ['Me'],
          operationId: 'getMe',
          summary: 'The signed-in user, their organisation and permissions',
          response: { 200: meSchema },
        },
      },
      (request) =>
        getMe({
          ctx: ctxOf(request, db),
          csrfToken: request.sessionToken ? csrfTokenFor(secret, request.sessionToken) : null,
        }),
    );

    app.patch(
      '/me',
      {
        schema: {
          tags: ['Me'],
          operationId: 'updateMe',
          summary: 'Change your name or language',
          body: updateMeInput,
          response: { 200: userSchema },
        },
      },
      (request) => updateMe({ ctx: ctxOf(request, db), input: request.body }),
    );

    app.post(
      '/me/password',
      {
        config: { rateLimit: signInLimit },
        schema: {
          tags: ['Me'],
          operationId: 'changePassword',
          summary: 'Change your password; your other sessions end',
          body: changePasswordInput,
          response: noContent,
        },
      },
      async (request, reply) => {
        await changePassword({ ctx: ctxOf(request, db), input: request.body });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/me/mfa/totp',
      {
        schema: {
          tags: ['Me'],
          operationId: 'startTotpEnrolment',
          summary: 'Start adding an authenticator app',
          response: { 201: totpEnrolmentSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await startTotpEnrolment({ ctx: ctxOf(request, db), secret, now: clock() })),
    );

    app.post(
      '/me/mfa/totp/confirm',
      {
        schema: {
          tags: ['Me'],
          operationId: 'confirmTotpEnrolment',
          summary: 'Confirm the authenticator app with a current code; sign-in asks for it from now on',
          body: mfaChallengeInput,
          response: noContent,
        },
      },
      async (request, reply) => {
        await confirmTotpEnrolment({
          ctx: ctxOf(request, db),
          secret,
          now: clock(),
          code: request.body.code,
        });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/me/mfa/totp/disable',
      {
        schema: {
          tags: ['Me'],
          operationId: 'disableTotp',
          summary: 'Turn off the authenticator app, confirming with a current code',
          body: mfaChallengeInput,
          response: noContent,
        },
      },
      async (request, reply) => {
        await disableTotp({ ctx: ctxOf(request, db), secret, now: clock(), code: request.body.code });
        return reply.code(204).send(null);
      },
    );
  };
}
