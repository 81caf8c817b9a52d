// The organisations module's public surface: its routes, and the lookups other modules build on.
export { findOrganisation } from './get-organisation.ts';
export { organisationRoutes } from './routes.ts';
export { organisationFiltersQuery } from './schemas.ts';
