import type { TFunction } from 'i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { isApiError } from '../../api/problem.ts';

/** Paths the rule form has an input (or an action's own alert) for. */
const PLACED = [
  /^(name|description|eventType|condition|isEnabled)$/,
  /^actions\.\d+$/,
  /^actions\.\d+\.(type|delaySeconds|recheckCondition|vendorRoles|partnerRoles|userId|title|subject|body|text|description|dueInDays|url|integrationId|assignee\.kind|assignee\.userId)$/,
];

export type RuleFormProblems = { fields: Record<string, string>; form: string | null };

/**
 * The API's problems split into those shown next to their input and, listed at the top, any the
 * form has no place for (an unexpected path must not vanish silently).
 */
export function ruleFormProblemsOf(error: unknown, t: TFunction): RuleFormProblems {
  if (isApiError(error, 412)) return { fields: {}, form: t('automation.form.conflict') };
  const problems = formProblemsOf(error, t);
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(problems.fields)) {
    // "at least one action" arrives on `actions`; the first action's alert is where it belongs.
    const target = path === 'actions' ? 'actions.0' : path;
    if (PLACED.some((pattern) => pattern.test(target))) fields[target] = message;
    else unplaced.push(`${path}: ${message}`);
  }
  const form = [problems.form, ...unplaced].filter((line) => line !== null).join('\n') || null;
  return { fields, form };
}
