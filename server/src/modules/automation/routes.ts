import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { createAutomationRule } from './create-automation-rule.ts';
import { deleteAutomationRule } from './delete-automation-rule.ts';
import { getAutomationCatalogue } from './get-automation-catalogue.ts';
import { getAutomationRule } from './get-automation-rule.ts';
import { listAutomationRuleRuns } from './list-automation-rule-runs.ts';
import { listAutomationRules } from './list-automation-rules.ts';
import {
  automationCatalogueSchema,
  automationRuleRunSchema,
  automationRuleSchema,
  automationRuleTestResultSchema,
  createAutomationRuleInput,
  listRunsQuery,
  testAutomationRuleInput,
  updateAutomationRuleInput,
} from './schemas.ts';
import { testAutomationRule } from './test-automation-rule.ts';
import { updateAutomationRule } from './update-automation-rule.ts';

const tags = ['Automation'];
const ruleParams = idParam('rule');

export function automationRoutes({ db, config, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/automation/catalogue',
      {
        schema: {
          tags,
          operationId: 'getAutomationCatalogue',
          summary: 'The events rules can listen for and the actions they can take, with parameter schemas',
          response: { 200: automationCatalogueSchema },
        },
      },
      (request) => getAutomationCatalogue({ ctx: ctxOf(request, db) }),
    );

    app.get(
      '/automation-rules',
      {
        schema: {
          tags,
          operationId: 'listAutomationRules',
          summary: 'The automation rules, newest first',
          querystring: pageQuerySchema,
          response: { 200: pageOf(automationRuleSchema) },
        },
      },
      (request) => listAutomationRules({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.post(
      '/automation-rules',
      {
        schema: {
          tags,
          operationId: 'createAutomationRule',
          summary: 'Add a rule: when an event happens and its condition holds, do its actions',
          description:
            'Rules do not react to events their own actions cause (a task a rule created), so they cannot loop. Each action may wait (`delaySeconds`) and then run only if the condition still holds (`recheckCondition`).',
          body: createAutomationRuleInput,
          response: { 201: automationRuleSchema },
        },
      },
      async (request, reply) => {
        const created = await createAutomationRule({
          ctx: ctxOf(request, db),
          input: request.body,
          config,
          now: clock(),
        });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/automation-rules/:id',
      {
        schema: {
          tags,
          operationId: 'getAutomationRule',
          summary: 'Get one automation rule',
          params: ruleParams,
          response: { 200: automationRuleSchema },
        },
      },
      async (request, reply) => {
        const rule = await getAutomationRule({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, rule.version);
        return rule;
      },
    );

    app.patch(
      '/automation-rules/:id',
      {
        schema: {
          tags,
          operationId: 'updateAutomationRule',
          summary: 'Change, switch off or on an automation rule; send If-Match with its ETag',
          params: ruleParams,
          body: updateAutomationRuleInput,
          response: { 200: automationRuleSchema },
        },
      },
      async (request, reply) => {
        const updated = await updateAutomationRule({
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
      '/automation-rules/:id',
      {
        schema: {
          tags,
          operationId: 'deleteAutomationRule',
          summary: 'Delete an automation rule with its run log; its waiting actions do not run',
          params: ruleParams,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteAutomationRule({
          ctx: ctxOf(request, db),
          id: request.params.id,
          expectedVersion: expectedVersion(request),
        });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/automation-rules/:id/runs',
      {
        schema: {
          tags,
          operationId: 'listAutomationRuleRuns',
          summary: "A rule's run log, newest first: each matching event's actions and their outcome",
          params: ruleParams,
          querystring: pageQuerySchema.extend(listRunsQuery.shape),
          response: { 200: pageOf(automationRuleRunSchema) },
        },
      },
      (request) =>
        listAutomationRuleRuns({ ctx: ctxOf(request, db), ruleId: request.params.id, input: request.query }),
    );

    app.post(
      '/automation-rules/:id/test',
      {
        schema: {
          tags,
          operationId: 'testAutomationRule',
          summary: 'Dry run: would this sample event match, and what would the actions do? Changes nothing',
          params: ruleParams,
          body: testAutomationRuleInput,
          response: { 200: automationRuleTestResultSchema },
        },
      },
      (request) =>
        testAutomationRule({
          ctx: ctxOf(request, db),
          id: request.params.id,
          input: request.body,
          now: clock(),
        }),
    );
  };
}
