// The deals module's public surface: its routes and the normalisation other modules match with.

export { dealApprovalRoutes } from './approval-routes.ts';
export { checkApprovalSlasJob } from './check-approval-slas.ts';
export { checkDealProtectionJob } from './check-deal-protection.ts';
export { dealCollaborationRoutes } from './collaboration-routes.ts';
export { normaliseCompanyName, registrableDomainOf } from './company-identity.ts';
export { dealRoutes } from './routes.ts';
