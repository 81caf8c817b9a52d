// The automation module's public surface: its routes, its reaction to events, its job, and the
// registry other modules add their actions to.
export {
  ActionSkipped,
  AUTOMATION_ACTIONS,
  type AutomationAction,
  defineAutomationAction,
} from './actions/index.ts';
export { automationRoutes } from './routes.ts';
export { RUN_ACTION_JOB, runAutomationActionJob } from './run-action-job.ts';
export { isCausedByRule, runAutomationRules } from './run-automation-rules.ts';
