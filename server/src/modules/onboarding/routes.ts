import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { completeOnboardingStep } from './complete-onboarding-step.ts';
import { createOnboardingJourney } from './create-onboarding-journey.ts';
import { getOnboardingEnrolment, listOnboardingEnrolments } from './list-onboarding-enrolments.ts';
import { getOnboardingJourney, listOnboardingJourneys } from './list-onboarding-journeys.ts';
import { getOnboardingMetrics } from './onboarding-metrics.ts';
import {
  createJourneyInput,
  enrolmentSchema,
  journeySchema,
  listEnrolmentsQuery,
  listJourneysQuery,
  onboardingMetricsSchema,
  startOnboardingInput,
  updateJourneyInput,
} from './schemas.ts';
import { startOnboarding } from './start-onboarding.ts';
import { updateOnboardingJourney } from './update-onboarding-journey.ts';

const tags = ['Onboarding'];
const journeyParams = idParam('onbj');
const enrolmentParams = idParam('onbe');
const stepParams = idParam('onbs');

export function onboardingRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/onboarding-journeys',
      {
        schema: {
          tags,
          operationId: 'listOnboardingJourneys',
          summary: 'Onboarding journeys, newest first (needs onboarding:manage)',
          querystring: pageQuerySchema.extend(listJourneysQuery.shape),
          response: { 200: pageOf(journeySchema) },
        },
      },
      (request) => listOnboardingJourneys({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.post(
      '/onboarding-journeys',
      {
        schema: {
          tags,
          operationId: 'createOnboardingJourney',
          summary: 'Create an onboarding journey for some partner types and tiers (empty: all)',
          body: createJourneyInput,
          response: { 201: journeySchema },
        },
      },
      async (request, reply) => {
        const created = await createOnboardingJourney({ ctx: ctxOf(request, db), input: request.body });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/onboarding-journeys/:id',
      {
        schema: {
          tags,
          operationId: 'getOnboardingJourney',
          summary: 'Get one onboarding journey',
          params: journeyParams,
          response: { 200: journeySchema },
        },
      },
      async (request, reply) => {
        const journey = await getOnboardingJourney({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, journey.version);
        return journey;
      },
    );

    app.patch(
      '/onboarding-journeys/:id',
      {
        schema: {
          tags,
          operationId: 'updateOnboardingJourney',
          summary:
            'Change or archive an onboarding journey; running enrolments keep their steps. Send If-Match with its ETag',
          params: journeyParams,
          body: updateJourneyInput,
          response: { 200: journeySchema },
        },
      },
      async (request, reply) => {
        const updated = await updateOnboardingJourney({
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

    app.get(
      '/onboarding-enrolments',
      {
        schema: {
          tags,
          operationId: 'listOnboardingEnrolments',
          summary: "Partners' onboarding progress, newest first: a partner sees its own",
          querystring: pageQuerySchema.extend(listEnrolmentsQuery.shape),
          response: { 200: pageOf(enrolmentSchema) },
        },
      },
      (request) => listOnboardingEnrolments({ ctx: ctxOf(request, db), input: request.query, now: clock() }),
    );

    app.post(
      '/onboarding-enrolments',
      {
        schema: {
          tags,
          operationId: 'startOnboarding',
          summary: 'Start onboarding for a partner (needs onboarding:manage); 409 while one is running',
          body: startOnboardingInput,
          response: { 201: enrolmentSchema },
        },
      },
      async (request, reply) => {
        const started = await startOnboarding({ ctx: ctxOf(request, db), input: request.body, now: clock() });
        return reply.code(201).send(started);
      },
    );

    app.get(
      '/onboarding-enrolments/:id',
      {
        schema: {
          tags,
          operationId: 'getOnboardingEnrolment',
          summary: "One partner's onboarding progress with its steps",
          params: enrolmentParams,
          response: { 200: enrolmentSchema },
        },
      },
      (request) => getOnboardingEnrolment({ ctx: ctxOf(request, db), id: request.params.id, now: clock() }),
    );

    app.post(
      '/onboarding-steps/:id/complete',
      {
        schema: {
          tags,
          operationId: 'completeOnboardingStep',
          summary:
            "Tick a custom or course step: a partner admin its own organisation's, onboarding managers any partner's",
          params: stepParams,
          response: { 200: enrolmentSchema },
        },
      },
      (request) => completeOnboardingStep({ ctx: ctxOf(request, db), id: request.params.id, now: clock() }),
    );

    app.get(
      '/onboarding/metrics',
      {
        schema: {
          tags,
          operationId: 'getOnboardingMetrics',
          summary: 'Completion rate, median days to complete and time-to-first-deal, overall and per journey',
          response: { 200: onboardingMetricsSchema },
        },
      },
      (request) => getOnboardingMetrics({ ctx: ctxOf(request, db) }),
    );
  };
}
