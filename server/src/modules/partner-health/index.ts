// The partner health module's public surface: its routes.
export { partnerHealthRoutes } from './routes.ts';
