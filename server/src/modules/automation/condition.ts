import jsonLogic from 'json-logic-js';
import type { ConditionData } from './condition-data.ts';

/**
 * JSON Logic (jsonlogic.com) operators a condition may use: the library's own, less `log`, which
 * would write to the server's console. The library throws only when it reaches an unknown
 * operator, so a branch that a sample event skips would slip through; the tree is walked instead.
 */
const OPERATORS = new Set([
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
  'merge',
  'in',
  'cat',
  'substr',
]);

/** Big enough for any rule a person writes; small enough that evaluating one is always cheap. */
const MAX_CONDITION_CHARACTERS = 10_000;
const MAX_DEPTH = 32;

export const SAMPLE_CONDITION_DATA: ConditionData = {
  event: {
    id: 'evt_01jzzzzzzzzzzzzzzzzzzzzzzz',
    type: 'organisation.updated',
    entityType: 'organisation',
    entityId: 'org_01jzzzzzzzzzzzzzzzzzzzzzzz',
    organisationId: 'org_01jzzzzzzzzzzzzzzzzzzzzzzz',
    actor: { type: 'user', id: 'user_01jzzzzzzzzzzzzzzzzzzzzzzz' },
    occurredAt: '2025-01-01T00:00:00.000Z',
  },
  before: { name: 'Sample', status: 'active', tags: ['a'], count: 1 },
  after: { name: 'Sample', status: 'inactive', tags: ['a', 'b'], count: 2 },
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why `condition` is not a usable rule condition, or null when it is. null itself means "always". */
export function conditionProblem(condition: unknown): string | null {
  if (condition === null || typeof condition === 'boolean') return null;
  if (!isObject(condition))
    return 'must be a JSON Logic object such as {"==": [{"var": "after.status"}, "active"]}, true or false';
  // The walk first: it bounds the depth, which JSON.stringify (recursive) needs.
  const structural = structureProblem(condition);
  if (structural) return structural;
  if ((JSON.stringify(condition) ?? '').length > MAX_CONDITION_CHARACTERS) {
    return `must be at most ${MAX_CONDITION_CHARACTERS} characters of JSON`;
  }
  try {
    jsonLogic.apply(condition, SAMPLE_CONDITION_DATA);
  } catch (error) {
    return `cannot be evaluated: ${error instanceof Error ? error.message : String(error)}`;
  }
  return null;
}

// An explicit stack: a hostile condition may nest deeper than the call stack allows.
function structureProblem(root: Record<string, unknown>): string | null {
  const pending: [unknown, number][] = [[root, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (depth > MAX_DEPTH) return `must not nest deeper than ${MAX_DEPTH} levels`;
    if (Array.isArray(node)) {
      for (const item of node) pending.push([item, depth + 1]);
    } else if (isObject(node)) {
      const keys = Object.keys(node);
      // Objects with several keys would silently be data, not logic: almost always a mistake.
      if (keys.length !== 1)
        return `has an object with ${keys.length} keys; each operation is an object with exactly one operator`;
      const operator = keys[0]!;
      if (!OPERATORS.has(operator)) return `uses "${operator}", which is not a JSON Logic operator`;
      pending.push([node[operator], depth + 1]);
    }
  }
  return null;
}

/** Whether the condition holds; throws when the data makes the library fail. */
export function conditionHolds(condition: unknown, data: ConditionData): boolean {
  if (condition === null || condition === undefined) return true;
  return jsonLogic.truthy(jsonLogic.apply(condition as Parameters<typeof jsonLogic.apply>[0], data));
}
