import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import {
  approvalQueueItemSchema,
  approvalQueueQuery,
  approveDealExtensionInput,
  approveDealInput,
  dealSettingsInput,
  dealSettingsSchema,
  provideDealInformationInput,
  rejectDealExtensionInput,
  rejectDealInput,
  requestDealExtensionInput,
  requestDealInformationInput,
  withdrawDealInput,
} from './approval-schemas.ts';
import { approveDealRegistration } from './approve-deal-registration.ts';
import { approveDealExtension, rejectDealExtension } from './decide-deal-extension.ts';
import { getDealSettings } from './get-deal-settings.ts';
import { listDealApprovalQueue } from './list-deal-approval-queue.ts';
import { provideDealInformation } from './provide-deal-information.ts';
import { rejectDealRegistration } from './reject-deal-registration.ts';
import { requestDealExtension } from './request-deal-extension.ts';
import { requestDealInformation } from './request-deal-information.ts';
import { dealParams } from './routes.ts';
import { dealRegistrationDetailSchema } from './schemas.ts';
import { updateDealSettings } from './update-deal-settings.ts';
import { withdrawDealRegistration } from './withdraw-deal-registration.ts';

const tags = ['Deal approvals'];
const extensionParams = idParam('dext');
const detail = { 200: dealRegistrationDetailSchema };

/** Deciding registrations, their protection windows, and the programme settings behind both. */
export function dealApprovalRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/deal-registration-settings',
      {
        schema: {
          tags,
          operationId: 'getDealRegistrationSettings',
          summary: 'How registrations are approved, protected, extended and flagged as stale',
          response: { 200: dealSettingsSchema },
        },
      },
      async (request, reply) => {
        const settings = await getDealSettings({ ctx: ctxOf(request, db) });
        setEtag(reply, settings.version);
        return settings;
      },
    );

    app.put(
      '/deal-registration-settings',
      {
        schema: {
          tags,
          operationId: 'updateDealRegistrationSettings',
          summary: 'Set the approval levels, auto-approval, protection, extension and stale-alert rules',
          body: dealSettingsInput,
          response: { 200: dealSettingsSchema },
        },
      },
      async (request, reply) => {
        const settings = await updateDealSettings({
          ctx: ctxOf(request, db),
          input: request.body,
          expectedVersion: expectedVersion(request),
          now: clock(),
        });
        setEtag(reply, settings.version);
        return settings;
      },
    );

    app.get(
      '/deal-approval-queue',
      {
        schema: {
          tags,
          operationId: 'listDealApprovalQueue',
          summary: 'Registrations waiting on a level you may decide, the most urgent first',
          querystring: pageQuerySchema.extend(approvalQueueQuery.shape),
          response: { 200: pageOf(approvalQueueItemSchema) },
        },
      },
      (request) => listDealApprovalQueue({ ctx: ctxOf(request, db), query: request.query, now: clock() }),
    );

    app.post(
      '/deal-registrations/:id/approve',
      {
        schema: {
          tags,
          operationId: 'approveDealRegistration',
          summary: 'Approve the waiting level; after the last level the registration is protected',
          params: dealParams,
          body: approveDealInput,
          response: detail,
        },
      },
      async (request, reply) => {
        const registration = await approveDealRegistration({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
          now: clock(),
        });
        setEtag(reply, registration.version);
        return registration;
      },
    );

    app.post(
      '/deal-registrations/:id/reject',
      {
        schema: {
          tags,
          operationId: 'rejectDealRegistration',
          summary: 'Reject the registration with a reason the partner reads',
          params: dealParams,
          body: rejectDealInput,
          response: detail,
        },
      },
      async (request, reply) => {
        const registration = await rejectDealRegistration({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
          now: clock(),
        });
        setEtag(reply, registration.version);
        return registration;
      },
    );

    app.post(
      '/deal-registrations/:id/request-info',
      {
        schema: {
          tags,
          operationId: 'requestDealInformation',
          summary: 'Ask the partner a question; the SLA pauses until it answers',
          params: dealParams,
          body: requestDealInformationInput,
          response: detail,
        },
      },
      async (request, reply) => {
        const registration = await requestDealInformation({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
          now: clock(),
        });
        setEtag(reply, registration.version);
        return registration;
      },
    );

    app.post(
      '/deal-registrations/:id/info',
      {
        schema: {
          tags,
          operationId: 'provideDealInformation',
          summary: 'Answer the approver’s question (partners), optionally correcting the registration',
          params: dealParams,
          body: provideDealInformationInput,
          response: detail,
        },
      },
      async (request, reply) => {
        const registration = await provideDealInformation({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          now: clock(),
        });
        setEtag(reply, registration.version);
        return registration;
      },
    );

    app.post(
      '/deal-registrations/:id/withdraw',
      {
        schema: {
          tags,
          operationId: 'withdrawDealRegistration',
          summary: 'Withdraw your registration (partners); the customer is free again',
          params: dealParams,
          body: withdrawDealInput,
          response: detail,
        },
      },
      async (request, reply) => {
        const registration = await withdrawDealRegistration({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          now: clock(),
        });
        setEtag(reply, registration.version);
        return registration;
      },
    );

    app.post(
      '/deal-registrations/:id/extension-requests',
      {
        schema: {
          tags,
          operationId: 'requestDealExtension',
          summary: 'Ask for more protection time on an approved registration (partners)',
          params: dealParams,
          body: requestDealExtensionInput,
          response: { 201: dealRegistrationDetailSchema },
        },
      },
      async (request, reply) => {
        const registration = await requestDealExtension({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          now: clock(),
        });
        setEtag(reply, registration.version);
        return reply.code(201).send(registration);
      },
    );

    app.post(
      '/deal-registration-extensions/:id/approve',
      {
        schema: {
          tags,
          operationId: 'approveDealExtension',
          summary: 'Grant an extension: the protection window moves out by the requested days',
          params: extensionParams,
          body: approveDealExtensionInput,
          response: detail,
        },
      },
      async (request, reply) => {
        const registration = await approveDealExtension({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          now: clock(),
        });
        setEtag(reply, registration.version);
        return registration;
      },
    );

    app.post(
      '/deal-registration-extensions/:id/reject',
      {
        schema: {
          tags,
          operationId: 'rejectDealExtension',
          summary: 'Refuse an extension, with a note the partner reads',
          params: extensionParams,
          body: rejectDealExtensionInput,
          response: detail,
        },
      },
      async (request, reply) => {
        const registration = await rejectDealExtension({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          now: clock(),
        });
        setEtag(reply, registration.version);
        return registration;
      },
    );
  };
}
