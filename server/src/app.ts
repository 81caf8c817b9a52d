import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.ts';
import { agreementRoutes } from './modules/agreements/index.ts';
import { apiKeyRoutes } from './modules/api-keys/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { registerRequestAuthentication } from './modules/auth/request-authentication.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { automationRoutes } from './modules/automation/index.ts';
import { chatRoutes } from './modules/chat/index.ts';
import { complianceRoutes } from './modules/compliance/index.ts';
import { customerAccountRoutes } from './modules/customer-accounts/index.ts';
import { dealApprovalRoutes, dealCollaborationRoutes, dealRoutes } from './modules/deals/index.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { onboardingRoutes } from './modules/onboarding/index.ts';
import { organisationRoutes } from './modules/organisations/routes.ts';
import { partnerHealthRoutes } from './modules/partner-health/index.ts';
import { partnerImportRoutes } from './modules/partner-imports/index.ts';
import { partnerRoutes } from './modules/partners/routes.ts';
import { recruitmentRoutes } from './modules/recruitment/index.ts';
import { taskRoutes } from './modules/tasks/index.ts';
import { tierRoutes } from './modules/tiers/index.ts';
import { userRoutes } from './modules/users/routes.ts';
import { webhookRoutes } from './modules/webhooks/index.ts';
import { workspaceRoutes } from './modules/workspaces/routes.ts';
import type { Database } from './platform/db/connection.ts';
import { registerIdempotency } from './platform/http/idempotency.ts';
import { frameworkErrorHandler, problemSchema, registerProblemHandlers } from './platform/http/problem.ts';
import type { RouteDeps } from './platform/http/route-deps.ts';
import { registerTextSafety } from './platform/http/text-safety.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import { sha256Hex } from './platform/secrets.ts';

export type AppDeps = {
  db: Database;
  config: Config;
  secret: string;
  clock?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** The built web app (web/dist), served at / when given and built; tests and benches leave it out. */
  webDistDir?: string;
};

export const API_PREFIX = '/api/v1';

/** Every module's routes, mounted under /api/v1. A new module adds one line here. */
const MODULE_ROUTES = [
  authRoutes,
  userRoutes,
  organisationRoutes,
  partnerRoutes,
  apiKeyRoutes,
  webhookRoutes,
  auditRoutes,
  notificationRoutes,
  chatRoutes,
  taskRoutes,
  automationRoutes,
  workspaceRoutes,
  agreementRoutes,
  recruitmentRoutes,
  complianceRoutes,
  tierRoutes,
  onboardingRoutes,
  partnerHealthRoutes,
  partnerImportRoutes,
  dealRoutes,
  customerAccountRoutes,
  dealApprovalRoutes,
  dealCollaborationRoutes,
];

export async function buildApp({
  db,
  config,
  secret,
  clock = () => new Date(),
  logger,
  webDistDir,
}: AppDeps) {
  const app = Fastify({
    logger: logger ?? { level: config.LOG_LEVEL },
    trustProxy: false,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { coerceTypes: false } },
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  documentProblemResponses(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.RATE_LIMIT_MAX,
    timeWindow: '1 minute',
    // Per caller where we can tell, else per address; the raw credential is hashed, never kept.
    keyGenerator: (request) => {
      const credential = request.headers.authorization ?? request.cookies?.trellis_session;
      return credential ? sha256Hex(credential) : request.ip;
    },
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'rate_limited',
      message: `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
    }),
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Trellis API',
        version: '1.0.0',
        description:
          'Partner ecosystem management. Sign in with the session cookie (browser) or an API key (`Authorization: Bearer trl_…`). Errors are RFC 9457 problem+json; lists are cursor-paginated.',
        contact: { name: 'Trellis maintainers', url: 'https://github.com/trellis-prm/trellis' },
        license: { name: 'AGPL-3.0-only', identifier: 'AGPL-3.0-only' },
      },
      servers: [{ url: config.PUBLIC_URL }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'trellis_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key, `trl_…`' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
      tags: [
        { name: 'Authentication', description: 'Sign-in, sign-out, password reset' },
        { name: 'Me', description: 'The signed-in user' },
        { name: 'Users', description: 'People in the vendor and partner organisations' },
        { name: 'Invitations', description: 'Bringing people in by e-mail' },
        { name: 'Organisations', description: 'The vendor and its partners' },
        { name: 'Partner imports', description: 'CSV and XLSX imports of partners, with duplicate review' },
        { name: 'API keys', description: 'Credentials for integrations' },
        { name: 'Webhooks', description: 'Signed HTTP callbacks for every change, with a delivery log' },
        { name: 'Audit trail', description: 'Tamper-evident record of every change' },
        { name: 'Notifications', description: 'In-app notices, e-mail and per-user preferences' },
        { name: 'Chat integrations', description: 'Slack and Microsoft Teams channels that receive notices' },
        { name: 'Tasks', description: 'To-dos for people, assigned by hand or by automation rules' },
        { name: 'Automation', description: 'Rules: when an event happens and a condition holds, do actions' },
        { name: 'Health', description: 'Liveness and readiness probes' },
        { name: 'Onboarding', description: "Onboarding journeys, partners' progress and its metrics" },
        { name: 'Partner health', description: 'Engagement score per partner, with its components' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  registerTextSafety(app);
  registerRequestAuthentication(app, { db, secret, config, clock });
  registerIdempotency(app, { db });

  app.get('/openapi.json', { config: { isPublic: true }, schema: { hide: true } }, () => app.swagger());

  app.get(
    '/healthz',
    {
      config: { isPublic: true, rateLimit: false },
      schema: {
        tags: ['Health'],
        operationId: 'healthz',
        summary: 'The process is alive',
        security: [],
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { isPublic: true, rateLimit: false },
      schema: {
        tags: ['Health'],
        operationId: 'readyz',
        summary: 'The database answers',
        security: [],
        response: { 200: z.object({ status: z.literal('ready') }) },
      },
    },
    async () => {
      await db.execute(sql`SELECT 1`);
      return { status: 'ready' as const };
    },
  );

  const deps: RouteDeps = { db, config, secret, clock };
  for (const routes of MODULE_ROUTES) {
    await app.register(routes(deps), { prefix: API_PREFIX });
  }
  if (webDistDir) await registerWebApp(app, { distDir: webDistDir });
  return app;
}

/** Every documented operation can answer with a problem; say so once instead of in each route. */
function documentProblemResponses(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.schema || route.schema.hide) return;
    const response = (route.schema.response ?? {}) as Record<string, unknown>;
    route.schema.response = { ...response, '4XX': problemSchema, '5XX': problemSchema };
    if (route.config?.isPublic) route.schema.security = [];
  });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
