import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { expectedVersion, setEtag } from '../../platform/http/concurrency.ts';
import { pageOf, pageQuerySchema } from '../../platform/http/pagination.ts';
import type { RouteDeps } from '../../platform/http/route-deps.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { ctxOf } from '../auth/request-authentication.ts';
import { createTask } from './create-task.ts';
import { getTask } from './get-task.ts';
import { listTasks } from './list-tasks.ts';
import { createTaskInput, listTasksQuery, taskSchema, updateTaskInput } from './schemas.ts';
import { updateTask } from './update-task.ts';

const tags = ['Tasks'];
const taskParams = idParam('task');

export function taskRoutes({ db, clock }: RouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/tasks',
      {
        schema: {
          tags,
          operationId: 'listTasks',
          summary: 'Your tasks, newest first; tasks:assign holders may list anyone they can see',
          querystring: pageQuerySchema.extend(listTasksQuery.shape),
          response: { 200: pageOf(taskSchema) },
        },
      },
      (request) => listTasks({ ctx: ctxOf(request, db), input: request.query }),
    );

    app.post(
      '/tasks',
      {
        schema: {
          tags,
          operationId: 'createTask',
          summary: 'Create a task for yourself, or assign one (needs tasks:assign)',
          body: createTaskInput,
          response: { 201: taskSchema },
        },
      },
      async (request, reply) => {
        const created = await createTask({ ctx: ctxOf(request, db), input: request.body });
        setEtag(reply, created.version);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/tasks/:id',
      {
        schema: {
          tags,
          operationId: 'getTask',
          summary: 'Get one task',
          params: taskParams,
          response: { 200: taskSchema },
        },
      },
      async (request, reply) => {
        const task = await getTask({ ctx: ctxOf(request, db), id: request.params.id });
        setEtag(reply, task.version);
        return task;
      },
    );

    app.patch(
      '/tasks/:id',
      {
        schema: {
          tags,
          operationId: 'updateTask',
          summary: 'Change a task or its status; send If-Match with its ETag',
          params: taskParams,
          body: updateTaskInput,
          response: { 200: taskSchema },
        },
      },
      async (request, reply) => {
        const updated = await updateTask({
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
  };
}
