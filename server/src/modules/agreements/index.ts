// The agreements module's public surface: its routes, and the gate other modules check.
export { hasAcceptedMandatoryAgreements } from './applicable-agreements.ts';
export { agreementRoutes } from './routes.ts';
