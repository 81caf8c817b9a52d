import type { AutomationAction } from './action-registry.ts';
import { chatAction } from './chat-action.ts';
import { createTaskAction } from './create-task-action.ts';
import { emailAction } from './email-action.ts';
import { notifyAction } from './notify-action.ts';
import { webhookAction } from './webhook-action.ts';

export { ActionSkipped, type AutomationAction, defineAutomationAction } from './action-registry.ts';

/**
 * Every action a rule can take. A module that offers one defines it with
 * `defineAutomationAction` and adds it here; rules, the catalogue and the runner pick it up.
 */
export const AUTOMATION_ACTIONS: readonly AutomationAction[] = [
  notifyAction,
  emailAction,
  createTaskAction,
  webhookAction,
  chatAction,
];

export function automationActionFor(type: string): AutomationAction | undefined {
  return AUTOMATION_ACTIONS.find((action) => action.type === type);
}
