// The deals module's public surface: its routes and the normalisation other modules match with.

export { dealCollaborationRoutes } from './collaboration-routes.ts';
export { normaliseCompanyName, registrableDomainOf } from './company-identity.ts';
export { dealRoutes } from './routes.ts';
