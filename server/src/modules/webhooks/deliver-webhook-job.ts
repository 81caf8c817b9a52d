import { z } from 'zod';
import { defineJob, type JobDefinition } from '../../platform/jobs/define-job.ts';
import type { RetryDelay } from './attempt-outcome.ts';
import { attemptWebhookDelivery, markDeliveryAbandoned } from './attempt-webhook-delivery.ts';
import { nextAttemptDelay } from './delivery/index.ts';

export const DELIVER_WEBHOOK_JOB = 'webhooks.deliver';

const payload = z.object({ workspaceId: z.string(), deliveryId: z.string() });

/**
 * The delivery job. `retryDelay` is the production schedule unless a test passes a faster one; any
 * definition with this name can send the job and any of them can run it.
 */
export function createDeliverWebhookJob({ retryDelay = nextAttemptDelay }: { retryDelay?: RetryDelay } = {}) {
  const job: JobDefinition<typeof payload> = defineJob({
    name: DELIVER_WEBHOOK_JOB,
    payload,
    // Our own schedule retries the receiver's failures; these two only cover ours (a lost connection).
    retryLimit: 2,
    retryDelaySeconds: 30,
    onExhausted: markDeliveryAbandoned,
    handler: (data, deps) => attemptWebhookDelivery({ payload: data, deps, job, retryDelay }),
  });
  return job;
}

export const deliverWebhookJob = createDeliverWebhookJob();
