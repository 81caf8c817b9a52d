// The webhooks module's public surface: its routes, its reaction to domain events and its job.
export { deliverEventsToWebhooks } from './deliver-events.ts';
export { createDeliverWebhookJob, DELIVER_WEBHOOK_JOB, deliverWebhookJob } from './deliver-webhook-job.ts';
export { webhookRoutes } from './routes.ts';
