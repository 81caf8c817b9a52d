import { z } from 'zod';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import { defineJob, type JobDefinition } from '../../platform/jobs/define-job.ts';
import { postChatMessage } from './post-chat-message.ts';

export const POST_CHAT_JOB = 'chat.post';

/** A 429 or 503 with Retry-After is waited out this many times before ordinary backoff takes over. */
const MAX_DEFERRALS = 5;
/** Longer waits than this are not worth keeping a notice for; backoff decides instead. */
const MAX_RETRY_AFTER_SECONDS = 3600;

const payload = z.object({
  workspaceId: z.string(),
  integrationId: z.string(),
  /** The event the message tells of; null for messages not caused by one. */
  eventId: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  deferrals: z.number().int().min(0).default(0),
});

export type PostChatPayload = z.infer<typeof payload>;

/**
 * One message to one Slack or Teams integration. Transient failures (5xx, 429, timeouts) throw so
 * pg-boss retries with exponential backoff: 3 s doubling, 7 retries, about 6–13 minutes in all
 * (a notice hours late is noise). A 429/503 that says when to come back is re-queued for then.
 * Permanent failures are recorded (and may disable the integration) by postChatMessage, and end.
 */
export const postChatJob: JobDefinition<typeof payload> = defineJob({
  name: POST_CHAT_JOB,
  payload,
  retryLimit: 7,
  retryDelaySeconds: 3,
  handler: async (data, deps) => {
    const outcome = await postChatMessage({
      db: deps.db,
      secret: deps.secret,
      config: deps.config,
      workspaceId: data.workspaceId,
      integrationId: data.integrationId,
      title: data.title,
      body: data.body,
      link: data.link,
    });
    if (outcome.outcome !== 'failed' || !outcome.isRetryable) return;
    const waitSeconds = outcome.retryAfterSeconds;
    if (waitSeconds !== null && waitSeconds <= MAX_RETRY_AFTER_SECONDS && data.deferrals < MAX_DEFERRALS) {
      const ctx: Ctx = {
        db: deps.db,
        actor: { type: 'system', workspaceId: data.workspaceId, reason: 'chat retry' },
      };
      await withTransaction(ctx, (tx) =>
        deps.queue.send(
          tx,
          postChatJob,
          { ...data, deferrals: data.deferrals + 1 },
          {
            startAfterSeconds: Math.max(1, waitSeconds),
          },
        ),
      );
      return;
    }
    throw new Error(outcome.error ?? 'Sending the chat message failed.');
  },
});
