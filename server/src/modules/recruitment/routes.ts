import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { approvePartnerApplication } from './approve-partner-application.ts';
import { getApplicationForm } from './get-application-form.ts';
import { getIdealPartnerProfile, updateIdealPartnerProfile } from './ideal-partner-profile.ts';
import { getPartnerApplication, listPartnerApplications } from './list-partner-applications.ts';
import { publicContextOf } from './public-workspace.ts';
import { rejectPartnerApplication } from './reject-partner-application.ts';
import { rescorePartnerApplications } from './rescore-partner-applications.ts';
import {
  applicationFormSchema,
  idealPartnerProfileSchema,
  listApplicationsQuery,
  partnerApplicationDetailSchema,
  partnerApplicationSchema,
  rejectApplicationInput,
  rescoreResultSchema,
  submitApplicationInput,
  submittedSchema,
  updateIdealPartnerProfileInput,
  workspaceSlugParam,
} from './schemas.ts';
import { submitPartnerApplication } from './submit-partner-application.ts';

const tags = ['Recruitment'];
const params = idParam('papp');

export function recruitmentRoutes({ db, config, clock }: RouteDeps): FastifyPluginAsyncZod {
  // Anyone on the internet can post the form: a tight limit per address, like sign-in's.
  const applicationLimit = {
    max: config.LOGIN_RATE_LIMIT_MAX,
    timeWindow: '1 minute',
    keyGenerator: (request: { ip: string }) => request.ip,
  };

  return async (app) => {
    app.get(
      '/public/workspaces/:slug/partner-application-form',
      {
        config: { isPublic: true },
        schema: {
          tags,
          operationId: 'getPartnerApplicationForm',
          summary: "A partner program's public application form: its branding and the choices it offers",
          params: workspaceSlugParam,
          response: { 200: applicationFormSchema },
        },
      },
      async (request) =>
        getApplicationForm({ ctx: await publicContextOf({ db, slug: request.params.slug, ip: request.ip }) }),
    );

    app.post(
      '/public/workspaces/:slug/partner-applications',
      {
        config: { isPublic: true, rateLimit: applicationLimit },
        schema: {
          tags,
          operationId: 'submitPartnerApplication',
          summary: 'Apply to join a partner program (no sign-in; throttled per IP address)',
          description:
            'The applicant receives a confirmation e-mail in `locale`; the channel team is notified. A request with the hidden `url` field filled in is answered alike and dropped.',
          params: workspaceSlugParam,
          body: submitApplicationInput,
          response: { 202: submittedSchema },
        },
      },
      async (request, reply) => {
        const ctx = await publicContextOf({ db, slug: request.params.slug, ip: request.ip });
        const receipt = await submitPartnerApplication({ ctx, input: request.body, config, now: clock() });
        return reply.code(202).send(receipt);
      },
    );

    app.get(
      '/ideal-partner-profile',
      {
        schema: {
          tags,
          operationId: 'getIdealPartnerProfile',
          summary: 'What the program looks for in new partners, and what the application form offers',
          response: { 200: idealPartnerProfileSchema },
        },
      },
      async (request, reply) => {
        const profile = await getIdealPartnerProfile({ ctx: ctxOf(request, db) });
        setEtag(reply, profile.version);
        return profile;
      },
    );

    app.put(
      '/ideal-partner-profile',
      {
        schema: {
          tags,
          operationId: 'updateIdealPartnerProfile',
          summary:
            'Save the Ideal Partner Profile; send If-Match with its ETag. Open applications keep their scores until rescored',
          body: updateIdealPartnerProfileInput,
          response: { 200: idealPartnerProfileSchema },
        },
      },
      async (request, reply) => {
        const profile = await updateIdealPartnerProfile({
          ctx: ctxOf(request, db),
          input: request.body,
          expectedVersion: expectedVersion(request),
          now: clock(),
        });
        setEtag(reply, profile.version);
        return profile;
      },
    );

    app.get(
      '/partner-applications',
      {
        schema: {
          tags,
          operationId: 'listPartnerApplications',
          summary: 'Partner applications, newest or best fit first',
          querystring: pageQuerySchema.extend(listApplicationsQuery.shape),
          response: { 200: pageOf(partnerApplicationSchema) },
        },
      },
      (request) => listPartnerApplications({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.post(
      '/partner-applications/rescore',
      {
        schema: {
          tags,
          operationId: 'rescorePartnerApplications',
          summary: 'Score every open application again against the current Ideal Partner Profile',
          response: { 200: rescoreResultSchema },
        },
      },
      (request) => rescorePartnerApplications({ ctx: ctxOf(request, db), now: clock() }),
    );

    app.get(
      '/partner-applications/:id',
      {
        schema: {
          tags,
          operationId: 'getPartnerApplication',
          summary: 'One application with its score breakdown and partners it may duplicate',
          params,
          response: { 200: partnerApplicationDetailSchema },
        },
      },
      async (request, reply) => {
        const application = await getPartnerApplication({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, application.version);
        return application;
      },
    );

    app.post(
      '/partner-applications/:id/approve',
      {
        schema: {
          tags,
          operationId: 'approvePartnerApplication',
          summary:
            'Approve: creates the partner organisation and invites the applicant as its partner admin (409 once decided)',
          params,
          response: { 200: partnerApplicationSchema },
        },
      },
      async (request, reply) => {
        const approved = await approvePartnerApplication({
          ctx: ctxOf(request, db),
          id: request.params.id,
          expectedVersion: expectedVersion(request),
          config,
          now: clock(),
        });
        setEtag(reply, approved.version);
        return approved;
      },
    );

    app.post(
      '/partner-applications/:id/reject',
      {
        schema: {
          tags,
          operationId: 'rejectPartnerApplication',
          summary: 'Reject with a message that is e-mailed to the applicant (409 once decided)',
          params,
          body: rejectApplicationInput,
          response: { 200: partnerApplicationSchema },
        },
      },
      async (request, reply) => {
        const rejected = await rejectPartnerApplication({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          expectedVersion: expectedVersion(request),
          config,
          now: clock(),
        });
        setEtag(reply, rejected.version);
        return rejected;
      },
    );
  };
}
