// The deals module's public surface: its routes and the normalisation other modules match with.
export { normaliseCompanyName, registrableDomainOf } from './company-identity.ts';
export { dealRoutes } from './routes.ts';
export { dealCollaborationRoutes } from './collaboration-routes.ts';
