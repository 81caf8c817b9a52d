import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  agreementAcceptances,
  agreementTemplates,
  agreementVersions,
} from '../src/modules/agreements/tables.ts';
import { apiKeys } from '../src/modules/api-keys/tables.ts';
import { createSession } from '../src/modules/auth/sessions.ts';
import { automationRules } from '../src/modules/automation/tables.ts';
import { chatIntegrations } from '../src/modules/chat/tables.ts';
import { notifications } from '../src/modules/notifications/tables.ts';
import { organisations } from '../src/modules/organisations/tables.ts';
import { partnerImportRows, partnerImports } from '../src/modules/partner-imports/tables.ts';
import { partnerContacts, savedViews } from '../src/modules/partners/tables.ts';
import { tasks } from '../src/modules/tasks/tables.ts';
import { invitations, users } from '../src/modules/users/tables.ts';
import { webhookDeliveries, webhookEndpoints } from '../src/modules/webhooks/tables.ts';
import { type Ctx, withTransaction } from '../src/platform/context.ts';
import type { Database } from '../src/platform/db/connection.ts';
import { newId } from '../src/platform/ids.ts';
import type { Role } from '../src/platform/permissions.ts';
import { encryptSecret, randomToken, sha256Hex } from '../src/platform/secrets.ts';
import { TEST_SECRET } from './harness.ts';

/**
 * Bare rows for tests that need many throw-away targets (a user to rename, an invitation to
 * revoke). They go in as the workspace's system actor, so row-level security still applies.
 */
const systemCtx = (db: Database, workspaceId: string): Ctx => ({
  db,
  actor: { type: 'system', workspaceId, reason: 'test fixture' },
});

type Place = { workspaceId: string; organisationId: string };

export async function insertUser(
  db: Database,
  place: Place,
  role: Role,
  { passwordHash = null, regions = null }: { passwordHash?: string | null; regions?: string[] | null } = {},
): Promise<{ id: string; email: string }> {
  const id = newId('user');
  const email = `${id}@fixture.test`;
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(users).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      email,
      name: `Fixture ${role}`,
      role,
      regions,
      passwordHash,
    }),
  );
  return { id, email };
}

export async function insertInvitation(db: Database, place: Place, role: Role): Promise<string> {
  const id = newId('invitation');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(invitations).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      email: `${id}@fixture.test`,
      role,
      tokenHash: sha256Hex(randomToken()),
      expiresAt: new Date(Date.now() + 86_400_000),
    }),
  );
  return id;
}

export async function insertApiKey(db: Database, place: Place, createdBy: string): Promise<string> {
  const id = newId('apiKey');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(apiKeys).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      createdBy,
      name: 'Fixture key',
      prefix: 'trl_fixtur',
      keyHash: sha256Hex(randomToken()),
      scopes: ['users:read'],
    }),
  );
  return id;
}

export async function insertSession(db: Database, place: Place & { userId: string }): Promise<string> {
  return withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    createSession(tx, {
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      userId: place.userId,
      isMfaPending: false,
      ip: null,
      userAgent: 'fixture',
      now: new Date(),
    }),
  );
}

/** A webhook endpoint with a sealed throw-away secret; nothing is ever sent to its URL. */
export async function insertWebhookEndpoint(db: Database, place: Place): Promise<string> {
  const id = newId('webhookEndpoint');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(webhookEndpoints).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      url: 'https://receiver.example.test/hooks',
      eventTypes: [],
      secret: encryptSecret(TEST_SECRET, `whsec_${Buffer.alloc(32, 1).toString('base64')}`),
    }),
  );
  return id;
}

/** A delivery that already failed, on an endpoint of its own, so replaying it is allowed. */
export async function insertWebhookDelivery(db: Database, place: Place): Promise<string> {
  const endpointId = await insertWebhookEndpoint(db, place);
  const id = newId('webhookDelivery');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(webhookDeliveries).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      endpointId,
      eventId: newId('event'),
      eventType: 'organisation.updated',
      payload: { type: 'organisation.updated' },
      status: 'failed',
      attempts: 1,
      lastStatusCode: 500,
    }),
  );
  return id;
}

export async function insertNotification(db: Database, place: Place, userId: string): Promise<string> {
  const id = newId('notification');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(notifications).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      userId,
      type: 'organisation.created',
      title: 'Fixture notice',
      body: 'Fixture body',
    }),
  );
  return id;
}

/**
 * A Slack integration whose URL points at the discard port on this machine: a test send fails at
 * once (connection refused) instead of reaching anything real.
 */
