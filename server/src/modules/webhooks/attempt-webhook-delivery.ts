import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import type { JobDefinition, JobDeps } from '../../platform/jobs/define-job.ts';
import { organisations } from '../organisations/tables.ts';
import { type AttemptOutcome, decideAfterAttempt, type RetryDelay } from './attempt-outcome.ts';
import { type DeliveryResult, deliverWebhook } from './delivery/index.ts';
import { signingSecrets } from './endpoint-secrets.ts';
import { presentWebhookEndpoint } from './schemas.ts';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from './tables.ts';

export type DeliveryJobPayload = { workspaceId: string; deliveryId: string };
type Endpoint = typeof webhookEndpoints.$inferSelect;
type Delivery = typeof webhookDeliveries.$inferSelect;

const systemCtx = (deps: JobDeps, workspaceId: string): Ctx => ({
  db: deps.db,
  actor: { type: 'system', workspaceId, reason: 'webhook delivery' },
});

/**
 * One attempt of one delivery. The HTTP call happens outside any transaction (a slow receiver must
 * not hold locks); the result is then recorded, and the next attempt scheduled, in one transaction.
 * Never throws for the receiver's sake: the retry schedule is ours, pg-boss retries only cover our
 * own failures (the database going away mid-job).
 */
export async function attemptWebhookDelivery({
  payload,
  deps,
  job,
  retryDelay,
}: {
  payload: DeliveryJobPayload;
  deps: JobDeps;
  job: JobDefinition;
  retryDelay: RetryDelay;
}): Promise<void> {
  const ctx = systemCtx(deps, payload.workspaceId);
  const loaded = await withTransaction(ctx, async (tx) => {
    const found = await load(tx, payload, { forUpdate: false });
    return found
      ? { ...found, isOwnerActive: await isOrganisationActive(tx, found.endpoint.organisationId) }
      : null;
  });
  // Gone with its endpoint, or settled already (a replayed job, a safety-net retry of a finished one).
  if (loaded?.delivery.status !== 'pending') return;
  if (loaded.endpoint.status === 'disabled') {
    await markFailed(ctx, payload, 'The endpoint is disabled.');
    return;
  }
  // Retries queued before the partner was offboarded stop with it.
  if (!loaded.isOwnerActive) {
    await markFailed(ctx, payload, 'The partner was offboarded.');
    return;
  }
  const attemptedAt = deps.clock();
  const result = await sendOnce({ ...loaded, attemptedAt, deps });

  await withTransaction(ctx, async (tx) => {
    // The endpoint first, like deleting it does: the same lock order cannot deadlock.
    const current = await load(tx, payload, { forUpdate: true });
    if (!current) return;
    const { endpoint, delivery } = current;
    const attemptNumber = delivery.attempts + 1;
    const outcome = decideAfterAttempt({
      result,
      attemptNumber,
      streak: endpoint,
      attemptedAt,
      isEndpointEnabled: endpoint.status === 'enabled',
      retryDelay,
    });
    await tx.insert(webhookAttempts).values({
      id: newId('webhookAttempt'),
      workspaceId: payload.workspaceId,
      organisationId: delivery.organisationId,
      deliveryId: delivery.id,
      attemptedAt,
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      error: result.error,
      responseBody: result.responseBody || null,
    });
    await tx
      .update(webhookDeliveries)
      .set({
        status: outcome.status,
        attempts: attemptNumber,
        lastStatusCode: result.statusCode,
        lastError: [result.error, outcome.stopReason].filter(Boolean).join(' ') || null,
        nextAttemptAt:
          outcome.retryInMs === null ? null : new Date(attemptedAt.getTime() + outcome.retryInMs),
        ...(outcome.status === 'delivered' ? { deliveredAt: attemptedAt } : {}),
      })
      .where(
        and(eq(webhookDeliveries.workspaceId, payload.workspaceId), eq(webhookDeliveries.id, delivery.id)),
      );
    await updateEndpoint({ tx, ctx, endpoint, outcome, now: attemptedAt });
    if (outcome.retryInMs !== null) {
      await deps.queue.send(tx, job, payload, { startAfterSeconds: outcome.retryInMs / 1000 });
    }
  });
}

