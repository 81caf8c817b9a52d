// The recruitment module's public surface: its routes.
export { recruitmentRoutes } from './routes.ts';
