// The onboarding module's public surface: its routes, its reaction to events, its job, and
// what the partner health score reads.

export { onboardingMilestoneJob } from './milestone-job.ts';
export { onboardingOnEvent } from './onboarding-on-event.ts';
export { onboardingRoutes } from './routes.ts';
export { seedDemoOnboarding } from './seed-demo-onboarding.ts';
export { onboardingEnrolmentSteps, onboardingEnrolments } from './tables.ts';
