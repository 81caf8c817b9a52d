import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { createCustomerAccount } from './create-customer-account.ts';
import { createCustomerOpportunity } from './create-customer-opportunity.ts';
import { deleteCustomerAccount } from './delete-customer-account.ts';
import { deleteCustomerOpportunity } from './delete-customer-opportunity.ts';
import { getRulesOfEngagement } from './get-rules-of-engagement.ts';
import { importCustomerAccounts, MAX_ACCOUNT_BODY_BYTES } from './import-customer-accounts.ts';
import { getCustomerAccount, listCustomerAccounts } from './list-customer-accounts.ts';
import { listCustomerOpportunities } from './list-customer-opportunities.ts';
import { publishRulesOfEngagement } from './publish-rules-of-engagement.ts';
import {
  createAccountInput,
  createOpportunityInput,
  customerAccountSchema,
  importAccountsInput,
  importResultSchema,
  listAccountsQuery,
  opportunitySchema,
  publishRulesInput,
  rulesOfEngagementSchema,
  updateAccountInput,
  updateOpportunityInput,
} from './schemas.ts';
import { updateCustomerAccount } from './update-customer-account.ts';
import { updateCustomerOpportunity } from './update-customer-opportunity.ts';

const tags = ['Customer accounts'];
const accountParams = idParam('acct');
const opportunityParams = idParam('opp');

export function customerAccountRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/customer-accounts',
      {
        schema: {
          tags,
          operationId: 'listCustomerAccounts',
          summary: "The vendor's customer accounts, newest first, with their open opportunities",
          querystring: pageQuerySchema.extend(listAccountsQuery.shape),
          response: { 200: pageOf(customerAccountSchema) },
        },
      },
      (request) => listCustomerAccounts({ ctx: ctxOf(request, db), query: request.query }),
    );

    app.post(
      '/customer-accounts',
      {
        schema: {
          tags,
          operationId: 'createCustomerAccount',
          summary: 'Add a customer account; direct-only accounts cannot be registered by partners',
          body: createAccountInput,
          response: { 201: customerAccountSchema },
        },
      },
      async (request, reply) => {
        const created = await createCustomerAccount({ ctx: ctxOf(request, db), input: request.body });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.post(
      '/customer-accounts/import',
      {
        // The file travels base64-encoded in JSON, up to 10 MB of file.
        bodyLimit: MAX_ACCOUNT_BODY_BYTES,
        schema: {
          tags,
          operationId: 'importCustomerAccounts',
          summary:
            'Create or update accounts (and opportunities) from a CSV or XLSX file; any bad row and nothing is written (422 listing rows.N.column)',
          body: importAccountsInput,
          response: { 200: importResultSchema },
        },
      },
      (request) => importCustomerAccounts({ ctx: ctxOf(request, db), input: request.body }),
    );

    app.get(
      '/customer-accounts/:id',
      {
        schema: {
          tags,
          operationId: 'getCustomerAccount',
          summary: 'One customer account',
          params: accountParams,
          response: { 200: customerAccountSchema },
        },
      },
      async (request, reply) => {
        const account = await getCustomerAccount({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, account.version);
        return account;
      },
    );

    app.patch(
      '/customer-accounts/:id',
      {
        schema: {
          tags,
          operationId: 'updateCustomerAccount',
          summary: 'Change a customer account, or reserve it for direct sales; send If-Match with its ETag',
          params: accountParams,
          body: updateAccountInput,
          response: { 200: customerAccountSchema },
        },
      },
      async (request, reply) => {
        const updated = await updateCustomerAccount({
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

    app.delete(
      '/customer-accounts/:id',
      {
        schema: {
          tags,
          operationId: 'deleteCustomerAccount',
          summary: 'Delete an account without opportunities (409 otherwise); send If-Match',
          params: accountParams,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteCustomerAccount({
          ctx: ctxOf(request, db),
          id: request.params.id,
          expectedVersion: expectedVersion(request),
        });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/customer-accounts/:id/opportunities',
      {
        schema: {
          tags,
          operationId: 'listCustomerOpportunities',
          summary: "An account's opportunities, newest first",
          params: accountParams,
          response: { 200: z.object({ data: z.array(opportunitySchema) }) },
        },
      },
      (request) => listCustomerOpportunities({ ctx: ctxOf(request, db), accountId: request.params.id }),
    );

    app.post(
      '/customer-accounts/:id/opportunities',
      {
        schema: {
          tags,
          operationId: 'createCustomerOpportunity',
          summary: 'Add an opportunity to an account; an open one makes registrations for it conflicts',
          params: accountParams,
          body: createOpportunityInput,
          response: { 201: opportunitySchema },
        },
      },
      async (request, reply) => {
        const created = await createCustomerOpportunity({
          ctx: ctxOf(request, db),
          accountId: request.params.id,
          input: request.body,
        });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.patch(
      '/customer-opportunities/:id',
      {
        schema: {
          tags,
          operationId: 'updateCustomerOpportunity',
          summary: 'Change an opportunity (stage, amount, open or closed); send If-Match with its ETag',
          params: opportunityParams,
          body: updateOpportunityInput,
          response: { 200: opportunitySchema },
        },
      },
      async (request, reply) => {
        const updated = await updateCustomerOpportunity({
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

    app.delete(
      '/customer-opportunities/:id',
      {
        schema: {
          tags,
          operationId: 'deleteCustomerOpportunity',
          summary: 'Delete an opportunity; send If-Match',
          params: opportunityParams,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteCustomerOpportunity({
          ctx: ctxOf(request, db),
          id: request.params.id,
          expectedVersion: expectedVersion(request),
        });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/rules-of-engagement',
      {
        schema: {
          tags: ['Deal registrations'],
          operationId: 'getRulesOfEngagement',
          summary:
            'The published rules of engagement and the customers reserved for direct sales (names only); any signed-in user',
          response: { 200: rulesOfEngagementSchema },
        },
      },
      (request) => getRulesOfEngagement({ ctx: ctxOf(request, db) }),
    );

    app.put(
      '/rules-of-engagement',
      {
        schema: {
          tags: ['Deal registrations'],
          operationId: 'publishRulesOfEngagement',
          summary: "Publish new rules of engagement (Markdown) at once; every partner's admins are told",
          body: publishRulesInput,
          response: { 200: rulesOfEngagementSchema },
        },
      },
      (request) => publishRulesOfEngagement({ ctx: ctxOf(request, db), input: request.body, now: clock() }),
    );
  };
}
