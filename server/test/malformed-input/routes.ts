/**
 * The routes under test, from the app's own OpenAPI document: a route added later is fuzzed
 * without touching these files.
 */
import type { Parameter, Schema } from './schema.ts';

/** Fastify's default body limit. */
export const BODY_LIMIT = 1024 * 1024;
/** Methods for which Fastify reads and parses a request body. */
export const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const ID_SHAPE = /^[a-z]+_[0-9a-z]{26}$/;

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  security?: unknown[];
};

export type OpenApi = {
  paths: Record<string, Partial<Record<string, Operation>>>;
  components?: { schemas?: Record<string, Schema> };
};

export type Route = {
  method: string;
  /** OpenAPI template, e.g. `/api/v1/users/{id}`. */
  path: string;
  label: string;
  isPublic: boolean;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: Schema | undefined;
  /** Every method the OpenAPI document lists for this path, upper-cased. */
  methodsOnPath: string[];
};

/**
 * Inlines every `$ref` the generators and checks would follow, so that they never meet one. A
 * schema that refers to itself is cut off where it repeats (as `{}`, which accepts anything): a
 * value generated from it stays finite, and the lenient check stays lenient.
 */
function inlineRefs(
  schema: Schema,
  schemas: Record<string, Schema>,
  resolving: ReadonlySet<string> = new Set(),
): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (resolving.has(name)) return {};
    return inlineRefs(schemas[name] ?? {}, schemas, new Set([...resolving, name]));
  }
  const inline = (inner: Schema) => inlineRefs(inner, schemas, resolving);
  const inlined: Schema = { ...schema };
  if (schema.items) inlined.items = inline(schema.items);
  if (schema.properties) {
    inlined.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, property]) => [key, inline(property)]),
    );
  }
  if (schema.anyOf) inlined.anyOf = schema.anyOf.map(inline);
  if (schema.oneOf) inlined.oneOf = schema.oneOf.map(inline);
  if (schema.allOf) inlined.allOf = schema.allOf.map(inline);
  return inlined;
}

export function discoverRoutes(openApi: OpenApi): Route[] {
  const schemas = openApi.components?.schemas ?? {};
  return Object.entries(openApi.paths)
    .flatMap(([path, operations]) =>
      HTTP_METHODS.flatMap((method) => {
        const operation = operations[method];
        if (!operation) return [];
        const parameters = (operation.parameters ?? []).map((parameter) =>
          parameter.schema ? { ...parameter, schema: inlineRefs(parameter.schema, schemas) } : parameter,
        );
        const body = operation.requestBody?.content?.['application/json']?.schema;
        return [
          {
            method: method.toUpperCase(),
            path,
            label: `${method.toUpperCase()} ${path}`,
            // Public operations say so with `security: []`; the rest inherit the global requirement.
            isPublic: Array.isArray(operation.security) && operation.security.length === 0,
            pathParams: parameters.filter((parameter) => parameter.in === 'path'),
            queryParams: parameters.filter((parameter) => parameter.in === 'query'),
            body: body ? inlineRefs(body, schemas) : undefined,
            methodsOnPath: Object.keys(operations).map((name) => name.toUpperCase()),
          },
        ];
      }),
    )
    .sort((a, b) => a.label.localeCompare(b.label));
}
