// The tiers module's public surface: its routes, its nightly job, and what organisations need.
export { recordTierChange } from './record-tier-change.ts';
export { tierRoutes } from './routes.ts';
export { evaluateTiersJob } from './tier-evaluation-job.ts';
export { assertTierKeyExists } from './tier-store.ts';