export async function insertChatIntegration(db: Database, place: Place): Promise<string> {
  const id = newId('chatIntegration');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(chatIntegrations).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      kind: 'slack',
      name: 'Fixture channel',
      webhookUrlEncrypted: encryptSecret(TEST_SECRET, 'http://127.0.0.1:9/services/fixture'),
      eventTypes: [],
    }),
  );
  return id;
}

/** A task for `assigneeId` (a user of the place's organisation). */
export async function insertTask(db: Database, place: Place, assigneeId: string): Promise<string> {
  const id = newId('task');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(tasks).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      assigneeId,
      title: 'Fixture task',
      createdByType: 'system',
    }),
  );
  return id;
}

/** A rule of the place's organisation that never matches, so it stays inert during the matrix. */
export async function insertAutomationRule(db: Database, place: Place): Promise<string> {
  const id = newId('automationRule');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(automationRules).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      name: 'Fixture rule',
      eventType: 'organisation.updated',
      condition: false,
      actions: [
        {
          type: 'notify',
          delaySeconds: 0,
          recheckCondition: false,
          vendorRoles: ['admin'],
          title: 'T',
          body: 'B',
        },
      ],
    }),
  );
  return id;
}

/**
 * A partner agreement with one version (a draft unless `isPublished`); `regions` empty means it
 * applies to every partner of the workspace.
 */
export async function insertAgreement(
  db: Database,
  workspaceId: string,
  { isPublished = false, regions = [] as string[] } = {},
): Promise<{ templateId: string; versionId: string }> {
  const templateId = newId('agreementTemplate');
  const versionId = newId('agreementVersion');
  await withTransaction(systemCtx(db, workspaceId), async (tx) => {
    await tx
      .insert(agreementTemplates)
      .values({ id: templateId, workspaceId, name: 'Fixture agreement', regions });
    await tx.insert(agreementVersions).values({
      id: versionId,
      workspaceId,
      templateId,
      number: 1,
      title: 'Fixture terms',
      body: 'Fixture body',
      publishedAt: isPublished ? new Date() : null,
    });
  });
  return { templateId, versionId };
}

/** A published agreement only the place's partner is asked to accept (its region alone). */
export async function insertAgreementFor(db: Database, place: Place): Promise<string> {
  const [organisation] = await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx
      .select({ region: organisations.region })
      .from(organisations)
      .where(eq(organisations.id, place.organisationId)),
  );
  const regions = organisation?.region ? [organisation.region] : [];
  return (await insertAgreement(db, place.workspaceId, { isPublished: true, regions })).versionId;
}

/** An acceptance by the place's organisation, with stand-in PDF bytes. */
export async function insertAgreementAcceptance(db: Database, place: Place, userId: string): Promise<string> {
  const { templateId, versionId } = await insertAgreement(db, place.workspaceId, { isPublished: true });
  const id = newId('agreementAcceptance');
  const pdf = Buffer.from('%PDF-1.7 fixture');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(agreementAcceptances).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      templateId,
      versionId,
      userId,
      signerName: 'Fixture Signer',
      signerEmail: 'signer@fixture.test',
      textSha256: sha256Hex('Fixture terms\n\nFixture body'),
      pdf,
      pdfSha256: createHash('sha256').update(pdf).digest('hex'),
    }),
  );
  return id;
}

export async function insertPartnerContact(db: Database, place: Place): Promise<string> {
  const id = newId('partnerContact');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(partnerContacts).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      name: 'Fixture contact',
    }),
  );
  return id;
}

export async function insertSavedView(db: Database, place: Place, userId: string): Promise<string> {
  const id = newId('savedView');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(savedViews).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      userId,
      list: 'partners',
      name: 'Fixture view',
      filters: { tier: 'gold' },
    }),
  );
  return id;
}

/**
 * A partner import of the place's workspace with one column ("Company"): just uploaded, or
 * checked (one clean row) and waiting for review.
 */
export async function insertPartnerImport(
  db: Database,
  workspaceId: string,
  status: 'uploaded' | 'ready_for_review' = 'uploaded',
): Promise<string> {
  const id = newId('partnerImport');
  await withTransaction(systemCtx(db, workspaceId), async (tx) => {
    const [vendor] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.kind, 'vendor'));
    await tx.insert(partnerImports).values({
      id,
      workspaceId,
      organisationId: vendor!.id,
      fileName: 'fixture.csv',
      format: 'csv',
      fileSize: 20,
      status,
      columns: ['Company'],
      mapping: { Company: 'name' },
      rowCount: 1,
    });
    if (status === 'ready_for_review') {
      await tx.insert(partnerImportRows).values({
        importId: id,
        rowNumber: 2,
        workspaceId,
        organisationId: vendor!.id,
        status: 'valid',
        values: { name: 'Fixture import partner' },
        decision: 'create',
      });
    }
  });
  return id;
}
