// The tasks module's public surface: its routes, and what the rules engine uses.
export { createTaskFromRule } from './create-task.ts';
export { loadTaskSnapshot } from './load-task-snapshot.ts';
export { taskRoutes } from './routes.ts';
