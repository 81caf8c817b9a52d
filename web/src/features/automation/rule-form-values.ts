import { randomId } from '@mantine/hooks';
import type { components } from '../../api/schema.d.ts';
import { type ConditionRow, conditionToRows, operatorTakesValue, rowsToCondition } from './condition-rows.ts';

export type AutomationRule = components['schemas']['AutomationRule'];

export const ACTION_TYPES = ['notify', 'email', 'create_task', 'webhook', 'chat'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const isActionType = (value: unknown): value is ActionType =>
  typeof value === 'string' && (ACTION_TYPES as readonly string[]).includes(value);

/**
 * One action as the form edits it: every kind's parameters side by side, named as the API names
 * them, so the API's `actions.0.title` problem lands on the form's `actions.0.title` input.
 * Only the chosen kind's parameters are sent.
 */
export type ActionValues = {
  key: string;
  type: ActionType;
  delaySeconds: number;
  recheckCondition: boolean;
  vendorRoles: string[];
  partnerRoles: string[];
  userId: string;
  assignee: { kind: 'user' | 'partner_admin'; userId: string };
  title: string;
  subject: string;
  body: string;
  text: string;
  description: string;
  dueInDays: number | '';
  url: string;
  integrationId: string;
};

export type RuleFormValues = {
  name: string;
  description: string;
  eventType: string;
  isEnabled: boolean;
  conditionRows: ConditionRow[];
  /** A stored condition the rows cannot show; kept as it is unless the reader replaces it. */
  fixedCondition: { value: unknown } | null;
  actions: ActionValues[];
};

export function newAction(type: ActionType): ActionValues {
  return {
    key: randomId(),
    type,
    delaySeconds: 0,
    recheckCondition: false,
    vendorRoles: [],
    partnerRoles: [],
    userId: '',
    assignee: { kind: 'user', userId: '' },
    title: '',
    subject: '',
    body: '',
    text: '',
    description: '',
    dueInDays: '',
    url: '',
    integrationId: '',
  };
}

export const EMPTY_RULE: RuleFormValues = {
  name: '',
  description: '',
  eventType: '',
  isEnabled: true,
  conditionRows: [],
  fixedCondition: null,
  actions: [newAction('create_task')],
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function actionValuesOf(stored: AutomationRule['actions'][number]): ActionValues {
  const base = newAction(isActionType(stored.type) ? stored.type : 'notify');
  const assignee = stored.assignee as { kind?: string; userId?: string } | undefined;
  return {
    ...base,
    delaySeconds: typeof stored.delaySeconds === 'number' ? stored.delaySeconds : 0,
    recheckCondition: stored.recheckCondition === true,
    vendorRoles: strings(stored.vendorRoles),
    partnerRoles: strings(stored.partnerRoles),
    userId: text(stored.userId),
    assignee: {
      kind: assignee?.kind === 'partner_admin' ? 'partner_admin' : 'user',
      userId: text(assignee?.userId),
    },
    title: text(stored.title),
    subject: text(stored.subject),
    body: text(stored.body),
    text: text(stored.text),
    description: text(stored.description),
    dueInDays: typeof stored.dueInDays === 'number' ? stored.dueInDays : '',
    url: text(stored.url),
    integrationId: text(stored.integrationId),
  };
}

export function ruleFormValuesOf(rule: AutomationRule): RuleFormValues {
  const rows = conditionToRows(rule.condition);
  return {
    name: rule.name,
    description: rule.description ?? '',
    eventType: rule.eventType,
    isEnabled: rule.isEnabled,
    conditionRows: rows ?? [],
    fixedCondition: rows === null ? { value: rule.condition } : null,
    actions: rule.actions.map(actionValuesOf),
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value);

function parametersOf(action: ActionValues): Record<string, unknown> {
  const audience = {
    vendorRoles: action.vendorRoles.length > 0 ? action.vendorRoles : undefined,
    partnerRoles: action.partnerRoles.length > 0 ? action.partnerRoles : undefined,
    userId: optional(action.userId),
  };
  switch (action.type) {
    case 'notify':
      return { ...audience, title: action.title, body: action.body };
    case 'email':
      return { ...audience, subject: action.subject, body: action.body };
    case 'create_task':
      return {
        assignee:
          action.assignee.kind === 'user'
            ? { kind: 'user', userId: action.assignee.userId }
            : { kind: 'partner_admin' },
        title: action.title,
        description: optional(action.description),
        dueInDays: action.dueInDays === '' ? undefined : action.dueInDays,
      };
    case 'webhook':
      return { url: action.url };
    case 'chat':
      return { integrationId: action.integrationId, title: optional(action.title), text: action.text };
  }
}

/** The body the API takes for creating or replacing the rule. */
export function ruleRequestOf(values: RuleFormValues) {
  return {
    name: values.name.trim(),
    description: values.description.trim() === '' ? undefined : values.description.trim(),
    eventType: values.eventType,
    isEnabled: values.isEnabled,
    condition: values.fixedCondition ? values.fixedCondition.value : rowsToCondition(values.conditionRows),
    actions: values.actions.map((action) => ({
      type: action.type,
      delaySeconds: action.delaySeconds,
      recheckCondition: action.delaySeconds > 0 && action.recheckCondition,
      ...parametersOf(action),
    })),
  };
}

type Problem = 'required' | 'audience';

/** What the form can tell before asking the API: empty required inputs, keyed like the inputs. */
export function missingInputsOf(values: RuleFormValues): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const require = (path: string, value: string) => {
    if (value.trim() === '') problems[path] = 'required';
  };
  require('name', values.name);
  require('eventType', values.eventType);
  values.conditionRows.forEach((row, index) => {
    require(`conditionRows.${index}.field`, row.field);
    if (operatorTakesValue(row.operator)) require(`conditionRows.${index}.value`, row.value);
  });
  values.actions.forEach((action, index) => {
    const at = `actions.${index}`;
    const hasAudience = action.vendorRoles.length + action.partnerRoles.length > 0 || action.userId !== '';
    switch (action.type) {
      case 'notify':
      case 'email': {
        const heading = action.type === 'notify' ? 'title' : 'subject';
        require(`${at}.${heading}`, action[heading]);
        require(`${at}.body`, action.body);
        if (!hasAudience) problems[at] = 'audience';
        return;
      }
      case 'create_task':
        require(`${at}.title`, action.title);
        if (action.assignee.kind === 'user') require(`${at}.assignee.userId`, action.assignee.userId);
        return;
      case 'webhook':
        require(`${at}.url`, action.url);
        return;
      case 'chat':
        require(`${at}.integrationId`, action.integrationId);
        require(`${at}.text`, action.text);
        return;
    }
  });
  return problems;
}
