// The partners module's public surface: contacts, saved views and their routes.
export { partnerRoutes } from './routes.ts';
export { partnerContacts, savedViews } from './tables.ts';
