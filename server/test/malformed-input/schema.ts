/**
 * A lenient JSON-schema check: "could the server accept this value?"
 *
 * Lenient on purpose: a value counts as malformed only when no reading of the schema accepts it,
 * allowing for the trimming and lower-casing some fields do before they check a pattern. So the
 * tests never blame the server for accepting something that is in fact valid.
 */

export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

export type Parameter = { name: string; in: string; schema?: Schema };

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isOfType(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    default:
      return true;
  }
}

/** A schema's pattern as a RegExp, or null when JavaScript cannot read it. */
export function compiled(pattern: string | undefined): RegExp | null {
  if (!pattern) return null;
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

export function stringCouldPass(schema: Schema, value: string): boolean {
  const variants = new Set([value, value.trim(), value.toLowerCase(), value.trim().toLowerCase()]);
  const regex = compiled(schema.pattern);
  return [...variants].some((variant) => {
    const lengths = [variant.length, [...variant].length];
    if (schema.minLength !== undefined && lengths.every((length) => length < schema.minLength!)) return false;
    if (schema.maxLength !== undefined && lengths.every((length) => length > schema.maxLength!)) return false;
    if (regex && !regex.test(variant)) return false;
    return true;
  });
}

export function couldAccept(schema: Schema, value: unknown): boolean {
  if (schema.anyOf && !schema.anyOf.some((option) => couldAccept(option, value))) return false;
  if (schema.oneOf && !schema.oneOf.some((option) => couldAccept(option, value))) return false;
  if (schema.allOf && !schema.allOf.every((part) => couldAccept(part, value))) return false;
  if (schema.const !== undefined && schema.const !== value) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (schema.type !== undefined && ![schema.type].flat().some((type) => isOfType(type, value))) return false;
  if (typeof value === 'string') return stringCouldPass(schema, value);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return false;
    if (schema.maximum !== undefined && value > schema.maximum) return false;
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false;
    return true;
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return false;
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return false;
    return !schema.items || value.every((item) => couldAccept(schema.items!, item));
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if ((schema.required ?? []).some((key) => !keys.includes(key))) return false;
    const properties = schema.properties ?? {};
    for (const key of keys) {
      const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (property) {
        if (!couldAccept(property, value[key])) return false;
      } else if (schema.additionalProperties === false) return false;
    }
    return true;
  }
  return true;
}

/** Query values arrive as strings (or arrays when repeated); number fields coerce with `Number()`. */
export function couldAcceptQuery(schema: Schema, raw: string | string[]): boolean {
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.includes('integer') || types.includes('number')) return couldAccept(schema, Number(raw));
  if (types.includes('boolean')) return true;
  if (Array.isArray(raw)) return !types.length || types.includes('array');
  return couldAccept(schema, raw);
}

/** Whether some value breaks the schema, so a malformed variant of it can be generated. */
export function isViolable(schema: Schema): boolean {
  const probes: unknown[] = [null, 0, 1.5, '', 'x'.repeat(5000), [], {}, true, [[]], { '\u0000': 1 }];
  return probes.some((probe) => !couldAccept(schema, probe));
}

/** String fields with no pattern, format or enum: whatever text the client likes. */
export function isFreeText(schema: Schema): boolean {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.some(isFreeText);
  return schema.type === 'string' && !schema.pattern && !schema.format && !schema.enum;
}
