import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { type EmailBranding, type RenderEmailInput, renderEmail } from './email/email-templates.ts';
import { emailOutbox } from './tables.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type QueuedEmail = {
  workspaceId: string;
  organisationId: string | null;
  userId?: string | null;
  eventId?: string | null;
  to: string;
  /** From `workspaceBranding`; look it up once when queueing many e-mails of one workspace. */
  branding: EmailBranding;
} & DistributiveOmit<RenderEmailInput, 'branding'>;

/**
 * Renders and queues an e-mail in the caller's transaction: it exists only if the change that
 * caused it commits. The outbox pump sends it (or holds it when no SMTP server is configured).
 */
export async function queueEmail(tx: Transaction, email: QueuedEmail): Promise<void> {
  const { workspaceId, organisationId, userId = null, eventId = null, to, ...template } = email;
  const rendered = renderEmail(template as RenderEmailInput);
  await tx.insert(emailOutbox).values({
    id: newId('email'),
    workspaceId,
    organisationId,
    userId,
    eventId,
    toAddress: to,
    template: template.template,
    subject: rendered.subject,
    textBody: rendered.text,
    htmlBody: rendered.html,
  });
}
