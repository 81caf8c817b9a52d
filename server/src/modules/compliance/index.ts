// The compliance module's public surface: its routes, the gate other modules check (deals, MDF),
// its reactions to events and its background jobs.
export { checkComplianceExpiry, checkComplianceExpiryJob } from './check-compliance-expiry.ts';
export { complianceOfPartners, complianceStatus } from './compliance-status.ts';
export { complianceRoutes } from './routes.ts';
export { screenAllPartnersJob, screenOnEvents } from './screen-on-events.ts';
export { seedDemoCompliance } from './seed-demo-compliance.ts';
