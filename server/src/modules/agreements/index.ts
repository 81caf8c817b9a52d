// The agreements module's public surface: its routes, the gate other modules check, and seeding.
export { hasAcceptedMandatoryAgreements } from './applicable-agreements.ts';
export { insertPublishedAgreement } from './insert-published-agreement.ts';
export { agreementRoutes } from './routes.ts';
