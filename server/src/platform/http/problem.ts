import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, type ErrorKind, type FieldProblem } from '../errors.ts';

/** RFC 9457 problem details, with the fields that caused it. */
export const problemSchema = z
  .object({
    type: z.string().describe('URI naming the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().describe('Stable machine-readable code, e.g. `invalid_input`'),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('One entry per offending field; `field` is a JSON-pointer-like path such as `body.email`'),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  bad_request: 400,
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  payload_too_large: 413,
  locked: 423,
  rate_limited: 429,
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Request body too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  423: 'Locked',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
};

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: { status: number; code: string; detail?: string; errors?: FieldProblem[] },
): FastifyReply {
  const body: Problem = {
    type: `urn:trellis:problem:${problem.code}`,
    title: TITLES[problem.status] ?? 'Error',
    status: problem.status,
    code: problem.code,
    instance: request.url.split('?')[0],
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(problem.errors?.length ? { errors: problem.errors } : {}),
  };
  return reply.code(problem.status).type('application/problem+json').send(body);
}

/** `querystring` is the name Fastify uses; clients know it as the query. */
function fieldPath(context: string | undefined, path: string): string {
  const location = context === 'querystring' ? 'query' : (context ?? 'body');
  const rest = path.replace(/^\//, '').replaceAll('/', '.');
  return rest ? `${location}.${rest}` : location;
}

/** Fastify's own errors (FST_ERR_…) get the stable snake_case codes the rest of the API uses. */
const FRAMEWORK_CODES: Record<number, string> = {
  400: 'malformed_request',
  404: 'route_not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'body_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

function frameworkCode(error: FastifyError, status: number): string {
  if (error.code && !error.code.startsWith('FST_')) return error.code.toLowerCase();
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) return 'invalid_json';
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'empty_json_body';
  return FRAMEWORK_CODES[status] ?? 'bad_request';
}

/** Errors the router raises before any route runs (a malformed URL, an over-long parameter). */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  return sendProblem(reply, request, { status, code: frameworkCode(error, status), detail: error.message });
}

/** The one place where errors become HTTP answers. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return sendProblem(reply, request, {
        status: STATUS_BY_KIND[error.kind],
        code: error.code,
        detail: error.message,
        errors: error.fields,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.flatMap((issue) => {
        const field = fieldPath(error.validationContext, issue.instancePath);
        // Zod reports unknown fields once for their parent; name each one instead.
        const unknownKeys = issue.keyword === 'unrecognized_keys' ? (issue.params.keys as string[]) : [];
        if (unknownKeys.length > 0) {
          return unknownKeys.map((key) => ({
            field: `${field}.${key}`,
            message: 'is not a field this endpoint accepts',
          }));
        }
        return [{ field, message: issue.message ?? 'is invalid' }];
      });
      return sendProblem(reply, request, {
        status: 400,
        code: 'invalid_input',
        detail: errors.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
        errors,
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, request, {
        status,
        code: frameworkCode(error, status),
        detail: error.message,
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, {
      status: 500,
      code: 'internal_error',
      detail: 'Something went wrong on our side; it has been logged.',
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, {
      status: 404,
      code: 'route_not_found',
      detail: `No route ${request.method} ${request.url.split('?')[0]}.`,
    }),
  );
}
