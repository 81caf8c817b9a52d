/**
 * The rule form writes conditions as rows ("field, operator, value", all of which must hold) and
 * the API takes JSON Logic. These turn one into the other, and back when a stored condition has
 * that shape; anything else (written through the API) the form shows read-only.
 */
export const CONDITION_OPERATORS = [
  'equals',
  'notEquals',
  'greaterThan',
  'atLeast',
  'lessThan',
  'atMost',
  'contains',
  'isEmpty',
  'isNotEmpty',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export type ConditionRow = { field: string; operator: ConditionOperator; value: string };

const COMPARISONS = {
  equals: '==',
  notEquals: '!=',
  greaterThan: '>',
  atLeast: '>=',
  lessThan: '<',
  atMost: '<=',
} as const satisfies Partial<Record<ConditionOperator, string>>;

export function operatorTakesValue(operator: ConditionOperator): boolean {
  return operator !== 'isEmpty' && operator !== 'isNotEmpty';
}

/** "true" and "false" are booleans and digits numbers; JSON Logic's `==` is loose about the rest. */
function parseValue(text: string): string | number | boolean {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed !== '' && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}

function rowToLogic({ field, operator, value }: ConditionRow): unknown {
  const variable = { var: field.trim() };
  switch (operator) {
    case 'isEmpty':
      return { '!': variable };
    case 'isNotEmpty':
      return { '!!': variable };
    // `in` over a string is "contains text", over a list "contains the item".
    case 'contains':
      return { in: [value, variable] };
    default:
      return { [COMPARISONS[operator]]: [variable, parseValue(value)] };
  }
}

/** null (always) for no rows, the row itself for one, `and` of all of them otherwise. */
export function rowsToCondition(rows: ConditionRow[]): unknown {
  if (rows.length === 0) return null;
  const parts = rows.map(rowToLogic);
  return parts.length === 1 ? parts[0] : { and: parts };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fieldOf(node: unknown): string | null {
  if (!isObject(node) || Object.keys(node).length !== 1 || typeof node.var !== 'string') return null;
  return node.var;
}

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function logicToRow(node: unknown): ConditionRow | null {
  if (!isObject(node)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1) return null;
  const operator = keys[0]!;
  const operand = node[operator];
  if (operator === '!' || operator === '!!') {
    const field = fieldOf(Array.isArray(operand) && operand.length === 1 ? operand[0] : operand);
    return field === null
      ? null
      : { field, operator: operator === '!' ? 'isEmpty' : 'isNotEmpty', value: '' };
  }
  if (!Array.isArray(operand) || operand.length !== 2) return null;
  if (operator === 'in') {
    const field = fieldOf(operand[1]);
    return field !== null && typeof operand[0] === 'string'
      ? { field, operator: 'contains', value: operand[0] }
      : null;
  }
  const comparison = Object.entries(COMPARISONS).find(([, symbol]) => symbol === operator);
  const field = fieldOf(operand[0]);
  if (!comparison || field === null || !isScalar(operand[1])) return null;
  return { field, operator: comparison[0] as ConditionOperator, value: String(operand[1]) };
}

/** The rows a stored condition stands for, or null when the form cannot show it as rows. */
export function conditionToRows(condition: unknown): ConditionRow[] | null {
  if (condition === null || condition === undefined || condition === true) return [];
  if (isObject(condition) && Object.keys(condition).length === 1 && Array.isArray(condition.and)) {
    const rows = condition.and.map(logicToRow);
    return rows.every((row) => row !== null) ? (rows as ConditionRow[]) : null;
  }
  const row = logicToRow(condition);
  return row ? [row] : null;
}