async function isOrganisationActive(tx: Transaction, organisationId: string) {
  const [owner] = await tx
    .select({ status: organisations.status })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return owner?.status === 'active';
}

async function load(tx: Transaction, { workspaceId, deliveryId }: DeliveryJobPayload, { forUpdate = false }) {
  const [link] = await tx
    .select({ endpointId: webhookDeliveries.endpointId })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.id, deliveryId)));
  if (!link) return null;
  const endpointQuery = tx
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.id, link.endpointId)));
  const [endpoint] = forUpdate ? await endpointQuery.for('update') : await endpointQuery;
  const deliveryQuery = tx
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.id, deliveryId)));
  const [delivery] = forUpdate ? await deliveryQuery.for('update') : await deliveryQuery;
  return endpoint && delivery ? { endpoint, delivery } : null;
}

async function sendOnce({
  endpoint,
  delivery,
  attemptedAt,
  deps,
}: {
  endpoint: Endpoint;
  delivery: Delivery;
  attemptedAt: Date;
  deps: JobDeps;
}): Promise<DeliveryResult> {
  let secrets: string[];
  try {
    secrets = signingSecrets(endpoint, { appSecret: deps.secret, now: attemptedAt });
  } catch {
    // Sealed with another instance secret (restored backup, changed TRELLIS_SECRET): only a new secret helps.
    const error = 'The signing secret cannot be read with this instance secret; rotate the secret.';
    return {
      outcome: 'failed',
      statusCode: null,
      responseBody: '',
      durationMs: 0,
      error,
      isRetryable: false,
      isGone: false,
    };
  }
  return deliverWebhook({
    url: endpoint.url,
    id: delivery.id,
    timestamp: attemptedAt,
    payload: delivery.payload,
    secrets,
    timeoutMs: deps.config.WEBHOOK_TIMEOUT_MS,
    allowPrivateNetworks: deps.config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
  });
}

/**
 * The failure streak is bookkeeping, not an edit: it leaves `version` alone so an admin's If-Match
 * is not refused because deliveries happened meanwhile. Switching the endpoint off is a change of
 * state, audited as `webhook_endpoint.disabled`, which is how the admins are told.
 */
async function updateEndpoint({
  tx,
  ctx,
  endpoint,
  outcome,
  now,
}: {
  tx: Transaction;
  ctx: Ctx;
  endpoint: Endpoint;
  outcome: AttemptOutcome;
  now: Date;
}) {
  const isDisabling = outcome.disableReason !== null && endpoint.status === 'enabled';
  const [row] = await tx
    .update(webhookEndpoints)
    .set({
      ...outcome.streak,
      ...(isDisabling
        ? {
            status: 'disabled',
            disabledReason: outcome.disableReason,
            version: endpoint.version + 1,
            updatedAt: now,
          }
        : {}),
    })
    .where(and(eq(webhookEndpoints.workspaceId, endpoint.workspaceId), eq(webhookEndpoints.id, endpoint.id)))
    .returning();
  if (!isDisabling) return;
  await recordChange(tx, ctx, {
    action: 'webhook_endpoint.disabled',
    entityType: 'webhook_endpoint',
    entityId: endpoint.id,
    organisationId: endpoint.organisationId,
    before: presentWebhookEndpoint(endpoint),
    after: presentWebhookEndpoint(row!),
  });
}

async function markFailed(ctx: Ctx, { workspaceId, deliveryId }: DeliveryJobPayload, reason: string) {
  await withTransaction(ctx, (tx) =>
    tx
      .update(webhookDeliveries)
      .set({ status: 'failed', lastError: reason, nextAttemptAt: null })
      .where(
        and(
          eq(webhookDeliveries.workspaceId, workspaceId),
          eq(webhookDeliveries.id, deliveryId),
          eq(webhookDeliveries.status, 'pending'),
        ),
      ),
  );
}

export async function markDeliveryAbandoned(payload: DeliveryJobPayload, deps: JobDeps) {
  await markFailed(
    systemCtx(deps, payload.workspaceId),
    payload,
    'Sending stopped after an internal error; replay the delivery to try again.',
  );
}
